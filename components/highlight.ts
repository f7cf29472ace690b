// Marks a sentence inside a rendered block: characters start..end of the block's whitespace-collapsed
// text, wrapped in <mark> elements (one per text node it spans). The offsets are a claim's, into the
// ArticleBlock's text, i.e. the own text of the element its sanitised HTML comes from; lib/dom-offsets.ts
// maps them to text nodes. The rendered block is that HTML inside the reader's wrapper (<div data-block>,
// with a <ul>/<ol> around a list item): those block elements are read through, not as text of their own.
import { ownTextMap } from '../lib/dom-offsets.ts';

export function clearHighlights(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll('mark.claim-highlight'))) {
    mark.replaceWith(...Array.from(mark.childNodes));
  }
  for (const block of Array.from(root.querySelectorAll('.claim-target'))) block.classList.remove('claim-target');
}

/** Wrap text[start..end) of the rendered block in marks; the first mark, or null when the range holds no text. */
export function highlightRange(block: Element, start: number, end: number): HTMLElement | null {
  const document = block.ownerDocument;
  let first: HTMLElement | null = null;
  for (const { node, from, to } of ownTextMap(block, { readNestedBlocks: true }).pieces(start, end)) {
    const parent = node.parentNode;
    if (!parent) continue;
    // Split the text node around from..to (standard DOM only: no Range, so it runs on linkedom too).
    const value = node.nodeValue ?? '';
    if (from > 0) parent.insertBefore(document.createTextNode(value.slice(0, from)), node);
    if (to < value.length) parent.insertBefore(document.createTextNode(value.slice(to)), node.nextSibling);
    node.nodeValue = value.slice(from, to);
    const mark = document.createElement('mark');
    mark.className = 'claim-highlight';
    parent.insertBefore(mark, node);
    mark.appendChild(node);
    first ??= mark;
  }
  block.classList.add('claim-target');
  return first;
}
