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

export function purify(html: string): string {
  return DOMPurify.sanitize(html, PURIFY_CONFIG);
}

export function SafeHtml({ html, tag: Tag = 'div', ...props }: { html: string; tag?: 'div' | 'span'; [attribute: string]: unknown }) {
  return <Tag {...props} dangerouslySetInnerHTML={{ __html: purify(html) }} />;
}
