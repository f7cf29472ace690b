// The work budget for very long pages (lib/page-budget.ts): real pages are read whole; a page far longer
// than any article is cut after the paragraph in which the budget runs out.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../cli/parse-html.ts';
import { cutLongPage, MAX_PAGE_CHARACTERS } from '../lib/page-budget.ts';
import { extractArticle } from '../lib/extract.ts';
import { EXPORT_FORMATS } from '../lib/export/index.ts';

const paragraphs = (count: number, length: number) => Array.from({ length: count }, (_, i) => `<p>${String(i).padStart(5, '0')} ${'x'.repeat(length - 6)}</p>`).join('');

describe('cutLongPage', () => {
  it('leaves a real page whole (coindesk.com, test/fixtures/crypto)', () => {
    const document = parseHtml(readFileSync('test/fixtures/crypto/coindesk.com.html', 'utf8'));
    const before = document.body.innerHTML;
    expect(cutLongPage(document.body)).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('cuts after the paragraph in which the budget runs out, keeping it whole; scripts do not count', () => {
    const document = parseHtml(`<html><body><script>${'var a = 1;'.repeat(10_000)}</script><article><h1>Long</h1>${paragraphs(10_000, 100)}</article><footer>Footer</footer></body></html>`);
    const cut = cutLongPage(document.body, 50_000)!;
    const kept = document.querySelectorAll('p');
    // "Long" (4 characters), then 100 characters a paragraph: the budget runs out in the 500th.
    expect(kept).toHaveLength(500);
    expect(kept[499].textContent).toMatch(/^00499 x{94}$/);
    expect(document.querySelector('footer')).toBeNull();
    expect(cut).toEqual({ keptCharacters: 4 + 500 * 100, totalCharacters: 4 + 10_000 * 100 + 'Footer'.length });
  });

  it('walks without recursion: 100,000 nested elements', () => {
    const document = parseHtml(`<html><body>${'<div>'.repeat(100_000)}${'y'.repeat(200)}${'</div>'.repeat(100_000)}</body></html>`);
    expect(cutLongPage(document.body, 100)).toEqual({ keptCharacters: 200, totalCharacters: 200 });
  });

  it('an Article read from a cut page says so, and how much it kept', () => {
    const html = `<html><head><title>Long</title></head><body><article><h1>Long</h1>${paragraphs(Math.ceil(MAX_PAGE_CHARACTERS / 300) + 200, 300)}</article></body></html>`;
    const article = extractArticle(parseHtml(html), { url: 'https://news.example/long' });
    expect(article.cut?.totalCharacters).toBeGreaterThan(MAX_PAGE_CHARACTERS);
    expect(article.cut!.keptCharacters).toBeGreaterThan(MAX_PAGE_CHARACTERS);
    expect(article.cut!.keptCharacters).toBeLessThan(MAX_PAGE_CHARACTERS + 300 + 10);
    expect(article.blocks.at(-1)?.text).toMatch(/^\d{5} x+$/);
    // The exports say so too: the Markdown's front matter, the HTML under the article.
    expect(EXPORT_FORMATS.md.render(article)).toContain(`cut:\n  keptCharacters: ${article.cut!.keptCharacters}\n  totalCharacters: ${article.cut!.totalCharacters}\n`);
    expect(EXPORT_FORMATS.html.render(article)).toMatch(/This page is far longer than an article: this is its first \d+% \([\d,]+ of [\d,]+ characters\)/);
  }, 30_000);
});
