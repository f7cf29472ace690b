// upTo (lib/claims/escape-regexp.ts) writes a bounded repetition so that V8 compiles its group once; it
// must match exactly what the plain repetition matches, in the same order. Cases written by hand.
import { describe, expect, it } from 'vitest';
import { upTo } from '../lib/claims/escape-regexp.ts';

const ADVERB = String.raw`also\s+|then\s+|now\s+|still\s+|[\p{Ll}]+ly\s+`;
const matches = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, ...m]);

describe('upTo', () => {
  it.each([
    ['Smith said', true],
    ['Smith also said', true],
    ['Smith also then now said', true], // three: the bound
    ['Smith also then now still said', false], // four: beyond it, as with {0,3}
    ['Smith quickly also said', true],
  ])('"%s": a name, at most three adverbs, a verb → %s, as (?:…){0,3} says', (text, found) => {
    const plain = String.raw`^(\p{Lu}\p{Ll}+)\s+(?:${ADVERB}){0,3}said$`;
    const written = String.raw`^(\p{Lu}\p{Ll}+)\s+${upTo(3, ADVERB)}said$`;
    expect(matches(written, text)).toEqual(matches(plain, text));
    expect(matches(written, text).length > 0).toBe(found);
  });

  it('greedy and lazy take the same share as the plain forms (what a capture after them holds)', () => {
    const text = 'a spokesperson for the big new firm said';
    for (const [plain, written] of [
      [String.raw`for ((?:\p{L}+\s+){0,2})(\p{L}+\s+)*said`, String.raw`for (${upTo(2, String.raw`\p{L}+\s+`)})(\p{L}+\s+)*said`],
      [String.raw`for ((?:\p{L}+\s+){0,2}?)(\p{L}+\s+)*said`, String.raw`for (${upTo(2, String.raw`\p{L}+\s+`, { lazy: true })})(\p{L}+\s+)*said`],
    ]) {
      expect(matches(written, text)).toEqual(matches(plain, text));
    }
    expect(matches(String.raw`for (${upTo(2, String.raw`\p{L}+\s+`)})`, text)[0][2]).toBe('the big ');
    expect(matches(String.raw`for (${upTo(2, String.raw`\p{L}+\s+`, { lazy: true })})new`, text)[0][2]).toBe('the big ');
  });
});
