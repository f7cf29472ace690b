// The person's highlights in article order, each with its note (typed in place) and a button that deletes
// it; one whose words are no longer in the article is listed last, saying so. Choosing a highlight
// scrolls to it.
import { useEffect, useRef } from 'preact/hooks';
import { HIGHLIGHT_LIMITS, type PlacedHighlight } from '../lib/highlights.ts';
import { PanelHeading } from './PanelHeading.tsx';

interface Props {
  highlights: PlacedHighlight[];
  /** The highlight whose note takes the focus (one just made with a note, or clicked in the text). */
  focus: string | null;
  onNote(id: string, note: string): void;
  onDelete(id: string): void;
  onChoose(id: string): void;
  onClose(): void;
}

/** Placed highlights in article order, then those no longer found. */
export function inArticleOrder(highlights: readonly PlacedHighlight[]): PlacedHighlight[] {
  const at = (h: PlacedHighlight) => (h.placed ? h.placed.block * 1e7 + h.placed.start : Number.MAX_SAFE_INTEGER);
  return [...highlights].sort((a, b) => at(a) - at(b) || a.created - b.created);
}

export function HighlightsPanel({ highlights, focus, onNote, onDelete, onChoose, onClose }: Props) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!focus) return;
    const field = Array.from(list.current?.querySelectorAll<HTMLTextAreaElement>('textarea[data-highlight-note]') ?? []).find((f) => f.dataset.highlightNote === focus);
    field?.focus({ preventScroll: true });
    field?.scrollIntoView({ block: 'nearest' });
  }, [focus]);
  return (
    <section class="panel highlights" aria-labelledby="cr-highlights-title" data-testid="highlights-panel">
      <PanelHeading id="cr-highlights-title" title="Highlights" count={highlights.length} onClose={onClose} />
      {highlights.length === 0 ? (
        <p class="panel-empty" data-testid="highlights-empty">
          Select words in the article, then choose Highlight (or press H) to keep them here with a note.
        </p>
      ) : (
        <ol class="highlight-list" ref={list}>
          {inArticleOrder(highlights).map((h) => (
            <li key={h.id} class={h.placed ? 'highlight-item' : 'highlight-item lost'} data-testid="highlight-item">
              {h.placed ? (
                <button type="button" class="highlight-text" dir="auto" onClick={() => onChoose(h.id)}>
                  {h.text}
                </button>
              ) : (
                <p class="highlight-text" dir="auto">
                  {h.text}
                  <span class="highlight-lost">No longer in the article</span>
                </p>
              )}
              <label class="note-field">
                <span class="visually-hidden">Note</span>
                <textarea
                  rows={2}
                  placeholder="Add a note"
                  maxLength={HIGHLIGHT_LIMITS.note}
                  value={h.note}
                  data-highlight-note={h.id}
                  data-testid="highlight-note"
                  onInput={(e) => onNote(h.id, (e.target as HTMLTextAreaElement).value)}
                />
              </label>
              <button type="button" class="link delete-highlight" data-testid="delete-highlight" aria-label={`Delete the highlight “${h.text.slice(0, 40)}”`} onClick={() => onDelete(h.id)}>
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
