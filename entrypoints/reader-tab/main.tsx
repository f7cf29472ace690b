// The reader in a tab of its own, for a page that will not let the reader live over it (a page script that
// removes every element it did not add): the background opens this page with the article the reader read.
// The page cannot reach here; closing the reader closes the tab.
import { downloadEpub } from '../../utils/download-epub.ts';
import '../reader.content/style.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { sendToBackground } from '../../utils/messages.ts';
import { loadSettings, saveSettings } from '../../utils/settings.ts';
import { takeReaderTabContent } from '../../utils/reader-tab.ts';
import { highlightsAt, highlightSaver } from '../../utils/highlights.ts';

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const content = await takeReaderTabContent(location.hash.slice(1));
  const settings = await loadSettings();
  // the person's highlights of the article, by its address, as in the reader over the page
  const url = content.kind === 'article' ? content.article.url : null;
  const highlights = url ? await highlightsAt(url).catch(() => []) : [];
  const title = content.kind === 'article' ? content.article.title : '';
  const saver = url
    ? highlightSaver(
        (highlights) => sendToBackground('save-highlights', { url, title, highlights }),
        (error) => console.warn('Crypto Reader could not keep the highlights:', error.message),
      )
    : null;
  addEventListener('pagehide', () => saver?.flush());
  if (content.kind === 'article') {
    document.title = content.article.title || 'Crypto Reader';
    if (content.article.lang) document.documentElement.lang = content.article.lang;
  }
  render(
    <ReaderApp
      content={content}
      initialSettings={settings}
      onSettingsChange={(change) => void saveSettings(change)}
      onClose={() => {
        saver?.flush();
        void closeTab();
      }}
      onDownload={(filename, text, mime) => sendToBackground('download', { filename, content: text, mime })}
      onDownloadEpub={downloadEpub}
      initialHighlights={highlights}
      onHighlights={saver ? (next) => saver.save(next) : undefined}
      notice="The page kept removing the reader, so it opened here, in a tab of its own."
    />,
    app,
  );
}

/** Closing the reader closes its tab (the extension's own tab: the tabs API may close it). */
async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

void main();
