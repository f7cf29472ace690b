// A download's file name from the article's title, in the title's own script: "The Year Trump Embraced
// Crypto" → "the-year-trump-embraced-crypto.md", "比特币价格分析" → "比特币价格分析.md". Safe on every file
// system: letters, marks and digits of any script joined by hyphens; nothing Windows, macOS or Linux
// forbid; not longer than a file name may be.

/** Code points of the name before its extension: short enough for any file system (255 bytes in UTF-8). */
const MAX_CODE_POINTS = 80;
const MAX_UTF8_BYTES = 200;

/** Names Windows reserves for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

export function exportFileName(title: string, extension: string): string {
  const words = title.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (fits(next)) {
      slug = next;
      continue;
    }
    if (!slug) slug = truncate(word); // one very long word (a title in a script without spaces)
    break;
  }
  if (!slug || WINDOWS_RESERVED.test(slug)) slug = slug ? `${slug}-article` : 'article';
  return `${slug}.${extension}`;
}

function fits(name: string): boolean {
  return Array.from(name).length <= MAX_CODE_POINTS && new TextEncoder().encode(name).length <= MAX_UTF8_BYTES;
}

/** As many whole code points (never half a pair, never a lone combining mark at the end) as fit. */
function truncate(word: string): string {
  let out = '';
  for (const char of Array.from(word)) {
    if (!fits(out + char)) break;
    out += char;
  }
  return out.replace(/\p{M}+$/u, '');
}
