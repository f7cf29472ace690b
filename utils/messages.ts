// One typed protocol for every message between the extension's parts, and a handler map to answer them.
import { browser, type Browser } from 'wxt/browser';
import type { Article, Detection } from '../lib/types.ts';
import type { EmbeddedImage } from '../lib/export/epub.ts';
import type { ReaderContent } from '../components/ReaderApp.tsx';
import type { LearnedBlocks } from './site-memory.ts';
import type { Highlight, HighlightStore } from '../lib/highlights.ts';
import type { ReadingPosition } from '../lib/reading-position.ts';

export interface ProtocolMap {
  /** Detector → background: what the page is (sent once per page load). */
  'page-detected': { data: { url: string; detection: Detection }; response: void };
  /** Reader → background: save an export through the downloads API. */
  download: { data: { filename: string; content: string; mime: string }; response: { downloadId: number } };
  /** Reader → background: make the article an EPUB book (lib/export/epub.ts: the zip code lives here, not in the reader) and save it. */
  'download-epub': { data: { filename: string; article: Article; images: { src: string; mime: EmbeddedImage['mime']; base64: string }[] }; response: { downloadId: number } };
  /** Reader → background: the page keeps removing the reader; show the article it read in a tab of its own. */
  'open-in-tab': { data: { content: ReaderContent }; response: void };
  /** Reader → background: inject the code that reads claims (entrypoints/claims.ts) into the reader's page. */
  'load-claims': { data: undefined; response: void };
  /** Reader → background: the fingerprints the memory knows as template for the asking page: its site's, and each known template's. */
  'learned-blocks': { data: undefined; response: LearnedBlocks };
  /** Reader → background: remember the blocks of the article the reader showed on the asking page (hashes only). */
  'learn-article': { data: { template?: string; fingerprints: number[] }; response: void };
  /** Reader → background: a person showed a learned block again (keep) or hid it again, on the asking page's site. */
  'keep-learned-block': { data: { template?: string; fingerprint: number; keep: boolean }; response: void };
  /** Reader → background: keep the highlights of the article at `url` (the one writer: lib/highlights.ts, utils/highlights.ts). */
  'save-highlights': { data: { url: string; title: string; highlights: Highlight[] }; response: void };
  /** Options page → background: delete one highlight of the article kept under `address`, or all of them; the store after. */
  'delete-highlights': { data: { address: number; id?: string }; response: HighlightStore };
  /** Reader → background: keep where the person is in the article at `url` (null: at its start). */
  'save-reading-position': { data: { url: string; position: ReadingPosition | null }; response: void };
  /** Options page → background: forget what was learned on these sites, or on all. */
  'forget-sites': { data: { sites: string[] | 'all' }; response: void };
  /** Background → reader: open it if closed, close it if open. */
  'toggle-reader': { data: undefined; response: ReaderState };
  /** Background → reader: read the page ahead, when the page is idle (a crypto-news page, whose reader a click may open). */
  'prepare-reader': { data: undefined; response: void };
  /** Background → reader: open it unless it is open already. */
  'open-reader': { data: undefined; response: ReaderState };
}

/** Whether the reader is open after a request, and why not when it failed to open. */
export interface ReaderState {
  open: boolean;
  error?: string;
}

export type MessageType = keyof ProtocolMap;
export type Message = { [K in MessageType]: { type: K; data: ProtocolMap[K]['data'] } }[MessageType];
export type Handlers = {
  [K in MessageType]?: (data: ProtocolMap[K]['data'], sender: Browser.runtime.MessageSender) => ProtocolMap[K]['response'] | Promise<ProtocolMap[K]['response']>;
};

export function sendToBackground<K extends MessageType>(type: K, data: ProtocolMap[K]['data']): Promise<ProtocolMap[K]['response']> {
  return browser.runtime.sendMessage({ type, data } satisfies { type: K; data: ProtocolMap[K]['data'] });
}

export function sendToTab<K extends MessageType>(tabId: number, type: K, data: ProtocolMap[K]['data']): Promise<ProtocolMap[K]['response']> {
  return browser.tabs.sendMessage(tabId, { type, data });
}

/** Answer the messages that have a handler; leave the others to other listeners. */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const { type, data } = (message ?? {}) as Message;
    const handler = handlers[type] as ((data: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
