// What the rules know about a block besides its text, computed once by the adapter that read it: the DOM
// adapter measures links, lists and tags in one walk of the page; the text adapter has only the lines, so
// its blocks carry no links, and lists where the lines have list markers. Block rules read these features,
// never the element (RuleBlock in lib/rules/types.ts has none), so one rule set serves both inputs.
import type { Block } from '../types.ts';
import { nonSpaceLength } from '../text.ts';

export interface BlockFeatures {
  /** The block's type comes from markup (an <h2>, an <li>), not from how a line of a text dump looks. */
  markup: boolean;
  /**
   * Share of the block's letters (whitespace aside; nested blocks included) inside links; 1 for a block
   * inside a link (a card wrapped in <a>).
   */
  linkShare: number;
  /** The same, counting only links to other pages: in-page links ("#section-2") are the article's own outline. */
  awayLinkShare: number;
  /** The address of the first link in the block, or of the link around it. */
  href?: string;
  /** Links the site marks as paid (rel="sponsored") whose nearest block is this one. */
  sponsoredLinks: number;
  /** The list a list item belongs to: the same number for the items of one list. */
  list?: number;
  /** Tags from the adapter's root to the block ("article>div>ul>li"); in a text dump, the block's type. */
  tagPath: string;
  /** Words of the block element's id and classes, lower case ("story", "card", "title"). */
  attributeTokens: string[];
}

/** A text dump's list items: consecutive list-item blocks make one list. */
export function textFeatures(blocks: readonly Pick<Block, 'type'>[]): BlockFeatures[] {
  let list = -1;
  return blocks.map((block, i) => {
    const isItem = block.type === 'list-item';
    if (isItem && blocks[i - 1]?.type !== 'list-item') list = i;
    return { markup: false, linkShare: 0, awayLinkShare: 0, sponsoredLinks: 0, tagPath: block.type, attributeTokens: [], ...(isItem ? { list } : {}) };
  });
}

interface Letters {
  all: number;
  linked: number;
  away: number;
}

/**
 * The features of DOM blocks (each with its element), from one walk of `root`: letters per element bottom
 * up, links and the nearest block on the way down.
 */
export function domFeatures(blocks: readonly Block[], root: Element): BlockFeatures[] {
  const indexOf = new Map<Element, number>();
  for (const block of blocks) indexOf.set(block.element!, block.index);
  const letters = new Map<number, Letters>();
  const firstHref: (string | undefined)[] = new Array(blocks.length);
  const sponsored: number[] = new Array(blocks.length).fill(0);
  const openBlocks: number[] = []; // blocks whose element encloses the walk's position, outermost first

  // Letters counted as running totals over the walk (an element's own are what the totals grew by inside
  // it): no count object for each element of the page.
  let all = 0;
  let linked = 0;
  let away = 0;
  const walk = (element: Element): void => {
    const allBefore = all;
    const linkedBefore = linked;
    const awayBefore = away;
    const index = indexOf.get(element);
    if (index !== undefined) openBlocks.push(index);
    const isLink = element.tagName === 'A';
    if (isLink) {
      const href = element.getAttribute('href');
      if (href !== null) for (let i = openBlocks.length - 1; i >= 0 && firstHref[openBlocks[i]] === undefined; i--) firstHref[openBlocks[i]] = href;
      if (/\bsponsored\b/i.test(element.getAttribute('rel') ?? '') && openBlocks.length) sponsored[openBlocks[openBlocks.length - 1]]++;
    }
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) all += nonSpaceLength(child.nodeValue ?? '');
      else if (child.nodeType === 1) walk(child as Element);
    }
    if (isLink) {
      // all its letters are link letters (as are those of links inside it, once more)
      linked += all - allBefore;
      if (!isInPage(element)) away += all - allBefore;
    }
    if (index !== undefined) {
      openBlocks.pop();
      letters.set(index, { all: all - allBefore, linked: linked - linkedBefore, away: away - awayBefore });
    }
  };
  walk(root);

  const listNumbers = new Map<Element, number>();
  return blocks.map((block) => {
    const element = block.element!;
    const count = letters.get(block.index) ?? { all: 0, linked: 0, away: 0 };
    const around = element.closest('a');
    const href = firstHref[block.index] ?? (around && element.closest('a[href]')?.getAttribute('href')) ?? undefined;
    const list = block.type === 'list-item' ? listNumber(element, indexOf, listNumbers) : undefined;
    return {
      markup: true,
      linkShare: around ? 1 : share(count.linked, count.all),
      awayLinkShare: around && !isInPage(around) ? 1 : share(count.away, count.all),
      ...(href !== undefined ? { href } : {}),
      sponsoredLinks: sponsored[block.index],
      ...(list !== undefined ? { list } : {}),
      tagPath: tagPath(element, root),
      attributeTokens: attributeTokens(element),
    };
  });
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.min(1, part / whole);
}

function isInPage(a: Element): boolean {
  return (a.getAttribute('href') ?? '').startsWith('#');
}

/** Items of one <ul>/<ol> share a number: the index of the list's first item block. */
function listNumber(item: Element, indexOf: Map<Element, number>, listNumbers: Map<Element, number>): number | undefined {
  const list = item.parentElement;
  if (!list || !/^(?:UL|OL)$/i.test(list.tagName)) return undefined;
  let number = listNumbers.get(list);
  if (number === undefined) {
    number = indexOf.get(item)!;
    listNumbers.set(list, number);
  }
  return number;
}

/** At most this many tags of a path: the nearest ancestors say what a block is. */
const MAX_PATH_TAGS = 8;

function tagPath(element: Element, root: Element): string {
  const tags: string[] = [];
  for (let el: Element | null = element; el && tags.length < MAX_PATH_TAGS; el = el === root ? null : el.parentElement) tags.push(el.tagName.toLowerCase());
  return tags.reverse().join('>');
}

function attributeTokens(element: Element): string[] {
  const words = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`.toLowerCase().split(/[^a-z0-9]+/);
  return [...new Set(words.filter(Boolean))];
}
