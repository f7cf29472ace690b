// Wrapping characters start..end of a rendered block's whitespace-collapsed text in <mark> elements, one
// per text node the stretch spans: a claim's sentence and a sentence read aloud in the reader, a person's
// highlights in the reader and in the exports. The offsets are into the block's own text read through
// nested block wrappers (lib/dom-offsets.ts, readNestedBlocks): the reader's <div data-block><p>…</p></div>
// and an exported block's HTML parsed into a container alike. Standard DOM only (no Range): runs on
// linkedom in Node and in the browser.
import { ownTextMap } from './dom-offsets.ts';

/** Wrap text[start..end) of `block` in marks of class `className` (with `attributes`); the marks made, in order. */
export function markText(block: Element, start: number, end: number, className: string, attributes: Record<string, string> = {}): HTMLElement[] {
  const document = block.ownerDocument;
  const marks: HTMLElement[] = [];
  for (const { node, from, to } of ownTextMap(block, { readNestedBlocks: true }).pieces(start, end)) {
    const parent = node.parentNode;
    if (!parent) continue;
    // Split the text node around from..to.
    const value = node.nodeValue ?? '';
    if (from > 0) parent.insertBefore(document.createTextNode(value.slice(0, from)), node);
    if (to < value.length) parent.insertBefore(document.createTextNode(value.slice(to)), node.nextSibling);
    node.nodeValue = value.slice(from, to);
    const mark = document.createElement('mark') as HTMLElement;
    mark.className = className;
    for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
    parent.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}

/** Undo markText for the marks of class `className` under `root`: their text goes back where it was. */
export function unmarkText(root: ParentNode, className: string): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${className}`))) {
    const parent = mark.parentNode;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent?.normalize?.();
  }
}
