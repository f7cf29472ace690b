// Pages that are not crypto news (a sample of Readability's own test pages): the rules do no harm. Of
// what Readability extracts, Crypto Reader drops only what test/expected/readability/<page>.dropped.txt
// lists (read and found to be boilerplate: "Related:" links, newsletter pitches), cuts inside blocks only
// what <page>.cut.txt lists (photo credits), and it raises no alarm.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { diffAgainstReadability } from './support/readability-diff.ts';
import { readFixture } from './support/fixtures.ts';

const pages = readdirSync('test/fixtures/readability').sort();
const readLines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(pages)('%s', (page) => {
  const diff = diffAgainstReadability(readFixture(`readability/${page}/source.html`));

  it('keeps everything Readability extracts but the reviewed boilerplate', () => {
    const expected = readLines(`test/expected/readability/${page}.dropped.txt`);
    // A block from which a sentence was cut (a photo credit) shows as dropped, and again as added without it.
    const cuts = diff.article.removed.filter((r) => r.scope === 'sentence').map((r) => r.text);
    expect(cuts).toEqual(existsSync(`test/expected/readability/${page}.cut.txt`) ? readLines(`test/expected/readability/${page}.cut.txt`) : []);
    const isCutFrom = (dropped: string, added: string) => cuts.some((cut) => dropped.includes(cut) && collapse(dropped.replace(cut, '')) === collapse(added));
    expect(diff.dropped.filter((d) => !diff.added.some((a) => isCutFrom(d, a)))).toEqual(expected);
    // What Readability leaves out of the article and lib/restore-dropped.ts brings back (a deck, a caption,
    // the labels of a review's lists) is listed in <page>.added.txt, each read.
    const added = `test/expected/readability/${page}.added.txt`;
    expect(diff.added.filter((a) => !diff.dropped.some((d) => isCutFrom(d, a)))).toEqual(existsSync(added) ? readLines(added) : []);
  });

  it('is not taken for crypto news', () => {
    expect(diff.article.detection?.isCryptoNews).toBe(false);
  });
});

it('the sample holds pages where rules fire and pages where none may', () => {
  expect(pages.length).toBeGreaterThanOrEqual(12);
});
