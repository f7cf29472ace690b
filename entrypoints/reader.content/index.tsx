// The reader, injected by the background when it opens (or, on a crypto-news page, to read it ahead while
// the page is idle): reads the page (on a clone), then shows the cleaned article in a shadow root over the
// page. It reads the page again when the page changed since (new paragraphs, another article of a
// single-page site); closing leaves the page as it was.
import { downloadEpub } from '../../utils/download-epub.ts';
import './style.css';
import { render } from 'preact';
import { extractPage } from '../../lib/extract-page.ts';
import { writeRemovalHtml } from '../../lib/removal-html.ts';
import type { Article, Removal } from '../../lib/types.ts';
import type { LearnedBlocks } from '../../utils/site-memory.ts';
import { askLearned, NOTHING_LEARNED, sameSet, templateOf } from '../../utils/learned-view.ts';
import { copyPageImages } from '../../utils/page-images.ts';
import { fingerprintsToLearn, hashBlocksAhead, removeLearnedBlocks } from '../../lib/learned-blocks.ts';
import { blockFingerprint } from '../../lib/template-blocks.ts';
import { CLAIMS_READER, type ClaimsReader } from '../../utils/claims-reader.ts';
import { hash53 } from '../../lib/text.ts';
import { ReaderApp, type ReaderContent } from '../../components/ReaderApp.tsx';
import { prepareArticleView } from '../../components/ArticleView.tsx';
import { lockPage } from '../../utils/page-lock.ts';
import { PrivateContentScriptContext } from '../../utils/private-context.ts';
import { READER_KEYS, type ReaderKeyHandler } from '../../utils/reader-keys.ts';
import { onMessages, sendToBackground, type ReaderState } from '../../utils/messages.ts';
import { loadSettings, saveSettings } from '../../utils/settings.ts';
import { readingPositionOf } from '../../utils/reading-positions.ts';
import { highlightsAt, highlightSaver } from '../../utils/highlights.ts';
import type { Highlight } from '../../lib/highlights.ts';
import type { ReadingPosition } from '../../lib/reading-position.ts';
import type { ReaderSettings } from '../../lib/settings.ts';
import { onAddressChange, pollAddress, signatureWatch, whenSettled } from '../../utils/page-watch.ts';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/** Marks the reader's host element (its tag name changes from one opening to the next). */
const READER_HOST_ATTRIBUTE = 'data-crypto-reader';

