// Reading positions (issue 12): where a person left off, found again in the article as it is now, and the
// stored list bounded. The scrolling itself, in real Chromium: test/e2e/reading-position.test.ts.
import { describe, expect, it } from 'vitest';
import { blockOf, MAX_READING_POSITIONS, NO_READING_POSITIONS, positionAt, positionOf, savePosition } from '../lib/reading-position.ts';
import { addressKey } from '../lib/address.ts';
import { blockFingerprint } from '../lib/template-blocks.ts';
import { cleanText } from '../lib/clean-text.ts';
import { readCorpus } from './support/fixtures.ts';

const texts = cleanText(readCorpus('002_d90fbac4610048b4')).blocks.map((b) => b.text);
/** The blocks laid out one under the other, 100 px each. */
const laidOut = texts.map((text, i) => ({ top: 200 + i * 100, height: 100, text }));

describe('reading position', () => {
  it('is the block at the top of the view and how far into it', () => {
    expect(positionAt(laidOut, 200 + 12 * 100 + 25)).toEqual({ block: 12, fraction: 0.25, text: blockFingerprint(texts[12]) });
  });

  it('is nothing at the start of the article (nothing to come back to)', () => {
    expect(positionAt(laidOut, 0)).toBeNull();
    expect(positionAt(laidOut, 200)).toBeNull();
  });

  it('past the last block, is the last block', () => {
    expect(positionAt(laidOut, 1e6)?.block).toBe(texts.length - 1);
  });

  it('finds its block again in an article that changed: by its text, where it moved; gone, nowhere', () => {
    const position = positionAt(laidOut, 200 + 12 * 100)!;
    expect(blockOf(position, texts)).toBe(12);
    expect(blockOf(position, ['A new first paragraph.', ...texts])).toBe(13);
    expect(blockOf(position, texts.filter((_, i) => i !== 12))).toBeNull();
  });

  it('is kept per article address (tracking parameters aside), the least recently read going first past the limit', () => {
    const url = 'https://news.example.com/a';
    const position = positionAt(laidOut, 200 + 3 * 100 + 50)!;
    const saved = savePosition(NO_READING_POSITIONS, addressKey(url), position);
    expect(positionOf(saved, addressKey(`${url}?utm_source=x`))).toEqual(position);
    expect(savePosition(saved, addressKey(url), null).entries).toEqual([]);
    expect(NO_READING_POSITIONS.entries).toEqual([]); // not changed
    let many = saved;
    for (let i = 0; i < 1000; i++) many = savePosition(many, addressKey(`${url}/${i}`), position);
    expect(many.entries.length).toBe(MAX_READING_POSITIONS);
    expect(positionOf(many, addressKey(url))).toBeNull();
    expect(positionOf(many, addressKey(`${url}/999`))).toEqual(position);
  });
});
