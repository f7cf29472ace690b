// A work budget for very long pages: a page of 50,000 paragraphs (9 MB) held the tab for 19 s while the
// reader read it all. The reader reads the first MAX_PAGE_CHARACTERS of the page's visible text and says
// it stopped there; no real page comes near it (the longest of the 1,168 AEB and trafilatura pages has
// 483,000 characters of text outside scripts and styles, the next 207,000). Runs on the page's clone.

/** How much visible text the reader reads of one page. */
export const MAX_PAGE_CHARACTERS = 600_000;

/** Elements whose text nobody reads. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface PageCut {
  /** Characters of visible text kept, and on the whole page. */
  keptCharacters: number;
  totalCharacters: number;
}

/**
 * Cut `root` after the element in which its visible text passes `max` characters (everything after it
 * in document order is removed); null when the page is within the budget. Iterative: the page sets the depth.
 */
export function cutLongPage(root: Element, max = MAX_PAGE_CHARACTERS): PageCut | null {
  // All its text, unseen text included, is within the budget (nearly every page): nothing to count.
  if (textLengthAtMost(root, max) <= max) return null;
  let totalCharacters = 0;
  let lastKept = null as Node | null;
  forEachVisibleText(root, (text) => {
    totalCharacters += text.nodeValue?.length ?? 0;
    if (lastKept === null && totalCharacters > max) lastKept = text.parentNode && text.parentNode !== root ? text.parentNode : text;
  });
  if (lastKept === null) return null;
  // Keep the element the budget ran out in, whole; drop what follows it, and what follows each ancestor.
  for (let node: Node | null = lastKept; node && node !== root; node = node.parentNode) {
    while (node.nextSibling) node.parentNode!.removeChild(node.nextSibling);
  }
  let keptCharacters = 0;
  forEachVisibleText(root, (text) => (keptCharacters += text.nodeValue?.length ?? 0));
  return { keptCharacters, totalCharacters };
}

/**
 * The length of all of `root`'s text, counted up to just past `max`. Summed node by node: Chromium took
 * 1-3 ms to build the corpus pages' textContent (50,000 characters) right after the page was copied, and
 * a tenth of that to walk it.
 */
function textLengthAtMost(root: Element, max: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  while (length <= max && walker.nextNode()) length += (walker.currentNode as CharacterData).data.length;
  return length;
}

/** Each text node outside scripts, styles and templates, in document order. */
function forEachVisibleText(root: Node, visit: (text: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) visit(node);
    else if (node.nodeType === 1 && !UNSEEN.has((node as Element).tagName.toUpperCase())) {
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
}

/** The words that say how much of a cut page is shown: the reader, the exports. */
export function cutNotice(cut: PageCut): string {
  const share = Math.round((100 * cut.keptCharacters) / cut.totalCharacters);
  return `This page is far longer than an article: this is its first ${share}% (${cut.keptCharacters.toLocaleString('en')} of ${cut.totalCharacters.toLocaleString('en')} characters). The rest is on the page itself.`;
}
