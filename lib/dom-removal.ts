// Carrying the engine's block removals back to a (cloned) document: each removed block's element goes,
// and the removal keeps its sanitised HTML for "Show in place". Promotion and related blocks take their
// container with them: the pictures between two removed blocks and wrappers left holding only pictures.
import type { Block, Category, StageRemoval } from './types.ts';
import { hasVisibleText, isBlockElement } from './blocks/dom.ts';
import { escapeHtml, sanitizedHtml } from './sanitize.ts';
import { setHtmlOnFirstRead } from './removal-html.ts';

/** Removals of these categories take the whole container: its images and the wrappers they leave empty. */
const TAKES_CONTAINER: ReadonlySet<Category> = new Set(['related', 'promo']);

/** Never removed for being left empty: the page itself and its article. */
const STRUCTURAL_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Take the removed blocks out of their document; `kept` are the blocks that stay (their wrappers stay too). */
export function removeBlocks(blocks: readonly Block[], removed: readonly StageRemoval[], kept: readonly Block[], baseUrl: string | undefined): void {
  const holders = holdersOf(kept);
  const removedAt = new Map<number, StageRemoval>();
  for (const removal of removed) if (removal.scope === 'block' && removal.block !== undefined) removedAt.set(removal.block, removal);
  // Pictures standing between two removed promotion or related blocks belong to what was removed.
  const between = new Map<StageRemoval, Element[]>();
  for (const [index, removal] of removedAt) {
    const next = removedAt.get(index + 1);
    if (!TAKES_CONTAINER.has(removal.category) || !next || !TAKES_CONTAINER.has(next.category)) continue;
    const media = textlessSiblingsBetween(blocks[index].element!, blocks[index + 1].element!);
    if (media.length) between.set(removal, media);
  }
  // A removed element that holds another one changes when that one goes: its HTML is written now. The
  // HTML of the others is written on its first read (lib/removal-html.ts): nothing changes them once out.
  const holdsRemoved = outerOfNested([...removedAt.keys()].map((index) => blocks[index].element!));
  // Wrappers that may be left holding only pictures, looked at once all removals are done.
  const emptied = new Set<Element>();
  for (const [index, removal] of removedAt) {
    const element = blocks[index].element!;
    const strays = between.get(removal) ?? [];
    if (holders.has(element)) {
      removal.html = `<p>${escapeHtml(removal.text)}</p>` + strays.map((stray) => sanitizedHtml(stray, baseUrl)).join('');
      removeOwnText(element, holders);
    } else {
      const parts = [element, ...strays];
      const write = () => parts.map((part) => sanitizedHtml(part, baseUrl)).join('');
      if (holdsRemoved.has(element)) removal.html = write();
      else setHtmlOnFirstRead(removal, write);
      if (TAKES_CONTAINER.has(removal.category) && element.parentElement) emptied.add(element.parentElement);
      element.remove();
    }
    for (const stray of strays) {
      if (stray.parentElement) emptied.add(stray.parentElement);
      stray.remove();
    }
  }
  for (const wrapper of emptied) removeIfEmptied(wrapper, holders);
}

/** Those of `elements` that hold another of them. */
function outerOfNested(elements: readonly Element[]): Set<Element> {
  const all = new Set(elements);
  const outer = new Set<Element>();
  for (const element of elements) {
    for (let el = element.parentElement; el; el = el.parentElement) if (all.has(el)) outer.add(el);
  }
  return outer;
}

/** Elements that hold a kept block inside them (not counting the block's own element). */
function holdersOf(kept: readonly Block[]): Set<Element> {
  const holders = new Set<Element>();
  for (const block of kept) {
    for (let el = block.element!.parentElement; el && !holders.has(el); el = el.parentElement) holders.add(el);
  }
  return holders;
}

/**
 * A block that holds kept blocks loses only its own text: its text nodes and inline children. A child that
 * is a block, or holds one in any wrapper (a custom element such as <article-body-container>), stays.
 */
function removeOwnText(element: Element, holders: ReadonlySet<Element>): void {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 1 && (isBlockElement(child as Element) || holders.has(child as Element))) continue;
    child.parentNode?.removeChild(child);
  }
}

/** The siblings strictly between `a` and `b` (when they share a parent) that show no text: pictures, empty wrappers. */
function textlessSiblingsBetween(a: Element, b: Element): Element[] {
  if (!a.parentElement || a.parentElement !== b.parentElement) return [];
  const found: Element[] = [];
  for (let el = a.nextElementSibling; el && el !== b; el = el.nextElementSibling) {
    if (hasVisibleText(el)) return []; // something with text of its own stands between: not one unit
    found.push(el);
  }
  return found;
}

/** Remove `element` and its ancestors while they show no text and hold no kept block. */
function removeIfEmptied(element: Element | null, holders: Set<Element>): void {
  for (let el = element; el && !STRUCTURAL_TAGS.has(el.tagName) && !holders.has(el) && !hasVisibleText(el); ) {
    const parent = el.parentElement;
    el.remove();
    el = parent;
  }
}
