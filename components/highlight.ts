// Marks in the rendered article: a chosen claim's sentence (with its block outlined), the sentence being
// read aloud, and the person's own highlights, each a class of its own so that one never clears another
// (lib/dom-marks.ts does the marking).
import { markText, unmarkText } from '../lib/dom-marks.ts';

/** The classes of the reader's marks. */
export const MARK_CLASS = { claim: 'claim-highlight', speech: 'speech-highlight', highlight: 'user-highlight' } as const;

export function clearHighlights(root: ParentNode): void {
  unmarkText(root, MARK_CLASS.claim);
  for (const block of Array.from(root.querySelectorAll('.claim-target'))) block.classList.remove('claim-target');
}

/** Mark a claim's sentence, text[start..end) of the rendered block; the first mark, or null when the range holds no text. */
export function highlightRange(block: Element, start: number, end: number): HTMLElement | null {
  const marks = markText(block, start, end, MARK_CLASS.claim);
  block.classList.add('claim-target');
  return marks[0] ?? null;
}
