// Detection as the always-on detector does it (the start of the text, the headings, the address): the
// crypto-news pages it must recognise, and Readability's 130 test pages, which are not crypto news and
// must raise no alarm. Run: npm run eval:detection   (reads ../shared/realpages; says so when absent)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statedUrl } from '../lib/page-meta.ts';
import { detectCryptoNews, readPageForDetection, type DetectResult } from '../lib/detect.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { renderSitePage } from './site-template.ts';

const REALPAGES = process.env.REALPAGES_DIR ?? '../shared/realpages';

/** As the detector sees a page: its address (here the one it states, standing in for location.href), site name and first blocks. */
function detect(html: string, url?: string): DetectResult {
  const document = parseHtml(html);
  return detectCryptoNews({ url: url ?? statedUrl(document), ...readPageForDetection(document) });
}

if (!existsSync(join(REALPAGES, 'readability'))) {
  console.error(`eval:detection: the real pages are not at ${REALPAGES} (expected readability/ and crypto/ there); set REALPAGES_DIR to use another copy.`);
  process.exit(2);
}

const positives: [string, DetectResult][] = [];
for (const file of readdirSync('test/fixtures/corpus').sort())
  positives.push([`template/${file}`, detect(renderSitePage(readFileSync(join('test/fixtures/corpus', file), 'utf8')), 'https://some-mirror.test/news/1')]);
for (const file of readdirSync(join(REALPAGES, 'crypto')).sort()) positives.push([`crypto/${file}`, detect(readFileSync(join(REALPAGES, 'crypto', file), 'utf8'))]);

const negatives: [string, DetectResult][] = [];
for (const dir of readdirSync(join(REALPAGES, 'readability')).sort()) {
  const source = join(REALPAGES, 'readability', dir, 'source.html');
  if (existsSync(source)) negatives.push([`readability/${dir}`, detect(readFileSync(source, 'utf8'))]);
}

const found = positives.filter(([, d]) => d.isCryptoNews).length;
const alarms = negatives.filter(([, d]) => d.isCryptoNews);
console.log(`crypto-news pages recognised: ${found} of ${positives.length}`);
for (const [name, d] of positives) console.log(`  ${d.isCryptoNews ? 'yes' : 'NO '} ${name.padEnd(40)} score ${d.score}  ${d.signals.join(', ')}`);
console.log(`false alarms on Readability's test pages: ${alarms.length} of ${negatives.length}`);
for (const [name, d] of alarms) console.log(`  ${name} score ${d.score} ${d.signals.join(', ')}`);
const highest = [...negatives].sort((a, b) => b[1].score - a[1].score).slice(0, 3);
console.log(`highest scores among them: ${highest.map(([n, d]) => `${n} ${d.score}`).join('; ')} (threshold 2.5)`);
