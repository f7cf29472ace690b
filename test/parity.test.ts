// Parity: each corpus page rendered as HTML in the site's template cleans to the same body text as its
// text dump, through the DOM pipeline (clone → block rules → Readability → sentence rules).
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { cleanText } from '../lib/clean-text.ts';
import { extractArticle } from '../lib/extract.ts';
import { bodyText } from '../lib/export/text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { renderSitePage } from '../scripts/site-template.ts';
import { PLAIN_SITE, renderPlainSitePage } from '../scripts/site-template-plain.ts';
import { corpusNames, readCorpus } from './support/fixtures.ts';

const MIRROR_URL = 'https://news.some-mirror-domain.test/en/news/detail/1';

describe.each(corpusNames())('page %s in the site template', (name) => {
  const text = readCorpus(name);
  const html = renderSitePage(text);
  const fromText = cleanText(text);
  const fromPage = extractArticle(parseHtml(html), { url: MIRROR_URL });

  it('is a page Readability alone gets wrong: it keeps the related area and its second article', () => {
    const alone = new Readability(parseHtml(html) as never).parse();
    expect(alone?.textContent).toContain('You may also like');
    expect(alone?.textContent).toContain('Inter-agency Coordination');
  });

  it('cleans to the same body text as the text dump', () => {
    expect(bodyText(fromPage)).toBe(bodyText(fromText));
    expect(fromPage.blocks.filter((b) => b.type !== 'image').map((b) => b.type)).toEqual(fromText.blocks.map((b) => b.type));
  });

  it('lifts the same metadata', () => {
    expect(fromPage.title).toBe(fromText.title);
    expect(fromPage.byline).toBe(fromText.byline);
    expect(fromPage.publishedTime).toBe(fromText.publishedTime);
    const { url: originalUrl, ...original } = fromPage.original;
    expect(original).toEqual(fromText.original);
    if (/original article link/i.test(text)) expect(originalUrl).toBe('https://original.example.org/article');
  });

  it('removes the template chrome the text dump does not have: ticker, promo banner, carousel clones', () => {
    const rules = new Set(fromPage.removed.map((r) => r.rule));
    expect(rules).toContain('chrome-container');
    expect(rules).toContain('ad-container');
    expect(rules).toContain('carousel-clone');
    expect(bodyText(fromPage)).not.toMatch(/BTC \$68,420|30,000 USDT|All rights reserved/);
  });
});

describe.each(corpusNames())('page %s in the plain blog template (no byline bar, markup of its own)', (name) => {
  const text = readCorpus(name);
  const fromText = cleanText(text);
  const fromPage = extractArticle(parseHtml(renderPlainSitePage(text)), { url: `${PLAIN_SITE}/2026/01/${name}/` });

  it('keeps every paragraph the text dump keeps, and no related card or promotion', () => {
    const page = bodyText(fromPage);
    for (const block of fromText.blocks) expect(page).toContain(block.text);
    const related = text.split('\n').slice(text.split('\n').findIndex((line) => /^you may also like$/i.test(line.trim())) + 1);
    if (/^you may also like$/im.test(text)) for (const line of related.filter((l) => l.trim().length > 40)) expect(page).not.toContain(line.trim());
    expect(fromPage.removed.filter((r) => r.category === 'related').length > 0).toBe(/^you may also like$/im.test(text));
  });
});
