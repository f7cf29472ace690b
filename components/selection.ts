// The person's text selection in the reader, as stretches of the article's blocks (lib/highlights.ts): a
// selection over several paragraphs gives one stretch a block. The reader lives in a shadow root, where a
// document's selection is retargeted to the host: its ranges are read through the shadow root.
import { ownTextMap } from '../lib/dom-offsets.ts';
import type { TextStretch } from '../lib/highlights.ts';

/** A selection's ends, as a Range or StaticRange gives them. */
export interface SelectedRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  collapsed: boolean;
}

type SelectionWithComposedRanges = Selection & { getComposedRanges?(options: { shadowRoots: ShadowRoot[] }): StaticRange[] };

/** The selection inside the tree of `inside` (a shadow root's own where the reader is in one), or null when nothing is selected there. */
export function selectionIn(inside: Node): SelectedRange | null {
  const root = inside.getRootNode();
  const shadow = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root : null;
  const document = inside.ownerDocument;
  // Chromium: the shadow root's own selection; Firefox (and the standard): the document's, read through the root.
  const selection = ((shadow as unknown as { getSelection?(): Selection | null } | null)?.getSelection?.() ?? document?.getSelection()) as SelectionWithComposedRanges | null;
  if (!selection || selection.rangeCount === 0) return null;
  let range: SelectedRange | undefined;
  if (shadow && selection.getComposedRanges && !inside.contains(selection.anchorNode)) {
    range = selection.getComposedRanges({ shadowRoots: [shadow] })[0];
  } else range = selection.getRangeAt(0);
  if (!range || range.collapsed || !inside.contains(range.startContainer) || !inside.contains(range.endContainer)) return null;
  return range;
}

/** Whether node `b` comes after node `a` in the document (and is not inside it). */
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0 && !a.contains(b);

/**
 * The stretches of the reader's blocks (elements with data-block) under `body` that `range` covers, in
 * order; the empty ones and headings (the exports write a heading from its text, without marks) left out.
 */
export function selectedStretches(body: Element, range: SelectedRange): TextStretch[] {
  const stretches: TextStretch[] = [];
  for (const element of Array.from(body.querySelectorAll<HTMLElement>('[data-block]'))) {
    const holdsStart = element.contains(range.startContainer);
    const holdsEnd = element.contains(range.endContainer);
    const afterStart = holdsStart || follows(range.startContainer, element);
    const beforeEnd = holdsEnd || follows(element, range.endContainer);
    if (!afterStart || !beforeEnd || element.classList.contains('block-heading')) continue;
    const map = ownTextMap(element, { readNestedBlocks: true });
    const start = holdsStart ? map.offsetAt(range.startContainer, range.startOffset) : 0;
    const end = holdsEnd ? map.offsetAt(range.endContainer, range.endOffset) : map.text.length;
    if (end > start) stretches.push({ block: Number(element.dataset.block), start, end });
  }
  return stretches;
}
