// The reader on pages with real sites' CSS and odd markup, in real Chromium, as a person meets them: a
// fixed header and a video ad at the top z-index, a table, a sign-in page, an Arabic article, the dark
// system theme, a 400 px window, printing, a page that grows after load, a single-page site. Pages are
// in test/fixtures/pages/ (written for these tests). Auto-open is off here: every reader is opened by a
// real toolbar click, and the page under it must be byte-identical after it closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { clickToolbarButton, completedDownloads, launchWithExtension, RESULTS_DIR, startServer, storeSettings, type ExtensionBrowser } from '../../scripts/browser-harness.ts';

let server: Server;
let origin: string;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  ({ server, origin } = await startServer());
  browser = await launchWithExtension();
  await storeSettings(browser, { autoClean: false });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${origin}${path}`);
  return page;
}

async function openReader(page: Page): Promise<void> {
  await clickToolbarButton(browser, page);
  await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
}

async function closeReader(page: Page): Promise<void> {
  await page.getByTestId('close-reader').click();
  await expect.poll(() => page.locator(READER_HOST).count(), { timeout: 10_000 }).toBe(0);
}

const pageHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** The reader's host element in the page (its tag name changes each time it opens). */
const READER_HOST = '[data-crypto-reader]';

/** The element a person would click at (x, y): READER_HOST when the reader is on top, else its tag name. */
const elementAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => {
    const element = document.elementFromPoint(px, py);
    return element?.hasAttribute('data-crypto-reader') ? '[data-crypto-reader]' : element?.tagName.toLowerCase();
  }, [x, y] as const);

/** A screenshot for a person to look at, in test-results/ (caret left alone: hiding it writes style="" on the page's inputs). */
const shot = (page: Page, name: string, options: { fullPage?: boolean } = {}) => page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), caret: 'initial', ...options });

/** The text of the newest completed download of a type, read from disk. */
async function downloaded(mime: string, count: number): Promise<string> {
  let files: { filename: string; mime: string }[] = [];
  await expect.poll(async () => (files = (await completedDownloads(browser)).filter((d) => d.mime === mime)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  return readFileSync(files[files.length - 1].filename, 'utf8');
}

describe('the reader owns the screen', () => {
  it('a fixed header and a video ad at z-index 2147483646 paint over nothing and take no clicks; the page scrolls not under it', async () => {
    const page = await openPage('/pages/sticky-header.html');
    const before = await pageHtml(page);
    await openReader(page);

    // Where the page's header and ad box are, the reader is what is there.
    expect(await elementAt(page, 640, 40)).toBe(READER_HOST);
    expect(await elementAt(page, 640, 100)).toBe(READER_HOST);
    expect(await elementAt(page, 1280 - 16 - 160, 900 - 16 - 100)).toBe(READER_HOST);
    await page.mouse.click(1280 - 16 - 160, 900 - 16 - 100);
    expect(await page.evaluate(() => (window as unknown as { adClicks: number }).adClicks)).toBe(0);

    // The reader's own buttons, under where the header is, work when clicked.
    await page.getByTestId('toggle-removed').click();
    await expect.poll(() => page.getByTestId('removed-panel').isVisible()).toBe(true);
    await page.getByTestId('toggle-claims').click();
    await expect.poll(() => page.getByTestId('claims-sidebar').isVisible()).toBe(true);
    await page.getByTestId('display-settings').click();
    await page.getByTestId('line-width').selectOption('wide');
    await expect.poll(() => page.getByTestId('reader').getAttribute('class')).toContain('width-wide');
    await page.getByTestId('display-settings').click();
    expect(await page.getByTestId('reader-title').innerText()).toBe('Miners Sell Bitcoin as Hashprice Falls to a Record Low');

    // The wheel scrolls the reader, never the page under it.
    await page.mouse.move(400, 500);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.getByTestId('reader').evaluate((reader) => reader.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByTestId('reader').evaluate((reader) => reader.scrollTo(0, 0));
    await shot(page, 'real-sticky-header');

    await closeReader(page);
    expect(await pageHtml(page)).toBe(before);
    expect(await elementAt(page, 640, 40)).not.toBe(READER_HOST);
    await page.close();
  });

  it('a page that defined a custom element under the reader\'s name still gets its reader', async () => {
    const page = await openPage('/pages/sticky-header.html');
    // A custom element with its own shadow root: a host of that name could take no shadow root of ours.
    await page.evaluate(() => {
      class Squatter extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' }).textContent = 'taken';
        }
      }
      customElements.define('crypto-reader', Squatter);
    });
    await openReader(page);
    expect(await page.getByTestId('reader-title').innerText()).toBe('Miners Sell Bitcoin as Hashprice Falls to a Record Low');
    expect(await elementAt(page, 640, 40)).toBe(READER_HOST);
    await page.close();
  });
});

describe('the keyboard', () => {
  it('Esc closes the display settings first, then the reader; focus goes back to where it was on the page', async () => {
    const page = await openPage('/pages/sticky-header.html');
    await page.locator('nav a', { hasText: 'Policy' }).focus();
    const before = await pageHtml(page);
    await openReader(page);
    await page.getByTestId('display-settings').click();
    await expect.poll(() => page.getByTestId('theme').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('theme').count()).toBe(0);
    expect(await page.getByTestId('reader').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(READER_HOST).count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Policy');
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });
});

describe('tables', () => {
  it('a 10 × 5 table is a <table> in the reader and the HTML export, and a GFM table in the Markdown', async () => {
    const page = await openPage('/pages/miners-table.html');
    const before = await pageHtml(page);
    await openReader(page);
    const table = page.getByTestId('reader-body').locator('table');
    expect(await table.count()).toBe(1);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Pool', 'Hashrate (EH/s)', 'Share of blocks', 'Headquarters', 'Founded']);
    expect(await table.locator('tbody tr').count()).toBe(10);
    expect(await table.locator('tbody tr').nth(9).locator('td').allInnerTexts()).toEqual(['Braiins Pool', '12.2', '1.3%', 'Prague, Czechia', '2010']);
    // The one-cell box around a note is layout: it reads as a paragraph.
    expect(await page.getByTestId('reader-body').innerText()).toContain('Hashrate is the average over the month');
    await table.scrollIntoViewIfNeeded();
    await shot(page, 'real-table');

    const downloadsBefore = (await completedDownloads(browser)).length;
    await page.getByTestId('export').selectOption('html');
    const html = await downloaded('text/html', 1);
    expect(html).toMatch(/<table><thead><tr><th>Pool<\/th><th>Hashrate \(EH\/s\)<\/th>/);
    expect(html.match(/<tr>/g)).toHaveLength(11);
    await page.getByTestId('export').selectOption('md');
    const markdown = await downloaded('text/markdown', 1);
    expect(markdown).toContain('| Pool | Hashrate (EH/s) | Share of blocks | Headquarters | Founded |\n| --- | --- | --- | --- | --- |\n| Foundry USA | 285.4 | 31.2% | Alabama, USA | 2019 |');
    expect(markdown).toContain('| Braiins Pool | 12.2 | 1.3% | Prague, Czechia | 2010 |');
    expect((await completedDownloads(browser)).length).toBe(downloadsBefore + 2);

    await closeReader(page);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });
});

describe('pages without an article', () => {
  it('a sign-in page says so in words and offers the page as it is', async () => {
    const page = await openPage('/pages/sign-in.html');
    const before = await pageHtml(page);
    await openReader(page);
    const empty = page.getByTestId('empty-state');
    await expect.poll(() => empty.isVisible()).toBe(true);
    expect(await empty.locator('h1').innerText()).toBe('This page asks you to sign in');
    expect(await page.getByTestId('reader-body').count()).toBe(0);
    expect(await page.getByTestId('export').count()).toBe(0);
    await shot(page, 'real-sign-in');
    await page.getByTestId('show-page').click();
    await expect.poll(() => page.locator(READER_HOST).count()).toBe(0);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });
});

describe('reading basics', () => {
  it('an Arabic article reads right to left', async () => {
    const page = await openPage('/pages/rtl-article.html');
    const before = await pageHtml(page);
    await openReader(page);
    const article = page.getByTestId('reader').locator('article');
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toBe('ar');
    const paragraph = page.getByTestId('reader-body').locator('p').first();
    expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    // Its first line starts at the right edge of the column.
    const [text, column] = await Promise.all([paragraph.boundingBox(), article.boundingBox()]);
    expect(Math.abs(text!.x + text!.width - (column!.x + column!.width))).toBeLessThan(2);
    await shot(page, 'real-rtl');
    await closeReader(page);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });

  it('the theme follows the system: dark when the system is dark, light when it is light', async () => {
    const page = await openPage('/pages/miners-table.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await openReader(page);
    const background = () => page.getByTestId('reader').evaluate((reader) => getComputedStyle(reader).backgroundColor);
    expect(await page.getByTestId('reader').getAttribute('data-theme')).toBe('auto');
    expect(await background()).toBe('rgb(23, 24, 26)');
    await shot(page, 'real-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(251, 251, 248)');
    await closeReader(page);
    await page.close();
  });

  it('at 400 px the toolbar is one row, the headline comes first, the claims open in a drawer below', async () => {
    const page = await openPage('/pages/sticky-header.html', { width: 400, height: 800 });
    const before = await pageHtml(page);
    await openReader(page);
    const toolbar = page.getByRole('toolbar', { name: 'Reader controls' });
    expect((await toolbar.boundingBox())!.height).toBeLessThan(60);
    // every control on screen, the close button too
    for (const id of ['toggle-claims', 'toggle-removed', 'toggle-highlights', 'read-aloud', 'display-settings', 'export', 'close-reader']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x + box.width, id).toBeLessThanOrEqual(400);
    }
    expect(await page.getByTestId('claims-sidebar').count()).toBe(0);
    const title = (await page.getByTestId('reader-title').boundingBox())!;
    expect(title.y).toBeLessThan(120);
    await shot(page, 'real-narrow');

    await page.getByTestId('toggle-claims').click();
    const drawer = (await page.getByTestId('claims-sidebar').boundingBox())!;
    expect(drawer.y).toBeGreaterThan(title.y + title.height);
    expect(Math.round(drawer.y + drawer.height)).toBe(800);
    expect(drawer.width).toBeGreaterThan(390);
    await shot(page, 'real-narrow-claims');
    await closeReader(page);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });

  it('printing shows the article alone: no toolbar, no page under it; the claims after it when chosen', async () => {
    const page = await openPage('/pages/sticky-header.html');
    const before = await pageHtml(page);
    await openReader(page);
    await page.getByTestId('display-settings').click();
    await page.getByTestId('print-claims').check();
    await page.getByTestId('display-settings').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('toolbar', { name: 'Reader controls' }).isVisible()).toBe(false);
    expect(await page.getByTestId('claims-sidebar').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    expect(await page.getByTestId('reader-title').isVisible()).toBe(true);
    expect(await page.getByTestId('print-appendix').isVisible()).toBe(true);
    await shot(page, 'real-print', { fullPage: true });
    // The PDF a person would get: the article and its claims on a few pages.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
    // Black on white even when the system is dark (the theme follows it on screen).
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.getByTestId('reader').evaluate((reader) => getComputedStyle(reader).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.getByTestId('reader-meta').evaluate((meta) => getComputedStyle(meta).color)).toBe('rgb(68, 68, 68)');
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    expect(await page.getByRole('toolbar', { name: 'Reader controls' }).isVisible()).toBe(true);
    expect(await page.getByTestId('print-appendix').isVisible()).toBe(false);
    await closeReader(page);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });
});

describe('a short article', () => {
  it('a news brief shorter than Readability reads at first shows its three paragraphs, not the site around it; the page is as before', async () => {
    const page = await openPage('/pages/short-brief.html');
    const before = await pageHtml(page);
    await openReader(page);
    expect(await page.getByTestId('reader-title').innerText()).toBe('Exchange pauses withdrawals after wallet breach');
    const body = await page.getByTestId('reader-body').innerText();
    expect(body).toContain('paused withdrawals on Monday after attackers drained one of its hot wallets of about $4.2 million in ether');
    expect(body).toContain('withdrawals should resume within 24 hours');
    expect(body).toContain('its token fell 6% by the evening');
    for (const around of ['Markets', 'Policy', 'All rights reserved', 'crypto-reader']) expect(body).not.toContain(around);
    await closeReader(page);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });
});

describe('fresh content', () => {
  it('a page that added paragraphs after load shows them when the reader opens again', async () => {
    const page = await openPage('/pages/late-paragraphs.html');
    await openReader(page);
    expect(await page.getByTestId('reader-body').innerText()).not.toContain('The regulator approved all three staking funds');
    await closeReader(page);
    await page.evaluate(() => (window as unknown as { addUpdate(): void }).addUpdate());
    const before = await pageHtml(page);
    await openReader(page);
    expect(await page.getByTestId('reader-body').innerText()).toContain('The regulator approved all three staking funds');
    await closeReader(page);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });

  it('a single-page site that moves to another story with pushState: the open reader shows it, and closes on a page without one', async () => {
    const page = await openPage('/pages/spa/first');
    await openReader(page);
    expect(await page.getByTestId('reader-title').innerText()).toBe('Stablecoin Supply Hits a Record');
    await page.evaluate(() => (window as unknown as { goTo(name: string): void }).goTo('second'));
    await expect.poll(() => page.getByTestId('reader-title').innerText(), { timeout: 10_000 }).toBe('Exchange Outage Leaves Traders Locked Out for Three Hours');
    expect(page.url()).toBe(`${origin}/pages/spa/second`);
    expect(await page.getByTestId('reader-body').innerText()).toContain('halted trading for three hours');
    await page.goBack();
    await expect.poll(() => page.getByTestId('reader-title').innerText(), { timeout: 10_000 }).toBe('Stablecoin Supply Hits a Record');
    await page.evaluate(() => (window as unknown as { goTo(name: string): void }).goTo('home'));
    await expect.poll(() => page.locator(READER_HOST).count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});

describe('the Removed panel', () => {
  it('lists what a person would recognise: no script text or markup, no lone separators; "Show in place" renders the element and brings it into view', async () => {
    const page = await openPage('/pages/messy-crypto.html');
    const before = await pageHtml(page);
    await openReader(page);
    expect(await page.getByTestId('reader-body').innerText()).not.toContain('Presale');
    expect(await page.getByTestId('reader-body').locator('img').count()).toBe(0); // the sponsored banner went with its box

    await page.getByTestId('toggle-removed').click();
    for (const group of await page.getByTestId('removed-panel').locator('details').all()) await group.locator('summary').click();
    const items = await page.getByTestId('removed-panel').locator('.removed-text').allInnerTexts();
    expect(items).toContain('Advertisement');
    expect(items).toContain('Ether options volume hits a monthly high');
    for (const item of items) {
      expect(item).not.toMatch(/function\s*\(|Ads_BA_AD|<img|<\/?[a-z]+[ >]/);
      expect(item.replace(/[^\p{L}\p{N}]/gu, '').length).toBeGreaterThanOrEqual(2);
    }

    const sponsored = page.getByTestId('removed-promo').locator('li', { hasText: 'Sponsored: The Presale' });
    await sponsored.getByRole('button', { name: 'Show in place' }).click();
    const restored = page.getByTestId('restored-item');
    await expect.poll(() => restored.count()).toBe(1);
    expect(await restored.locator('h2').innerText()).toBe('Sponsored: The Presale Everyone Is Talking About');
    expect(await restored.locator('img').getAttribute('src')).toBe('https://cdn.example/presale-banner.png');
    expect(await restored.innerText()).not.toContain('<');
    await expect.poll(() => restored.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await restored.getAttribute('class')).toContain('flash');
    await shot(page, 'real-restored');
    await closeReader(page);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });
});
