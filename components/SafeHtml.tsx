// Page-derived HTML goes into the reader only through DOMPurify (on top of lib/sanitize's allowlist).
import DOMPurify from 'dompurify';

const PURIFY_CONFIG = {
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/)/i,
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe'],
  FORBID_ATTR: ['style', 'class', 'id'],
};

export function purify(html: string): string {
  return DOMPurify.sanitize(html, PURIFY_CONFIG);
}

export function SafeHtml({ html, tag: Tag = 'div', ...props }: { html: string; tag?: 'div' | 'span'; [attribute: string]: unknown }) {
  return <Tag {...props} dangerouslySetInnerHTML={{ __html: purify(html) }} />;
}
