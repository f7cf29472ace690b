import { defineConfig } from 'wxt';

// WXT configuration. The extension's entrypoints live in entrypoints/; everything they use is in lib/
// (pure), components/ (the Preact UI) and utils/ (storage and messaging).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Crypto Reader',
    description: 'A clean reader view for crypto news, without the related-article carousels and house promotion, with a sidebar of the article’s claims.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'downloads'],
    // The always-on detector (entrypoints/detector.ts), kept out of WXT's content-script wrapper.
    // The reader's keys (entrypoints/reader-keys.ts) listen from document_start, ahead of the page's own.
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' },
      { matches: ['http://*/*', 'https://*/*'], js: ['reader-keys.js'], run_at: 'document_start' },
    ],
    // The reader opens by itself on detected pages of any site: it needs to run where the detector runs.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: {
      default_title: 'Crypto Reader (Alt+Shift+R)',
      // WXT lists public/icon/<size>.png under `icons` by itself; the toolbar button needs them named too.
      default_icon: { '16': 'icon/16.png', '32': 'icon/32.png', '48': 'icon/48.png', '128': 'icon/128.png' },
    },
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open or close the reader',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'crypto-reader@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
