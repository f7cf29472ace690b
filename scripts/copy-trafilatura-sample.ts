// Copies a fixed sample of trafilatura's evaluation set into test/fixtures/trafilatura/ so that the floor
// test (test/trafilatura-sample.test.ts) runs on a fresh clone: every 12th page of the tuned part (file
// hash starting 0–a), in file order. Held-out pages are never copied. Run: npx tsx scripts/copy-trafilatura-sample.ts
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHeldOut } from './segment-score.ts';

const SET = process.env.TRAFILATURA_DIR ?? '../shared/realpages/trafilatura';
const OUT = 'test/fixtures/trafilatura';
const EVERY = 12;

if (!existsSync(join(SET, 'evaldata.json'))) {
  console.error(`copy-trafilatura-sample: the evaluation set is not at ${SET}; set TRAFILATURA_DIR.`);
  process.exit(2);
}
const data: Record<string, { file: string }> = JSON.parse(readFileSync(join(SET, 'evaldata.json'), 'utf8'));
const tuned = Object.entries(data)
  .filter(([, item]) => !isHeldOut(item.file))
  .sort((a, b) => a[1].file.localeCompare(b[1].file));
const sample = Object.fromEntries(tuned.filter((_, i) => i % EVERY === 0));
mkdirSync(join(OUT, 'html'), { recursive: true });
for (const item of Object.values(sample)) copyFileSync(join(SET, item.file), join(OUT, item.file));
writeFileSync(join(OUT, 'evaldata.json'), `${JSON.stringify(sample, null, 1)}\n`);
console.log(`copied ${Object.keys(sample).length} pages to ${OUT}`);
