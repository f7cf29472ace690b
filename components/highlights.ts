// The reader's side of highlights: the person's highlights marked in the rendered article (again whenever
// they change), and the words selected in it, with the box of the selection for the bar over it.
import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { markText, unmarkText } from '../lib/dom-marks.ts';
import type { PlacedHighlight, TextStretch } from '../lib/highlights.ts';
import { MARK_CLASS } from './highlight.ts';
import { selectedStretches, selectionIn, type SelectedRange } from './selection.ts';

/** Mark each placed highlight in the blocks under `layout` (a highlight's marks carry its id, its note as their title). */
export function useHighlightMarks(layout: RefObject<HTMLElement | null>, placed: readonly PlacedHighlight[], renderedFor: unknown): void {
  useEffect(() => {
    const root = layout.current;
    if (!root) return;
    unmarkText(root, MARK_CLASS.highlight);
    for (const h of placed) {
      const block = h.placed && root.querySelector(`[data-block="${h.placed.block}"]`);
      if (!block || !h.placed) continue;
      markText(block, h.placed.start, h.placed.end, MARK_CLASS.highlight, { 'data-highlight': h.id, ...(h.note.trim() && { title: h.note.trim() }) });
    }
  }, [layout, placed, renderedFor]);
}

export interface Selected {
  stretches: TextStretch[];
  /** Where the selection is in the viewport. */
  box: { top: number; bottom: number; left: number };
}

/** The article's words the person has selected now (none: null), under the element with class `article-body` in `layout`. */
export function currentSelection(layout: HTMLElement | null): Selected | null {
  const body = layout?.querySelector('.article-body');
  const range = body && selectionIn(body);
  if (!body || !range) return null;
  const stretches = selectedStretches(body, range);
  return stretches.length > 0 ? { stretches, box: boxOf(range, body.ownerDocument) } : null;
}

function boxOf(range: SelectedRange, document: Document): Selected['box'] {
  const live = typeof (range as Range).getBoundingClientRect === 'function' ? (range as Range) : document.createRange();
  if (live !== range) {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  }
  const rect = live.getBoundingClientRect?.();
  return rect ? { top: rect.top, bottom: rect.bottom, left: rect.left } : { top: 0, bottom: 0, left: 0 };
}

/** The selection in the article, followed as it changes (a mouse or keyboard selection). */
export function useSelected(layout: RefObject<HTMLElement | null>): [Selected | null, () => void] {
  const [selected, setSelected] = useState<Selected | null>(null);
  useEffect(() => {
    const element = layout.current;
    if (!element) return;
    const update = () => setSelected(currentSelection(layout.current));
    const document = element.ownerDocument;
    // selectionchange reaches the document even for a selection inside a shadow root; the pointer and
    // keyboard ends of a selection are followed too, for browsers that do not send it there
    document.addEventListener('selectionchange', update);
    element.addEventListener('pointerup', update);
    element.addEventListener('keyup', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      element.removeEventListener('pointerup', update);
      element.removeEventListener('keyup', update);
    };
  }, [layout]);
  return [selected, () => setSelected(null)];
}
