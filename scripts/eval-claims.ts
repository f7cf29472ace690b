// Claims against the hand-labelled set: npm run eval:claims
// Prints detection precision and recall, and over matched claims the accuracy of type, speaker,
// sourcing, number normalisation and assets, per article and overall.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../lib/clean-text.ts';
import { extractClaims } from '../lib/claims/index.ts';
import { addTallies, emptyTally, scoreArticle, summarise, type GoldClaim } from '../lib/claims/evaluate.ts';

const GOLD = 'test/claims/gold';
const CORPUS = 'test/fixtures/corpus';

let total = emptyTally();
const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
console.log(`${'article'.padEnd(22)} gold  found  P       R       F1      type    speaker sourcing numbers num.P   assets`);
for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
  const gold: { article: string; claims: GoldClaim[] } = JSON.parse(readFileSync(join(GOLD, file), 'utf8'));
  const article = cleanText(readFileSync(join(CORPUS, `${gold.article}.txt`), 'utf8'));
  const tally = scoreArticle(article.blocks, extractClaims(article.blocks), gold.claims);
  total = addTallies(total, tally);
  const s = summarise(tally);
  console.log(`${gold.article.padEnd(22)} ${String(tally.gold).padStart(4)} ${String(tally.predicted).padStart(6)} ${percent(s.precision)}  ${percent(s.recall)}  ${percent(s.f1)}  ${percent(s.typeAccuracy)}  ${percent(s.speakerAccuracy)}  ${percent(s.sourcingAccuracy)}  ${percent(s.numberAccuracy)}  ${percent(s.numberPrecision)}  ${percent(s.assetAccuracy)}`);
}
const s = summarise(total);
console.log(`${'all'.padEnd(22)} ${String(total.gold).padStart(4)} ${String(total.predicted).padStart(6)} ${percent(s.precision)}  ${percent(s.recall)}  ${percent(s.f1)}  ${percent(s.typeAccuracy)}  ${percent(s.speakerAccuracy)}  ${percent(s.sourcingAccuracy)}  ${percent(s.numberAccuracy)}  ${percent(s.numberPrecision)}  ${percent(s.assetAccuracy)}`);
console.log('P, R, F1: claim detection (a claim is found when a predicted sentence overlaps a labelled one by half).');
console.log('type, speaker, sourcing, assets: share of found claims that agree with the label; numbers: share of labelled');
console.log('figures found with the same value and kind of unit (number normalisation); num.P: share of figures found that are labelled.');
