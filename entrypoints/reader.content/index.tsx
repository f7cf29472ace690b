// The reader, injected by the background when it opens: reads the page (on a clone), then shows the
// cleaned article in a shadow root over the page. Closing removes it and leaves the page as it was.
import './style.css';
import { render } from 'preact';
import { extractArticle } from '../../lib/extract.ts';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { onMessages, sendToBackground, type ReaderState } from '../../utils/messages.ts';
import type { Article } from '../../lib/types.ts';
import { loadSettings, saveSettings } from '../../utils/settings.ts';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Injected twice into one page (a toggle racing a detection), the second copy stands down.
    const marker = globalThis as unknown as { cryptoReaderLoaded?: boolean };
    if (marker.cryptoReaderLoaded) return;
    marker.cryptoReaderLoaded = true;

    // The article is read again when the address changed (a single-page site moved to another story).
    let article: Article | null = null;
    let articleUrl = '';
    let ui: ShadowRootContentScriptUi<void> | null = null;
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
    const open = async () => {
      if (ui) return;
      if (!article || articleUrl !== location.href) {
        article = extractArticle(document);
        articleUrl = location.href;
      }
      const shown = article;
      const settings = await loadSettings();
      ui = await createShadowRootUi(ctx, {
        name: 'crypto-reader',
        position: 'modal',
        zIndex: 2147483647,
        isolateEvents: true,
        onMount(container) {
          render(
            <ReaderApp
              article={shown}
              initialSettings={settings}
              onSettingsChange={(change) => void saveSettings(change)}
              onClose={close}
              onDownload={(filename, content, mime) => sendToBackground('download', { filename, content, mime })}
            />,
            container,
          );
        },
        onRemove() {
          render(null, ui!.uiContainer);
        },
      });
      ui.mount();
    };

    onMessages({
      'toggle-reader': () => serially(async () => (ui ? close() : open())),
      'open-reader': () => serially(open),
    });
    await serially(open);
  },
});
