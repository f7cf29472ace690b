// @vitest-environment jsdom
// The reader's view as a component (jsdom): what it says when there is no article or the page could
// not be read, how a removed item comes back, and the EPUB export it asks the background for. The same view in real Chromium: test/e2e/.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReaderApp, type ReaderContent } from '../../components/ReaderApp.tsx';
import { readerProps, type ReaderProps } from '../support/reader-props.ts';
import { extractArticle } from '../../lib/extract.ts';
import { withClaims } from '../../lib/article-claims.ts';
import { parseHtml } from '../../cli/parse-html.ts';
import { readFixture } from '../support/fixtures.ts';
import { makeHighlight } from '../../lib/highlights.ts';
import { exportFileName } from '../../lib/export/filename.ts';
import type { EmbeddedImage } from '../../lib/export/epub.ts';
import type { Article } from '../../lib/types.ts';

import '../support/jsdom-dialog.ts';

let container: HTMLElement | null = null;

function mount(content: ReaderContent, more: Partial<ReaderProps> = {}) {
  const onClose = vi.fn();
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => {
    render(<ReaderApp {...readerProps(content, { onClose, ...more })} />, container!);
  });
  return { root: container, onClose };
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

describe('no article', () => {
  it('an error while reading the page is said in words, with a way back to the page', () => {
    const { root, onClose } = mount({ kind: 'error', message: 'the page has no body' });
    const empty = byTestId(root, 'empty-state')!;
    expect(empty.querySelector('h1')!.textContent).toBe('Crypto Reader could not read this page');
    expect(empty.textContent).toContain('The page could not be read: the page has no body.');
    expect(byTestId(root, 'reader-body')).toBeNull();
    expect(byTestId(root, 'export')).toBeNull();
    act(() => byTestId(root, 'show-page')!.click());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('a page with a few words says so, and shows them when asked', () => {
    const article = extractArticle(parseHtml('<html><body><article><h1>Flash</h1><p>Bitcoin rose 2% in early trading on Monday.</p></article></body></html>'), { url: 'https://news.example/flash' });
    expect(article.unreadableReason).toBe('too-short');
    const { root } = mount({ kind: 'article', article });
    expect(byTestId(root, 'empty-state')!.querySelector('h1')!.textContent).toBe('There is too little text here for a reader view');
    act(() => byTestId(root, 'show-anyway')!.click());
    expect(byTestId(root, 'empty-state')).toBeNull();
    expect(byTestId(root, 'reader-body')!.textContent).toContain('Bitcoin rose 2% in early trading on Monday.');
  });

  it('Esc (the dialog\'s cancel) closes the reader', () => {
    const { root, onClose } = mount({ kind: 'error', message: 'x' });
    const dialog = root.querySelector('dialog')!;
    act(() => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('the line under the title', () => {
  it("says who wrote the article, where and when, as the page's own data say it", () => {
    const article = extractArticle(parseHtml(readFixture('crypto/decrypt.co.html')), { url: 'https://decrypt.co/313839/x' });
    const { root } = mount({ kind: 'article', article });
    // decrypt.co states 2025-04-08T06:15:56 (no zone) in its JSON-LD
    expect(byTestId(root, 'reader-meta')!.textContent).toMatch(/^Vince Dioquino · Decrypt · April 8, 2025 · \d+ min read$/);
  });
});

describe('numbered lists (review finding: every item showed "1.")', () => {
  it('each item of a numbered list is numbered by its place in the list', () => {
    const prose = `<p>${'Exchanges cut fees this quarter as competition for volume grew, analysts said in a note on Monday. '.repeat(4)}</p>`;
    const article = extractArticle(parseHtml(`<html><body><article><h1>Steps</h1>${prose}<ol><li>Open an account.</li><li>Verify your identity.</li><li>Deposit funds.</li></ol>${prose}</article></body></html>`), { url: 'https://news.example/steps' });
    const { root } = mount({ kind: 'article', article });
    const lists = Array.from(root.querySelectorAll('[data-testid="reader-body"] ol'));
    expect(lists.map((ol) => [ol.getAttribute('start'), ol.textContent])).toEqual([
      ['1', 'Open an account.'],
      ['2', 'Verify your identity.'],
      ['3', 'Deposit funds.'],
    ]);
  });
});

describe('tables in the reader', () => {
  it('keep their spans (DOMPurify dropped colspan and rowspan as "unsafe URLs")', () => {
    const prose = `<p>${'Miners sold more coins in October as hashprice fell to a record low, a research firm said. '.repeat(4)}</p>`;
    const table = '<table><thead><tr><th rowspan="2">Pool</th><th colspan="2">Blocks</th></tr><tr><th>Oct</th><th>Nov</th></tr></thead><tbody><tr><td>Foundry</td><td>1,310</td><td>1,402</td></tr></tbody></table>';
    const article = extractArticle(parseHtml(`<html><body><article><h1>Pools</h1>${prose}${table}${prose}</article></body></html>`), { url: 'https://news.example/pools' });
    const { root } = mount({ kind: 'article', article });
    const cells = root.querySelectorAll('[data-testid="reader-body"] thead th');
    expect(cells[0].getAttribute('rowspan')).toBe('2');
    expect(cells[1].getAttribute('colspan')).toBe('2');
  });
});

describe('a removed item shown in place', () => {
  it('renders its sanitised element, never its source as text', () => {
    const article = extractArticle(parseHtml(readFixture('pages/messy-crypto.html')), { url: 'https://news.example/solana' });
    const { root } = mount({ kind: 'article', article });
    act(() => byTestId(root, 'toggle-removed')!.click());
    const item = Array.from(root.querySelectorAll('[data-testid="removed-promo"] li')).find((li) => li.textContent!.startsWith('Sponsored: The Presale'))!;
    act(() => (item.querySelector('button') as HTMLButtonElement).click());
    const restored = byTestId(root, 'restored-item')!;
    expect(restored.querySelector('h2')!.textContent).toBe('Sponsored: The Presale Everyone Is Talking About');
    expect(restored.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example/presale-banner.png');
    expect(restored.textContent).not.toContain('<');
  });
});

describe('the article first, then its claims', () => {
  // A real crypto page (test/fixtures/crypto, cointelegraph.com): read without its claims, as the reader
  // reads a page before its first paint, then with them.
  const page = () => parseHtml(readFixture('crypto/cointelegraph.com.html'));

  it('reading the claims after the article gives the claims of reading both at once', () => {
    const whole = extractArticle(page(), { url: 'https://cointelegraph.com/news/a' });
    const first = extractArticle(page(), { url: 'https://cointelegraph.com/news/a', claims: false });
    expect(first.claims).toEqual([]);
    expect(whole.claims.length).toBeGreaterThan(5);
    expect(withClaims(first)).toEqual(whole);
  });

  it('while they are read, the panel and the toolbar say so; then they list them', () => {
    const article = extractArticle(page(), { url: 'https://cointelegraph.com/news/a', claims: false });
    const { root } = mount({ kind: 'article', article, claimsPending: true });
    expect(byTestId(root, 'reader-body')!.textContent).toContain(article.blocks[0].text.slice(0, 40));
    expect(byTestId(root, 'claims-pending')!.textContent).toBe('Reading the claims…');
    expect(byTestId(root, 'toggle-claims')!.textContent).toBe('Claims …');
    const full = withClaims(article);
    act(() => {
      render(<ReaderApp {...readerProps({ kind: 'article', article: full })} />, container!);
    });
    expect(byTestId(root, 'claims-pending')).toBeNull();
    expect(byTestId(root, 'toggle-claims')!.textContent).toBe(`Claims ${full.claims.length}`);
    expect(root.querySelectorAll('[data-testid="claim-item"]').length).toBe(Math.min(10, full.claims.length));
  });

  it('when the code that reads them fails to load, the panel says so and the article stays', () => {
    const article = extractArticle(page(), { url: 'https://cointelegraph.com/news/a', claims: false });
    const { root } = mount({ kind: 'article', article, claimsError: 'the code that reads them did not load' });
    expect(byTestId(root, 'reader-body')!.textContent).toContain(article.blocks[0].text.slice(0, 40));
    expect(byTestId(root, 'claims-pending')).toBeNull();
    expect(byTestId(root, 'claims-error')!.textContent).toBe('The claims could not be read: the code that reads them did not load');
  });

  it('an export in that moment still carries the claims', async () => {
    const article = extractArticle(page(), { url: 'https://cointelegraph.com/news/a', claims: false });
    const downloads: { filename: string; content: string }[] = [];
    const { root } = mount({ kind: 'article', article, claimsPending: true }, { onDownload: async (filename, content) => downloads.push({ filename, content }), withClaims: async (a) => withClaims(a) });
    const select = byTestId(root, 'export') as HTMLSelectElement;
    await act(async () => {
      select.value = 'json';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(downloads[0].content).claims).toEqual(JSON.parse(JSON.stringify(withClaims(article).claims)));
  });
});

describe('the EPUB export from the reader', () => {
  // A real crypto page (test/fixtures/crypto, cointelegraph.com), with a highlight the person made
  const article = extractArticle(parseHtml(readFixture('crypto/cointelegraph.com.html')), { url: 'https://cointelegraph.com/news/a' });
  const paragraph = article.blocks.findIndex((b) => b.type === 'paragraph');
  const highlight = { ...makeHighlight(article.blocks.map((b) => b.text), { block: paragraph, start: 0, end: 30 }, 1)!, note: 'Check.' };

  function choose(root: HTMLElement, value: string) {
    const select = byTestId(root, 'export') as HTMLSelectElement;
    return act(async () => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  it('hands the background the article (highlights marked), a file name from the title, and the pictures the page lets it copy', async () => {
    const books: { filename: string; article: Article; images: EmbeddedImage[] }[] = [];
    const images: EmbeddedImage[] = [{ src: 'https://cointelegraph.com/a.png', mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) }];
    const { root } = mount(
      { kind: 'article', article },
      { onDownloadEpub: async (filename, book, pictures) => void books.push({ filename, article: book, images: pictures }), copyImages: async () => images, initialHighlights: [highlight] },
    );
    await choose(root, 'epub');
    expect(books).toHaveLength(1);
    expect(books[0].filename).toBe(exportFileName(article.title, 'epub'));
    expect(books[0].images).toBe(images);
    expect(books[0].article.blocks[paragraph].html).toContain(`<mark class="highlight">${highlight.text}</mark>`);
    expect(books[0].article.highlights).toEqual([expect.objectContaining({ text: highlight.text, note: 'Check.' })]);
    await vi.waitFor(() => expect(byTestId(root, 'status')!.textContent).toBe(`Saved ${books[0].filename}.`));
  });

  it('where no book can be made (no background to make it), says so', async () => {
    const { root } = mount({ kind: 'article', article });
    await choose(root, 'epub');
    await vi.waitFor(() => expect(byTestId(root, 'status')!.textContent).toBe('Export failed: EPUB books cannot be made here'));
  });
});
