// Edits on the text of a DOM block, addressed in the block's collapsed text (what `ownText` returns):
// remove a sentence from a <p> that holds links and emphasis, without touching the markup around it.
import type { TextEdit } from './clean.ts';
import { isBlockElement, isSkippedElement } from './blocks/dom.ts';

const WHITESPACE = /[\s\u00a0\u200b\ufeff]/;

interface RawChar {
  node: Text | null; // null for the virtual space of a <br> or a nested block
  offset: number;
  char: string;
}

/** The characters of an element's own text, each with the text node and offset it lives at. */
function rawChars(element: Element): RawChar[] {
  const chars: RawChar[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) chars.push({ node: child as Text, offset: i, char: value[i] });
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'BR' || isBlockElement(el)) chars.push({ node: null, offset: 0, char: ' ' });
        else if (!isSkippedElement(el)) walk(el);
      }
    }
  };
  walk(element);
  return chars;
}

/** Map each character of the collapsed text to its raw character, the way collapseWhitespace collapses. */
function collapsedPositions(chars: RawChar[]): number[] {
  const positions: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (WHITESPACE.test(chars[i].char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && positions.length > 0) positions.push(pendingSpace);
    pendingSpace = -1;
    positions.push(i);
  }
  return positions;
}

/** Apply edits (offsets into the element's collapsed own text) to the element's text nodes. */
export function applyEditsToElement(element: Element, edits: readonly TextEdit[]): void {
  const chars = rawChars(element);
  const positions = collapsedPositions(chars);
  const ordered = [...edits].sort((a, b) => b.start - a.start);
  for (const edit of ordered) {
    if (edit.start >= positions.length) continue;
    const from = positions[edit.start];
    const to = positions[Math.min(edit.end, positions.length) - 1];
    // Cut raw characters from..to, node by node, from the end so offsets stay valid.
    let insertAt: RawChar | null = null;
    for (let i = to; i >= from; i--) {
      const c = chars[i];
      if (!c.node) continue;
      insertAt = c;
    }
    const byNode = new Map<Text, { start: number; end: number }>();
    for (let i = from; i <= to; i++) {
      const c = chars[i];
      if (!c.node) continue;
      const span = byNode.get(c.node);
      if (span) span.end = c.offset + 1;
      else byNode.set(c.node, { start: c.offset, end: c.offset + 1 });
    }
    for (const [node, span] of byNode) {
      const value = node.nodeValue ?? '';
      const replacement = insertAt && insertAt.node === node ? edit.replacement : '';
      node.nodeValue = value.slice(0, span.start) + replacement + value.slice(span.end);
    }
  }
  removeEmptyInlines(element);
}

/** Inline elements left without text or media after a cut (an <a> whose sentence went). */
function removeEmptyInlines(element: Element): void {
  for (const el of Array.from(element.querySelectorAll('a, em, strong, b, i, span, u, mark, sup, sub, q, cite, small'))) {
    if ((el.textContent ?? '').trim() === '' && !el.querySelector('img, picture, video, br')) el.remove();
  }
}
