// The extension in Firefox ESR (issue 12), as a person meets it: the Firefox build (MV2) installed as a
// temporary add-on in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (test/firefox/
// session.ts). (a) A crypto-news page opens the reader by itself; (b) the toolbar button, Alt+Shift+R and
// the page's context menu open and close it on any page, Esc closes it; (c) after closing, the page's
// document is exactly what it was; (d) the Markdown export is downloaded into the downloads folder; and
// (e) words selected with the mouse are highlighted with H and marked again after a reload (Firefox reads
// a selection inside the reader's shadow root its own way).
//
// What is not done as a person would, and why:
// - The toolbar button, the shortcut and the context-menu item are in the browser's own window, which
//   WebDriver BiDi's input cannot reach (its key actions are dispatched in the page's content process, so
//   Alt+Shift+R sent with page.keyboard never reaches the shortcut; its pointer actions are relative to
//   the page). The clicks and keys there are synthesized in the browser window by script run with system
//   access (--remote-allow-system-access), through Firefox's event handling but not from the operating
//   system.
// - The toolbar button is pinned to the toolbar by script first (CustomizableUI, what "Pin to Toolbar"
//   does): Firefox puts a new extension's button in the Extensions panel.
// - The Export menu is a native <select>, whose drop-down Firefox draws in the browser window: the choice
//   is set on the element with its input and change events (puppeteer's select), as Playwright's
//   selectOption does in the Chromium tests.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RESULTS_DIR } from '../../scripts/browser-harness.ts';
import { inReader, useFirefoxSession, waitFor } from './session.ts';

// The reader opens by itself on detected pages (the default, stored explicitly).
const session = useFirefoxSession({ autoClean: true });

/** The reader's visible text of element `testId`, or null while there is none. */
function readerText(page: Page, testId: string): Promise<string | null> {
  return page.$(inReader(testId)).then((element) => element?.evaluate((e) => (e as HTMLElement).innerText) ?? null);
}

/** How many readers the page holds (0 or 1). */
function readers(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-crypto-reader]').length);
}

