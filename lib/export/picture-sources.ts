// The addresses of an article's pictures as its blocks' sanitised HTML writes them (lib/sanitize.ts
// escapes attribute values): read by the EPUB maker, and by the reader that copies the pictures for it.
// Apart from lib/export/epub.ts so that the reader's script does not carry the zip code.

/** An attribute value as the sanitiser escaped it, read back. */
export function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The `src` of one tag's attributes, read back ('' when it has none). */
export function srcOf(attributes: string): string {
  return unescapeAttribute(/\ssrc="([^"]*)"/.exec(attributes)?.[1] ?? '');
}

/** The `src` of each picture in a piece of sanitised HTML, in order. */
export function pictureSources(html: string): string[] {
  return [...html.matchAll(/<img(\s[^>]*)>/g)].map((match) => srcOf(match[1])).filter(Boolean);
}
