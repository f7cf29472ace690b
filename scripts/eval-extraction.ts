// Extraction quality on the article-extraction benchmark (../shared/realpages/aeb, 181 news and blog
// pages with hand-checked article text), scored the way the benchmark scores: 4-token shingles of \w+
// tokens, precision and recall per page, averaged, F1 of the averages. Readability alone and Crypto
// Reader run side by side on the same DOM. Run: npm run eval:extraction
import { recordQuality } from './quality.ts';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract.ts';
import { bodyText } from '../lib/export/text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { score } from './shingle-score.ts';
import { readAeb } from './aeb.ts';

const aeb = readAeb('eval:extraction');
const { truth } = aeb;
const totals = { readability: { p: 0, r: 0 }, cryptoReader: { p: 0, r: 0 } };
let pages = 0;
const worse: string[] = [];
for (const [id, { articleBody, url }] of Object.entries(truth)) {
  const document = parseHtml(aeb.html(id));
  const alone = new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '';
  const ours = bodyText(extractArticle(document, { url }));
  const a = score(alone, articleBody);
  const b = score(ours, articleBody);
  totals.readability.p += a.precision;
  totals.readability.r += a.recall;
  totals.cryptoReader.p += b.precision;
  totals.cryptoReader.r += b.recall;
  if (b.recall < a.recall - 0.05) worse.push(`${url} recall ${a.recall.toFixed(2)} → ${b.recall.toFixed(2)}`);
  pages++;
}

const line = (name: string, t: { p: number; r: number }) => {
  const p = t.p / pages;
  const r = t.r / pages;
  return `${name.padEnd(26)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${((2 * p * r) / (p + r)).toFixed(3)}`;
};
console.log(`Article extraction benchmark: ${pages} pages (published Readability.js 0.6.0: P 0.914 R 0.982 F1 0.947)`);
console.log(line('Readability alone', totals.readability));
console.log(line('Crypto Reader', totals.cryptoReader));
console.log(`pages where Crypto Reader loses more than 5 points of recall: ${worse.length}`);
const averaged = (t: { p: number; r: number }) => ({ precision: t.p / pages, recall: t.r / pages, f: (2 * (t.p / pages) * (t.r / pages)) / (t.p / pages + t.r / pages) });
recordQuality('aeb', { pages, readability: averaged(totals.readability), ours: averaged(totals.cryptoReader), worse: worse.length });
for (const w of worse) console.log(`  ${w}`);
