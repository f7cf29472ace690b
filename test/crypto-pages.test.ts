// Real crypto-news pages (test/fixtures/crypto): the boilerplate Readability alone leaks is gone, and
// every other block Readability extracts is kept. test/expected/crypto/<page>.dropped.txt lists, in
// order, the blocks of Readability's output that Crypto Reader drops; each was read and is boilerplate.
// <page>.added.txt lists what Crypto Reader shows that Readability alone leaves out: the article's parts
// lib/restore-dropped.ts brings back (coindesk's "What to know" box, a deck under the title), each read.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { bodyText } from '../lib/export/text.ts';
import { diffAgainstReadability } from './support/readability-diff.ts';
import { readFixture } from './support/fixtures.ts';
import { extractPage } from '../lib/extract-page.ts';
import { parseHtml } from '../cli/parse-html.ts';

/** What ../shared/realpages/README.md says Readability 0.6.0 leaks on each page, and where the article starts and ends. */
const PAGES = [
  {
    page: 'coindesk.com',
    leaks: [/^More For You$/m, /Inside Zcash: Encrypted Money at Planetary Scale/, /Lantern Ventures/, /뉴스레터/, /STORY CONTINUES BELOW/],
    first: 'For years, South Korea was the global heartbeat of crypto speculation.',
    last: 'For now, Korea’s retail traders have swapped blockchains for circuit boards',
  },
  {
    page: 'cointelegraph.com',
    leaks: [/^Related:/m, /^Magazine:/m],
    first: 'Rich Dad Poor Dad author Robert Kiyosaki has doubled down',
    last: 'According to Hayes, this quiet balance sheet expansion',
  },
  {
    page: 'cryptonews.com--xrp',
    leaks: [/PepeNode/, /presale/i, /Buy \$PEPENODE Here/, /Follow us on Google News/, /Ad Disclosure/, /About Author/],
    first: 'XRP recovered 4.59% Friday to $2.3140',
    last: 'A successful defense validates the bull structure',
  },
  {
    page: 'decrypt.co',
    leaks: [/Daily Debrief Newsletter/, /Start every day with the top news stories/],
    first: 'Billionaire investor Ray Dalio suggests',
    last: 'Matthew Sigel, head of digital assets research at VanEck',
  },
];

describe.each(PAGES)('$page', ({ page, leaks, first, last }) => {
  const diff = diffAgainstReadability(readFixture(`crypto/${page}.html`));
  const body = bodyText(diff.article);

  it('leaks none of the boilerplate Readability alone keeps', () => {
    const readabilityText = diff.alone.join('\n');
    for (const leak of leaks) {
      expect(readabilityText, `Readability alone should show ${leak}`).toMatch(leak);
      expect(body).not.toMatch(leak);
    }
  });

  it('keeps the whole article: every other block Readability finds, from first to last paragraph', () => {
    const expectedDropped = readFileSync(`test/expected/crypto/${page}.dropped.txt`, 'utf8').trimEnd().split('\n');
    expect(diff.dropped).toEqual(expectedDropped);
    const added = `test/expected/crypto/${page}.added.txt`;
    expect(diff.added).toEqual(existsSync(added) ? readFileSync(added, 'utf8').trimEnd().split('\n') : []);
    expect(body).toContain(first);
    expect(body).toContain(last);
  });

  it('is detected as crypto news from the page alone (no URL given)', () => {
    expect(diff.article.detection?.isCryptoNews).toBe(true);
  });

  it('reads the same article without a verdict when the reader asks for none (detect: false)', () => {
    const article = extractPage(parseHtml(readFixture(`crypto/${page}.html`)), { detect: false });
    expect(article.detection).toBeUndefined();
    expect(article.blocks).toEqual(diff.article.blocks);
    expect(article.removed).toEqual(diff.article.removed);
  });
});
