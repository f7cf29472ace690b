// Background: the toolbar button, its keyboard shortcut and the context-menu entry toggle the reader on
// any page; detected pages open it by themselves when the settings allow; exports are saved through the
// downloads API. The reader itself is injected when it opens, or on a crypto-news page to read it ahead.
import { browser, type Browser } from 'wxt/browser';
import { onPageLoad } from '../lib/settings.ts';
import { hostOf } from '../lib/url.ts';
import { withKnownHost } from '../lib/detect.ts';
import { onMessages, sendToTab } from '../utils/messages.ts';
import { loadSettings } from '../utils/settings.ts';
import { EPUB_MIME, toEpub } from '../lib/export/epub.ts';
import { base64Of, bytesOf } from '../lib/base64.ts';
import { forgetSites, keepBlockOnSite, learnArticle, learnedBlocksOf } from '../utils/site-memory.ts';
import { forgetUntakenReaderTabContent, keepReaderTabContent } from '../utils/reader-tab.ts';
import { deleteHighlight, saveHighlights } from '../utils/highlights.ts';
import { saveReadingPosition } from '../utils/reading-positions.ts';
import { isHighlightList } from '../lib/highlights.ts';
import { isReadingPosition } from '../lib/reading-position.ts';

const READER_SCRIPT = '/content-scripts/reader.js';
/** The code that reads claims, injected when the reader asks, after its first paint. */
const CLAIMS_SCRIPT = '/claims.js';
const MENU_ID = 'toggle-crypto-reader';
const DEFAULT_TITLE = 'Crypto Reader (Alt+Shift+R)';

