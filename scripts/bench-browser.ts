// Speed of the reader in Chromium, where users wait (headless Debian Chromium, driven by playwright-core,
// pages served from 127.0.0.1, no network). Numbers print; nothing fails on time. This machine is noisy:
// compare the ratios, measured side by side in one interleaved run, not the milliseconds.
//   1. Per page, in the page: Readability alone (clone + parse, as its README says to use it) against the
//      reader's whole pipeline (extractArticle: clone, rules, Readability, article rules, claims), the two
//      interleaved round by round; medians, ratio, geometric mean. And the always-on detector's time there.
//   2. A real toolbar click (DevTools Extensions.triggerAction), a second after the page loaded, to the
//      reader's first paint of the article (the frame after its text is in the page), against Readability's
//      parse of the same page. On crypto-news pages the reader has read the page ahead by then.
//   3. Bundle sizes of the built extension.
// Pages: the corpus in the site template, the real crypto pages, Readability's test pages in the fixtures
// and a fixed sample of 13 AEB and 13 trafilatura pages of test/fixtures/claims-pages (scripts/bench/sample.ts):
// 50 pages, all in the repository. Run: npm run bench (builds first)   Rounds: BENCH_ROUNDS (default 15).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, PAINT_WATCH, clickToolbarButton, launchWithExtension, serve, storeSettings } from './browser-harness.ts';
import { renderSitePage } from './site-template.ts';
import { recordQuality } from './quality.ts';
import { benchPageCode } from './bench/page-bundle.ts';
import { BENCH_SAMPLE } from './bench/sample.ts';
import { SITE_MEMORY_LIMITS } from '../lib/site-memory.ts';
import { TEMPLATE_NAMES } from '../lib/site-key.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARMUP = 3;
const DETECTOR_RUNS = 30;
const PAINT_ROUNDS = Number(process.env.BENCH_PAINT_ROUNDS ?? 7);
/** How long after the page's load event the toolbar is clicked. */
const GLANCE_MS = 1000;

interface BenchPage {
  name: string;
  body: Buffer;
}

function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const f of readdirSync('test/fixtures/corpus').sort()) pages.push({ name: `template/${f.slice(0, 3)}`, body: Buffer.from(renderSitePage(readFileSync(join('test/fixtures/corpus', f), 'utf8'))) });
  for (const f of readdirSync('test/fixtures/crypto').filter((f) => f.endsWith('.html')).sort()) pages.push({ name: `crypto/${f.replace(/\.html$/, '')}`, body: readFileSync(join('test/fixtures/crypto', f)) });
  for (const d of readdirSync('test/fixtures/readability').sort()) pages.push({ name: `readability/${d}`, body: readFileSync(join('test/fixtures/readability', d, 'source.html')) });
  for (const id of BENCH_SAMPLE) {
    const [set, hash] = id.split('--');
    pages.push({ name: `${set}/${hash.slice(0, 8)}`, body: gunzipSync(readFileSync(join('test/fixtures/claims-pages', `${id}.html.gz`))) });
  }
  return pages;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const geomean = (values: number[]) => Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const path = (name: string) => `/bench/${name.replace(/\//g, '--')}.html`;

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}: run npm run build first`);
if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH`);

const pages = benchPages();
const byPath = new Map(pages.map((page) => [path(page.name), page.body]));
const { server, origin } = await serve((requested, response) => {
  const body = byPath.get(requested);
  // no charset: the browser reads the page's own <meta charset>, as it would from the site
  response.writeHead(body ? 200 : 404, { 'content-type': 'text/html' });
  response.end(body ?? 'not found');
});

// The page-side code, bundled once: Readability and the pipeline from the sources the extension is built from.
const { code: pageCode } = await benchPageCode({ minify: true });
const detectorCode = readFileSync(join(EXTENSION_DIR, 'detector.js'), 'utf8');

