// Keep what Readability drops. Readability scores the page and keeps one container; on the way it leaves
// out parts of the article that stand beside or inside it: a summary box ("Key Takeaways", "Das Wichtigste
// in Kürze"), the lead or intro between the title and the body, a subheading or a figure caption its
// cleaning took for chrome. They come back from the page as the element and block rules left it (what the
// rules removed is gone from it already), each at its place in document order, once, and only when it
// reads as article: few links, not a byline, menu, card, deck or disclaimer (lib/dropped-parts.ts).
// Also cuts an inline teaser link that ends a kept paragraph ("… Related: <a>…</a>"), keeping the rest.
//
// Readability moves the article's nodes into its container and drops the rest from the page, so where
// each block stood is taken down before it runs (`beforeReadability`) and read after (`restoreDropped`).
import type { Block, Removal } from './types.ts';
import { blocksFromDom, isBlockElement, ownText, visibleText } from './blocks/dom.ts';
import { cutTeaserTails } from './teaser-tails.ts';
import { normalizeForCompare } from './text.ts';
import { figureOf, hasFurniturePath, isCaption, isLead, isSubheading, isSummaryItem, isSummaryLabel } from './dropped-parts.ts';

/** The cleaned page's blocks as they stood before Readability ran. */
export interface PageSnapshot {
  blocks: readonly Block[];
  /** Each block's element and its ancestors, nearest first. */
  paths: Element[][];
  /** Each block's first text node: it goes with the text wherever Readability moves it. */
  firstText: (Node | null)[];
}

export interface Restoration {
  /** The page blocks brought back, in document order. */
  restored: Block[];
  /** Inline teaser links cut from the ends of kept paragraphs. */
  removed: Removal[];
}

/** How many blocks before the article a lead or summary box may stand (a title, byline and picture between). */
const LOOKBACK = 12;
/** A summary box after the article stands right after it. */
const LOOKAHEAD = 3;
const MAX_SUMMARY_ITEMS = 12;
/** A text this long found inside the article's text is a repeat of it (a lead the first paragraph repeats). */
const MIN_CONTAINED_CHARS = 50;

/** Take down where each kept block stands, before Readability moves the article into its container. */
export function beforeReadability(kept: readonly Block[]): PageSnapshot {
  const paths = kept.map((block) => {
    const path: Element[] = [];
    for (let el: Element | null = block.element!; el; el = el.parentElement) path.push(el);
    return path;
  });
  return { blocks: kept, paths, firstText: kept.map((block) => firstTextNode(block.element!)) };
}

/** Bring back into `container` the article parts Readability left out of it; cut trailing teaser links. */
export function restoreDropped(container: Element, page: PageSnapshot, title?: string): Restoration {
  const restored = restoreBlocks(container, page, title);
  return { restored, removed: cutTeaserTails(container) };
}

type Kind = 'lead' | 'summary' | 'heading' | 'caption';
interface Choice {
  kind: Kind;
  /** The element holding the block's content now. */
  source: Element;
}

