// Pages that try to reach the reader (issue 10), in real Chromium with the built extension: the reader
// posts nothing a page can read, so the page learns neither the extension's id nor the names of its
// events. Pages are in test/fixtures/pages/ (written for these tests).
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM, clickToolbarButton, completedDownloads } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';

const session = useExtensionSession();

describe('a page that listens for messages', () => {
  it('hears nothing from the reader: no message carries the extension id', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/listening-page.html`);
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    // Messages arrive in the order they were posted: once the page hears its own, it has heard any the reader posted before.
    await page.evaluate(() => window.postMessage('page-sentinel', '*'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.includes('page-sentinel')), { timeout: 5_000 }).toBe(true);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((data) => data !== 'page-sentinel')).toEqual([]);
    expect(heard.join(' ')).not.toContain(session.browser.extensionId);
    await page.close();
  }, 60_000);
});

describe('a page that knows the extension id', () => {
  it('cannot stop the reader by forging the event WXT listens for', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/listening-page.html`);
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    // The id of a published extension is public: a page can know it, and the event names built from it.
    await page.evaluate((id) => {
      const type = `${id}:reader:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'reader', messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: 'reader', messageId: 'forged' }, '*');
    }, session.browser.extensionId);
    // dispatchEvent runs its listeners at once: a reader stopped by it would be gone already.
    expect(await page.locator('[data-crypto-reader]').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => new Promise((done) => { window.addEventListener('message', () => done(true), { once: true }); window.postMessage('after', '*'); })), { timeout: 5_000 }).toBe(true);
    expect(await page.getByTestId('reader').isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});

describe('a page nested 1,000 levels deep (the library is tested to 100,000)', () => {
  it('opens a reader with the whole article, in order', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/deep-nesting.html`);
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 30_000 }).toBe(true);
    const text = await page.getByTestId('reader').innerText();
    expect(text).toMatch(/sold 4,200 BTC[\s\S]*hashrate rose 6%[\s\S]*keep selling part/);
    await page.close();
  }, 90_000);
});

describe('a page that removes the reader', () => {
  it('gets the article in a tab of its own at once, and the reader back in the page with one click', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/listening-page.html`);
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    // What a page's script that drops unknown nodes does, once.
    const tabOpened = session.browser.context.waitForEvent('page');
    await page.evaluate(() => document.querySelector('[data-crypto-reader]')?.remove());
    const tab = await tabOpened;
    await expect.poll(() => tab.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('[data-crypto-reader]').count()).toBe(0);
    await tab.close();
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.close();
  }, 60_000);
});

describe('a page whose script removes every element it did not add, wherever it appears', () => {
  it('gets a working reader in a tab of its own: the article, its claims, exports; the page stays as it was', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/removes-unknown-nodes.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabOpened = session.browser.context.waitForEvent('page');
    await clickToolbarButton(session.browser, page);
    const tab = await tabOpened;
    expect(tab.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/reader-tab\.html#reader-tab:/);
    await expect.poll(() => tab.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await tab.getByTestId('reader-body').innerText()).toContain('The combined supply of dollar stablecoins rose above $300 billion');
    expect(await tab.getByTestId('claim-item').count()).toBeGreaterThan(0);
    expect(await tab.title()).toBe('Stablecoin Supply Tops $300 Billion');
    // The reader says why it is here.
    expect(await tab.getByTestId('status').innerText()).toBe('The page kept removing the reader, so it opened here, in a tab of its own.');
    // The article was handed over once: nothing of it stays in the extension's storage.
    const kept = await session.browser.worker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null)).filter((key) => key.startsWith('reader-tab:')));
    expect(kept).toEqual([]);
    const downloads = (await completedDownloads(session.browser)).length;
    await tab.getByTestId('export').selectOption('md');
    await expect.poll(async () => (await completedDownloads(session.browser)).length, { timeout: 10_000 }).toBe(downloads + 1);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // Closing the reader closes its tab.
    const closed = tab.waitForEvent('close');
    await tab.getByTestId('close-reader').click();
    await closed;
    await page.close();
  }, 60_000);
});

describe('a page whose keydown handler swallows Escape', () => {
  it('cannot keep the reader open: Escape reaches the reader first, and the page never sees it', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/swallows-escape.html`);
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-crypto-reader]').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { escapesSeen: number }).escapesSeen)).toBe(0);
    // Closed, the reader takes no key: the page's Escape works as before.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (window as unknown as { escapesSeen: number }).escapesSeen)).toBe(1);
    await page.close();
  }, 60_000);
});