/** Only the local server answers: a page's scripts, fonts and trackers get no network (as offline). */
async function localOnly(page: Page): Promise<void> {
  await page.route('**/*', (route) => {
    const request = route.request();
    // A page's own script sending the tab elsewhere once loaded would end the measurement: it stays on the page.
    const leaves = request.isNavigationRequest() && request.frame() === page.mainFrame() && page.url().startsWith(origin) && request.url() !== page.url();
    return request.url().startsWith(origin) && !leaves ? route.continue() : route.abort();
  });
}

/** What the report keeps of this run (scripts/quality-report.ts). */
const result: Record<string, unknown> & { bundles?: { file: string; bytes: number; gzip: number }[] } = {};

try {
  // 1. Readability alone against the pipeline, and the detector, in the page.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'] });
  const rows: string[] = [];
  const ratios: number[] = [];
  const parseMedians = new Map<string, number>();
  const coldParses = new Map<string, number>();
  const coldRatios: number[] = [];
  const firstRatios: number[] = [];
  const detectorMedians: number[] = [];
  const learnedReader: number[] = [];
  const learnedBackground: number[] = [];
  try {
    const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
    /** A fresh load of the page with the bench code in it: its code runs cold the first time, as the reader's does after a click. */
    const freshPage = async (name: string) => {
      const page = await context.newPage();
      await localOnly(page);
      await page.goto(`${origin}${path(name)}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await page.addScriptTag({ content: pageCode });
      return page;
    };
    for (const bench of pages) {
      // cold: the first run of each in a page of its own
      const coldPage = await freshPage(bench.name);
      const coldAlone = await coldPage.evaluate(() => window.crBench.readabilityAlone());
      await coldPage.close();
      const page = await freshPage(bench.name);
      const coldOurs = await page.evaluate(() => window.crBench.pipeline());
      const { alone, ours, first, detector, elements, learned } = await page.evaluate(
        ({ rounds, warmup, detectorCode, detectorRuns }) => {
          const alone: number[] = [];
          const ours: number[] = [];
          const first: number[] = [];
          const learned: { reader: number; background: number }[] = [];
          // Interleaved, so that load on the machine hits all alike; each takes its turn to go first in a round:
          // what runs first meets the garbage of the round before (two Readability runs on these pages measured
          // 16% apart in a fixed order, 4% taking turns).
          const runs = [() => window.crBench.readabilityAlone(), () => window.crBench.pipeline(), () => window.crBench.beforePaint(), () => window.crBench.learned()] as const;
          for (let round = 0; round < warmup + rounds; round++) {
            const results: unknown[] = [];
            for (let k = 0; k < runs.length; k++) {
              const at = (round + k) % runs.length;
              results[at] = runs[at]();
            }
            if (round >= warmup) {
              alone.push(results[0] as number);
              ours.push(results[1] as number);
              first.push(results[2] as number);
              learned.push(results[3] as { reader: number; background: number });
            }
          }
          const runDetector = new Function(detectorCode); // the built detector: finds no extension runtime to tell
          const detector: number[] = [];
          for (let i = 0; i < detectorRuns; i++) {
            const start = performance.now();
            runDetector();
            detector.push(performance.now() - start);
          }
          return { alone, ours, first, detector, learned, elements: document.getElementsByTagName('*').length };
        },
        { rounds: ROUNDS, warmup: WARMUP, detectorCode, detectorRuns: DETECTOR_RUNS },
      );
      const ratio = median(ours) / median(alone);
      ratios.push(ratio);
      parseMedians.set(bench.name, median(alone));
      coldParses.set(bench.name, coldAlone);
      coldRatios.push(coldOurs / coldAlone);
      firstRatios.push(median(first) / median(alone));
      detectorMedians.push(median(detector));
      learnedReader.push(median(learned.map((l) => l.reader)));
      learnedBackground.push(median(learned.map((l) => l.background)));
      rows.push(`${bench.name.padEnd(26)} ${String(elements).padStart(6)}  ${median(alone).toFixed(1).padStart(6)} ${median(ours).toFixed(1).padStart(6)}  ×${ratio.toFixed(2).padEnd(5)}  ${coldAlone.toFixed(1).padStart(6)} ${coldOurs.toFixed(1).padStart(6)}  ×${(coldOurs / coldAlone).toFixed(2).padEnd(5)} ${median(detector).toFixed(3).padStart(7)}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const chromium_ = await chromiumVersion();
  console.log(`Chromium ${chromium_}, ${pages.length} pages, in the page, times in ms. warm: median of ${ROUNDS} interleaved rounds after ${WARMUP} warm-up rounds;`);
  console.log(`cold: the first run in a fresh load of the page (what a click meets). R = Readability alone (clone + parse), P = the pipeline (clean, Readability, claims)`);
  console.log(`${'page'.padEnd(26)} ${'elems'.padStart(6)}  ${'R warm'.padStart(6)} ${'P warm'.padStart(6)}  ratio   ${'R cold'.padStart(6)} ${'P cold'.padStart(6)}  ratio  detector`);
  for (const row of rows) console.log(row);
  console.log(`pipeline / Readability alone, warm: geometric mean ×${geomean(ratios).toFixed(2)}, max ×${Math.max(...ratios).toFixed(2)}, ${ratios.filter((r) => r > 2).length} of ${ratios.length} pages above ×2`);
  console.log(`before the first paint (the pipeline without claims, which the reader reads after it) / Readability alone, warm: geometric mean ×${geomean(firstRatios).toFixed(2)}, max ×${Math.max(...firstRatios).toFixed(2)}`);
  console.log(`pipeline / Readability alone, cold: geometric mean ×${geomean(coldRatios).toFixed(2)}, max ×${Math.max(...coldRatios).toFixed(2)}`);
  result.chromium = chromium_;
  result.pages = pages.length;
  result.rounds = ROUNDS;
  result.warm = { geomean: geomean(ratios), max: Math.max(...ratios), above2: ratios.filter((r) => r > 2).length };
  result.beforePaint = { geomean: geomean(firstRatios), max: Math.max(...firstRatios) };
  result.cold = { geomean: geomean(coldRatios), max: Math.max(...coldRatios) };
  result.detector = { median: median(detectorMedians), max: Math.max(...detectorMedians), bytes: statSync(join(EXTENSION_DIR, 'detector.js')).size };
  console.log(`detector: median of the pages' medians ${median(detectorMedians).toFixed(3)} ms, max ${Math.max(...detectorMedians).toFixed(3)} ms`);
  console.log(
    `site memory at its fullest (${SITE_MEMORY_LIMITS.fingerprints} fingerprints, all template): the reader removing the learned blocks before its paint, median ${median(learnedReader).toFixed(3)} ms (max ${Math.max(...learnedReader).toFixed(3)}); ` +
      `the background finding them, median ${median(learnedBackground).toFixed(3)} ms (max ${Math.max(...learnedBackground).toFixed(3)})`,
  );
  result.learned = { readerMedian: median(learnedReader), readerMax: Math.max(...learnedReader), backgroundMedian: median(learnedBackground), backgroundMax: Math.max(...learnedBackground) };

  // 2. A real toolbar click to the reader's first paint of the article.
  const paintPages = pages.filter((p) => p.name.startsWith('template/') || p.name.startsWith('crypto/') || p.name === 'readability/nytimes-1');
  const extension = await launchWithExtension();
  try {
    await storeSettings(extension, { autoClean: false });
    // The site memory at its fullest for the bench's site (127.0.0.1) and each template: every click below
    // reads it; and how long that read takes in the background alone.
    const memoryKeys = ['site-memory:127.0.0.1', ...TEMPLATE_NAMES.map((name) => `site-memory:template:${name}`)];
    const storageReads = await extension.worker.evaluate(
      async ({ keys, size }) => {
        const local = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void>; get(keys: string[]): Promise<object> } } } }).chrome.storage.local;
        const memory = { version: 1, entries: Array.from({ length: size }, (_, i) => [4_000_000_000_000 + i * 7919, 1_000_001, 2_000_002, 3_000_003]), kept: [] };
        await local.set(Object.fromEntries(keys.map((key) => [key, memory])));
        const times: number[] = [];
        for (let i = 0; i < 30; i++) {
          const start = performance.now();
          await local.get(keys);
          times.push(performance.now() - start);
        }
        return { times, bytes: JSON.stringify(memory).length };
      },
      { keys: memoryKeys, size: SITE_MEMORY_LIMITS.fingerprints },
    );
    console.log(`\nsite memory: reading a full site's and each template's (${memoryKeys.length} × ${(storageReads.bytes / 1024).toFixed(0)} kB) from extension storage in the background, median ${median(storageReads.times).toFixed(2)} ms of 30; the reader asks while it reads the page (or while reading ahead), and the clicks below read it`);
    result.learned = { ...(result.learned as object), storageReadMedian: median(storageReads.times), memoryBytes: storageReads.bytes };
    console.log(`\nclick to first paint of the article (toolbar click through Extensions.triggerAction, ${GLANCE_MS} ms after the page's load event; median of ${PAINT_ROUNDS} loads)`);
    console.log(`${'page'.padEnd(26)} ${'click→paint'.padStart(12)}  ${'R cold'.padStart(7)}  ratio  ${'R warm'.padStart(7)}  ratio`);
    const paintRatios: number[] = [];
    const paintMedians: number[] = [];
    for (const bench of paintPages) {
      const times: number[] = [];
      for (let round = 0; round < PAINT_ROUNDS; round++) {
        const page = await extension.context.newPage();
        await localOnly(page);
        await page.goto(`${origin}${path(bench.name)}`, { waitUntil: 'load', timeout: 30_000 });
        // A person clicks once the page has loaded and they have glanced at it: on a crypto-news page the
        // reader has read it ahead meanwhile (entrypoints/background.ts), on others it reads at the click.
        await page.waitForTimeout(GLANCE_MS);
        // Watch each frame for the reader's article text: the first frame that holds it paints it.
        // (A string, not a function: tsx would add a helper the page does not have to a named arrow.)
        await page.evaluate(PAINT_WATCH);
        await clickToolbarButton(extension, page);
        const elapsed = await page.evaluate(async () => {
          const w = window as unknown as { crPaint: Promise<number>; crClickAt: number };
          return (await w.crPaint) - w.crClickAt;
        });
        times.push(elapsed);
        await page.close();
      }
      const cold = coldParses.get(bench.name)!;
      const warm = parseMedians.get(bench.name)!;
      paintRatios.push(median(times) / cold);
      paintMedians.push(median(times));
      console.log(`${bench.name.padEnd(26)} ${median(times).toFixed(0).padStart(9)} ms  ${cold.toFixed(1).padStart(7)}  ×${(median(times) / cold).toFixed(1).padEnd(5)} ${warm.toFixed(1).padStart(7)}  ×${(median(times) / warm).toFixed(1)}`);
    }
    result.clickToPaint = { pages: paintPages.length, geomeanToColdParse: geomean(paintRatios), medians: paintMedians };
    console.log(`click to paint / Readability's cold parse: geometric mean ×${geomean(paintRatios).toFixed(1)} (time zero is taken in the page just before the click is sent: it includes the DevTools round trip)`);
  } finally {
    await extension.close();
  }

  // 3. Bundle sizes.
  console.log('\nbuilt extension (.output/chrome-mv3), minified / gzip:');
  result.bundles = [];
  for (const file of listScripts(EXTENSION_DIR)) {
    const code = readFileSync(join(EXTENSION_DIR, file));
    console.log(`  ${file.padEnd(40)} ${kB(code.length).padStart(9)} ${kB(gzipSync(code).length).padStart(9)}`);
    result.bundles.push({ file: file.replace(/-[\w-]{8}\.js$/, '.js'), bytes: code.length, gzip: gzipSync(code).length });
  }
  recordQuality('bench-browser', result);
} finally {
  server.close();
}

function listScripts(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(join(dir, relative)).isDirectory()) return listScripts(dir, relative);
    return entry.endsWith('.js') ? [relative] : [];
  }).sort();
}

async function chromiumVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const version = browser.version();
  await browser.close();
  return version;
}
