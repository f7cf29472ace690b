// The page's clone, which the reader reads (the live page is never changed). The browser's own deep clone
// is recursive: on a page nested 100,000 levels deep (built by its script to break readers) it crashes the
// tab. Such a page is copied node by node instead, iteratively, its nesting flattened below MAX_DEPTH as
// lib/flatten-deep.ts would flatten it: the text and its order stay.
import { MAX_DEPTH, TEXT_BLOCKS } from './flatten-deep.ts';

/** Deeper than this, the page is copied node by node (Chromium's clone has crashed at 100,000 levels; it copes with 3,000). */
export const NATIVE_CLONE_DEPTH = 1000;

/** `depth`: the page's depthOf, when the caller has it already. */
export function clonePage(document: Document, depth = document.documentElement ? depthOf(document.documentElement) : 0): Document {
  const root = document.documentElement;
  if (!root || depth <= NATIVE_CLONE_DEPTH) return document.cloneNode(true) as Document;
  const clone = document.cloneNode(false) as Document;
  for (const child of Array.from(document.childNodes)) {
    if (child === root) copyFlattened(root, clone);
    else clone.appendChild(child.cloneNode(false));
  }
  return clone;
}

/**
 * Take the clone's scripts and style sheets out: nobody reads them, and Readability removes them first thing
 * anyway; gone before the rules run, every walk of the clone is lighter. The page's JSON-LD stays: Readability
 * reads the article's title, byline and date from it.
 */
export function dropScriptsAndStyles(clone: Document): void {
  for (const element of Array.from(clone.querySelectorAll('script, style'))) {
    if (element.tagName === 'SCRIPT' && element.getAttribute('type') === 'application/ld+json') continue;
    element.remove();
  }
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
  const stack: [Node, Node, number][] = [[source, target, 0]];
  while (stack.length > 0) {
    const [node, parent, depth] = stack.pop()!;
    const unwrapped = depth > MAX_DEPTH && node.nodeType === 1 && (node as Element).firstElementChild !== null && !TEXT_BLOCKS.has((node as Element).tagName.toUpperCase());
    const into = unwrapped ? parent : parent.appendChild(node.cloneNode(false));
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], into, depth + 1]);
  }
}
