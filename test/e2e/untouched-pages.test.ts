// The page under the reader is untouched (issue 10): on the four real crypto-news pages and the others
// (four of Readability's test pages and every news page of the claims sets; all in test/fixtures,
// sources in its README), the reader is opened with a toolbar click, used (the first claim chosen, the
// next with J) and closed, and `document.documentElement.outerHTML` is the same as before. The pages' own scripts are switched off
// (Content-Security-Policy: script-src 'none') so that only the reader could change the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../lib/charset.ts';
import { clickToolbarButton } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';

const PAGES = new Map<string, string>();
for (const file of readdirSync('test/fixtures/crypto').filter((f) => f.endsWith('.html'))) PAGES.set(`crypto/${file}`, readFileSync(join('test/fixtures/crypto', file), 'utf8'));
// Four of Readability's pages, engadget among them: its `html { display: none }` waits for a script that the
// policy below blocks, as NoScript or a failed script would.
for (const dir of ['engadget', 'cnn', 'guardian-1', 'nytimes-1']) PAGES.set(`readability/${dir}.html`, readFileSync(join('test/fixtures/readability', dir, 'source.html'), 'utf8'));
for (const file of readdirSync('test/fixtures/claims-pages').filter((f) => f.endsWith('.html.gz'))) {
  PAGES.set(`news/${file.replace(/\.gz$/, '')}`, decodeBytes(gunzipSync(readFileSync(join('test/fixtures/claims-pages', file))), { html: true }).text);
}

const session = useExtensionSession({
  answer: (path, response) => {
    const html = PAGES.get(path.slice(1));
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
    response.end(html ?? 'not found');
  },
});

describe('the page under the reader is byte-identical after the reader opened, was used and closed', () => {
  it(`is checked on at least 54 real pages (${PAGES.size})`, () => {
    expect(PAGES.size).toBeGreaterThanOrEqual(54);
  });

  // One test a page, so that a failure names its page and the file's time grows with its pages, not
  // against one timeout. Requests to other hosts are refused at once: the pages' images and styles from
  // the web would only make each load wait for the network, and change nothing in the document.
  let page: Page;
  beforeAll(async () => {
    page = await session.browser.context.newPage();
    await page.route((url) => !url.href.startsWith(session.origin), (route) => route.abort());
  });
  afterAll(async () => page?.close());

  for (const name of PAGES.keys()) {
    it(name, async () => {
      await page.goto(`${session.origin}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      await clickToolbarButton(session.browser, page);
      await expect.poll(() => page.locator('[data-crypto-reader]').count(), { timeout: 30_000 }).toBe(1);
      // Visible, whatever the page's own styles do to its root.
      await expect.poll(async () => (await page.getByTestId('reader-body').isVisible()) || (await page.getByTestId('empty-state').isVisible()), { timeout: 30_000 }).toBe(true);
      const claim = page.getByTestId('claim-item').first().locator('button').first();
      if (await claim.isVisible()) {
        await claim.click();
        await page.keyboard.press('j');
      }
      await page.getByTestId('close-reader').click();
      await expect.poll(() => page.locator('[data-crypto-reader]').count(), { timeout: 10_000 }).toBe(0);
      const after = await page.evaluate(() => document.documentElement.outerHTML);
      let at = 0;
      while (at < before.length && before[at] === after[at]) at++;
      expect(after === before ? 'unchanged' : `differs at ${at}: ${JSON.stringify(before.slice(at - 60, at + 60))} → ${JSON.stringify(after.slice(at - 60, at + 60))}`).toBe('unchanged');
    });
  }
});