function outerHTML(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/** "unchanged", or where the two documents part. */
function difference(before: string, after: string): string {
  if (before === after) return 'unchanged';
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  return `differs at ${at}: ${JSON.stringify(before.slice(at - 60, at + 60))} → ${JSON.stringify(after.slice(at - 60, at + 60))}`;
}

describe('Firefox ESR: a crypto-news page in the site template', () => {
  it('(a) opens the reader on load: the article is shown, the related and promotional blocks are not', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/news/002_d90fbac4610048b4.html`);
    await page.waitForSelector(inReader('reader'), { visible: true, timeout: 15_000 });
    await waitFor(async () => (await readerText(page, 'reader-title')) === 'Why Regulators Need to Embrace the New Privacy Paradigm in Web3', 'the reader title');
    const body = (await readerText(page, 'reader-body'))!;
    expect(body).toContain('Key Takeaways');
    expect(body).toContain('studies from tech think tanks show that privacy-preserving tech reduces data leak risks by allowing selective disclosure.');
    // on the page, not in the reader
    const pageText = await page.evaluate(() => document.body.innerText);
    for (const gone of ['You may also like', 'WEEX', 'Brand Alignment in the Privacy Era']) {
      expect(pageText).toContain(gone);
      expect(body).not.toContain(gone);
    }
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, 'firefox-reader.png') });
    await page.close();
  });
});

describe('Firefox ESR: on a page that is not crypto news, the reader waits to be asked', () => {
  /** The page, once the detector has reported on it, with no reader; its document then. */
  async function quietPage(): Promise<{ page: Page; before: string }> {
    const page = await session.browser.newPage();
    const mark = await session.recordDetections();
    await page.goto(`${session.origin}/general/guardian-1.html`);
    expect((await session.detectionAfter(mark, '/general/guardian-1.html')).detection.isCryptoNews).toBe(false);
    expect(await readers(page)).toBe(0);
    return { page, before: await outerHTML(page) };
  }

  async function readerOpened(page: Page): Promise<void> {
    await page.waitForSelector(inReader('reader'), { visible: true, timeout: 15_000 });
    expect(await waitFor(() => readerText(page, 'reader-title'), 'the reader title')).not.toBe('');
  }

  async function readerClosed(page: Page): Promise<void> {
    await waitFor(async () => (await readers(page)) === 0, 'the reader to close', 10_000);
  }

  it('(b, c) the toolbar button opens the reader, a second click closes it; the page is as before', async () => {
    const { page, before } = await quietPage();
    await session.clickToolbarButton(page);
    await readerOpened(page);
    await session.clickToolbarButton(page);
    await readerClosed(page);
    expect(difference(before, await outerHTML(page))).toBe('unchanged');
    await page.close();
  });

  it('(b, c) Alt+Shift+R opens it and closes it; opened again, Esc closes it; the page is as before', async () => {
    const { page, before } = await quietPage();
    await session.pressBrowserKeys(page, 'R', { altKey: true, shiftKey: true });
    await readerOpened(page);
    await session.pressBrowserKeys(page, 'R', { altKey: true, shiftKey: true });
    await readerClosed(page);
    expect(difference(before, await outerHTML(page))).toBe('unchanged');

    await session.pressBrowserKeys(page, 'R', { altKey: true, shiftKey: true });
    await readerOpened(page);
    await page.keyboard.press('Escape');
    await readerClosed(page);
    expect(difference(before, await outerHTML(page))).toBe('unchanged');
    await page.close();
  });

  it('(b, c) "Toggle Crypto Reader" in the page\'s context menu opens it and closes it; the page is as before', async () => {
    const { page, before } = await quietPage();
    // a right-click on the page's text, not on a link or a picture (the item is in the menu of the page)
    const plainText = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => !p.querySelector('a, img') && (p.textContent ?? '').length > 100)!;
      paragraph.scrollIntoView({ block: 'center' });
      const box = paragraph.getBoundingClientRect();
      return { x: box.left + 5, y: box.top + 5 };
    });
    await session.chooseFromContextMenu(page, plainText, 'Toggle Crypto Reader');
    await readerOpened(page);
    // the reader covers the page: the right-click lands on it
    await session.chooseFromContextMenu(page, { x: 20, y: 300 }, 'Toggle Crypto Reader');
    await readerClosed(page);
    expect(difference(before, await outerHTML(page))).toBe('unchanged');
    await page.close();
  });
});

describe('Firefox ESR: a short article', () => {
  it('a news brief shorter than Readability reads at first (too short to be called crypto news) shows its three paragraphs when asked, not the site around it', async () => {
    // Readability reads it again with looser rules, on the copy of the page the reader keeps for that
    // (lib/readability-on-clone.ts): in Firefox, the content script sees the page's elements through Xrays.
    const page = await session.browser.newPage();
    const mark = await session.recordDetections();
    await page.goto(`${session.origin}/pages/short-brief.html`);
    expect((await session.detectionAfter(mark, '/pages/short-brief.html')).detection.isCryptoNews).toBe(false);
    const before = await outerHTML(page);
    await session.clickToolbarButton(page);
    await page.waitForSelector(inReader('reader-body'), { visible: true, timeout: 15_000 });
    expect(await waitFor(() => readerText(page, 'reader-title'), 'the reader title')).toBe('Exchange pauses withdrawals after wallet breach');
    const body = (await readerText(page, 'reader-body'))!;
    expect(body).toContain('paused withdrawals on Monday after attackers drained one of its hot wallets of about $4.2 million in ether');
    expect(body).toContain('withdrawals should resume within 24 hours');
    expect(body).toContain('its token fell 6% by the evening');
    for (const around of ['Markets', 'Policy', 'All rights reserved', 'crypto-reader']) expect(body).not.toContain(around);
    await session.clickToolbarButton(page);
    await waitFor(async () => (await readers(page)) === 0, 'the reader to close', 10_000);
    expect(difference(before, await outerHTML(page))).toBe('unchanged');
    await page.close();
  });
});

describe('Firefox ESR: export', () => {
  it('(d) the Markdown export is downloaded into the downloads folder, with front matter and the cleaned body', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/news/000_80ab6c6d0866ffcd.html`);
    await page.waitForSelector(inReader('reader'), { visible: true, timeout: 15_000 });
    const exportMenu = (await page.waitForSelector(inReader('export'), { visible: true }))!;
    await exportMenu.select('md');
    await waitFor(async () => /Saved the-year-trump-embraced-cryptocurrency\.md/.test((await readerText(page, 'status')) ?? ''), 'the reader to say the file was saved', 10_000);

    // Complete as Firefox's downloads list has it (while the file is written, its data is in a .part file).
    const download = await waitFor(async () => (await session.downloadsList()).find((d) => d.state === 'complete' && basename(d.filename).startsWith('the-year-trump-embraced-cryptocurrency')), 'the download to complete', 10_000);
    expect(download.filename).toBe(join(session.downloads, 'the-year-trump-embraced-cryptocurrency.md'));
    expect(readdirSync(session.downloads)).toEqual(['the-year-trump-embraced-cryptocurrency.md']);
    expect(statSync(download.filename).size).toBe(download.fileSize);
    const markdown = readFileSync(download.filename, 'utf8');
    const [before, frontMatter, body] = markdown.split(/^---$/m);
    expect(before).toBe('');
    expect(frontMatter).toContain('title: "The Year Trump Embraced Cryptocurrency"');
    expect(frontMatter).toContain(`url: "${session.origin}/news/000_80ab6c6d0866ffcd.html"`);
    expect(frontMatter).toMatch(/removed:\n {2}related: [1-9]\d*/);
    expect(body).toContain('# The Year Trump Embraced Cryptocurrency');
    expect(body).toContain('"The line between betting, speculation, and investment has largely disappeared," said Timothy Massad');
    expect(body).not.toContain('You may also like');
    await page.close();
  });
});

describe('Firefox ESR: highlights', () => {
  /** The reader's highlighted words, one string per mark (Firefox reads the selection through the reader's shadow root). */
  const marks = (page: Page) => page.$$eval(`[data-crypto-reader] >>> mark.user-highlight`, (all) => all.map((m) => (m.textContent ?? '').replace(/\s+/g, ' ').trim()));

  it('(e) words selected with the mouse are highlighted with H, kept, and marked again after a reload', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/news/002_d90fbac4610048b4.html`);
    const paragraph = (await page.waitForSelector(inReader('reader-body'), { visible: true, timeout: 15_000 }).then(() => page.waitForSelector('[data-crypto-reader] >>> .article-body .block-paragraph')))!;
    const text = (await paragraph.evaluate((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()))!;
    await paragraph.click({ count: 3 });
    await page.keyboard.press('h');
    await waitFor(async () => (await marks(page)).join(' ') === text, `the paragraph marked (${text.slice(0, 40)}…)`);
    await waitFor(async () => /^Highlighted\./.test((await readerText(page, 'status')) ?? ''), 'the reader to say so');

    await page.reload();
    await page.waitForSelector(inReader('reader-body'), { visible: true, timeout: 15_000 });
    await waitFor(async () => (await marks(page)).join(' ') === text, 'the highlight marked again after the reload');
    await page.close();
  });
});