/** Set once the reader runs in this page, on the global of the extension's own (isolated) world, out of the page's reach. */
const LOADED = Symbol.for('crypto-reader.loaded');

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  // WXT would otherwise post "<extension id>:reader:wxt:content-script-started" to the page: the page
  // would learn the id and could forge the event that stops the reader.
  noScriptStartedPostMessage: true,
  async main(wxtContext) {
    // Injected twice into one page (a toggle racing a detection), the second copy stands down.
    const world = globalThis as unknown as Record<symbol, boolean>;
    if (world[LOADED]) return;
    world[LOADED] = true;
    // WXT's context can be stopped by the page (utils/private-context.ts): the reader lives on its own.
    const ctx = new PrivateContentScriptContext('reader', wxtContext.options);

    /** The page as last read (no claims, nothing learned removed), by the page's signature. */
    let read: { signature: string; content: ReaderContent } | null = null;
    /** What the reader shows of it: the site's learned template removed, then the claims read. */
    let view: { source: ReaderContent; template: ReadonlySet<number>; content: ReaderContent } | null = null;
    /** What the site's memory knew when the reader last asked (each opening and navigation asks again). */
    let learned: LearnedBlocks = NOTHING_LEARNED;
    /** Asked while reading ahead, for the next opening at the same address (a change to the memory from here drops it). */
    let askedAhead: { href: string; learned: Promise<LearnedBlocks> } | null = null;
    /** The page (address and signature) the memory last learned from: reopening it teaches nothing new. */
    let taught = '';
    let ui: ShadowRootContentScriptUi<void> | null = null;
    // The page element that had the focus when the reader opened gets it back when it closes.
    let returnFocus: HTMLElement | null = null;

    /** The page's signature now (utils/page-watch.ts). */
    const pageSignature = signatureWatch(document);
    /** The page's article, read again only when the page changed since the last reading; its claims may still be pending. */
    const readPage = (): { signature: string; content: ReaderContent } => {
      const signature = pageSignature();
      if (read?.signature !== signature) read = { signature, content: extract() };
      return read;
    };
    /** The page's content as shown: without the blocks the site's memory knows as its template. */
    const viewOf = (source: ReaderContent, known: LearnedBlocks): ReaderContent => {
      const template = templateOf(source, known);
      if (view?.source !== source || !sameSet(view.template, template)) {
        const content = source.kind === 'article' ? { ...source, article: removeLearnedBlocks(source.article, template) } : source;
        view = { source, template, content };
      }
      return view.content;
    };
    /**
     * The article with its claims, read by the code the background injects on the first call (after the
     * article's first paint: entrypoints/claims.ts).
     */
    const withClaims = async (article: Article): Promise<Article> => {
      const claimsWorld = globalThis as unknown as Record<symbol, ClaimsReader | undefined>;
      if (!claimsWorld[CLAIMS_READER]) await sendToBackground('load-claims', undefined);
      const readClaims = claimsWorld[CLAIMS_READER];
      if (!readClaims) throw new Error('the code that reads them did not load');
      return readClaims(article);
    };
    /** The page's article as shown, with its claims read (once, after the article's first paint), or why they could not be. */
    const readPageWithClaims = async (): Promise<ReaderContent> => {
      const content = viewOf(readPage().content, learned);
      const shown = view!;
      if (content.kind !== 'article' || !content.claimsPending) return content;
      try {
        shown.content = { kind: 'article', article: await withClaims(content.article) };
      } catch (error) {
        console.error('Crypto Reader could not read the claims:', error);
        shown.content = { kind: 'article', article: content.article, claimsError: (error as Error).message || String(error) };
      }
      return shown.content;
    };
    /** Teach the site's memory the article the reader shows (an article, opened in the reader: never a page read ahead). */
    const teach = (content: ReaderContent) => {
      if (content.kind !== 'article' || content.article.unreadableReason !== null) return;
      const page = `${location.href}\n${read?.signature}`;
      if (page === taught) return;
      taught = page;
      askedAhead = null;
      const { template } = content.article;
      void sendToBackground('learn-article', { ...(template && { template }), fingerprints: fingerprintsToLearn(content.article) }).catch((error: Error) =>
        console.warn('Crypto Reader could not remember this site:', error.message),
      );
    };
    /** A person showed a learned block again (or hid it again): the site's memory keeps it from now on (or not). */
    const keepLearned = (removal: Removal, keep: boolean) => {
      askedAhead = null;
      const template = view?.content.kind === 'article' ? view.content.article.template : undefined;
      void sendToBackground('keep-learned-block', { ...(template && { template }), fingerprint: blockFingerprint(removal.text), keep }).catch((error: Error) =>
        console.warn('Crypto Reader could not change what it learned:', error.message),
      );
    };

    // Requests are handled one after another: a toolbar click racing the auto-open cannot mount twice.
    let queue: Promise<unknown> = Promise.resolve();
    const serially = (task: () => Promise<void>): Promise<ReaderState> => {
      const run = queue.then(task).then(
        () => ({ open: ui !== null }),
        (error: unknown) => ({ open: ui !== null, error: (error as Error).message }),
      );
      queue = run;
      return run;
    };

    /** The reader is open when its host is in the page: a page may have removed it (a MutationObserver that drops unknown nodes). */
    let host: Element | null = null;
    /** Watches for the page removing the reader's host. */
    let hostWatch: MutationObserver | null = null;
    const isOpen = () => ui !== null && host?.isConnected === true;
    const close = () => {
      if (!ui) return;
      highlights.flush();
      ui.remove();
      ui = null;
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    };
    /** The article shown, by its address when it was read, where the person left off in it last time, and their highlights of it. */
    let reading: Reading = { url: '', position: null, highlights: [] };
    const keepPosition = (position: ReadingPosition | null) => {
      void sendToBackground('save-reading-position', { url: reading.url, position }).catch((error: Error) => console.warn('Crypto Reader could not keep the reading position:', error.message));
    };
    /** Where the person left off in the article at this address and what they highlighted in it (none when that cannot be read). */
    const readingHere = async (): Promise<Reading> => {
      const url = location.href;
      const [position, highlights] = await Promise.all([readingPositionOf(url).catch(() => null), highlightsAt(url).catch(() => [])]);
      return { url, position, highlights };
    };
    /** Keeps the highlights of the article shown (a new one for each article shown). */
    let highlights = highlightSaver(async () => undefined, () => undefined);
    // a note typed just before the page goes is kept too
    addEventListener('pagehide', () => highlights.flush());
    const show = (container: HTMLElement, content: ReaderContent, settings: ReaderSettings) => {
      highlights.flush();
      const title = content.kind === 'article' ? content.article.title : '';
      const { url } = reading;
      highlights = highlightSaver(
        (list) => sendToBackground('save-highlights', { url, title, highlights: list }),
        (error) => console.warn('Crypto Reader could not keep the highlights:', error.message),
      );
      const saver = highlights;
      render(
        <ReaderApp
          key={contentKey(content)}
          content={content}
          initialSettings={settings}
          onSettingsChange={(change) => void saveSettings(change)}
          onClose={close}
          onDownload={(filename, content, mime) => sendToBackground('download', { filename, content, mime })}
          onDownloadEpub={downloadEpub}
          copyImages={copyPageImages}
          withClaims={withClaims}
          onKeepLearned={keepLearned}
          initialPosition={reading.position}
          onPosition={keepPosition}
          initialHighlights={reading.highlights}
          onHighlights={(next) => {
            reading.highlights = next;
            saver.save(next);
          }}
        />,
        container,
      );
    };
    /** Open the reader; opening by itself (auto), it leaves a page with no article alone. */
    const open = async ({ auto }: { auto: boolean }) => {
      if (ui) return;
      // A very long page takes a moment to read: opened by a click, the reader shows that it is reading first.
      const readingFirst = !auto && read?.signature !== pageSignature() && isVeryLongPage(document);
      // the settings are read from storage while the page is read
      const readingRead = readingHere();
      const settingsRead = loadSettings();
      settingsRead.catch(() => undefined); // a failure is met below, or not at all when the reader stays closed
      // and so is the site's learned template
      const learnedRead = askedAhead?.href === location.href ? askedAhead.learned : askLearned();
      learnedRead.catch(() => undefined);
      askedAhead = null;
      const page = readingFirst ? null : readPage();
      if (auto && page?.content.kind === 'article' && page.content.article.unreadableReason !== null) return;
      const settings = await settingsRead;
      reading = await readingRead;
      if (page) learned = await learnedRead;
      returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      ui = await createShadowRootUi(ctx, {
        // A name of its own each time: a page that defined a custom element under a fixed name (giving it
        // a shadow root of its own) would stop the reader. The attribute is how it can be found.
        name: `crypto-reader-${Math.random().toString(36).slice(2, 10)}`,
        // A child of <html>, beside the page's <body>: printing can leave the body out.
        position: 'inline',
        anchor: 'html',
        append: 'last',
        isolateEvents: true,
        onMount(container, _shadow, mounted) {
          host = mounted;
          mounted.setAttribute(READER_HOST_ATTRIBUTE, '');
          lockPage(mounted);
          show(container, page ? viewOf(page.content, learned) : { kind: 'reading' }, settings);
          hostWatch = watchRemoval(mounted, () => {
            // The page removed the reader (a script that drops every element it did not add): the
            // article moves to a tab of its own, where no page can reach it.
            close();
            void readPageWithClaims().then((content) => sendToBackground('open-in-tab', { content }));
          });
        },
        onRemove() {
          hostWatch?.disconnect();
          hostWatch = null;
          render(null, ui!.uiContainer);
        },
      });
      ui.mount();
      // Painted first, the article; then (or once a very long page is read) what the panel needs: the claims.
      await nextPaint();
      if (!page && ui) {
        learned = await learnedRead;
        if (ui) show(ui.uiContainer, viewOf(readPage().content, learned), settings);
      }
      if (!page) await nextPaint();
      const content = await readPageWithClaims();
      if (!ui) return;
      show(ui.uiContainer, content, settings);
      teach(content);
      // The removals' HTML (the Removed panel's "Show in place") was left for after the paint: written
      // now, when the page is idle, it lets go of the page's copy.
      if (content.kind === 'article') whenIdle(() => writeRemovalHtml(content.article.removed));
    };

    // A single-page site moved to another address: once it has rendered, an open reader shows the new
    // article, or closes when there is none.
    const followNavigation = () =>
      serially(async () => {
        if (!ui || !document.body) return;
        await whenSettled(document.body);
        const settings = await loadSettings();
        if (!ui) return; // closed meanwhile
        learned = await askLearned();
        reading = await readingHere();
        const content = await readPageWithClaims();
        if (!ui) return; // closed meanwhile
        if (content.kind === 'article' && content.article.unreadableReason !== null) return close();
        show(ui.uiContainer, content, settings);
        teach(content);
      });
    const navigation = new AbortController();
    ctx.onInvalidated(() => navigation.abort());
    const watch = onAddressChange(() => void followNavigation(), navigation.signal);
    if (!watch.complete) pollAddress(watch.check, navigation.signal);

    // Escape reaches the reader before the page's handlers (entrypoints/reader-keys.ts): inside the reader
    // it goes first to what has the focus (the display settings close first), in an event that stays in
    // the shadow root; unhandled there, it closes the reader.
    (world as unknown as Record<symbol, ReaderKeyHandler>)[READER_KEYS] = (event) => {
      if (event.key !== 'Escape' || !ui || !isOpen()) return false;
      const shadow = ui.shadow;
      const focused = (shadow.activeElement as HTMLElement | null) ?? shadow.querySelector('dialog');
      const inner = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: false });
      focused?.dispatchEvent(inner);
      if (!inner.defaultPrevented) void serially(async () => close());
      return true;
    };

    // The background injects this script and then sends its request: nothing opens until it is asked.
    onMessages({
      // A reader the page removed counts as closed: one click opens it again.
      'toggle-reader': () =>
        serially(async () => {
          if (ui && !isOpen()) close();
          return ui ? close() : open({ auto: false });
        }),
      'open-reader': () => serially(() => open({ auto: true })),
      // Read ahead (a crypto-news page): when the page is idle, unless the reader opened meanwhile; the
      // click then finds the article read, or, when the page changed since, code that has run once.
      'prepare-reader': () => {
        whenIdle(() => {
          if (ui || isVeryLongPage(document)) return;
          const { content } = readPage();
          if (content.kind !== 'article' || content.article.unreadableReason !== null) return;
          askedAhead = { href: location.href, learned: askLearned() };
          hashBlocksAhead(content.article);
          prepareArticleView(content.article);
          whenIdle(() => writeRemovalHtml(content.article.removed));
        });
      },
    });
  },
});

