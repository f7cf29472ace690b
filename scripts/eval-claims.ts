// Claims against the hand-labelled sets: npm run eval:claims
//   test/claims/gold     the five corpus articles (the claims code was written and tuned against them)
//   test/claims/heldout  four real crypto-news pages, labelled afterwards and never tuned on
// Prints detection precision and recall, and over matched claims the accuracy of type, speaker,
// sourcing, number normalisation and assets, per article and overall.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../lib/clean-text.ts';
import { extractArticle } from '../lib/extract.ts';
import { extractClaims } from '../lib/claims/index.ts';
import { addTallies, emptyTally, scoreArticle, summarise, type GoldClaim, type Tally } from '../lib/claims/evaluate.ts';
import type { Article } from '../lib/types.ts';
import { parseHtml } from '../cli/parse-html.ts';

/** The cleaned article a label file was made from: a corpus dump, or a page of test/fixtures/crypto. */
function articleFor(id: string): Article {
  if (id.startsWith('crypto--')) return extractArticle(parseHtml(readFileSync(join('test/fixtures/crypto', `${id.slice(8)}.html`), 'utf8')));
  return cleanText(readFileSync(join('test/fixtures/corpus', `${id}.txt`), 'utf8'));
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (name: string, t: Tally) => {
  const s = summarise(t);
  return `${name.padEnd(28)} ${String(t.gold).padStart(4)} ${String(t.predicted).padStart(6)} ${percent(s.precision)}  ${percent(s.recall)}  ${percent(s.f1)}  ${percent(s.typeAccuracy)}  ${percent(s.speakerAccuracy)}  ${percent(s.sourcingAccuracy)}  ${percent(s.numberAccuracy)}  ${percent(s.numberPrecision)}  ${percent(s.assetAccuracy)}`;
};

for (const [folder, label] of [
  ['test/claims/gold', 'corpus articles (tuned on)'],
  ['test/claims/heldout', 'held-out crypto pages (not tuned on)'],
] as const) {
  if (!existsSync(folder)) continue;
  const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) continue;
  console.log(`\n${label}`);
  console.log(`${'article'.padEnd(28)} gold  found  P       R       F1      type    speaker sourcing numbers num.P   assets`);
  let total = emptyTally();
  for (const file of files) {
    const gold: { article: string; claims: GoldClaim[] } = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    const article = articleFor(gold.article);
    const tally = scoreArticle(article.blocks, extractClaims(article.blocks), gold.claims);
    total = addTallies(total, tally);
    console.log(row(gold.article, tally));
  }
  console.log(row('all', total));
}
console.log('\nP, R, F1: claim detection (a claim is found when a predicted sentence overlaps a labelled one by half).');
console.log('type, speaker, sourcing, assets: share of found claims that agree with the label; numbers: share of labelled');
console.log('figures found with the same value and kind of unit (number normalisation); num.P: share of figures found that are labelled.');
