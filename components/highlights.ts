// The reader's side of highlights: the person's highlights as state (made, noted, deleted, placed in the
// article as it is now), marked in the rendered article (again whenever they change), and the words
// selected in it, with the box of the selection for the bar over it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { markText, unmarkText } from '../lib/dom-marks.ts';
import { anchorHighlights, HIGHLIGHT_LIMITS, makeHighlight, overlapsHighlight, type Highlight, type PlacedHighlight, type TextStretch } from '../lib/highlights.ts';
import type { Article } from '../lib/types.ts';
import { MARK_CLASS } from './highlight.ts';
import { selectedStretches, selectionIn, type SelectedRange } from './selection.ts';

/** What the reader does with the person's highlights. */
export interface Highlights {
  placed: PlacedHighlight[];
  /** The highlight whose note takes the focus in the panel. */
  focus: string | null;
  /** Highlight the stretches (one highlight each); with a note: the panel opens on the last one's note. */
  add(stretches: TextStretch[], withNote: boolean): void;
  /** Show a highlight in the panel (one clicked in the text). */
  open(id: string): void;
  note(id: string, note: string): void;
  remove(id: string): void;
}

interface HighlightEffects {
  /** The highlights changed: keep them. */
  onChange?(highlights: Highlight[]): void;
  /** A line for the status bar. */
  say(message: string): void;
  showPanel(): void;
  clearSelection(): void;
}

export function useHighlights(article: Article | null, initial: Highlight[], effects: HighlightEffects): Highlights {
  const [highlights, setHighlights] = useState(initial);
  const [focus, setFocus] = useState<string | null>(null);
  const placed = useMemo(() => (article ? anchorHighlights(highlights, article.blocks.map((b) => b.text)) : []), [highlights, article]);
  const change = (next: Highlight[]) => {
    setHighlights(next);
    effects.onChange?.(next);
  };
  return {
    placed,
    focus,
    add(stretches, withNote) {
      if (!article) return;
      const fresh = stretches.filter((s) => !overlapsHighlight(placed, s));
      if (fresh.length === 0) return effects.say('Those words are highlighted already.');
      if (fresh.some((s) => s.end - s.start > HIGHLIGHT_LIMITS.text)) return effects.say(`A highlight holds up to ${HIGHLIGHT_LIMITS.text.toLocaleString('en')} characters: select fewer words.`);
      if (highlights.length + fresh.length > HIGHLIGHT_LIMITS.perArticle) return effects.say(`An article holds up to ${HIGHLIGHT_LIMITS.perArticle} highlights.`);
      const texts = article.blocks.map((b) => b.text);
      const made = fresh.map((s) => makeHighlight(texts, s, Date.now())).filter((h): h is Highlight => h !== null);
      if (made.length === 0) return;
      change([...highlights, ...made]);
      effects.clearSelection();
      effects.say(made.length === 1 ? 'Highlighted.' : `Highlighted in ${made.length} paragraphs.`);
      if (withNote) {
        effects.showPanel();
        setFocus(made[made.length - 1].id);
      }
    },
    open(id) {
      effects.showPanel();
      setFocus(id);
    },
    note: (id, note) => change(highlights.map((h) => (h.id === id ? { ...h, note: note.slice(0, HIGHLIGHT_LIMITS.note) } : h))),
    remove(id) {
      change(highlights.filter((h) => h.id !== id));
      effects.say('Highlight deleted.');
    },
  };
}

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
    // the bar follows the selection as the view scrolls (once a frame)
    const scroller = element.closest('dialog');
    let frame = 0;
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    // selectionchange reaches the document even for a selection inside a shadow root; the pointer and
    // keyboard ends of a selection are followed too, for browsers that do not send it there
    document.addEventListener('selectionchange', update);
    element.addEventListener('pointerup', update);
    element.addEventListener('keyup', update);
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', update);
      element.removeEventListener('pointerup', update);
      element.removeEventListener('keyup', update);
      scroller?.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [layout]);
  return [selected, () => setSelected(null)];
}