function restoreBlocks(container: Element, page: PageSnapshot, title: string | undefined): Block[] {
  const { blocks, paths } = page;
  // The container's blocks, read only when needed (most pages have nothing to bring back).
  let containerBlocks: Block[] | undefined;
  const blocksOfContainer = () => (containerBlocks ??= blocksFromDom(container, { features: false }));
  const holders = holdersIn(container, page, blocksOfContainer);
  const present = holders.map((h) => h !== null);
  const first = present.indexOf(true);
  const last = present.lastIndexOf(true);
  // Nothing to place against (Readability started over on a fresh copy of the page): leave it be.
  if (first < 0) return [];
  const shared = commonAncestors(paths.filter((_, i) => present[i]));
  const around = new Set(shared);
  // Already in the article: the same block, or (for a longer text) part of its text.
  let known: { texts: Set<string>; all: string } | undefined;
  const isKnown = (text: string) => {
    known ??= { texts: new Set(blocksOfContainer().map((b) => normalizeForCompare(b.text))), all: normalizeForCompare(visibleText(container)) };
    return known.texts.has(text) || (text.length >= MIN_CONTAINED_CHARS && known.all.includes(text));
  };
  const titleText = normalizeForCompare(title ?? '');
  // The page's title: a heading that says the title (after a date, say) or an <h1> that shares most of its
  // words; failing that, any <h1> (the page's <title> may be the site's name alone).
  const titleWords = new Set(titleText.split(' '));
  const isTitle = (b: Block, loose: boolean) => {
    if (b.type !== 'heading') return false;
    const text = normalizeForCompare(b.text);
    if (titleText.length >= 10 && text.includes(titleText)) return true;
    const words = text.split(' ');
    return b.level === 1 && (loose || words.filter((w) => titleWords.has(w)).length >= words.length / 2);
  };
  const chosen = new Map<number, Choice>();

  const consider = (i: number, kind: Kind) => {
    const text = normalizeForCompare(blocks[i].text.replace(/(?:\.\.\.|…)$/, ''));
    const source = sourceOf(page, i);
    if (!text || isKnown(text) || text === titleText || !source) return;
    if (hasFurniturePath(paths[i], around, kind === 'summary')) return;
    chosen.set(i, { kind, source });
  };
  /** A summary label and the items of its box that follow it (or the kept box it heads); the index after the box. */
  const summaryBox = (i: number): number => {
    const items: number[] = [];
    let j = i + 1;
    for (; j < blocks.length && items.length < MAX_SUMMARY_ITEMS; j++) {
      const b = blocks[j];
      if (present[j] || b.index > blocks[i].areaEnd || !isSummaryItem(b)) break;
      items.push(j);
    }
    if (items.length || present[i + 1]) for (const k of [i, ...items]) consider(k, 'summary');
    return j;
  };

  // Between the title and the article's first paragraph: a lead, a summary box. The title is the first
  // heading that is the page's title, in the article or just before it.
  let titleAt = -1;
  for (const loose of [false, true]) {
    for (let i = first; i <= last && i <= first + LOOKBACK && titleAt < 0; i++) if (isTitle(blocks[i], loose)) titleAt = i;
    for (let i = first - 1; i >= 0 && i >= first - LOOKBACK && titleAt < 0; i--) if (isTitle(blocks[i], loose)) titleAt = i;
  }
  let body = Math.max(titleAt + 1, first);
  while (body <= last && !present[body]) body++;
  // A title far from the body heads something else (a recipe's ingredients, a gallery): no lead then.
  if (body - titleAt > LOOKBACK) titleAt = -1;
  const from = titleAt >= 0 ? titleAt + 1 : Math.max(0, first - LOOKBACK);
  for (let i = from; i < body; i++) {
    const b = blocks[i];
    if (present[i]) continue;
    if (isSummaryLabel(b)) i = summaryBox(i) - 1;
    else if (titleAt >= 0 && isLead(b, paths[i])) consider(i, 'lead');
  }
  // Inside the article: what Readability's cleaning took out between two of its blocks.
  for (let i = Math.max(first + 1, body); i < last; i++) {
    if (present[i]) continue;
    const b = blocks[i];
    if (isSummaryLabel(b)) i = summaryBox(i) - 1;
    else if (b.type === 'caption') {
      if (isCaption(b) && figureOf(paths[i])) consider(i, 'caption');
    } else if (b.type === 'heading' && isSubheading(b) && (present[i + 1] || isSummaryLabel(b))) consider(i, 'heading');
  }
  // Right after it: a summary box closing the article.
  for (let i = last + 1; i < blocks.length && i <= last + LOOKAHEAD; i++) if (isSummaryLabel(blocks[i])) i = summaryBox(i) - 1;

  const order = [...chosen.keys()].sort((a, b) => a - b);
  placeBlocks(container, page, holders, order, chosen);
  return order.map((i) => blocks[i]);
}

/**
 * Where each page block stands in the container, or null when Readability left it out. Its text nodes
 * went with it into the container; when Readability started over on a fresh copy of the page (it does
 * when its first pick is short), the container's blocks are matched by their text instead, in order.
 */
function holdersIn(container: Element, page: PageSnapshot, blocksOfContainer: () => readonly Block[]): (Element | null)[] {
  const holders = page.firstText.map((node) => {
    let el = node && container.contains(node) ? node.parentElement : null;
    while (el && el !== container && !isBlockElement(el)) el = el.parentElement;
    return el && el !== container ? el : null;
  });
  if (holders.some((h) => h)) return holders;
  const containerBlocks = blocksOfContainer();
  const texts = containerBlocks.map((b) => normalizeForCompare(b.text));
  let from = 0;
  return page.blocks.map((block) => {
    const text = normalizeForCompare(block.text);
    if (text.length < MIN_MATCHED_CHARS) return null;
    const at = texts.indexOf(text, from);
    if (at < 0) return null;
    from = at + 1;
    return containerBlocks[at].element!;
  });
}

/** A block matched by its text alone must say this much: "Share" or "Home" is anywhere. */
const MIN_MATCHED_CHARS = 20;

/**
 * Put the chosen blocks into the container, each before the kept blocks that follow it (or after those
 * before it). Of those, the one that comes first in the container is the anchor (the last, going after): a
 * wrapper's own text may stand far down the article ("<div><p>…</p> <strong>Outlook</strong> …</div>" holds
 * the first paragraph, but its own text is the later "Outlook"), and a lead put before it would land there.
 */
