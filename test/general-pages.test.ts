// Pages that are not crypto news (a sample of Readability's own test pages): the rules do no harm. Of
// what Readability extracts, Crypto Reader drops only what test/expected/readability/<page>.dropped.txt
// lists (read and found to be boilerplate: "Related:" links, newsletter pitches), and it raises no alarm.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { diffAgainstReadability } from './support/readability-diff.ts';
import { readFixture } from './support/fixtures.ts';

const pages = readdirSync('test/fixtures/readability').sort();

describe.each(pages)('%s', (page) => {
  const diff = diffAgainstReadability(readFixture(`readability/${page}/source.html`));

  it('keeps everything Readability extracts but the reviewed boilerplate', () => {
    const expected = readFileSync(`test/expected/readability/${page}.dropped.txt`, 'utf8').split('\n').filter(Boolean);
    expect(diff.dropped).toEqual(expected);
    expect(diff.added).toEqual([]);
  });

  it('is not taken for crypto news', () => {
    expect(diff.article.detection.isCryptoNews).toBe(false);
  });
});

it('the sample holds pages where rules fire and pages where none may', () => {
  expect(pages.length).toBeGreaterThanOrEqual(12);
});
