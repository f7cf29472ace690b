import { defineConfig } from 'wxt';

// WXT configuration. The extension's entrypoints live in entrypoints/; everything they use is in lib/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Crypto Reader',
    description: 'A clean reader view for crypto news, without the related-article carousels and house promotion.',
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'crypto-reader@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
