// Screenshots of the reader on real pages, for a person to look at: the four real crypto-news pages and a
// dozen of Readability's test pages, each served under its own address (its canonical URL, so the site's
// own rules and the page's base URL apply), with its inline CSS and scripts, nothing from the network.
// The reader is opened by a real toolbar click; for each page: the reader at 1280 px, at 400 px, in the
// dark system theme, and the page itself. Also prints, per page, what the reader showed and whether the
// page was byte-identical after the reader closed. Run: npm run look:real  → out/real-pages/
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickToolbarButton, launchWithExtension, storeSettings } from './browser-harness.ts';
import { statedUrl } from '../lib/page-meta.ts';
import { parseHtml } from '../cli/parse-html.ts';

const SHARED = process.env.SHARED_DIR ?? '../shared';
const OUT = 'out/real-pages';
const READABILITY_PAGES = ['ars-1', 'bbc-1', 'cnn', 'guardian-1', 'lemonde-1', 'nytimes-1', 'wikipedia', 'lwn-1', 'hukumusume', 'medium-1', 'theverge', 'wapo-1', 'mozilla-1', 'keep-tabular-data'];

interface RealPage {
  name: string;
  file: string;
}

function pages(): RealPage[] {
  const crypto = ['coindesk.com', 'cointelegraph.com', 'cryptonews.com--xrp', 'decrypt.co'].map((name) => ({ name, file: join(SHARED, 'realpages/crypto', `${name}.html`) }));
  const readability = READABILITY_PAGES.map((name) => ({ name: `readability-${name}`, file: join(SHARED, 'realpages/readability', name, 'source.html') }));
  const all = [...crypto, ...readability];
  const missing = all.filter((p) => !existsSync(p.file));
  if (missing.length) {
    console.error(`look:real: ${missing.length} pages are missing (expected ${SHARED}/realpages beside this checkout; set SHARED_DIR): ${missing.map((p) => p.file).join(', ')}`);
    process.exit(2);
  }
  return all;
}

/** Where two strings first differ, with some context from each. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))} → ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}

mkdirSync(OUT, { recursive: true });
const browser = await launchWithExtension();
await storeSettings(browser, { autoClean: false });

/**
 * Open `url` (served `html`) at one window size, screenshot the page and the reader (and the reader in the
 * dark system theme), close the reader; whether the page was byte-identical after, and what was shown.
 * One load per window size: resizing makes some pages' own scripts change their DOM.
 */
async function look(name: string, url: string, html: string, viewport: { width: number; height: number }, suffix: string) {
  const page = await browser.context.newPage();
  // The page at its own address; everything else it asks the web for (styles, scripts, images) fails as
  // offline. The extension's own files (the reader's stylesheet) load as in the browser.
  await page.route('**/*', (route) => {
    const request = route.request();
    if (!/^https?:/i.test(request.url())) return route.continue();
    if (request.isNavigationRequest() && request.url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort();
  });
  await page.setViewportSize(viewport);
  await page.goto(url, { waitUntil: 'load' });
  if (!suffix) await page.screenshot({ path: join(OUT, `${name}.page.png`), caret: 'initial' });
  // Some pages keep changing themselves after load (streamed React, ad loaders): wait until one is still.
  let before = await page.evaluate(() => document.documentElement.outerHTML);
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(250);
    const now = await page.evaluate(() => document.documentElement.outerHTML);
    if (now === before) break;
    before = now;
  }
  await clickToolbarButton(browser, page);
  const reader = page.getByTestId('reader');
  await reader.waitFor({ state: 'visible', timeout: 20_000 });
  await page.screenshot({ path: join(OUT, `${name}.reader${suffix}.png`), caret: 'initial' });
  const title = (await page.getByTestId('reader-title').count()) ? await page.getByTestId('reader-title').innerText() : `(empty state) ${await page.getByTestId('empty-state').innerText()}`;
  const tables = await reader.locator('table').count();
  const claims = await page.getByTestId('claim').count();
  if (!suffix) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(OUT, `${name}.reader-dark.png`), caret: 'initial' });
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await page.getByTestId('close-reader').click();
  await page.locator('[data-crypto-reader]').waitFor({ state: 'detached' });
  const after = await page.evaluate(() => document.documentElement.outerHTML);
  await page.close();
  return { same: after === before, difference: after === before ? '' : firstDifference(before, after), title, tables, claims };
}

try {
  for (const { name, file } of pages()) {
    const html = readFileSync(file, 'utf8');
    const url = statedUrl(parseHtml(html)) ?? `https://${name}.example/article`;
    const wide = await look(name, url, html, { width: 1280, height: 900 }, '');
    const narrow = await look(name, url, html, { width: 400, height: 800 }, '-400');
    const same = wide.same && narrow.same;
    console.log(`${name.padEnd(34)} ${same ? 'page unchanged' : 'PAGE CHANGED  '}  tables ${wide.tables}  claims ${String(wide.claims).padStart(3)}  ${wide.title.slice(0, 80)}`);
    for (const difference of [wide.difference, narrow.difference].filter(Boolean)) console.log(`  first difference: …${difference}…`);
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${OUT}/: <page>.page.png, .reader.png, .reader-dark.png, .reader-400.png`);
