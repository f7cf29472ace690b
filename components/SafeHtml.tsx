// Page-derived HTML goes into the reader only through DOMPurify (on top of lib/sanitize's allowlist).
import DOMPurify from 'dompurify';

const PURIFY_CONFIG = {
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/)/i,
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe'],
  FORBID_ATTR: ['style', 'class', 'id'],
  // With ALLOWED_URI_REGEXP, DOMPurify drops any attribute whose value is not such a URL unless it is
  // listed as safe: the plain values lib/sanitize.ts keeps (spans of table cells, a list's first number,
  // an image's size, a <time>'s date) are.
  ADD_ATTR: ['start'],
  ADD_URI_SAFE_ATTR: ['start', 'colspan', 'rowspan', 'scope', 'width', 'height', 'datetime'],
};

/** HTML purified already, by its text: the reader purifies an article's blocks while it reads the page ahead (prepareArticleView). */
const purified = new Map<string, string>();
/** About the blocks of a few long articles; the memory starts over past it. */
const MAX_PURIFIED = 4000;

/**
 * A DOMPurify of the reader's own, its configuration set once: given with each call, it is read again at
 * every block (nytimes' 24 blocks, purified at a first opening in Chromium: 13–23 ms so, 5 ms set once).
 */
let purifier: ReturnType<typeof DOMPurify> | undefined;
function configuredPurifier(): ReturnType<typeof DOMPurify> {
  if (!purifier) {
    purifier = DOMPurify();
    purifier.setConfig(PURIFY_CONFIG);
  }
  return purifier;
}

export function purify(html: string): string {
  let clean = purified.get(html);
  if (clean === undefined) {
    clean = configuredPurifier().sanitize(html);
    if (purified.size >= MAX_PURIFIED) purified.clear();
    purified.set(html, clean);
  }
  return clean;
}

export function SafeHtml({ html, tag: Tag = 'div', ...props }: { html: string; tag?: 'div' | 'span'; [attribute: string]: unknown }) {
  return <Tag {...props} dangerouslySetInnerHTML={{ __html: purify(html) }} />;
}
