// The background on WXT's fake browser: the toolbar button and the context menu toggle the reader (or
// inject it), detected pages open it according to the settings, exports go to the downloads API.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background.ts';
import { saveSettings } from '../utils/settings.ts';
import { readSiteIndex } from '../utils/site-memory.ts';
import { SITE_MEMORY_LIMITS } from '../lib/site-memory.ts';
import { resolveObjectURL } from 'node:buffer';
import { JSDOM } from 'jsdom';
import { cleanText } from '../lib/clean-text.ts';
import { readCorpus } from './support/fixtures.ts';
import { epubStructure } from './support/epub-structure.ts';
import { EMPTY_HIGHLIGHT_STORE, makeHighlight, type HighlightStore } from '../lib/highlights.ts';
import { addressKey } from '../lib/address.ts';
import { highlightsAt, readHighlightStore } from '../utils/highlights.ts';
import { readingPositionOf } from '../utils/reading-positions.ts';

const tab = { id: 7, index: 0, url: 'https://news.mirror.test/a', active: true, highlighted: true, pinned: false, incognito: false, windowId: 1, frozen: false, discarded: false, autoDiscardable: true, groupId: -1 } as never;
const detection = (isCryptoNews: boolean) => ({ isCryptoNews, score: isCryptoNews ? 3 : 0, signals: [] });
const noReply = () => undefined;

