// The reader's settings and the decisions made from them. Pure: utils/settings.ts stores them.
import { approximateWords } from './readable.ts';

/** 'auto' follows the system's light or dark appearance (prefers-color-scheme). */
export type Theme = 'auto' | 'light' | 'dark' | 'sepia';
export type LineWidth = 'narrow' | 'medium' | 'wide';

export interface ReaderSettings {
  /** Open the reader by itself on pages detected as crypto news. */
  autoClean: boolean;
  /** Sites where the reader always opens on load, detected or not. */
  alwaysSites: string[];
  /** Sites where it never opens by itself. */
  neverSites: string[];
  theme: Theme;
  /** Body text size in pixels. */
  fontSize: number;
  lineWidth: LineWidth;
  /** Print the claims after the article, as an appendix. */
  printClaims: boolean;
  /** Read aloud at this rate (1: the voice's own speed; lib/read-aloud.ts SPEECH_RATES). */
  speechRate: number;
  /** The voice chosen to read aloud (its voiceURI); '' lets the browser choose one for the article's language. */
  speechVoice: string;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  autoClean: true,
  alwaysSites: [],
  neverSites: [],
  theme: 'auto',
  fontSize: 19,
  lineWidth: 'medium',
  printClaims: false,
  speechRate: 1,
  speechVoice: '',
};

/**
 * Version 1 had no 'auto' theme and saved the whole settings object on any change, so a stored 'light'
 * is nearly always the old default rather than a choice: it becomes 'auto' in version 2.
 */
export function migrateSettingsToV2(stored: Partial<ReaderSettings>): Partial<ReaderSettings> {
  return stored.theme === 'light' ? { ...stored, theme: 'auto' } : stored;
}

export const FONT_SIZES = { min: 14, max: 28, step: 1 };

/** "www.CoinDesk.com" is on the site "coindesk.com"; a listed site covers its subdomains. */
export function isOnSite(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  const s = site.toLowerCase().replace(/^www\./, '');
  return h === s || h.endsWith(`.${s}`);
}

/** Whether the reader opens by itself on a page of `host`. "Never" wins over "always" wins over detection. */
export function shouldOpenOnLoad(settings: ReaderSettings, host: string, isCryptoNews: boolean): boolean {
  if (settings.neverSites.some((site) => isOnSite(host, site))) return false;
  if (settings.alwaysSites.some((site) => isOnSite(host, site))) return true;
  return settings.autoClean && isCryptoNews;
}

/**
 * What the reader does when a page of `host` has loaded: opens by itself (shouldOpenOnLoad), or, on a
 * crypto-news page it does not open on, reads the page ahead while the page is idle so that a click paints
 * at once; nothing on a site the person listed as never to clean, nor on other pages.
 */
export function onPageLoad(settings: ReaderSettings, host: string, isCryptoNews: boolean): 'open' | 'read-ahead' | 'nothing' {
  if (shouldOpenOnLoad(settings, host, isCryptoNews)) return 'open';
  if (settings.neverSites.some((site) => isOnSite(host, site))) return 'nothing';
  return isCryptoNews ? 'read-ahead' : 'nothing';
}

export interface SiteListParse {
  sites: string[];
  /** Lines that are not a host name, with what is wrong. */
  errors: string[];
}

/** A site list as typed on the options page: one host a line; addresses are reduced to their host. */
export function parseSiteList(text: string): SiteListParse {
  const sites: string[] = [];
  const errors: string[] = [];
  for (const raw of text.split(/[\n,]+/)) {
    const line = raw.trim();
    if (!line) continue;
    let host = line.toLowerCase();
    if (/^[a-z]+:\/\//.test(host)) {
      try {
        host = new URL(host).hostname;
      } catch {
        errors.push(`"${line}" is not a valid address`);
        continue;
      }
    }
    host = host.replace(/^www\./, '').replace(/\/.*$/, '');
    if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$|^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) {
      errors.push(`"${line}" is not a host name like coindesk.com`);
      continue;
    }
    if (!sites.includes(host)) sites.push(host);
  }
  return { sites, errors };
}

/** Minutes to read a text at 230 words a minute, at least one (Chinese and Japanese counted as words too). */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(approximateWords(text) / 230));
}
