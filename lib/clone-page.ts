// The page's clone, which the reader reads (the live page is never changed), without the scripts and style
// sheets nobody reads. The browser's own deep clone is recursive: on a page nested 100,000 levels deep
// (built by its script to break readers) it crashes the tab. Such a page is copied node by node instead,
// iteratively, its nesting flattened below MAX_DEPTH as lib/flatten-deep.ts would flatten it: the text and
// its order stay.
import { MAX_DEPTH, TEXT_BLOCKS } from './flatten-deep.ts';

/** Deeper than this, the page is copied node by node (Chromium's clone has crashed at 100,000 levels; it copes with 3,000). */
export const NATIVE_CLONE_DEPTH = 1000;

/** What the clone goes without (the JSON-LD among the scripts stays: isUnread). */
const SCRIPTS_AND_STYLES = 'script, style';

/**
 * The page without its scripts and style sheets (the JSON-LD Readability reads stays). `depth`: the page's
 * depthOf, when the caller has it already.
 */
export function clonePage(document: Document, depth = document.documentElement ? depthOf(document.documentElement) : 0): Document {
  const root = document.documentElement;
  const clone = document.cloneNode(false) as Document;
  if (!root || depth <= NATIVE_CLONE_DEPTH) copyReadParts(document, clone, clone, holdersOfStyleSheets(document));
  else {
    for (const child of Array.from(document.childNodes)) {
      if (child === root) copyFlattened(root, clone);
      else clone.appendChild(clone.importNode(child, false));
    }
  }
  dropScriptsAndStyles(clone);
  return clone;
}

/**
 * Copy `source`'s children under `target` with the browser's deep copy, leaving out style sheets: an element
 * that holds one (`holders`) is copied alone and its children one by one. Copying a style sheet is costly
 * (Chromium parses it: a page's 836 kB inline sheet took 23–34 ms, an AEB page); a script is not, and goes
 * after the copy (dropScriptsAndStyles). Nodes are made in the clone's document (importNode): adopting
 * copies made in the page's own walks every node again.
 */
function copyReadParts(source: Node, target: Node, clone: Document, holders: ReadonlySet<Node>): void {
  const children = source.childNodes;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'STYLE') continue;
    if (holders.has(node)) copyReadParts(node, target.appendChild(clone.importNode(node, false)), clone, holders);
    else target.appendChild(clone.importNode(node, true));
  }
}

/** The nodes that hold a style sheet, found by one query of the page (most pages keep theirs in the <head>). */
function holdersOfStyleSheets(document: Document): Set<Node> {
  const holders = new Set<Node>();
  for (const element of Array.from(document.querySelectorAll('style'))) {
    for (let at = element.parentNode; at && !holders.has(at); at = at.parentNode) holders.add(at);
  }
  return holders;
}

/** A script or a style sheet: nobody reads them, and Readability removes them first thing anyway. JSON-LD is read. */
function isUnread(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'STYLE' || (tag === 'SCRIPT' && element.getAttribute('type') !== 'application/ld+json');
}

/**
 * Take the clone's scripts and style sheets out: gone before the rules run, every walk of the clone is
 * lighter. The page's JSON-LD stays: Readability reads the article's title, byline and date from it.
 */
export function dropScriptsAndStyles(clone: Document): void {
  for (const element of Array.from(clone.querySelectorAll(SCRIPTS_AND_STYLES))) if (isUnread(element)) element.remove();
}

/** How many element levels `root` holds (itself the first), walked in document order without recursion or a stack. */
export function depthOf(root: Element): number {
  let deepest = 1;
  let depth = 1;
  let element: Element = root;
  for (;;) {
    const child = element.firstElementChild;
    if (child) {
      element = child;
      if (++depth > deepest) deepest = depth;
      continue;
    }
    while (element !== root && !element.nextElementSibling) {
      element = element.parentElement!;
      depth--;
    }
    if (element === root) return deepest;
    element = element.nextElementSibling!;
  }
}

/**
 * Copy `source` under `target`, node by node in document order. Below MAX_DEPTH an element that holds
 * other elements is unwrapped, as flattenDeepNesting does: its children take its place; a paragraph or a
 * heading is kept whole.
 */
function copyFlattened(source: Node, target: Node): void {
  const clone = (target.ownerDocument ?? target) as Document;
  const stack: [Node, Node, number][] = [[source, target, 0]];
  while (stack.length > 0) {
    const [node, parent, depth] = stack.pop()!;
    const unwrapped = depth > MAX_DEPTH && node.nodeType === 1 && (node as Element).firstElementChild !== null && !TEXT_BLOCKS.has((node as Element).tagName.toUpperCase());
    const into = unwrapped ? parent : parent.appendChild(clone.importNode(node, false));
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], into, depth + 1]);
  }
}