describe('background', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  let sendMessage: ReturnType<typeof vi.fn>;
  let download: ReturnType<typeof vi.fn>;
  let createMenu: ReturnType<typeof vi.fn>;
  // The fake browser has no context-menu events: keep the listener the background adds, to call it.
  let menuClicked: (info: unknown, tab: unknown) => void;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never) as never;
    sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.')) as never;
    download = vi.spyOn(fakeBrowser.downloads, 'download').mockResolvedValue(42 as never) as never;
    createMenu = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(1 as never) as never;
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((listener: typeof menuClicked) => (menuClicked = listener)) as never);
    background.main();
  });

  it('a toolbar click injects the reader into a page that has none, then asks it to toggle (open)', async () => {
    sendMessage.mockReset().mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockResolvedValue({ open: true });
    await fakeBrowser.action.onClicked.trigger(tab);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(2));
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/reader.js'] });
    expect(executeScript.mock.invocationCallOrder[0]).toBeLessThan(sendMessage.mock.invocationCallOrder[1]);
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'toggle-reader', data: undefined });
  });

  it('a toolbar click on a page with the reader toggles it by message, without injecting again', async () => {
    sendMessage.mockResolvedValue({ open: false });
    await fakeBrowser.action.onClicked.trigger(tab);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith(7, { type: 'toggle-reader', data: undefined }));
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a reader that failed to open is not injected again', async () => {
    sendMessage.mockResolvedValue({ open: false, error: 'no article' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.action.onClicked.trigger(tab);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a page the reader cannot run on (a browser page) says so on the toolbar button of that tab', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined as never);
    const title = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined as never);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.action.onClicked.trigger(tab);
    await vi.waitFor(() => expect(badge).toHaveBeenCalledWith({ tabId: 7, text: '!' }));
    expect(title).toHaveBeenCalledWith({ tabId: 7, title: 'Crypto Reader cannot run on this page: Cannot access contents of the page.' });

    // Once it opens there, the mark goes.
    executeScript.mockResolvedValue([] as never);
    sendMessage.mockReset().mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockResolvedValue({ open: true });
    await fakeBrowser.action.onClicked.trigger(tab);
    await vi.waitFor(() => expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: '' }));
    expect(title).toHaveBeenLastCalledWith({ tabId: 7, title: 'Crypto Reader (Alt+Shift+R)' });
  });

  it('a detected page with the reader already open asks it to open, which leaves it open (no toggle)', async () => {
    sendMessage.mockResolvedValue({ open: true });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-detected', data: { url: 'https://news.mirror.test/a', detection: detection(true) } }, { tab, frameId: 0 } as never, noReply);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'open-reader', data: undefined });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('offers "Toggle Crypto Reader" in the page context menu, which toggles the reader', async () => {
    await vi.waitFor(() => expect(createMenu).toHaveBeenCalled());
    expect(createMenu).toHaveBeenCalledWith({ id: 'toggle-crypto-reader', title: 'Toggle Crypto Reader', contexts: ['page'] });
    menuClicked({ menuItemId: 'toggle-crypto-reader' }, tab);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalled());
  });

  it('opens the reader on a detected page; with auto-clean off it has it read the page ahead; on a never site, nothing', async () => {
    const sender = { tab, frameId: 0 } as never;
    // each page: no reader yet (injected), then it answers
    const requests = () => sendMessage.mock.calls.map(([, message]) => (message as { type: string }).type);
    const nextPage = () => sendMessage.mockReset().mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockResolvedValue({ open: true });
    nextPage();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-detected', data: { url: 'https://news.mirror.test/a', detection: detection(false) } }, sender, noReply);
    expect(executeScript).not.toHaveBeenCalled();
    expect(requests()).toEqual([]);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-detected', data: { url: 'https://news.mirror.test/a', detection: detection(true) } }, sender, noReply);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(requests()).toEqual(['open-reader', 'open-reader']);

    nextPage();
    await saveSettings({ neverSites: ['mirror.test'] });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-detected', data: { url: 'https://news.mirror.test/b', detection: detection(true) } }, sender, noReply);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(requests()).toEqual([]);

    nextPage();
    await saveSettings({ neverSites: [], autoClean: false, alwaysSites: ['example.org'] });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-detected', data: { url: 'https://news.mirror.test/c', detection: detection(true) } }, sender, noReply);
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(requests()).toEqual(['prepare-reader', 'prepare-reader']);

    nextPage();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-detected', data: { url: 'https://www.example.org/any', detection: detection(false) } }, sender, noReply);
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(requests()).toEqual(['open-reader', 'open-reader']);
  });

  it('injects the code that reads claims into the frame of the reader that asks', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'load-claims', data: undefined }, { tab, frameId: 0 } as never, noReply);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/claims.js'] });
  });

  it('saves an export through the downloads API under the name asked for', async () => {
    const [response] = await fakeBrowser.runtime.onMessage.trigger({ type: 'download', data: { filename: 'a.md', content: '# A', mime: 'text/markdown' } }, { tab, frameId: 0 } as never, noReply);
    expect(response).toEqual({ downloadId: 42 });
    expect(download).toHaveBeenCalledWith(expect.objectContaining({ filename: 'a.md', saveAs: false }));
  });

  it('makes the EPUB book the reader asks for, with the pictures it copied, and saves it', async () => {
    const article = cleanText(readCorpus('002_d90fbac4610048b4'));
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47]);
    const [response] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'download-epub', data: { filename: 'a.epub', article, images: [{ src: 'https://example.com/chart.png', mime: 'image/png', base64: btoa(String.fromCharCode(...png)) }] } },
      { tab, frameId: 0 } as never,
      noReply,
    );
    expect(response).toEqual({ downloadId: 42 });
    const { url, filename } = download.mock.calls[0][0] as { url: string; filename: string };
    expect(filename).toBe('a.epub');
    const blob = resolveObjectURL(url)!;
    expect(blob.type).toBe('application/epub+zip');
    const epub = epubStructure(new Uint8Array(await blob.arrayBuffer()), new JSDOM().window.DOMParser);
    expect(epub.metadata['dc:title']).toEqual([article.title]);
  });

  describe('highlights and reading positions: the background is their one writer (issue 12)', () => {
    const ask = async (type: string, data: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger({ type, data }, sender as never, noReply))[0];
    const from = (url: string, incognito = false) => ({ tab: { ...(tab as object), url, incognito }, frameId: 0, url });
    const article = cleanText(readCorpus('002_d90fbac4610048b4'));
    const highlight = makeHighlight(
      article.blocks.map((b) => b.text),
      { block: 2, start: 0, end: 12 },
      1,
    )!;

    it('two tabs saving highlights at once both keep theirs (each reader alone would have read the store, then written it back)', async () => {
      const a = 'https://www.coindesk.com/a';
      const b = 'https://decrypt.co/b';
      await Promise.all([ask('save-highlights', { url: a, title: 'A', highlights: [highlight] }, from(a)), ask('save-highlights', { url: b, title: 'B', highlights: [highlight] }, from(b))]);
      expect((await readHighlightStore()).articles.map((x) => x.title).sort()).toEqual(['A', 'B']);
      expect(await highlightsAt(a)).toEqual([highlight]);
      const after = await ask('delete-highlights', { address: addressKey(a), id: highlight.id }, {});
      expect((after as HighlightStore).articles.map((x) => x.title)).toEqual(['B']);
    });

    it('keeps nothing from a private window, nor a message whose highlights or address are malformed', async () => {
      const url = 'https://www.coindesk.com/a';
      await ask('save-highlights', { url, title: 'A', highlights: [highlight] }, from(url, true));
      await ask('save-highlights', { url, title: 'A', highlights: [{ ...highlight, start: 'x' }] }, from(url));
      await ask('save-highlights', { url: 42, title: 'A', highlights: [highlight] }, from(url));
      expect(await readHighlightStore()).toEqual(EMPTY_HIGHLIGHT_STORE);
    });

    it('reading positions from two tabs at once are both kept; none from a private window or malformed', async () => {
      const a = 'https://www.coindesk.com/a';
      const b = 'https://decrypt.co/b';
      const position = { block: 3, fraction: 0.5, text: 7 };
      await Promise.all([ask('save-reading-position', { url: a, position }, from(a)), ask('save-reading-position', { url: b, position }, from(b))]);
      expect([await readingPositionOf(a), await readingPositionOf(b)]).toEqual([position, position]);
      const c = 'https://cointelegraph.com/c';
      await ask('save-reading-position', { url: c, position }, from(c, true));
      await ask('save-reading-position', { url: c, position: { block: 'x' } }, from(c));
      expect(await readingPositionOf(c)).toBeNull();
    });
  });

  describe('the site memory (issue 13)', () => {
    const ask = async (type: string, data: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger({ type, data }, sender as never, noReply))[0];
    const from = (url: string, incognito = false) => ({ tab: { ...(tab as object), url, incognito }, frameId: 0, url });
    const TEASER = 101;
    const learnOn = (url: string, incognito = false) => ask('learn-article', { fingerprints: [TEASER, Number(url.length)] }, from(url, incognito));

    it('a block learned on two other articles of the site is its template on a third, by the address the browser gives', async () => {
      await learnOn('https://www.coindesk.com/a');
      expect(await ask('learned-blocks', undefined, from('https://coindesk.com/c'))).toEqual({ site: [], templates: { cointelegraph: [], 'corpus-template': [] } });
      await learnOn('https://markets.coindesk.com/b');
      expect((await ask('learned-blocks', undefined, from('https://coindesk.com/c'))).site).toEqual([TEASER]);
      // another site knows nothing of it
      expect((await ask('learned-blocks', undefined, from('https://decrypt.co/c'))).site).toEqual([]);
    });

    it('a template on mirror domains shares one memory; kept blocks are not template any more', async () => {
      await ask('learn-article', { template: 'corpus-template', fingerprints: [TEASER] }, from('https://one.mirror.test/1'));
      await ask('learn-article', { template: 'corpus-template', fingerprints: [TEASER] }, from('https://two.mirror.test/2'));
      // the site's own memory is another: a page of mirror three not recognised as the template learned nothing
      expect(await ask('learned-blocks', undefined, from('https://three.mirror.test/3'))).toEqual({ site: [], templates: { cointelegraph: [], 'corpus-template': [TEASER] } });
      await ask('keep-learned-block', { template: 'corpus-template', fingerprint: TEASER, keep: true }, from('https://three.mirror.test/3'));
      expect((await ask('learned-blocks', undefined, from('https://four.mirror.test/4'))).templates['corpus-template']).toEqual([]);
    });

    it('learns nothing in a private window, and forgets a site or all when asked', async () => {
      await learnOn('https://private.test/a', true);
      await learnOn('https://private.test/b', true);
      expect((await ask('learned-blocks', undefined, from('https://private.test/c'))).site).toEqual([]);
      expect(await readSiteIndex()).toEqual({});

      await learnOn('https://one.test/a');
      await learnOn('https://two.test/a');
      expect(Object.keys(await readSiteIndex()).sort()).toEqual(['one.test', 'two.test']);
      await ask('forget-sites', { sites: ['one.test'] }, { url: 'chrome-extension://id/options.html' });
      expect(Object.keys(await readSiteIndex())).toEqual(['two.test']);
      expect(await fakeBrowser.storage.local.get('site-memory:one.test')).toEqual({});
      await ask('forget-sites', { sites: 'all' }, { url: 'chrome-extension://id/options.html' });
      expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('site-memory:two.test');
      expect(await readSiteIndex()).toEqual({});
    });

    it('takes only whole-number fingerprints from a message, and holds no more than its limit', async () => {
      await ask('learn-article', { fingerprints: [1, 'two', 2.5, null, 3] }, from('https://odd.test/a'));
      expect((await readSiteIndex())['odd.test'].fingerprints).toBe(2);
      await ask('learn-article', { fingerprints: Array.from({ length: 5000 }, (_, i) => i + 10) }, from('https://big.test/a'));
      expect((await readSiteIndex())['big.test'].fingerprints).toBe(SITE_MEMORY_LIMITS.fingerprints);
    });
  });
});

