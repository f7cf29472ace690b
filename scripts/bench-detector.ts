// The always-on detector in real Chromium: its size, and the time it takes on pages (median of repeated
// runs of the built script in the page). Run: npm run bench:detector   (after npm run build)
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, startServer } from './browser-harness.ts';

const DETECTOR = '.output/chrome-mv3/detector.js';
const RUNS = 50;
const source = readFileSync(DETECTOR, 'utf8');
console.log(`detector: ${(statSync(DETECTOR).size / 1024).toFixed(2)} kB minified, ${(gzipSync(source).length / 1024).toFixed(2)} kB gzip (${DETECTOR})`);

const PAGES = ['/news/000_80ab6c6d0866ffcd.html', '/news/004_e18a6cb7aaaa6a4f.html', '/general/nytimes-1.html', '/general/guardian-1.html', '/general/wikipedia.html', '/general/medium-1.html', '/general/bbc-1.html', '/general/cnn.html'];
const { server, origin } = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  for (const path of PAGES) {
    await page.goto(`${origin}${path}`);
    const times = await page.evaluate(
      ({ code, runs }) => {
        const run = new Function(code); // the built detector: reads the page, finds no extension runtime to tell
        const out: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          run();
          out.push(performance.now() - start);
        }
        return out.sort((a, b) => a - b);
      },
      { code: source, runs: RUNS },
    );
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    console.log(`${path.padEnd(36)} ${String(elements).padStart(5)} elements  median ${times[Math.floor(times.length / 2)].toFixed(3)} ms  p90 ${times[Math.floor(times.length * 0.9)].toFixed(3)} ms`);
  }
} finally {
  await browser.close();
  server.close();
}
