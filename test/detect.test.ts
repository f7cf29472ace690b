// lib/detect on its own: what makes a page crypto news, and what does not.
import { describe, expect, it } from 'vitest';
import { detectCryptoNews, readPageForDetection } from '../lib/detect.ts';
import { parseHtml } from '../cli/parse-html.ts';

const longText = 'Bitcoin and Ethereum traders watched the exchange flows and the token unlocks closely this week. '.repeat(30);

describe('detectCryptoNews', () => {
  it('a crypto-news site counts fully only on an article: its home, price and trading pages are not', () => {
    const page = { url: 'https://www.coingecko.com/en/coins/bitcoin', text: longText, headings: () => [] };
    expect(detectCryptoNews({ ...page, isArticle: () => false }).isCryptoNews).toBe(false);
    expect(detectCryptoNews({ ...page, isArticle: () => true }).isCryptoNews).toBe(true);
  });

  it('the site template is recognised on any domain by its byline bar, split over elements or not', () => {
    const html = '<html><body><h1>T</h1><div><span>By: blockbeats</span>|<span>2026/01/02 11:00:01</span></div><article><p>' + longText + '</p></article></body></html>';
    const result = detectCryptoNews({ url: 'https://some-mirror.test/a', ...readPageForDetection(parseHtml(html)) });
    expect(result.signals).toContain('template-byline');
    expect(result.isCryptoNews).toBe(true);
  });

  it('an article about crypto on a general site is not crypto news without the template or the site', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><article><h1>T</h1><p>${longText}</p></article></body></html>`;
    expect(detectCryptoNews({ url: 'https://www.nytimes.com/2025/01/01/business/crypto.html', ...readPageForDetection(parseHtml(html)) }).isCryptoNews).toBe(false);
  });

  it('reads declared articles from og:type, <article> and schema.org structured data', () => {
    const ld = '<html><head><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle"}</script></head><body><p>x</p></body></html>';
    expect(readPageForDetection(parseHtml(ld)).isArticle()).toBe(true);
    expect(readPageForDetection(parseHtml('<html><body><p>x</p></body></html>')).isArticle()).toBe(false);
  });
});
