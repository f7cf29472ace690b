// One Firefox ESR session for the tests of a Firefox end-to-end file: the extension built for Firefox (MV2)
// into a folder of the session's own, Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// with the build installed as a temporary add-on, and the harness's page server.
//
// How a person's actions are reproduced:
// - In the page (typing Esc, choosing from the reader's menus, a right-click): WebDriver BiDi input, as
//   any WebDriver test.
// - In the browser's own window (the toolbar button, a menu item, a keyboard shortcut of the browser):
//   WebDriver BiDi cannot reach them. Its key actions are dispatched inside the page's content process,
//   where the shortcuts an extension registers (a <key> in the browser window) never see them (tried:
//   Alt+Shift+R sent with page.keyboard does nothing), and its pointer actions are relative to the page.
//   Firefox is therefore started with --remote-allow-system-access, which lets BiDi run script in the
//   browser window (browser.xhtml); there the input is synthesized with the Remote Agent's own copy of
//   EventUtils (chrome://remote/content/external/EventUtils.js): a mouse click at the toolbar button's
//   centre, keys into the window with the page focused. The events go through Firefox's event handling
//   (hit testing, the XUL command, the <key> set) as an operating system's would; only the operating
//   system itself is left out.
// - The extension's own APIs (its settings, what the detector reported, the downloads list) are reached
//   through its options page, opened in a background tab (moz-extension:// pages can only be navigated to
//   with system access allowed, and with BiDi's own browsingContext.navigate: puppeteer's page.goto does
//   get there but never sees the navigation end); it plays the part of the Chromium tests' service worker.
import { afterAll, beforeAll } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import type { Server } from 'node:http';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../lib/settings.ts';
import { startServer, type DetectionReport } from '../../scripts/browser-harness.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A BiDi connection as puppeteer-core keeps it (not in its public types; pinned to 25.16.0). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** A function run in another realm: its source is sent, so it may use only its parameters and that realm's globals. */
type RemoteFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

const execFileAsync = promisify(execFile);

/**
 * Build the Firefox extension into `outBase`/firefox-mv2 with WXT's API (its command line has no output
 * folder option): test/firefox-build.test.ts rebuilds .output/firefox-mv2 while the tests run, and Firefox
 * reads a temporary add-on's files from its folder as it needs them. NODE_ENV=production as `npm run
 * build:firefox` has it (Vitest sets it to "test", which would build Preact's development JSX).
 */
