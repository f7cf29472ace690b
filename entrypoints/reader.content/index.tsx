// The reader, injected by the background when it opens: reads the page (on a clone), then shows the
// cleaned article in a shadow root over the page. It reads the page again when the page changed since
// (new paragraphs, another article of a single-page site); closing leaves the page as it was.
import './style.css';
import { render } from 'preact';
import { extractArticle } from '../../lib/extract.ts';
import { ReaderApp, type ReaderContent } from '../../components/ReaderApp.tsx';
import { lockPage } from '../../components/page-lock.ts';
import { onMessages, sendToBackground, type ReaderState } from '../../utils/messages.ts';
import { loadSettings, saveSettings } from '../../utils/settings.ts';
import { onAddressChange, pageSignature, whenSettled } from '../../utils/page-watch.ts';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/** Set once the reader runs in this page: a symbol of the extension's own world, which the page cannot forge. */
const LOADED = Symbol.for('crypto-reader.loaded');

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Injected twice into one page (a toggle racing a detection), the second copy stands down.
    const world = globalThis as unknown as Record<symbol, boolean>;
    if (world[LOADED]) return;
    world[LOADED] = true;

    let read: { signature: string; content: ReaderContent } | null = null;
    let ui: ShadowRootContentScriptUi<void> | null = null;

    /** The page's article, read again only when the page changed since the last reading. */
    const readPage = (): { signature: string; content: ReaderContent } => {
      const signature = pageSignature(document);
      if (read?.signature !== signature) read = { signature, content: extract() };
      return read;
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

    const close = () => {
      ui?.remove();
      ui = null;
    };
    const show = (container: HTMLElement, page: { signature: string; content: ReaderContent }, settings: Awaited<ReturnType<typeof loadSettings>>) =>
      render(
        <ReaderApp
          key={page.signature}
          content={page.content}
          initialSettings={settings}
          onSettingsChange={(change) => void saveSettings(change)}
          onClose={close}
          onDownload={(filename, content, mime) => sendToBackground('download', { filename, content, mime })}
        />,
        container,
      );
    const open = async () => {
      if (ui) return;
      const page = readPage();
      const settings = await loadSettings();
      ui = await createShadowRootUi(ctx, {
        name: 'crypto-reader',
        // A child of <html>, beside the page's <body>: printing can leave the body out.
        position: 'inline',
        anchor: 'html',
        append: 'last',
        isolateEvents: true,
        onMount(container, _shadow, host) {
          lockPage(host);
          show(container, page, settings);
        },
        onRemove() {
          render(null, ui!.uiContainer);
        },
      });
      ui.mount();
    };

    // A single-page site moved to another address: once it has rendered, an open reader shows the new
    // article, or closes when there is none.
    const followNavigation = () =>
      serially(async () => {
        if (!ui || !document.body) return;
        await whenSettled(document.body);
        if (!ui) return;
        const page = readPage();
        if (page.content.kind === 'article' && !page.content.article.readable) return close();
        show(ui.uiContainer, page, await loadSettings());
      });
    const navigation = new AbortController();
    ctx.onInvalidated(() => navigation.abort());
    onAddressChange(() => void followNavigation(), navigation.signal);

    onMessages({
      'toggle-reader': () => serially(async () => (ui ? close() : open())),
      'open-reader': () => serially(open),
    });
    await serially(open);
  },
});

/** The page's article, or the reason it could not be read: the reader says so rather than staying blank. */
function extract(): ReaderContent {
  try {
    return { kind: 'article', article: extractArticle(document, { now: new Date() }) };
  } catch (error) {
    console.error('Crypto Reader could not read this page:', error);
    return { kind: 'error', message: (error as Error).message || String(error) };
  }
}
