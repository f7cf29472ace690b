// Offsets into an element's collapsed text, mapped back to the DOM text nodes they came from.
//
// An element's own text is what a reader sees of it outside its nested block elements: its text nodes in
// document order, through inline elements (<a>, <em>, <span>…), leaving out skipped elements (script,
// style…) and hidden ones entirely; a <br> and a nested block element each read as one space (lib/blocks/
// element-kinds.ts says which element is which). Whitespace is then collapsed exactly as collapseWhitespace
// (lib/text.ts) does: each run of [\s\u00a0\u200b\ufeff] becomes one space, and the ends are trimmed.
//
//   const map = ownTextMap(p);   // one walk
//   map.text                     // === collapseWhitespace(raw own text): what ownText(p) returns
//   map.pieces(start, end)       // [{ node, from, to }]: the text-node stretches holding text[start..end)
//
// Each collapsed character stands for one raw character: a visible character for itself, a space for the
// first character of the whitespace run it replaced (which may be the virtual space of a <br> or a nested
// block, at no text node). pieces(start, end) cover the raw characters from the one text[start] stands for
// through the one text[end - 1] stands for, one piece per text node, in document order (so whitespace
// between two words of the range is included, virtual spaces have no piece, and a range that ends on a
// space covers only the first character of that space's run). Out-of-range offsets are clamped.
//
// The map is a snapshot: pieces name text nodes and offsets as they were at the walk. Edits applied from
// the last range back keep the earlier ranges' offsets right (how lib/dom-text.ts cuts several sentences).
// { readNestedBlocks: true } also reads the text inside nested blocks, each set off by spaces: the text of
// a block as the reader renders it, <div data-block><p>…</p></div> (components/highlight.ts).
// Standard DOM only (nodeType, firstChild/nextSibling, nodeValue): runs on linkedom in Node and in the browser.
import { isBlockElement, isHidden, isSkippedElement } from './blocks/element-kinds.ts';

/** Characters [from, to) of one text node. */
export interface TextPiece {
  node: Text;
  from: number;
  to: number;
}

export interface TextMap {
  /** The collapsed text. */
  readonly text: string;
  /** The pieces of text nodes that hold text[start..end) (end exclusive); empty for an empty range. */
  pieces(start: number, end: number): TextPiece[];
  /**
   * The offset into `text` of a DOM boundary point inside the element (a selection's start or end): the
   * number of collapsed characters before it. A point in a text node counts the characters before it in
   * that node; a point between nodes, those of the text nodes before it. Uses compareDocumentPosition.
   */
  offsetAt(node: Node, offset: number): number;
}

export interface TextMapOptions {
  /**
   * Also read the text inside nested block elements, each still set off by a space either side: the text
   * of a container whose block elements are only wrappers (the reader's <div data-block><p>…</p></div>).
   * Default false: a nested block is one space and its text is not read.
   */
  readNestedBlocks?: boolean;
}

/** What collapseWhitespace (lib/text.ts) keeps: the complement of its [\s\u00a0\u200b\ufeff]. Keep the two in step. */
const VISIBLE_RUN = /[^\s\u00a0\u200b\ufeff]+/g;

/** A text node's place in the raw text (all text nodes read, plus one character per virtual space). */
interface RawRun {
  node: Text;
  base: number;
  length: number;
}

/** The element's own text, collapsed, and where each of its characters lives (see the header). */
export function ownTextMap(element: Element, options: TextMapOptions = {}): TextMap {
  const runs: RawRun[] = [];
  const parts: string[] = [];
  const rawOf: number[] = []; // raw index each collapsed character stands for
  let rawLength = 0;
  let pendingSpace = -1; // raw index where the whitespace run since the last visible character began

  const whitespaceAt = (raw: number): void => {
    if (pendingSpace < 0) pendingSpace = raw;
  };
  const virtualSpace = (): void => whitespaceAt(rawLength++);
  const readText = (node: Text): void => {
    const value = node.nodeValue ?? '';
    if (!value) return;
    const base = rawLength;
    runs.push({ node, base, length: value.length });
    rawLength += value.length;
    let at = 0;
    VISIBLE_RUN.lastIndex = 0;
    for (let m = VISIBLE_RUN.exec(value); m; m = VISIBLE_RUN.exec(value)) {
      if (m.index > at) whitespaceAt(base + at);
      // A whitespace run becomes one space between visible characters; before the first it is trimmed.
      if (pendingSpace >= 0 && rawOf.length > 0) {
        parts.push(' ');
        rawOf.push(pendingSpace);
      }
      pendingSpace = -1;
      parts.push(m[0]);
      for (let i = 0; i < m[0].length; i++) rawOf.push(base + m.index + i);
      at = m.index + m[0].length;
    }
    if (at < value.length) whitespaceAt(base + at);
  };
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) readText(child as Text);
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el) || isHidden(el)) continue;
        if (el.tagName === 'BR') virtualSpace();
        else if (!isBlockElement(el)) walk(el);
        else {
          virtualSpace();
          if (options.readNestedBlocks) {
            walk(el);
            virtualSpace();
          }
        }
      }
    }
  };
  walk(element);

  const text = parts.join('');
  return {
    text,
    pieces(start: number, end: number): TextPiece[] {
      start = Math.max(0, start);
      end = Math.min(end, rawOf.length);
      if (start >= end) return [];
      const from = rawOf[start];
      const to = rawOf[end - 1] + 1;
      // The first text node that ends after `from` (runs are in raw order).
      let lo = 0;
      let hi = runs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (runs[mid].base + runs[mid].length <= from) lo = mid + 1;
        else hi = mid;
      }
      const pieces: TextPiece[] = [];
      for (let i = lo; i < runs.length && runs[i].base < to; i++) {
        const run = runs[i];
        const pieceFrom = Math.max(from - run.base, 0);
        const pieceTo = Math.min(to - run.base, run.length);
        if (pieceFrom < pieceTo) pieces.push({ node: run.node, from: pieceFrom, to: pieceTo });
      }
      return pieces;
    },
    offsetAt(node: Node, offset: number): number {
      let raw: number;
      const run = node.nodeType === 3 ? runs.find((r) => r.node === node) : undefined;
      if (run) raw = run.base + Math.min(offset, run.length);
      else {
        // between nodes: before the child at `offset`, or after the container's last child
        const child = node.nodeType === 3 ? null : (node.childNodes[offset] ?? null);
        const follows = (r: RawRun) =>
          child ? child === r.node || child.contains(r.node) || (child.compareDocumentPosition(r.node) & 4) !== 0 : (node.compareDocumentPosition(r.node) & 4) !== 0 && !node.contains(r.node);
        raw = runs.find(follows)?.base ?? rawLength;
      }
      // the collapsed characters that stand for raw characters before `raw` (rawOf rises)
      let lo = 0;
      let hi = rawOf.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rawOf[mid] < raw) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
