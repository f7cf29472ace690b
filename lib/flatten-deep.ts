// Pages nested absurdly deep (thousands of <div>s inside one another, by accident or to break readers)
// overflow recursive walks and make Readability's cleaning quadratic. Before anything else reads the
// page's clone, every element deeper than MAX_DEPTH that holds other elements is unwrapped (its children
// take its place), but paragraphs and headings, which HTML cannot nest: the text and its order stay, and
// the tree is at most a few levels deeper than MAX_DEPTH. Iterative: the page controls the depth, never
// our stack.

/** Kept whole at any depth: their children are the inline markup of one paragraph. */
export const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Far deeper than real pages: the deepest of the 1,298 pages of ../shared/realpages is 50 levels (p99 31). */
export const MAX_DEPTH = 120;

/** Unwrap the elements deeper than `maxDepth` in `root`; returns how many were unwrapped. */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): number {
  const deep: Element[] = [];
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > maxDepth && element.firstElementChild && !TEXT_BLOCKS.has(element.tagName.toUpperCase())) deep.push(element);
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  for (const element of deep) element.replaceWith(...Array.from(element.childNodes));
  return deep.length;
}
