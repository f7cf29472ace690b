// Nothing from a page runs (issue 10): an article full of payloads (test/fixtures/pages/payloads.html),
// each of which asks this test's server for /call/<id> if it ever runs or loads. The page makes its own
// calls as it loads; after that, opening the reader, using it, exporting in every format and opening the
// exports — the HTML from file:// and http://, the Markdown rendered by a Markdown renderer that passes
// inline HTML through (marked, as many viewers use it), the Markdown and JSON served raw as HTML, as a
// careless viewer would — must add none (the reader may show the article's images: those three are the only loads it
// may make).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { clickToolbarButton, completedDownloads } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';

const PAGE = readFileSync('test/fixtures/pages/payloads.html', 'utf8');
/** Images of the article: the reader shows them, so it may load these (and only these). */
const ARTICLE_IMAGES = new Set(['remote-pixel', 'srcset', 'clobber-img']);

const calls: string[] = [];
/** Files served back as HTML, by name. */
const served = new Map<string, string>();

const session = useExtensionSession({
  answer: (path, response) => {
    const call = path.match(/^\/call\/(.+)$/);
    if (call) {
      calls.push(call[1]);
      response.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      return response.end('');
    }
    const body = path === '/pages/payloads.html' ? PAGE : served.get(path.slice(1));
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(body ?? 'not found');
  },
});

describe('a page full of payloads', () => {
  it('runs nothing in the reader or in any export', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/payloads.html`);
    await page.waitForLoadState('networkidle');
    const byThePage = calls.length;
    expect(byThePage).toBeGreaterThan(0); // the payloads are live in the page itself

    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('reader').innerText()).toContain('Ether fees fell 40% in a week');
    const downloads = (await completedDownloads(session.browser)).length;
    for (const [format, count] of [['md', 1], ['html', 2], ['json', 3]] as const) {
      await page.getByTestId('export').selectOption(format);
      await expect.poll(async () => (await completedDownloads(session.browser)).length, { timeout: 10_000 }).toBe(downloads + count);
    }
    await page.waitForLoadState('networkidle');
    await page.getByTestId('close-reader').click();
    await expect.poll(() => page.locator('[data-crypto-reader]').count(), { timeout: 10_000 }).toBe(0);
    const byTheReader = calls.slice(byThePage).filter((id) => !ARTICLE_IMAGES.has(id));
    expect(byTheReader).toEqual([]);

    // The exports, opened as a person (or a careless viewer) would.
    const files = (await completedDownloads(session.browser)).slice(downloads);
    const html = files.find((f) => f.mime === 'text/html')!.filename;
    const beforeExports = calls.length;
    for (const file of files) served.set(file.filename.split('/').pop()!, readFileSync(file.filename, 'utf8'));
    const markdown = files.find((f) => f.mime === 'text/markdown')!;
    const rendered = await marked.parse(readFileSync(markdown.filename, 'utf8'));
    expect(rendered).toContain('Ether fees fell 40% in a week');
    served.set('rendered-markdown.html', `<!DOCTYPE html><meta charset="utf-8"><body>${rendered}</body>`);
    const viewer = await session.browser.context.newPage();
    await viewer.goto(pathToFileURL(html).href);
    await viewer.waitForLoadState('networkidle');
    expect(await viewer.locator('body').innerText()).toContain('Ether fees fell 40% in a week');
    for (const file of files) {
      await viewer.goto(`${session.origin}/${encodeURIComponent(file.filename.split('/').pop()!)}`);
      await viewer.waitForLoadState('networkidle');
    }
    expect(calls.slice(beforeExports)).toEqual([]);
    // Rendered Markdown shows the article's images, as Markdown keeps them (links to the page's images):
    // those may load, nothing else may run.
    const beforeRendered = calls.length;
    await viewer.goto(`${session.origin}/rendered-markdown.html`);
    await viewer.waitForLoadState('networkidle');
    expect(await viewer.locator('body').innerText()).toContain('Ether fees fell 40% in a week');
    expect(calls.slice(beforeRendered).filter((id) => !ARTICLE_IMAGES.has(id))).toEqual([]);
    await viewer.close();
    await page.close();
  }, 120_000);
});
