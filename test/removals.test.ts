// The removal trail as the Removed panel lists it, and what a removal takes from the page: on the test
// page made of real crypto sites' markup (test/fixtures/pages/messy-crypto.html) and on small cases.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../lib/extract.ts';
import { isCodeOrMarkup, listedRemovals } from '../lib/removals.ts';
import { parseHtml } from '../cli/parse-html.ts';
import type { Removal } from '../lib/types.ts';
import { readFixture } from './support/fixtures.ts';

/** A removal of the page stage that stood before Article.blocks[anchor]. */
const removal = (text: string, anchor: number, rule = 'share-widget', extra: Partial<Removal> = {}): Removal => ({ rule, category: 'chrome', stage: 'page', text, anchor, scope: 'block', ...extra });

describe('what counts as code or markup, not text a reader saw', () => {
  it('script, JSON and tags are code; prose with a parenthesis or a semicolon is not', () => {
    for (const code of ['!function(e,n,c,t){var o=e.createElement(n);o.src=c}(document,"script")', "Ads_BA_AD('BS');", '{"@context":"https://schema.org"}', '<img width="192" src="x.gif">', 'window.dataLayer = window.dataLayer || [];']) {
      expect(isCodeOrMarkup(code), code).toBe(true);
    }
    for (const prose of ['Bitcoin (BTC) rose 4%; ether fell.', 'The SEC said = nothing, according to a filing (see below).', 'Advertisement', '0 Share']) {
      expect(isCodeOrMarkup(prose), prose).toBe(false);
    }
  });
});

describe('listedRemovals', () => {
  it('joins a one-character fragment to the removal beside it by the same rule (same place in the Article, nothing kept between)', () => {
    const listed = listedRemovals([removal('0', 2), removal('Share', 2), removal('copy', 2), removal('7', 5), removal('Tweet', 6)]);
    expect(listed.map((r) => r.text)).toEqual(['0 Share', 'copy', 'Tweet']);
    expect(listed[0].anchor).toBe(2);
  });

  it('joins fragments before a removal in page order', () => {
    expect(listedRemovals([removal('1', 3), removal('2', 3), removal('Comments', 3)]).map((r) => r.text)).toEqual(['1 2 Comments']);
  });

  it('leaves out separators, code and fragments with nothing beside them; never changes the removals it was given', () => {
    const given = [removal(',', 1, 'related-area'), removal('More news', 1, 'related-area'), removal('|', 1, 'related-area'), removal("Ads_BA_AD('BS');", 2, 'ad-container'), removal('7', 4, 'chrome-label')];
    const copy = structuredClone(given);
    expect(listedRemovals(given).map((r) => r.text)).toEqual(['More news']);
    expect(given).toEqual(copy);
  });

  it('keeps a removed picture even without words', () => {
    expect(listedRemovals([removal('', 4, 'ad-container', { html: '<img src="https://ads.example/a.png">' })])).toHaveLength(1);
  });
});

describe('a page made of real crypto sites\' markup', () => {
  const article = extractArticle(parseHtml(readFixture('pages/messy-crypto.html')), { url: 'https://news.example/solana' });
  const texts = listedRemovals(article.removed).map((r) => r.text);

  it('lists the ad slot by what a reader saw ("Advertisement"), not its script or <noscript> image; the script-only slot not at all', () => {
    expect(texts).toContain('Advertisement');
    expect(article.removed.map((r) => r.text).join('\n')).not.toMatch(/function\(|Ads_BA_AD|<img|fallback\.gif/); // nor in the whole trail
    expect(texts.join('\n')).not.toMatch(/function\(|Ads_BA_AD|<img|fallback\.gif/);
    expect(article.removed.find((r) => r.text === 'Advertisement')?.html).toBe('<div>Advertisement</div>');
  });

  it('lists the related cards, not the commas between them', () => {
    expect(texts).toEqual(expect.arrayContaining(['More news', 'Ether options volume hits a monthly high', 'Bitcoin miners turn to AI data centers', 'Stablecoin supply passes $300 billion']));
    for (const text of texts) expect(text.replace(/[^\p{L}\p{N}]/gu, '').length).toBeGreaterThanOrEqual(2);
  });

  it('takes the sponsored box\'s picture with its text, and keeps it in the removal for "Show in place"', () => {
    expect(article.blocks.filter((b) => b.type === 'image')).toHaveLength(0);
    expect(article.blocks.map((b) => b.text).join('\n')).not.toMatch(/presale/i);
    const sponsored = article.removed.find((r) => r.text.startsWith('Sponsored: The Presale'))!;
    expect(sponsored.html).toBe('<h2>Sponsored: The Presale Everyone Is Talking About</h2><p><img src="https://cdn.example/presale-banner.png" alt="Presale banner" width="600" height="300"></p>');
  });

  it('keeps the article whole', () => {
    expect(article.blocks.map((b) => b.text)).toEqual([
      expect.stringMatching(/^Solana's core developers released/),
      expect.stringMatching(/^Under the new rules/),
      expect.stringMatching(/^"Users who only want to send a payment/),
      expect.stringMatching(/^About 40% of validators/),
      expect.stringMatching(/^Fees on the network averaged/),
      'What comes next',
      expect.stringMatching(/^The developers plan a second change/),
    ]);
  });
});

describe('a wrapper left holding only pictures goes with the promotion it held', () => {
  it('a promo paragraph\'s box and its banner go; a figure beside a kept paragraph stays', () => {
    const filler = (topic: string) => `<p>${`${topic} moved as traders returned to the market after a quiet week, analysts said in a note. `.repeat(3)}</p>`;
    const page = `<html><body><article><h1>Story</h1>${filler('Bitcoin')}
      <div class="box"><img src="https://cdn.example/banner.png" alt=""><p>Follow us on Google News for the latest updates.</p></div>
      <figure><img src="https://cdn.example/chart.png" alt="chart"></figure>${filler('Ether')}${filler('Solana')}</article></body></html>`;
    const article = extractArticle(parseHtml(page), { url: 'https://news.example/a' });
    const images = article.blocks.filter((b) => b.type === 'image').map((b) => b.html);
    expect(images).toEqual(['<img src="https://cdn.example/chart.png" alt="chart">']);
  });
});
