// Marks a sentence inside a rendered block: characters start..end of the block's whitespace-collapsed
// text, wrapped in <mark> elements (one per text node it spans).
const WHITESPACE = /[\s\u00a0\u200b\ufeff]/;

export function clearHighlights(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll('mark.claim-highlight'))) {
    mark.replaceWith(...Array.from(mark.childNodes));
  }
  for (const block of Array.from(root.querySelectorAll('.claim-target'))) block.classList.remove('claim-target');
}

export function highlightRange(block: Element, start: number, end: number): HTMLElement | null {
  // Text nodes, and <br>s, which the block's text counts as a space (lib/blocks/dom.ts ownText).
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const pieces: { node: Text; from: number; to: number }[] = [];
  let collapsed = 0; // position in the collapsed text
  let pendingSpace = false;
  let started = false;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.nodeType === Node.ELEMENT_NODE) {
      if ((current as Element).tagName === 'BR' && started) pendingSpace = true;
      continue;
    }
    const node = current as Text;
    const value = node.nodeValue ?? '';
    let from = -1;
    let to = -1;
    for (let i = 0; i < value.length; i++) {
      if (WHITESPACE.test(value[i])) {
        if (started) pendingSpace = true;
        continue;
      }
      if (pendingSpace) collapsed++;
      pendingSpace = false;
      started = true;
      if (collapsed >= start && collapsed < end) {
        if (from < 0) from = i;
        to = i + 1;
      }
      collapsed++;
    }
    if (from >= 0) pieces.push({ node, from, to });
  }
  let first: HTMLElement | null = null;
  for (const { node, from, to } of pieces) {
    const range = block.ownerDocument.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = block.ownerDocument.createElement('mark');
    mark.className = 'claim-highlight';
    range.surroundContents(mark);
    first ??= mark;
  }
  block.classList.add('claim-target');
  return first;
}
