// Which site a page belongs to, for the reader's site memory (lib/site-memory.ts): its registrable domain,
// the name a registrar sold ("news.bbc.co.uk" → "bbc.co.uk"). The Public Suffix List says it exactly, but
// its library (tldts, 138 kB minified) costs the background 6–25 ms to start (median 11, Chromium, on
// every wake of its service worker, which a toolbar click waits for); the rule below agrees with it on
// all 173 hosts of the real pages (test/site-memory.test.ts checks, with tldts as a dev dependency).

import { SITE_PROFILES } from './sites/index.ts';

/** The site profiles a page can be recognised as (Article.template). */
export const TEMPLATE_NAMES = SITE_PROFILES.map((profile) => profile.name);

/** Second-level labels under a two-letter country domain that are sold under, not to ("co.uk", "com.au", "ne.jp"). */
const COUNTRY_SECOND_LEVELS = new Set([
  'ac', 'co', 'com', 'edu', 'firm', 'gen', 'go', 'gob', 'gov', 'govt', 'gv', 'ltd', 'me', 'mil', 'ne', 'net', 'nhs', 'nom', 'or', 'org', 'plc', 'police', 'priv', 'web',
]);

/** Hosting platforms the Public Suffix List counts as suffixes: each blog under them is a site of its own ("someone.github.io"). */
const PLATFORM_SUFFIXES = ['github.io', 'gitlab.io', 'blogspot.com', 'wixsite.com', 'netlify.app', 'vercel.app', 'pages.dev', 'herokuapp.com', 'web.app', 'firebaseapp.com'];

/** The registrable domain of a host; the host itself for an IP address or a name without dots (localhost). */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!name.includes('.') || /^[\d.]+$/.test(name) || name.includes(':')) return name;
  const labels = name.split('.');
  const platform = PLATFORM_SUFFIXES.find((suffix) => name.endsWith(`.${suffix}`));
  if (platform) return labels.slice(-(platform.split('.').length + 1)).join('.');
  const n = labels.length;
  const underCountrySecondLevel = n >= 3 && labels[n - 1].length === 2 && COUNTRY_SECOND_LEVELS.has(labels[n - 2]);
  return labels.slice(underCountrySecondLevel ? -3 : -2).join('.');
}

/**
 * The site a page's memory belongs to: its registrable domain, or the template's name for a page
 * recognised as a known site's template (a profile of lib/sites/), whatever mirror domain serves it.
 * Null for a page of no site (a file, a browser page).
 */
export function siteOf(url: string, template?: string, templates: readonly string[] = TEMPLATE_NAMES): string | null {
  if (template && templates.includes(template)) return `template:${template}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return registrableDomain(parsed.hostname);
}
