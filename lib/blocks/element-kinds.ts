// What kind of element an element is, for reading its text: a block-level element (its text is a block
// of its own), an element whose text is never page content (scripts, styles, form fields), or one a
// reader never sees (hidden). Shared by the DOM adapter (./dom.ts) and lib/dom-offsets.ts.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'LABEL',
]);

/** Elements whose text is never page content. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT',
  'TEXTAREA', 'INPUT', 'MATH', 'math',
]);

// HTML documents report tag names in upper case; elements of other namespaces (svg) keep their case.
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

export function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName);
}

/** Elements a reader never sees: hidden attribute or inline display:none. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
