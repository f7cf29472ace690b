// Page HTML is hostile. The Article's `html` is rebuilt from an allowlist of elements and attributes and
// serialised with escaping here, so nothing from the page reaches an export or a view unescaped.

const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'u', 'ul',
]);

/** Dropped with everything inside them. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'svg',
  'math', 'template', 'noscript', 'link', 'meta', 'base', 'frame', 'frameset', 'applet', 'audio', 'video',
  'source', 'track', 'canvas', 'dialog',
]);

const VOID_TAGS = new Set(['br', 'hr', 'img']);

/** Table structure holds rows and cells, not text: the whitespace between them is dropped. */
const TABLE_STRUCTURE_TAGS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'title']),
  img: new Set(['src', 'alt', 'title', 'width', 'height']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan', 'scope']),
  time: new Set(['datetime']),
  abbr: new Set(['title']),
  ol: new Set(['start']),
};

const URL_ATTRIBUTES = new Set(['href', 'src']);

export function escapeHtml(text: string): string {
  // most text has none of the five characters: it is returned as it is, without five passes over it
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const NEEDS_ESCAPING = /[&<>"']/;

/** A safe absolute URL, or null: http(s) and mailto; images may also be data:image. */
export function safeUrl(value: string, baseUrl: string | undefined, attribute: string): string | null {
  const trimmed = value.trim();
  if (attribute === 'src' && /^data:image\/(?:png|gif|jpe?g|webp|avif);base64,[a-z0-9+/=\s]+$/i.test(trimmed)) return trimmed;
  let url: URL;
  try {
    url = new URL(trimmed, baseUrl);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (url.protocol === 'mailto:' && attribute === 'href') return url.href;
  return null;
}

/** Serialise a node to sanitised HTML. */
export function sanitizedHtml(node: Node, baseUrl?: string): string {
  if (node.nodeType === 3) return escapeHtml(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (DROPPED_TAGS.has(tag)) return '';
  const tableStructure = TABLE_STRUCTURE_TAGS.has(tag);
  let inner = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (tableStructure && child.nodeType === 3 && (child.nodeValue ?? '').trim() === '') continue;
    inner += sanitizedHtml(child, baseUrl);
  }
  if (!ALLOWED_TAGS.has(tag)) return inner; // unknown wrappers are unwrapped, their content kept
  const attributes: string[] = [];
  for (const name of ALLOWED_ATTRIBUTES[tag] ?? []) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const safe = URL_ATTRIBUTES.has(name) ? safeUrl(value, baseUrl, name) : value;
    if (safe !== null) attributes.push(` ${name}="${escapeHtml(safe)}"`);
  }
  if (tag === 'img' && !attributes.some((a) => a.startsWith(' src='))) return '';
  if (VOID_TAGS.has(tag)) return `<${tag}${attributes.join('')}>`;
  return `<${tag}${attributes.join('')}>${inner}</${tag}>`;
}
