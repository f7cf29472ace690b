// Small text helpers shared by the adapters and the rules.

/** How many characters of `text` are not white space (\s): `text.replace(/\s+/g, '').length` without the copy. */
export function nonSpaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) count++;
  return count;
}

/** Collapse runs of whitespace (including no-break spaces) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/**
 * The form two blocks are compared in: lower case, quotes, punctuation and whitespace dropped (each run
 * of them one space). "The Year Trump…" and "the year trump…" compare equal. It runs on every block
 * several times a page. A regex with the u flag (for \p{L}) over a whole text took Chromium about 60 ns a
 * character, one without it a fifth of that: so only the runs of non-ASCII characters (curly quotes,
 * accented letters) are read by Unicode class, and the text as a whole without the u flag.
 */
export function normalizeForCompare(text: string): string {
  let lower = text.toLowerCase();
  if (NON_ASCII.test(lower)) lower = lower.replace(NON_ASCII_RUN, (run) => run.replace(NOT_KEPT, ' '));
  return lower.replace(NOT_KEPT_ASCII, ' ').trim();
}
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
/** What normalizeForCompare keeps: letters, digits, "$" and "%". */
const NOT_KEPT = /[^\p{L}\p{N}$%]+/gu;
/** Its ASCII form, with every character beyond ASCII kept (those left after the runs are letters or digits). */
const NOT_KEPT_ASCII = /[^a-z0-9$%\u0080-\uffff]+/g;

/** cyrb53: a fast 53-bit string hash (public domain, bryc). Good enough to bucket blocks. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Number of words (runs of letters or digits); counting stops past `atMost` when given. */
export function wordCount(text: string, atMost = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits directly; anything else beyond ASCII by its Unicode class.
    const isWordChar = code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : WORD_CHAR.test(text[i]);
    if (isWordChar && !inWord && ++words > atMost) return words;
    inWord = isWordChar;
  }
  return words;
}

/** Whether a UTF-16 code is white space as the regex \s matches it (a test without a regex call, for loops over characters). */
export function isWhiteSpaceCode(code: number): boolean {
  if (code > 32 && code < 0xa0) return false; // most characters: ASCII letters, digits and marks
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** How many pieces a trimmed text splits into at white space: text.split(/\s+/).length, without the array. */
export function piecesBetweenSpaces(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** Average characters of a word, spaces included, generously: the length cap for a line of `maxWords`. */
const CHARS_PER_WORD = 10;

/**
 * At most `maxWords` words, and not longer than such words would be: text without spaces (Chinese,
 * Japanese) counts as one word, so its length decides.
 */
export function isShortText(text: string, maxWords: number): boolean {
  return text.length <= maxWords * CHARS_PER_WORD && wordCount(text, maxWords + 1) <= maxWords;
}
