// Handing an article to the reader's own tab (entrypoints/reader-tab/): the background keeps it in the
// extension's storage under a one-time key, the tab takes it (and so removes it). Nothing here is
// visible to any page.
import { browser } from 'wxt/browser';
import type { ReaderContent } from '../components/ReaderApp.tsx';

const PREFIX = 'reader-tab:';

/** Keep the content for the tab about to open; returns the key the tab's address carries. */
export async function keepReaderTabContent(content: ReaderContent): Promise<string> {
  const key = `${PREFIX}${crypto.randomUUID()}`;
  await browser.storage.local.set({ [key]: content });
  return key;
}

/** The content kept under `key`, removed as it is read; a message saying so when there is none (the tab was reloaded). */
export async function takeReaderTabContent(key: string): Promise<ReaderContent> {
  if (!key.startsWith(PREFIX)) return { kind: 'error', message: 'This reader tab has no article: open the reader on the page again.' };
  const stored = (await browser.storage.local.get(key))[key] as ReaderContent | undefined;
  await browser.storage.local.remove(key);
  return stored ?? { kind: 'error', message: 'This reader tab was reloaded, and its article is gone: open the reader on the page again.' };
}

/** Remove what tabs never took (a browser closed between the two steps). */
export async function forgetUntakenReaderTabContent(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith(PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
}