describe('the extension\'s own network use', () => {
  it('is none: reading, using and exporting ask nothing of any server but the page\'s own', async () => {
    const requests: string[] = [];
    const record = (request: { url(): string }) => requests.push(request.url());
    session.browser.context.on('request', record);
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/listening-page.html`);
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    const before = (await completedDownloads(session.browser)).length;
    await page.getByTestId('export').selectOption('html');
    await expect.poll(async () => (await completedDownloads(session.browser)).length, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.getByTestId('close-reader').click();
    await expect.poll(() => page.locator('[data-crypto-reader]').count(), { timeout: 10_000 }).toBe(0);
    session.browser.context.off('request', record);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(session.origin) && !/^(?:chrome-extension|data|blob):/.test(url))).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('a page that breaks built-ins and unsets every style', () => {
  it('still gets a working reader: the article, its claims, and Esc closes it', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/broken-globals.html`);
    expect(await page.evaluate(() => { try { [1].map((x) => x); return 'works'; } catch { return 'broken'; } })).toBe('broken');
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('reader-body').innerText()).toContain('Public bitcoin miners sold 4,200 BTC');
    await expect.poll(() => page.getByTestId('claim-item').count()).toBeGreaterThan(0);
    const box = await page.getByTestId('close-reader').boundingBox();
    expect(box && box.width > 10 && box.height > 10).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-crypto-reader]').count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  }, 60_000);
});


describe('the always-on scripts (the detector and the keys listener)', () => {
  it('leave nothing on a page: the same globals, markup and attributes as in a browser without the extension', async () => {
    const url = `${session.origin}/pages/listening-page.html`;
    // A positive sign that the detector has run on the page: its report reaches the background.
    await session.browser.worker.evaluate(() => {
      const global = globalThis as unknown as { detectedUrls: string[]; chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string; data?: { url?: string } }) => void): void } } } };
      global.detectedUrls = [];
      global.chrome.runtime.onMessage.addListener((message) => {
        if (message?.type === 'page-detected' && message.data?.url) global.detectedUrls.push(message.data.url);
      });
    });
    const withExtension = await session.browser.context.newPage();
    await withExtension.goto(url);
    await expect.poll(() => session.browser.worker.evaluate(() => (globalThis as unknown as { detectedUrls: string[] }).detectedUrls), { timeout: 10_000 }).toContain(url);
    const plainBrowser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const plain = await plainBrowser.newPage();
    await plain.goto(url);
    const state = () => ({
      markup: document.documentElement.outerHTML,
      globals: Object.getOwnPropertyNames(window).sort(),
      attributes: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => `${element.tagName}[${a.name}]`)),
    });
    const seen = await withExtension.evaluate(state);
    const expected = await plain.evaluate(state);
    await plainBrowser.close();
    expect(seen.markup).toBe(expected.markup);
    expect(seen.attributes).toEqual(expected.attributes);
    expect(seen.globals).toEqual(expected.globals);
    await withExtension.close();
  }, 60_000);
});

describe('a page that sets a huge root font size', () => {
  it('does not change the reader\'s sizes: the text column and its type are the same as on a page that does not', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/pages/listening-page.html`);
    const measure = async () => {
      await clickToolbarButton(session.browser, page);
      await expect.poll(() => page.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
      const body = page.getByTestId('reader-body');
      const sizes = { width: (await body.boundingBox())!.width, font: await body.evaluate((element) => getComputedStyle(element).fontSize), close: (await page.getByTestId('close-reader').boundingBox())!.height };
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('[data-crypto-reader]').count(), { timeout: 10_000 }).toBe(0);
      return sizes;
    };
    const plain = await measure();
    // What a page can do to every rem on screen.
    await page.evaluate(() => (document.documentElement.style.fontSize = '40px'));
    expect(await measure()).toEqual(plain);
    await page.close();
  }, 60_000);
});
