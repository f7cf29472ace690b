// DOM adapter: a (cloned) document or element → Block[], in document order, each remembering its
// element. A block is an element of a block-level kind with text of its own, i.e. text not inside a
// nested block-level element: <p>, <li>, <h2>, but also <div class="card-title">Headline</div>. A data
// table is one block of its own, rows and cells kept (lib/blocks/table.ts); a layout table's cells are
// read like any other container.
import type { Block, BlockType } from '../types.ts';
import { collapseWhitespace } from '../text.ts';
import { isDataTable, tableRows, tableText } from './table.ts';
import { isBlockElement, isHidden, isSkippedElement } from './element-kinds.ts';
import { ownTextMap } from '../dom-offsets.ts';
import { domFeatures } from './features.ts';

export { isBlockElement, isSkippedElement, isHidden } from './element-kinds.ts';

const CAPTION_CLASS = /(?:^|[-_ ])(?:caption|credit)(?:$|[-_ ])/i;

export interface DomBlockOptions {
  /** Also list images that stand on their own (not inside a block of text) as 'image' blocks. */
  images?: boolean;
  /** Measure each block's features for the rules (the default); a reader of the text alone does without. */
  features?: boolean;
}

/** The blocks under `root` (a Document, or an element such as Readability's output container). */
export function blocksFromDom(root: Document | Element, options: DomBlockOptions = {}): Block[] {
  const start = 'body' in root && root.body ? root.body : (root as Element);
  const blocks: Block[] = [];
  visit(start, blocks, options);
  setAreaEnds(blocks);
  if (options.features === false) return blocks;
  const features = domFeatures(blocks, start);
  for (const block of blocks) block.features = features[block.index];
  return blocks;
}

/** Features are measured once all blocks are known (lib/blocks/features.ts); until then, none. */
const UNMEASURED = { markup: true, linkShare: 0, awayLinkShare: 0, sponsoredLinks: 0, tagPath: '', attributeTokens: [] };

/**
 * One walk: an element's inline content gives its own text; the block elements (and standalone images)
 * met on the way are visited after it, so blocks come out in document order.
 */
function visit(element: Element, blocks: Block[], options: DomBlockOptions): void {
  if (element.tagName === 'TABLE' && isDataTable(element)) {
    const table = tableRows(element);
    // A grid of pictures has no text rows: it is read as the images it holds.
    if (table.rows.length) {
      blocks.push({ index: blocks.length, type: 'table', text: tableText(table), element, areaEnd: 0, rows: table.rows, headerRows: table.headerRows, features: UNMEASURED });
      return;
    }
  }
  const parts: string[] = [];
  const inner: Element[] = [];
  gather(element, parts, inner);
  const own = collapseWhitespace(parts.join(''));
  if (own) {
    const type = blockType(element);
    const block: Block = { index: blocks.length, type, text: own, element, areaEnd: 0, features: UNMEASURED };
    if (type === 'heading') block.level = Number(element.tagName.slice(1));
    blocks.push(block);
  }
  for (const child of inner) {
    if (child.tagName !== 'IMG') visit(child, blocks, options);
    else if (options.images && !own) blocks.push({ index: blocks.length, type: 'image', text: collapseWhitespace(child.getAttribute('alt') ?? ''), element: child, areaEnd: 0, features: UNMEASURED });
  }
}

/** Own text of `node` into `parts`; nested block elements and images into `inner`, in order. */
function gather(node: Element, parts: string[], inner: Element[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (isSkippedElement(el) || isHidden(el)) continue;
      if (el.tagName === 'BR') parts.push(' ');
      else if (el.tagName === 'IMG') inner.push(el);
      else if (isBlockElement(el)) {
        parts.push(' ');
        inner.push(el);
      } else gather(el, parts, inner);
    }
  }
}

/**
 * Text of an element that is not inside a nested block element (a <br> or a nested block reads as a
 * space; skipped and hidden elements are left out), whitespace collapsed: lib/dom-offsets.ts, which also
 * maps its offsets back to text nodes.
 */
export function ownText(element: Element): string {
  return ownTextMap(element).text;
}

/** All the text a reader sees in an element (nested blocks included; scripts, styles and hidden parts not), whitespace collapsed. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el) || isHidden(el)) continue;
        const spaced = el.tagName === 'BR' || isBlockElement(el);
        if (spaced) parts.push(' ');
        walk(el);
        if (spaced) parts.push(' ');
      }
    }
  };
  walk(element);
  return collapseWhitespace(parts.join(''));
}

/** Whether an element shows any text at all (stops at the first visible character). */
export function hasVisibleText(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /[^\s\u00a0\u200b\ufeff]/.test(child.nodeValue ?? '')) return true;
    if (child.nodeType === 1 && !isSkippedElement(child as Element) && !isHidden(child as Element) && hasVisibleText(child as Element)) return true;
  }
  return false;
}

function blockType(element: Element): BlockType {
  const tag = element.tagName.toUpperCase();
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  if (tag === 'PRE') return 'code';
  if (tag === 'BLOCKQUOTE' || element.closest('blockquote')) return 'quote';
  if (CAPTION_CLASS.test(element.getAttribute('class') ?? '')) return 'caption';
  return 'paragraph';
}

/**
 * A block's area is the nearest enclosing element that holds blocks after it: "You may also like" in
 * <section><div><h2>…</h2></div><div>cards…</div></section> spans the section, in a flat article body it
 * spans the rest of the body.
 */
function setAreaEnds(blocks: Block[]): void {
  const lastInside = new Map<Element, number>();
  const firstInside = new Map<Element, number>();
  for (const block of blocks) {
    for (let el: Element | null = block.element!; el; el = el.parentElement) {
      lastInside.set(el, block.index);
      if (!firstInside.has(el)) firstInside.set(el, block.index);
    }
  }
  for (const block of blocks) {
    block.areaEnd = block.index;
    block.areaStart = block.index;
    for (let el = block.element!.parentElement; el; el = el.parentElement) {
      const last = lastInside.get(el) ?? block.index;
      if (last > block.index) {
        block.areaEnd = last;
        block.areaStart = firstInside.get(el) ?? block.index;
        break;
      }
    }
  }
}
