// Edits on the text of a DOM block, addressed in the block's collapsed text (what `ownText` returns):
// remove a sentence from a <p> that holds links and emphasis, without touching the markup around it.
// Offsets are mapped to text nodes by lib/dom-offsets.ts, the walk that makes `ownText`.
import type { TextEdit } from './clean.ts';
import { ownTextMap } from './dom-offsets.ts';

/**
 * Apply edits (offsets into the element's collapsed own text) to the element's text nodes: the characters
 * of each edit are cut from every text node they span, and its replacement goes where the cut begins, in
 * the first of those nodes. Inline elements left empty are removed.
 */
export function applyEditsToElement(element: Element, edits: readonly TextEdit[]): void {
  const map = ownTextMap(element);
  // From the last edit back, so the offsets of the ones before stay valid.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    map.pieces(edit.start, edit.end).forEach(({ node, from, to }, i) => {
      const value = node.nodeValue ?? '';
      node.nodeValue = value.slice(0, from) + (i === 0 ? edit.replacement : '') + value.slice(to);
    });
  }
  removeEmptyInlines(element);
}

/** Inline elements left without text or media after a cut (an <a> whose sentence went). */
function removeEmptyInlines(element: Element): void {
  for (const el of Array.from(element.querySelectorAll('a, em, strong, b, i, span, u, mark, sup, sub, q, cite, small'))) {
    if ((el.textContent ?? '').trim() === '' && !el.querySelector('img, picture, video, br')) el.remove();
  }
}
