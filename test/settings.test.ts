// Settings: the decisions made from them (pure), and their storage through @wxt-dev/storage on WXT's
// fake browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isOnSite, onPageLoad, parseSiteList, readingMinutes, shouldOpenOnLoad } from '../lib/settings.ts';
import { loadSettings, saveSettings, settingsItem } from '../utils/settings.ts';
import { exportFileName } from '../lib/export/filename.ts';

describe('when the reader opens by itself', () => {
  const settings = { ...DEFAULT_SETTINGS, alwaysSites: ['example.org'], neverSites: ['coindesk.com'] };

  it('opens on detected crypto news while auto-clean is on, not on other pages', () => {
    expect(shouldOpenOnLoad(settings, 'news.mirror.test', true)).toBe(true);
    expect(shouldOpenOnLoad(settings, 'news.mirror.test', false)).toBe(false);
    expect(shouldOpenOnLoad({ ...settings, autoClean: false }, 'news.mirror.test', true)).toBe(false);
  });

  it('always on an "always" site, never on a "never" site, subdomains included', () => {
    expect(shouldOpenOnLoad({ ...settings, autoClean: false }, 'blog.example.org', false)).toBe(true);
    expect(shouldOpenOnLoad(settings, 'www.coindesk.com', true)).toBe(false);
    expect(isOnSite('www.CoinDesk.com', 'coindesk.com')).toBe(true);
    expect(isOnSite('notcoindesk.com', 'coindesk.com')).toBe(false);
  });
});

describe('what the reader does when a page has loaded', () => {
  const settings = { ...DEFAULT_SETTINGS, autoClean: false, alwaysSites: ['example.org'], neverSites: ['coindesk.com'] };

  it('reads a crypto-news page ahead when it does not open there by itself', () => {
    expect(onPageLoad(settings, 'news.mirror.test', true)).toBe('read-ahead');
    expect(onPageLoad({ ...settings, autoClean: true }, 'news.mirror.test', true)).toBe('open');
  });

  it('does nothing on other pages, nor on a "never" site; opens on an "always" site', () => {
    expect(onPageLoad(settings, 'news.mirror.test', false)).toBe('nothing');
    expect(onPageLoad(settings, 'www.coindesk.com', true)).toBe('nothing');
    expect(onPageLoad(settings, 'blog.example.org', false)).toBe('open');
  });
});

describe('parseSiteList', () => {
  it('takes hosts and addresses, one a line, and says which lines are not sites', () => {
    expect(parseSiteList('coindesk.com\nhttps://www.decrypt.co/news/1\n\n  theblock.co  \ncoindesk.com')).toEqual({ sites: ['coindesk.com', 'decrypt.co', 'theblock.co'], errors: [] });
    expect(parseSiteList('not a site\nhttp://').errors).toEqual(['"not a site" is not a host name like coindesk.com', '"http://" is not a valid address']);
  });
});

describe('stored settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('start from the defaults, and keep what is saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ autoClean: false, neverSites: ['coindesk.com'] });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, autoClean: false, neverSites: ['coindesk.com'] });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { ...DEFAULT_SETTINGS, autoClean: false, neverSites: ['coindesk.com'] } });
  });

  it('fill fields a saved version 1 object lacks from the defaults', async () => {
    // A version 1 object saved before theme and line width existed.
    await fakeBrowser.storage.local.set({ settings: { autoClean: false, alwaysSites: ['example.org'], neverSites: [] }, settings$: { v: 1 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, autoClean: false, alwaysSites: ['example.org'] });
    expect(settingsItem.key).toBe('local:settings');
  });
});

describe('small helpers of the reader', () => {
  it('reading time at 230 words a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(1150))).toBe(5);
    expect(readingMinutes('')).toBe(1);
  });

  it('export file names from titles', () => {
    expect(exportFileName('The Year Trump Embraced Cryptocurrency', 'md')).toBe('the-year-trump-embraced-cryptocurrency.md');
    expect(exportFileName('MSTR’s Potential Index Removal: Implications & Insights', 'html')).toBe('mstr-s-potential-index-removal-implications-insights.html');
    expect(exportFileName('«»', 'json')).toBe('article.json');
  });
});
