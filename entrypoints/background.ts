// Background: the toolbar button, its keyboard shortcut and the context-menu entry toggle the reader on
// any page; detected pages open it by themselves when the settings allow; exports are saved through the
// downloads API. The reader itself is injected only when it opens.
import { browser, type Browser } from 'wxt/browser';
import { shouldOpenOnLoad } from '../lib/settings.ts';
import { hostOf } from '../lib/url.ts';
import { onMessages, sendToTab } from '../utils/messages.ts';
import { loadSettings } from '../utils/settings.ts';

const READER_SCRIPT = '/content-scripts/reader.js';
const MENU_ID = 'toggle-crypto-reader';

export default defineBackground(() => {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  /** Close the reader if it is open, open it otherwise (injecting it on first use in this page). */
  async function toggleReader(tabId: number): Promise<void> {
    try {
      await sendToTab(tabId, 'toggle-reader', undefined);
    } catch {
      // No reader in this page yet: injecting it opens it.
      await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    }
  }

  async function openReader(tabId: number): Promise<void> {
    try {
      const { open } = await sendToTab(tabId, 'toggle-reader', undefined);
      if (!open) await sendToTab(tabId, 'toggle-reader', undefined);
    } catch {
      await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    }
  }

  action.onClicked.addListener((tab: Browser.tabs.Tab) => {
    if (tab.id !== undefined) void toggleReader(tab.id);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Toggle Crypto Reader', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void toggleReader(tab.id);
  });

  onMessages({
    async 'page-detected'({ url, detection }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return;
      const settings = await loadSettings();
      if (shouldOpenOnLoad(settings, hostOf(url), detection.isCryptoNews)) await openReader(tabId);
    },
    async download({ filename, content, mime }) {
      const downloadId = await browser.downloads.download({ url: downloadUrl(content, mime), filename, saveAs: false, conflictAction: 'uniquify' });
      return { downloadId };
    },
  });
});

/** A URL the downloads API can save: a blob URL where the background has one (Firefox), else a data URL. */
function downloadUrl(content: string, mime: string): string {
  if (typeof URL.createObjectURL === 'function') return URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  return `data:${mime};charset=utf-8,${encodeURIComponent(content)}`;
}
