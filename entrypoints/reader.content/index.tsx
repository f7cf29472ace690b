// The reader, injected by the background when it opens: reads the page (on a clone), then shows the
// cleaned article in a shadow root over the page. Closing removes it and leaves the page as it was.
import './style.css';
import { render } from 'preact';
import { extractArticle } from '../../lib/extract.ts';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { onMessages, sendToBackground } from '../../utils/messages.ts';
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

    const article = extractArticle(document);
    let ui: ShadowRootContentScriptUi<void> | null = null;

    const close = () => {
      ui?.remove();
      ui = null;
    };
    const open = async () => {
      const settings = await loadSettings();
      ui = await createShadowRootUi(ctx, {
        name: 'crypto-reader',
        position: 'modal',
        zIndex: 2147483647,
        isolateEvents: true,
        onMount(container) {
          render(
            <ReaderApp
              article={article}
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
      async 'toggle-reader'() {
        if (ui) close();
        else await open();
        return { open: ui !== null };
      },
    });
    await open();
  },
});
