// Bytes → text the way a browser decodes a page: a byte-order mark first, then the encoding the page
// declares (<meta charset>, <meta http-equiv="content-type">) in its first 1024 bytes, then UTF-8 when the
// bytes are valid UTF-8, and windows-1252 last, as browsers fall back for Western pages. One exception for
// saved files: bytes that are valid UTF-8 with letters beyond ASCII are UTF-8, whatever a stale
// declaration says (a page re-saved as UTF-8 keeps its old <meta charset="gb2312">). Pure.

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252", "shift_jis". */
  encoding: string;
  /** How the encoding was chosen. */
  source: 'bom' | 'declared' | 'valid-utf-8' | 'fallback';
}

/** How far into a page browsers look for a declared charset (the HTML prescan). */
const PRESCAN_BYTES = 1024;

export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): DecodedText {
  const bom = encodingOfBom(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, source: 'bom' };
  const utf8 = validUtf8(bytes);
  // A saved file has no HTTP header, and scrapers keep a page's stale <meta charset> when they re-encode it:
  // bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares.
  if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: 'utf-8', source: 'valid-utf-8' };
  const declared = options.html ? declaredEncoding(bytes) : null;
  if (declared) return { text: decodeAs(declared, bytes), encoding: declared, source: 'declared' };
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'valid-utf-8' };
  return { text: decodeAs('windows-1252', bytes), encoding: 'windows-1252', source: 'fallback' };
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * windows-1252's bytes 0x80–0x9F as the WHATWG Encoding Standard maps them (€, curly quotes, dashes…).
 * Node 20's TextDecoder decodes "windows-1252" as ISO-8859-1 and leaves them as C1 controls.
 */
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decodeAs(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]) : text;
}

/** UTF-8, UTF-16LE or UTF-16BE from a byte-order mark. */
export function encodingOfBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * The encoding a page declares in its first 1024 bytes, as TextDecoder names it; null when none or
 * unknown. A declared UTF-16 is read as UTF-8 (the bytes were read as ASCII to find it), as browsers do.
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label =
      meta.match(/\bcharset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1] ??
      (/http-equiv\s*=\s*["']?content-type/i.test(meta) ? meta.match(/content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i)?.[1] : undefined);
    if (!label) continue;
    const encoding = encodingOfLabel(label);
    if (encoding) return /^utf-16/.test(encoding) ? 'utf-8' : encoding;
  }
  return null;
}

/** The WHATWG encoding for a label ("latin1" → "windows-1252"), or null when TextDecoder knows none. */
export function encodingOfLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}
