// Text helpers of lib/text.ts that stand in for a regex in hot loops: they must count what the regex counts.
import { describe, expect, it } from 'vitest';
import { isWhiteSpaceCode, nonSpaceLength, normalizeForCompare, piecesBetweenSpaces, wordCount } from '../lib/text.ts';

describe('nonSpaceLength', () => {
  it('counts the characters that are not white space', () => {
    expect(nonSpaceLength('')).toBe(0);
    expect(nonSpaceLength('  \n\t ')).toBe(0);
    expect(nonSpaceLength(' Bitcoin  rose\n5%.')).toBe(14);
    // no-break, em and ideographic spaces and the byte-order mark are white space; a zero-width space is not (\s agrees)
    expect(nonSpaceLength('a\u00a0b\u2003c\u3000d\ufeffe\u200bf')).toBe(7);
    // a character outside the BMP counts as its two UTF-16 units, as String.length does
    expect(nonSpaceLength('₿ 🚀')).toBe(3);
  });

  it('agrees with text.replace(/\\s+/g, "").length on every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(nonSpaceLength(text), `U+${code.toString(16)}`).toBe(text.replace(/\s+/g, '').length);
      expect(isWhiteSpaceCode(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)));
    }
  });
});

describe('word counts', () => {
  it('wordCount counts runs of letters or digits, and stops past its bound', () => {
    expect(wordCount('Bitcoin rose 5% to $97,000 on Monday.')).toBe(8); // "97,000" is two runs of digits
    expect(wordCount('Größter Kursanstieg seit März')).toBe(4);
    expect(wordCount('one two three four five', 2)).toBe(3);
  });

  it('piecesBetweenSpaces is text.split(/\\s+/).length for a trimmed text', () => {
    for (const text of ['one', 'one two', 'one  two\u00a0three', 'a\tb\nc d']) expect(piecesBetweenSpaces(text)).toBe(text.split(/\s+/).length);
  });
});

describe('normalizeForCompare', () => {
  it('lower-cases and turns each run of characters other than letters, digits, $ and % into one space', () => {
    expect(normalizeForCompare('  The Year Trump…  ')).toBe('the year trump');
    expect(normalizeForCompare('“Bitcoin’s ETF — Über 5 %” (BTC/USD)')).toBe('bitcoin s etf über 5 % btc usd');
    expect(normalizeForCompare('Ethereum-Kurs: 3.500 $ – „Kaufen?“')).toBe('ethereum kurs 3 500 $ kaufen');
    expect(normalizeForCompare('比特币价格 ¥500，上涨')).toBe('比特币价格 500 上涨');
    // a letter beyond the BMP is a letter; a lone surrogate is not
    expect(normalizeForCompare('𝐁itcoin\ud800 x')).toBe('𝐁itcoin x');
    expect(normalizeForCompare('—…—')).toBe('');
  });

  it('agrees with one Unicode regex over the whole text, on every UTF-16 code unit beside ASCII and other text', () => {
    const reference = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}$%]+/gu, ' ').trim();
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      for (const text of [`a${character}b`, `A ${character}’B`, `${character}é${character}`]) expect(normalizeForCompare(text), `U+${code.toString(16)}`).toBe(reference(text));
    }
  });
});