async function buildExtension(outBase: string): Promise<string> {
  const script = "const { build } = await import('wxt'); await build({ browser: 'firefox', outDir: process.argv[1] });";
  try {
    await execFileAsync(process.execPath, ['--input-type=module', '-e', script, outBase], { env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`the Firefox build failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
  const dir = join(outBase, 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`the Firefox build wrote no manifest in ${dir}`);
  return dir;
}

/** Firefox's id for an extension's toolbar widget (makeWidgetId in Firefox's ext-browser.js). */
function widgetId(geckoId: string): string {
  return `${geckoId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
}

/** Wait for `condition` to return something other than undefined, null or false; its value. */
export async function waitFor<T>(condition: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export class FirefoxExtensionSession {
  browser!: Browser;
  /** The server's address ("http://127.0.0.1:<port>"). */
  origin!: string;
  /** Where Firefox saves downloads, without asking. */
  downloads!: string;
  /** The built extension that was installed. */
  extensionDir!: string;
  #server?: Server;
  #buildBase?: string;
  #connection!: BidiConnection;
  #chromeContext!: string;
  #extensionContext!: string;
  #widget!: string;

  async start(settings: Partial<ReaderSettings>): Promise<void> {
    const { server, origin } = await startServer();
    this.#server = server;
    this.origin = origin;
    if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: run bash scripts/ensure-firefox.sh (installs Debian's firefox-esr) or set FIREFOX_PATH`);
    this.#buildBase = mkdtempSync(join(tmpdir(), 'crypto-reader-firefox-build-'));
    this.extensionDir = await buildExtension(this.#buildBase);
    const geckoId: string = JSON.parse(readFileSync(join(this.extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
    this.#widget = widgetId(geckoId);
    this.downloads = mkdtempSync(join(tmpdir(), 'crypto-reader-firefox-downloads-'));
    const uuid = randomUUID();

    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: !process.env.HEADED,
      defaultViewport: null,
      args: ['--remote-allow-system-access', '--window-size=1280,900'],
      extraPrefsFirefox: {
        // the extension's pages at a known address
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        // downloads into the session's folder, without asking or opening the downloads panel
        'browser.download.dir': this.downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
        // requests to other hosts than the local server fail at once, through a proxy where nothing listens
        // (127.0.0.1:9): the pages' images and scripts from the web would only make each load wait for the
        // network; 127.0.0.1 itself is never proxied
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
      },
    });
    // puppeteer-core's BiDi connection, for the commands it does not wrap (chrome contexts, raw navigation)
    this.#connection = (this.browser as unknown as { connection: BidiConnection }).connection;
    const installed = await this.browser.installExtension(this.extensionDir);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);

    const { contexts } = (await this.#connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
    const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error(`no browser window among ${contexts.map((c) => c.url).join(', ')}`);
    this.#chromeContext = window.context;

    // Firefox puts a new extension's button in the Extensions panel; pinned to the toolbar, as a person
    // who uses it would (the panel's "Pin to Toolbar").
    await this.inBrowserWindow((win, id) => {
      win.CustomizableUI.addWidgetToArea(id, win.CustomizableUI.AREA_NAVBAR);
    }, this.#widget);
    await waitFor(() => this.inBrowserWindow((win, id) => (win.document.getElementById(id)?.getBoundingClientRect().width ?? 0) > 0, this.#widget), 'the toolbar button');

    // The options page, in a background tab: the extension's own APIs for the tests.
    const tab = (await this.#connection.send('browsingContext.create', { type: 'tab', background: true })).result as { context: string };
    this.#extensionContext = tab.context;
    await this.#connection.send('browsingContext.navigate', { context: tab.context, url: `moz-extension://${uuid}/options.html`, wait: 'complete' });
    await this.storeSettings(settings);
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    this.#server?.close();
    if (this.#buildBase) rmSync(this.#buildBase, { recursive: true, force: true });
    if (this.downloads) rmSync(this.downloads, { recursive: true, force: true });
  }

  /** Run `fn` with system privileges in the browser window (browser.xhtml), given that window. */
  inBrowserWindow<A extends unknown[], R>(fn: RemoteFunction<[any, ...A], R>, ...args: A): Promise<R> {
    return this.#call(this.#chromeContext, `(...args) => (${fn.toString()})(window, ...args)`, args);
  }

  /** Run `fn` in the extension's options page, given its `browser` (the WebExtension API). */
  inExtension<A extends unknown[], R>(fn: RemoteFunction<[any, ...A], R>, ...args: A): Promise<R> {
    return this.#call(this.#extensionContext, `(...args) => (${fn.toString()})(browser, ...args)`, args);
  }

  /** Arguments and result travel as JSON. */
  async #call<R>(context: string, functionDeclaration: string, args: unknown[]): Promise<R> {
    const { result } = await this.#connection.send('script.callFunction', {
      functionDeclaration: `async (json) => JSON.stringify((await (${functionDeclaration})(...JSON.parse(json))) ?? null)`,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context },
      awaitPromise: true,
    });
    if (result.type !== 'success') throw new Error(`script failed: ${JSON.stringify((result as { exceptionDetails?: unknown }).exceptionDetails)}`);
    return JSON.parse((result.result as { value: string }).value) as R;
  }

  /** Store the reader's settings as the options page does (the typed item of utils/settings.ts, version 2). */
  async storeSettings(change: Partial<ReaderSettings>): Promise<void> {
    await this.inExtension((browser, value) => browser.storage.local.set({ settings: value, settings$: { v: 2 } }), { ...DEFAULT_SETTINGS, ...change });
  }

  /** A click on the extension's toolbar button, in the window of `page` with `page` the selected tab. */
  async clickToolbarButton(page: Page): Promise<void> {
    await page.bringToFront();
    const problem = await this.inBrowserWindow((win, id) => {
      const item = win.document.getElementById(id);
      const button = item?.querySelector('.unified-extensions-item-action-button') ?? item;
      if (!button) return `no toolbar button #${id}`;
      const box = button.getBoundingClientRect();
      const hit = win.document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!button.contains(hit)) return `the toolbar button is covered by ${hit?.localName}#${hit?.id}`;
      const utils: Record<string, any> = { window: win, parent: win, _EU_Ci: win.Ci, _EU_Cc: win.Cc };
      win.Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', utils);
      utils.synthesizeMouseAtCenter(button, {}, win);
      return null;
    }, this.#widget);
    if (problem) throw new Error(problem);
  }

  /** Keys pressed in the browser window with `page`'s content focused, e.g. ('R', { altKey: true, shiftKey: true }). */
  async pressBrowserKeys(page: Page, key: string, modifiers: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean }): Promise<void> {
    await page.bringToFront();
    await this.inBrowserWindow(
      (win, key, modifiers) => {
        win.gBrowser.selectedBrowser.focus();
        const utils: Record<string, any> = { window: win, parent: win, _EU_Ci: win.Ci, _EU_Cc: win.Cc };
        win.Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', utils);
        utils.synthesizeKey(key, modifiers, win);
      },
      key,
      modifiers,
    );
  }

  /**
   * The page's context menu at a point of the page (a right-click through WebDriver BiDi), then a click on
   * its item `label` (in the browser window, where the menu is). Throws when the item is not in the menu.
   */
  async chooseFromContextMenu(page: Page, at: { x: number; y: number }, label: string): Promise<void> {
    await page.bringToFront();
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await waitFor(() => this.inBrowserWindow((win) => win.document.getElementById('contentAreaContextMenu').state === 'open'), 'the context menu');
    const problem = await this.inBrowserWindow((win, label) => {
      const menu = win.document.getElementById('contentAreaContextMenu');
      const items = [...menu.querySelectorAll('menuitem')].filter((item) => !item.hidden && item.getBoundingClientRect().width > 0);
      const item = items.find((candidate) => candidate.label === label);
      if (!item) {
        menu.hidePopup();
        return `no "${label}" in the context menu: ${items.map((candidate) => candidate.label).join(', ')}`;
      }
      const utils: Record<string, any> = { window: win, parent: win, _EU_Ci: win.Ci, _EU_Cc: win.Cc };
      win.Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', utils);
      utils.synthesizeMouseAtCenter(item, {}, win);
      return null;
    }, label);
    if (problem) throw new Error(problem);
    await waitFor(() => this.inBrowserWindow((win) => win.document.getElementById('contentAreaContextMenu').state === 'closed'), 'the context menu to close');
  }

  /** Start keeping the detector's reports in the options page; how many there are so far (see detectionAfter). */
  recordDetections(): Promise<number> {
    return this.inExtension((browser) => {
      const page = globalThis as unknown as { cryptoReaderDetections?: DetectionReport[] };
      if (!page.cryptoReaderDetections) {
        const reports: DetectionReport[] = (page.cryptoReaderDetections = []);
        browser.runtime.onMessage.addListener((message: { type?: string; data: DetectionReport }) => {
          if (message?.type === 'page-detected') reports.push(message.data);
        });
      }
      return page.cryptoReaderDetections.length;
    });
  }

  /** The first report, after the first `skip`, for an address containing `urlPart`. */
  detectionAfter(skip: number, urlPart: string): Promise<DetectionReport> {
    return waitFor(
      () => this.inExtension((_browser, from, part) => (globalThis as unknown as { cryptoReaderDetections?: DetectionReport[] }).cryptoReaderDetections?.slice(from).find((report) => report.url.includes(part)), skip, urlPart),
      `the detector's report on ${urlPart}`,
    );
  }

  /** Downloads as the extension's downloads API lists them. */
  downloadsList(): Promise<{ filename: string; mime: string; state: string; fileSize: number }[]> {
    return this.inExtension(async (browser) =>
      (await browser.downloads.search({})).map(({ filename, mime, state, fileSize }: { filename: string; mime: string; state: string; fileSize: number }) => ({ filename, mime, state, fileSize })),
    );
  }
}

/** Start the session before the file's tests (settings stored before any page is opened), stop it after. */
export function useFirefoxSession(settings: Partial<ReaderSettings> = {}): FirefoxExtensionSession {
  const session = new FirefoxExtensionSession();
  beforeAll(() => session.start(settings), 120_000);
  afterAll(() => session.stop());
  return session;
}

/** The reader's elements, in its open shadow root (puppeteer's >>> pierces it). */
export function inReader(testId: string): string {
  return `[data-crypto-reader] >>> [data-testid="${testId}"]`;
}
