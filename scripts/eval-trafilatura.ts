// Extraction quality on trafilatura's evaluation set (../shared/realpages/trafilatura: 987 pages, hand-chosen
// segments to keep and to drop), scored as trafilatura scores it (scripts/segment-score.ts). Readability.js
// alone and Crypto Reader run side by side on the same DOM of each page. The pages whose file hash starts
// with b–f (about 30%) are held out: rules are never tuned on them, and their figures print on their own.
// Run: npm run eval:trafilatura [-- --details out/eval/trafilatura.json] [-- --held-out-only]
import { recordQuality } from './quality.ts';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { dirname, join } from 'node:path';
import { addCounts, isHeldOut, scores, type EvalItem, type SegmentCounts } from './segment-score.ts';
import { evaluatePage, type PageResult } from './trafilatura-page.ts';

const SET = process.env.TRAFILATURA_DIR ?? '../shared/realpages/trafilatura';
const PUBLISHED = 'trafilatura 2.2.0 published F 0.924 (P 0.906, R 0.943) on 990 pages';

const args = process.argv.slice(2);
const shard = args.includes('--shard') ? args[args.indexOf('--shard') + 1].split('/').map(Number) : null;

if (!existsSync(join(SET, 'evaldata.json'))) {
  console.error(`eval:trafilatura: the evaluation set is not at ${SET} (expected evaldata.json and html/ there).`);
  console.error('It ships in ../shared/realpages/trafilatura beside a checkout of this repository; set TRAFILATURA_DIR to use another copy.');
  process.exit(2);
}
const data: Record<string, EvalItem & { file: string }> = JSON.parse(readFileSync(join(SET, 'evaldata.json'), 'utf8'));
const entries = Object.entries(data).filter(([, item]) => !args.includes('--held-out-only') || isHeldOut(item.file));

if (shard) {
  // A worker: evaluate every n-th page and print the results as JSON.
  const [index, count] = shard;
  const mine = entries.filter((_, i) => i % count === index);
  process.stdout.write(JSON.stringify(mine.map(([url, item]) => evaluatePage(SET, url, item))));
} else {
  const workers = Math.max(1, Number(process.env.EVAL_WORKERS ?? 2));
  const script = new URL(import.meta.url).pathname;
  // Each worker is this script with --shard i/n: it prints its pages' results as JSON.
  const run = promisify(execFile);
  const outputs = await Promise.all(
    Array.from({ length: workers }, async (_, i) => {
      const { stdout } = await run(process.execPath, [...process.execArgv, script, ...args, '--shard', `${i}/${workers}`], { maxBuffer: 1 << 30 });
      return JSON.parse(stdout) as PageResult[];
    }),
  );
  const results = outputs.flat();
  const zero: SegmentCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const sum = (pages: PageResult[], who: 'readability' | 'ours') => pages.reduce((acc, page) => addCounts(acc, page[who]), zero);
  const line = (name: string, c: SegmentCounts) => {
    const s = scores(c);
    return `  ${name.padEnd(20)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  A ${s.accuracy.toFixed(3)}  F ${s.f.toFixed(3)}   (tp ${c.tp} fn ${c.fn} fp ${c.fp} tn ${c.tn})`;
  };
  console.log(`trafilatura evaluation set: ${results.length} pages (${PUBLISHED})`);
  const quality: { set: string; pages: number; readability: ReturnType<typeof scores>; ours: ReturnType<typeof scores> }[] = [];
  for (const [label, pages] of [
    ['all pages', results],
    ['tuned on', results.filter((r) => !r.heldOut)],
    ['held out (never tuned on)', results.filter((r) => r.heldOut)],
  ] as const) {
    console.log(`${label}: ${pages.length} pages`);
    console.log(line('Readability alone', sum(pages, 'readability')));
    console.log(line('Crypto Reader', sum(pages, 'ours')));
    quality.push({ set: label, pages: pages.length, readability: scores(sum(pages, 'readability')), ours: scores(sum(pages, 'ours')) });
  }
  recordQuality('trafilatura', { published: PUBLISHED, sets: quality, failed: results.filter((r) => r.error).length });
  const errors = results.filter((r) => r.error);
  console.log(`pages that failed: ${errors.length}`);
  for (const r of errors) console.log(`  ${r.url}: ${r.error}`);
  const details = args.includes('--details') ? args[args.indexOf('--details') + 1] : null;
  if (details) {
    mkdirSync(dirname(details), { recursive: true });
    writeFileSync(details, JSON.stringify(results, null, 1));
    console.log(`per-page results: ${details}`);
  }
}