function placeBlocks(container: Element, page: PageSnapshot, holders: (Element | null)[], order: number[], chosen: Map<number, Choice>): void {
  const doc = container.ownerDocument;
  // Where each element stands in the container: read once (placing adds elements but moves none).
  let places: Map<Element, number> | undefined;
  const placeOf = (element: Element) => (places ??= new Map(Array.from(container.querySelectorAll('*'), (el, k) => [el, k]))).get(element) ?? -1;
  const holderBy = (from: number, to: number, step: 1 | -1): Element | null => {
    let best: Element | null = null;
    for (let j = from; j !== to; j += step) {
      const holder = holders[j];
      if (holder && (best === null || (step === 1 ? placeOf(holder) < placeOf(best) : placeOf(holder) > placeOf(best)))) best = holder;
    }
    return best;
  };
  let list: { element: Element; from: Element } | null = null;
  for (const i of order) {
    const { kind, source } = chosen.get(i)!;
    const copy = kind === 'caption' ? captionWithPicture(source, page.paths[i], container) : copyOf(source, kind);
    const anchor = holderBy(i + 1, holders.length, 1);
    // List items of one list go back into one list.
    const parent = page.paths[i][1];
    if (copy.tagName === 'LI' && list && parent === list.from && list.element.isConnected) {
      list.element.appendChild(copy);
      continue;
    }
    let node: Element = copy;
    if (copy.tagName === 'LI') {
      node = doc.createElement(parent?.tagName === 'OL' ? 'ol' : 'ul');
      node.appendChild(copy);
      list = { element: node, from: parent };
    } else list = null;
    if (anchor) outermost(anchor, container, 'previousSibling').before(node);
    else {
      const after = holderBy(i - 1, -1, -1);
      if (after) outermost(after, container, 'nextSibling').after(node);
      else container.appendChild(node);
    }
  }
}

/** A caption comes back with the picture of its figure when Readability dropped both. */
function captionWithPicture(source: Element, path: Element[], container: Element): Element {
  const doc = source.ownerDocument;
  const caption = copyOf(source, 'caption');
  const figure = figureOf(path);
  const pictures = figure ? Array.from(figure.querySelectorAll('img')).filter((img) => !container.contains(img)) : [];
  if (!pictures.length) return caption;
  const copy = doc.createElement('figure');
  for (const img of pictures) copy.appendChild(pictureCopy(img));
  copy.appendChild(caption);
  return copy;
}

/** A copy of a picture, its lazy-loaded address made its source (as Readability does for the pictures it keeps). */
function pictureCopy(img: Element): Element {
  const copy = img.cloneNode(false) as Element;
  const src = copy.getAttribute('src') ?? '';
  const lazy = LAZY_SOURCES.map((name) => copy.getAttribute(name)).find((value) => value && !value.startsWith('data:'));
  if (lazy && (!src || src.startsWith('data:'))) copy.setAttribute('src', lazy);
  return copy;
}

const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original', 'data-orig-file'];

/** A new element holding the block's own content (not the blocks nested in it). */
function copyOf(source: Element, kind: Kind): Element {
  const doc = source.ownerDocument;
  const tag = source.tagName;
  const name = /^(?:H[2-6]|LI|P|FIGCAPTION|BLOCKQUOTE)$/.test(tag) && !(kind === 'lead' && tag[0] === 'H') ? tag.toLowerCase() : kind === 'caption' ? 'figcaption' : 'p';
  const copy = doc.createElement(name);
  for (let child = source.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && isBlockElement(child as Element)) copy.appendChild(doc.createTextNode(' '));
    else copy.appendChild(child.cloneNode(true));
  }
  return copy;
}

/** Where a restored block goes beside an element of the container: before it, or after it. */
type Side = 'previousSibling' | 'nextSibling';

/**
 * Climb from `el` while nothing with text stands on `side` of it in its parent: what goes before (or after)
 * it goes before (or after) them all.
 */
function outermost(el: Element, container: Element, side: Side): Element {
  while (el.parentElement && el.parentElement !== container && !hasTextOn(el, side)) el = el.parentElement;
  return el;
}

function hasTextOn(el: Element, side: Side): boolean {
  for (let n = el[side]; n; n = n[side]) if ((n.textContent ?? '').trim()) return true;
  return false;
}

/**
 * The element that holds the block's text now: its own, or the <p> Readability put in its place when it
 * turned a <div> of text into a paragraph. None when Readability emptied or split it.
 */
function sourceOf(page: PageSnapshot, i: number): Element | null {
  const { element, text } = page.blocks[i];
  if (ownText(element!) === text) return element!;
  let holder = page.firstText[i]?.parentElement ?? null;
  while (holder && !isBlockElement(holder)) holder = holder.parentElement;
  return holder && ownText(holder) === text ? holder : null;
}

/** The nearest element that held all the given paths' elements, and its ancestors, nearest first. */
function commonAncestors(paths: Element[][]): Element[] {
  const depthOf = new Map(paths[0].map((el, i) => [el, i]));
  let depth = 0;
  for (const path of paths) {
    const shared = path.find((el) => depthOf.has(el));
    if (!shared) return [];
    depth = Math.max(depth, depthOf.get(shared)!);
  }
  return paths[0].slice(depth);
}

/** The first text of an element's own (not of a block nested in it). */
function firstTextNode(element: Element): Node | null {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return child;
    if (child.nodeType === 1 && !isBlockElement(child as Element)) {
      const inner = firstTextNode(child as Element);
      if (inner) return inner;
    }
  }
  return null;
}
