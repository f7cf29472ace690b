// In Node on linkedom (the CLI's DOM), after the Chromium benchmark of npm run bench (scripts/bench-browser.ts):
// speed of the reader pipeline against Readability alone, side by side in one run (this machine is
// noisy: compare the ratios, not the milliseconds). Run: npm run bench:node (or npm run bench, for both)
//   Readability alone = clone the document + Readability.parse(), as its README says to use it.
//   Crypto Reader     = extractArticle(): clone, rules, Readability, article rules, sentence rules; and the
//                       removals' HTML (written on first read: the reader writes it after its paint).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract.ts';
import { writeRemovalHtml } from '../lib/removal-html.ts';
import { cleanText } from '../lib/clean-text.ts';
import { extractClaims } from '../lib/claims/index.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { renderSitePage } from './site-template.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARMUP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

interface Page {
  name: string;
  html: string;
}

function pages(): Page[] {
  const corpus = 'test/fixtures/corpus';
  const list: Page[] = readdirSync(corpus).map((f) => ({ name: `template/${f.slice(0, 3)}`, html: renderSitePage(readFileSync(join(corpus, f), 'utf8')) }));
  for (const f of readdirSync('test/fixtures/crypto').sort()) list.push({ name: `crypto/${f.replace(/\.html$/, '')}`, html: readFileSync(join('test/fixtures/crypto', f), 'utf8') });
  for (const d of readdirSync('test/fixtures/readability').sort()) list.push({ name: `general/${d}`, html: readFileSync(join('test/fixtures/readability', d, 'source.html'), 'utf8') });
  return list;
}

const rows: string[] = [];
const ratios: number[] = [];
for (const page of pages()) {
  const document = parseHtml(page.html);
  const alone: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    // Interleave the two so that load on the machine hits both alike.
    const a = time(() => new Readability(document.cloneNode(true) as Document).parse());
    const b = time(() => writeRemovalHtml(extractArticle(document).removed)); // the removals' HTML too, as the reader writes it after its paint
    if (round >= WARMUP) {
      alone.push(a);
      ours.push(b);
    }
  }
  const ratio = median(ours) / median(alone);
  ratios.push(ratio);
  rows.push(`${page.name.padEnd(32)} ${(page.html.length / 1024).toFixed(0).padStart(5)} kB  ${median(alone).toFixed(1).padStart(7)} ms  ${median(ours).toFixed(1).padStart(7)} ms  ×${ratio.toFixed(2)}`);
}

const geomean = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
console.log(`Reader pipeline vs Readability alone (median of ${ROUNDS} interleaved rounds, linkedom DOM)`);
console.log(`${'page'.padEnd(32)} ${'size'.padStart(8)}  ${'Readability'.padStart(10)}  ${'Crypto Reader'.padStart(10)}  ratio`);
for (const row of rows) console.log(row);
console.log(`geometric mean ratio: ×${geomean.toFixed(2)}  (max ×${Math.max(...ratios).toFixed(2)})`);

// Text mode, the CLI's path for corpus dumps: throughput.
const texts = readdirSync('test/fixtures/corpus').map((f) => readFileSync(join('test/fixtures/corpus', f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const textTimes: number[] = [];
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  const t = time(() => texts.forEach((text) => cleanText(text)));
  if (round >= WARMUP) textTimes.push(t);
}
console.log(`text mode: ${texts.length} corpus dumps, ${(bytes / 1024).toFixed(0)} kB in ${median(textTimes).toFixed(1)} ms  (${(bytes / 1024 / 1024 / (median(textTimes) / 1000)).toFixed(1)} MB/s)`);

// Claims of the longest corpus article (the sidebar's work when the reader opens).
const longest = texts.map((text) => cleanText(text)).sort((a, b) => b.blocks.length - a.blocks.length)[0];
const claimTimes: number[] = [];
let claimCount = 0;
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  const t = time(() => (claimCount = extractClaims(longest.blocks).length));
  if (round >= WARMUP) claimTimes.push(t);
}
const words = longest.blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0);
console.log(`claims: longest corpus article (${longest.blocks.length} blocks, ${words} words) → ${claimCount} claims in ${median(claimTimes).toFixed(2)} ms`);

// The command's start: `crypto-reader --help` as built by npm run build (dist/cli.mjs), a fresh process each time.
const entry = 'bin/crypto-reader.mjs';
function startTime(): number {
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [entry, '--help'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`crypto-reader --help failed: ${result.stderr}`);
    times.push(performance.now() - start);
  }
  return median(times);
}
if (existsSync('dist/cli.mjs')) console.log(`command start (crypto-reader --help, median of 7 runs): ${startTime().toFixed(0)} ms, compiled (dist/cli.mjs)`);
else console.log('command start: no dist/cli.mjs (npm run build compiles the command)');