export default defineBackground(() => {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  /**
   * Ask the reader in the tab to toggle or open; a page without one (no receiving end) gets it injected
   * first. When the reader cannot run or open there (a browser page, the extension store, a failure), the
   * toolbar button says so on that tab: a "!" badge and the reason in its tooltip.
   */
  async function request(tabId: number, type: 'toggle-reader' | 'open-reader'): Promise<void> {
    let state;
    try {
      state = await toReader(tabId, type);
    } catch (error) {
      await showProblem(tabId, `Crypto Reader cannot run on this page: ${(error as Error).message}`);
      return;
    }
    await showProblem(tabId, state?.error ? `Crypto Reader could not open: ${state.error}` : null);
  }

  /** Send a request to the reader in the tab, injecting it first when the tab has none (no receiving end). */
  async function toReader<K extends 'toggle-reader' | 'open-reader' | 'prepare-reader'>(tabId: number, type: K) {
    try {
      return await sendToTab(tabId, type, undefined);
    } catch {
      await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
      return await sendToTab(tabId, type, undefined);
    }
  }

  /** The problem on a tab's toolbar button, or none. */
  async function showProblem(tabId: number, problem: string | null): Promise<void> {
    if (problem) console.warn(`tab ${tabId}: ${problem}`);
    await Promise.all([
      action.setBadgeText({ tabId, text: problem ? '!' : '' }),
      action.setTitle({ tabId, title: problem ?? DEFAULT_TITLE }),
    ]).catch(() => undefined); // the tab may have closed meanwhile
  }

  action.onClicked.addListener((tab: Browser.tabs.Tab) => {
    if (tab.id !== undefined) void request(tab.id, 'toggle-reader');
  });

  // Articles handed to reader tabs that never opened (the browser closed between the two steps).
  void forgetUntakenReaderTabContent();

  // Created at every start: Firefox does not keep menus made by a persistent background page.
  void browser.contextMenus.removeAll().then(() => browser.contextMenus.create({ id: MENU_ID, title: 'Toggle Crypto Reader', contexts: ['page'] }));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void request(tab.id, 'toggle-reader');
  });

  onMessages({
    async 'page-detected'({ url, detection }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return;
      const action = onPageLoad(await loadSettings(), hostOf(url), withKnownHost(detection, url).isCryptoNews);
      if (action === 'open') await request(tabId, 'open-reader');
      // read ahead while the page is idle, so that a click paints the article at once (nothing is shown, the page is not changed)
      if (action === 'read-ahead') await toReader(tabId, 'prepare-reader').catch((error: Error) => console.warn(`tab ${tabId}: the reader could not read ahead: ${error.message}`));
    },
    async 'open-in-tab'({ content }, sender) {
      const key = await keepReaderTabContent(content);
      const url = browser.runtime.getURL(`/reader-tab.html#${key}`);
      await browser.tabs.create({ url, ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}), ...(sender.tab?.id !== undefined ? { openerTabId: sender.tab.id } : {}) });
    },
    async 'load-claims'(_data, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('no tab to read claims in');
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CLAIMS_SCRIPT] });
    },
    // The site memory (issue 13): the page's address is the sender's own, never what a message says.
    async 'learned-blocks'(_data, sender) {
      return learnedBlocksOf(sender.url ?? '');
    },
    async 'learn-article'({ template, fingerprints }, sender) {
      // a private window leaves no trace of what was read in it
      if (!sender.url || sender.tab?.incognito) return;
      await learnArticle({ url: sender.url, template }, fingerprintList(fingerprints));
    },
    async 'keep-learned-block'({ template, fingerprint, keep }, sender) {
      if (!sender.url || sender.tab?.incognito || !Number.isSafeInteger(fingerprint)) return;
      await keepBlockOnSite({ url: sender.url, template }, fingerprint, keep === true);
    },
    // Highlights and reading positions: the background is their one writer (two tabs never lose one's
    // write); a private window leaves no trace.
    async 'save-highlights'({ url, title, highlights }, sender) {
      if (sender.tab?.incognito || !isAddress(url) || !isHighlightList(highlights)) return;
      await saveHighlights({ url, title: typeof title === 'string' ? title.slice(0, MAX_TITLE) : '' }, highlights);
    },
    async 'delete-highlights'({ address, id }) {
      return deleteHighlight(Number(address), typeof id === 'string' ? id : undefined);
    },
    async 'save-reading-position'({ url, position }, sender) {
      if (sender.tab?.incognito || !isAddress(url) || !isReadingPosition(position)) return;
      await saveReadingPosition(url, position);
    },
    async 'forget-sites'({ sites }) {
      await forgetSites(sites === 'all' ? 'all' : sites.filter((site) => typeof site === 'string'));
    },
    async download({ filename, content, mime }) {
      const downloadId = await browser.downloads.download({ url: downloadUrl(content, mime), filename, saveAs: false, conflictAction: 'uniquify' });
      return { downloadId };
    },
    async 'download-epub'({ filename, article, images }) {
      const book = toEpub(article, { images: images.map(({ src, mime, base64 }) => ({ src, mime, bytes: bytesOf(base64) })) });
      const downloadId = await browser.downloads.download({ url: downloadUrl(book, EPUB_MIME), filename, saveAs: false, conflictAction: 'uniquify' });
      return { downloadId };
    },
  });
});

/** Longest address and title kept with highlights. */
const MAX_ADDRESS = 4096;
const MAX_TITLE = 500;

/** An article's address as a message carries it. */
function isAddress(url: unknown): url is string {
  return typeof url === 'string' && url.length > 0 && url.length <= MAX_ADDRESS;
}

/** Most fingerprints one article gives (a long article has a few hundred blocks). */
const MAX_FINGERPRINTS_PER_ARTICLE = 2000;

/** The fingerprints a message carries, as the memory takes them: whole numbers, bounded. */
function fingerprintList(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((f): f is number => Number.isSafeInteger(f)).slice(0, MAX_FINGERPRINTS_PER_ARTICLE) : [];
}

/** A URL the downloads API can save, of text or bytes (an EPUB): a blob URL where the background has one (Firefox), else a data URL. */
function downloadUrl(content: string | Uint8Array, mime: string): string {
  const text = typeof content === 'string';
  if (typeof URL.createObjectURL !== 'function') return text ? `data:${mime};charset=utf-8,${encodeURIComponent(content)}` : `data:${mime};base64,${base64Of(content)}`;
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type: text ? `${mime};charset=utf-8` : mime }));
  setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
  return url;
}

/** Long enough for the download to have read it. */
const BLOB_LIFETIME_MS = 60_000;
