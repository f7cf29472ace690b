// Real-browser harness for the e2e tests and the demo: Debian's Chromium with the built extension
// loaded, pages served from 127.0.0.1.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderSitePage } from './site-template.ts';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../lib/settings.ts';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS_DIR = resolve('test-results');

/**
 * Pages the tests open: corpus pages in the site template, Readability's test pages as they are, the
 * test pages written for the reader's real-site cases (test/fixtures/pages/), and a single-page site
 * whose every address under /pages/spa/ serves the same app.
 */
function pageFor(path: string): string | null {
  const spa = path.match(/^\/pages\/spa\/[\w-]+$/);
  if (spa) return readFileSync('test/fixtures/pages/spa.html', 'utf8');
  const written = path.match(/^\/pages\/([\w-]+)\.html$/);
  if (written) {
    const file = `test/fixtures/pages/${written[1]}.html`;
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  }
  const corpus = path.match(/^\/news\/([\w]+)\.html$/);
  if (corpus) {
    const file = `test/fixtures/corpus/${corpus[1]}.txt`;
    return existsSync(file) ? renderSitePage(readFileSync(file, 'utf8')) : null;
  }
  const general = path.match(/^\/general\/([\w-]+)\.html$/);
  if (general) {
    const file = `test/fixtures/readability/${general[1]}/source.html`;
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  }
  if (path === '/demo.html') return readFileSync('demo/crypto-news-demo.html', 'utf8');
  return null;
}

/** A server on 127.0.0.1 answering every request with `answer` (given the request's path). */
export async function serve(answer: (path: string, response: ServerResponse) => void): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => answer(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname), response));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** The pages of pageFor. */
export function startServer(): Promise<{ server: Server; origin: string }> {
  return serve((path, response) => {
    const html = pageFor(path);
    response.writeHead(html === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  downloads: string;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}: run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'crypto-reader-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'crypto-reader-downloads-'));
  // Downloads go to a folder of the test's own, without asking (Chromium reads this at start).
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !process.env.HEADED,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    downloads,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Installed in the page before a toolbar click (a string, evaluated as it is): window.crPaint resolves in
 * the first frame (at its animation frame callbacks, right before it is laid out and painted) whose page
 * holds the reader's article text; window.crClickAt is the time just before the click.
 */
export const PAINT_WATCH = `
  window.crPaint = new Promise((done) => {
    const check = () => {
      const body = document.querySelector('[data-crypto-reader]')?.shadowRoot?.querySelector('[data-testid="reader-body"]');
      if (body && body.textContent.trim().length > 0) done(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  window.crClickAt = performance.now();
`;

/** A real click on the toolbar button: the DevTools protocol fires the extension's action on the tab. */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
  const url = page.url();
  const tab = (targetInfos as { targetId: string; url: string }[]).find((t) => t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
}

/** The reader's visible text (Playwright pierces the open shadow root). */
export async function readerText(page: Page): Promise<string> {
  return page.getByTestId('reader-body').innerText();
}

/** Downloads the extension made, as chrome.downloads.search reports them once complete. */
export async function completedDownloads(browser: ExtensionBrowser): Promise<{ filename: string; mime: string }[]> {
  return browser.worker.evaluate(
    () =>
      new Promise((done) =>
        (globalThis as unknown as { chrome: { downloads: { search(q: object, cb: (items: { filename: string; mime: string }[]) => void): void } } }).chrome.downloads.search(
          { state: 'complete' },
          (items) => done(items.map(({ filename, mime }) => ({ filename, mime }))),
        ),
      ),
  ) as Promise<{ filename: string; mime: string }[]>;
}

/** Store the reader's settings as the options page would (the typed item of utils/settings.ts, version 2). */
export async function storeSettings(browser: ExtensionBrowser, change: Partial<ReaderSettings>): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, ...change };
  await browser.worker.evaluate(
    (value) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value, settings$: { v: 2 } }),
    settings,
  );
}

/** What the detector reported for a page. */
export interface DetectionReport {
  url: string;
  detection: { isCryptoNews: boolean };
}

type WorkerGlobal = {
  cryptoReaderDetections?: DetectionReport[];
  chrome: { runtime: { onMessage: { addListener(listener: (message: { type: string; data: DetectionReport }) => void): void } } };
};

/**
 * Start keeping the detector's reports in the service worker (once per browser); resolves with how many
 * there are so far, to wait for the next ones with detectionAfter.
 */
export async function recordDetections(browser: ExtensionBrowser): Promise<number> {
  return browser.worker.evaluate(() => {
    const worker = globalThis as unknown as WorkerGlobal;
    if (!worker.cryptoReaderDetections) {
      const reports: DetectionReport[] = (worker.cryptoReaderDetections = []);
      worker.chrome.runtime.onMessage.addListener((message) => {
        if (message?.type === 'page-detected') reports.push(message.data);
      });
    }
    return worker.cryptoReaderDetections.length;
  });
}

/** The first report, after the first `skip`, for an address containing `urlPart`: from then on the background has decided. */
export async function detectionAfter(browser: ExtensionBrowser, skip: number, urlPart: string, timeoutMs = 15_000): Promise<DetectionReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await browser.worker.evaluate(
      ([from, part]) => (globalThis as unknown as WorkerGlobal).cryptoReaderDetections?.slice(from).find((report) => report.url.includes(part)),
      [skip, urlPart] as const,
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`the detector reported nothing for ${urlPart} within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
