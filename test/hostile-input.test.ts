// Pages built to break readers (issue 10): nesting far deeper than any real page. Each must give the
// article or a clear message; no exception escapes lib/, and the page's depth never reaches our stack.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html.ts';
import { extractArticle } from '../lib/extract.ts';
import { flattenDeepNesting, MAX_DEPTH } from '../lib/flatten-deep.ts';
import { withDocumentShell } from '../cli/parse-html.ts';

const PARAGRAPHS = [
  'Public bitcoin miners sold 4,200 BTC in October, the most in a month since the halving, as hashprice fell to a record low.',
  'The network hashrate rose 6% over the month to 1,100 EH/s, so each miner earns a smaller share of every block reward.',
  'Two of the largest miners said they would keep selling part of their output to pay for new machines through the winter.',
].map((text) => `<p>${text} ${'Analysts at a regional brokerage said the sales add little pressure on a market that trades far more each day. '.repeat(2)}</p>`);

/** An article whose second paragraph sits `depth` elements deep inside `open`/`close` tags. */
function nestedPage(depth: number, open: string, close: string): string {
  return `<html><head><title>Miners sell</title></head><body><article><h1>Miners sell as hashprice slides</h1>${PARAGRAPHS[0]}${open.repeat(depth)}${PARAGRAPHS[1]}${close.repeat(depth)}${PARAGRAPHS[2]}</article></body></html>`;
}

describe('nesting deeper than any real page', () => {
  it.each([
    ['100,000 nested <div>s', 100_000, '<div>', '</div>'],
    ['20,000 nested lists', 20_000, '<ul><li>', '</li></ul>'],
    ['20,000 nested quotes', 20_000, '<blockquote>', '</blockquote>'],
  ])('%s: the article, in order, no stack overflow', (_name, depth, open, close) => {
    const article = extractArticle(parseHtml(nestedPage(depth, open, close)), { url: 'https://news.example/miners' });
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toMatch(/sold 4,200 BTC[\s\S]*rose 6%[\s\S]*keep selling part/);
  });

  it('leaves real pages as they are: nothing is unwrapped above MAX_DEPTH levels', () => {
    const document = parseHtml(nestedPage(40, '<div class="wrap">', '</div>'));
    expect(flattenDeepNesting(document.documentElement)).toBe(0);
    expect(document.querySelectorAll('div.wrap')).toHaveLength(40);
  });

  it('unwraps only below MAX_DEPTH, keeping paragraphs whole', () => {
    const document = parseHtml(nestedPage(MAX_DEPTH + 50, '<div>', '</div>'));
    expect(flattenDeepNesting(document.documentElement)).toBeGreaterThan(0);
    expect(document.querySelectorAll('p')).toHaveLength(3);
    expect(document.querySelectorAll('p')[1].textContent).toMatch(/^The network hashrate rose 6%/);
  });
});

describe('pages that are not whole documents', () => {
  const article = PARAGRAPHS.join('');
  it.each([
    ['a fragment without <html> or <body>', `<title>Miners sell</title><h1>Miners sell as hashprice slides</h1>${article}`],
    ['<html> without <body>', `<html><head><title>Miners sell</title></head>${article}</html>`],
    ['plain text given as HTML', PARAGRAPHS.map((p) => p.replace(/<\/?p>/g, '')).join('\n\n')],
    ['a table holding the whole text (Readability threw on null.tagName)', `<table><tr><td>${article}</td></tr></table>`],
  ])('%s: the article is read (a browser adds the shell; the CLI does the same)', (_name, html) => {
    const read = extractArticle(parseHtml(html), { url: 'https://news.example/miners' });
    expect(read.unreadableReason).toBeNull();
    expect(read.blocks.map((b) => b.text).join(' ')).toMatch(/sold 4,200 BTC[\s\S]*rose 6%/);
  });

  it.each([
    ['an empty file', ''],
    ['a title and nothing else', '<html><head><title>Only a title</title></head></html>'],
    ['a frameset', '<html><head><title>Frames</title></head><frameset><frame src="a.html"></frameset></html>'],
    ['an SVG alone', '<svg><text>hi</text></svg>'],
  ])('%s: no exception, and the reason there is no article', (_name, html) => {
    const read = extractArticle(parseHtml(html), { url: 'https://news.example/x' });
    expect(read.blocks).toEqual([]);
    expect(read.unreadableReason).toBe('no-text');
  });

  it('leaves a whole document as it is', () => {
    const page = `<!DOCTYPE html><html><head><title>T</title></head><body>${article}</body></html>`;
    expect(withDocumentShell(page)).toBe(page);
  });
});

describe('Readability failing', () => {
  it('an exception inside Readability falls back to the cleaned blocks: the page is never lost (issue 10)', async () => {
    const { vi } = await import('vitest');
    const { Readability } = await import('@mozilla/readability');
    const parse = vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
      throw new TypeError("Cannot read properties of null (reading 'tagName')");
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const read = extractArticle(parseHtml(nestedPage(3, '<div>', '</div>')), { url: 'https://news.example/miners' });
      expect(parse).toHaveBeenCalled();
      expect(read.unreadableReason).toBeNull();
      expect(read.blocks.map((b) => b.text).join(' ')).toMatch(/sold 4,200 BTC[\s\S]*rose 6%[\s\S]*keep selling part/);
    } finally {
      parse.mockRestore();
      warn.mockRestore();
    }
  });
});