/**
 * Call `onRemoved` once when something other than the reader removes `host` from the page (its parent is
 * <html>: the observer watches only that element's children, never the page's body).
 */
function watchRemoval(host: Element, onRemoved: () => void): MutationObserver | null {
  const parent = host.parentNode;
  if (!parent) return null;
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    observer.disconnect();
    onRemoved();
  });
  observer.observe(parent, { childList: true });
  return observer;
}

/** The article the reader shows, as the person left it: where they were and what they highlighted. */
interface Reading {
  url: string;
  position: ReadingPosition | null;
  highlights: Highlight[];
}

/** Pages with more elements than this take the reader a moment to read (news pages have 1,500 to 5,000). */
const VERY_LONG_PAGE_ELEMENTS = 20_000;

function isVeryLongPage(document: Document): boolean {
  return document.getElementsByTagName('*').length > VERY_LONG_PAGE_ELEMENTS;
}

/** How long a page may keep busy before the reader reads ahead all the same. */
const IDLE_TIMEOUT_MS = 3000;

/** Run `task` when the page is idle (at most IDLE_TIMEOUT_MS later). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, 0);
}

/** Resolves once the browser has painted what was just rendered. */
function nextPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** What the reader shows, as a key: the same article read again (the address only changed) keeps its view. */
function contentKey(content: ReaderContent): string {
  if (content.kind === 'reading') return 'reading';
  return content.kind === 'error' ? `error:${content.message}` : String(hash53(`${content.article.title}\n${content.article.blocks.map((b) => b.text).join('\n')}`));
}

/** The page's article, or the reason it could not be read: the reader says so rather than staying blank. */
function extract(): ReaderContent {
  try {
    return { kind: 'article', article: extractPage(document, { now: new Date(), detect: false }), claimsPending: true };
  } catch (error) {
    console.error('Crypto Reader could not read this page:', error);
    return { kind: 'error', message: (error as Error).message || String(error) };
  }
}
