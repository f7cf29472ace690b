// The person's notes, printed after the article (each under the words it is about, in article order);
// never shown on screen, where the Highlights panel is. The highlighted words themselves print marked.
import type { PlacedHighlight } from '../lib/highlights.ts';
import { inArticleOrder } from './HighlightsPanel.tsx';

export function PrintNotes({ highlights }: { highlights: PlacedHighlight[] }) {
  const noted = inArticleOrder(highlights).filter((h) => h.placed && h.note.trim());
  if (noted.length === 0) return null;
  return (
    <section class="print-notes" aria-hidden="true" data-testid="print-notes">
      <h2>Your notes</h2>
      <ol>
        {noted.map((h) => (
          <li key={h.id} dir="auto">
            <q>{h.text}</q>
            <p>{h.note.trim()}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
