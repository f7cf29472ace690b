// The time-line rule (lib/rules/time-lines.ts) measured on pages it was not written from. Each page runs
// through the DOM pipeline twice, with the rule switched off and on:
// - trafilatura's evaluation set (../shared/realpages/trafilatura), split by file name: the first half
//   was used to tune the rule, the second half never was. Per half: pages whose article opens (first
//   three blocks) with a time line, before → after; `with` segments (text a correct extractor keeps)
//   lost; `without` segments (boilerplate) now dropped.
// - Readability's 130 test pages: blocks of Readability's own expected output the rule removes.
// Run: npm run eval:time-lines
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../lib/extract.ts';
import { blocksFromDom } from '../lib/blocks/dom.ts';
import { cleanBlocks } from '../lib/clean.ts';
import { readTimeLine } from '../lib/dates.ts';
import { KEEP_RULES } from '../lib/rules/index.ts';
import { timeLine } from '../lib/rules/time-lines.ts';
import type { Article } from '../lib/types.ts';
import { parseHtml } from '../cli/parse-html.ts';

const REALPAGES = process.env.REALPAGES_DIR ?? '../shared/realpages';
if (!existsSync(join(REALPAGES, 'trafilatura/evaldata.json')) || !existsSync(join(REALPAGES, 'readability'))) {
  console.error(`eval:time-lines: the page sets are not at ${REALPAGES} (trafilatura/evaldata.json, readability/); set REALPAGES_DIR.`);
  process.exit(2);
}

const ruleOn = timeLine.run;
const ruleOff: typeof timeLine.run = function* () {};
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function extract(html: string, url: string | undefined, withRule: boolean): Article {
  timeLine.run = withRule ? ruleOn : ruleOff;
  try {
    return extractArticle(parseHtml(html), { url });
  } finally {
    timeLine.run = ruleOn;
  }
}

const opensWithTimeLine = (article: Article) =>
  article.blocks
    .filter((b) => b.type !== 'image')
    .slice(0, 3)
    .some((b) => readTimeLine(b.text) !== null);

interface Entry {
  file: string;
  with: string[];
  without?: string[];
}

const evaldata: Record<string, Entry> = JSON.parse(readFileSync(join(REALPAGES, 'trafilatura/evaldata.json'), 'utf8'));
const entries = Object.entries(evaldata).sort((a, b) => a[1].file.localeCompare(b[1].file));
const middle = Math.ceil(entries.length / 2);
console.log('trafilatura evaluation set            pages  opening with a time line  "with" lost  "without" dropped  lines removed');
for (const [label, half] of [
  ['first half (tuned on)', entries.slice(0, middle)],
  ['second half (held out)', entries.slice(middle)],
] as const) {
  let pages = 0;
  let openBefore = 0;
  let openAfter = 0;
  let withLost = 0;
  let withoutDropped = 0;
  let removed = 0;
  for (const [url, entry] of half) {
    const html = gunzipSync(readFileSync(join(REALPAGES, 'trafilatura', entry.file))).toString('utf8');
    const address = /^https?:/.test(url) ? url : undefined;
    const off = extract(html, address, false);
    const on = extract(html, address, true);
    pages++;
    if (opensWithTimeLine(off)) openBefore++;
    if (opensWithTimeLine(on)) openAfter++;
    const textOff = collapse(off.blocks.map((b) => b.text).join('\n'));
    const textOn = collapse(on.blocks.map((b) => b.text).join('\n'));
    const gone = (segment: string) => textOff.includes(collapse(segment)) && !textOn.includes(collapse(segment));
    withLost += entry.with.filter(gone).length;
    withoutDropped += (entry.without ?? []).filter(gone).length;
    removed += on.removed.filter((r) => r.rule === timeLine.name).length;
  }
  console.log(`${label.padEnd(36)} ${String(pages).padStart(5)}  ${`${openBefore} → ${openAfter}`.padStart(24)}  ${String(withLost).padStart(10)}  ${String(withoutDropped).padStart(17)}  ${String(removed).padStart(13)}`);
}

let expectedBlocks = 0;
const removedExpected: string[] = [];
const readabilityDir = join(REALPAGES, 'readability');
for (const name of readdirSync(readabilityDir).sort()) {
  const expectedFile = join(readabilityDir, name, 'expected.html');
  if (!existsSync(expectedFile)) continue;
  const blocks = blocksFromDom(parseHtml(`<html><body>${readFileSync(expectedFile, 'utf8')}</body></html>`));
  expectedBlocks += blocks.length;
  for (const removal of cleanBlocks({ stage: 'page', blocks, blockRules: [timeLine], keepRules: KEEP_RULES }).removed) removedExpected.push(`${name}: ${removal.text}`);
}
console.log(`\nReadability's test pages: the rule removes ${removedExpected.length} of the ${expectedBlocks} blocks of Readability's expected output:`);
for (const line of removedExpected) console.log(`  ${line}`);
