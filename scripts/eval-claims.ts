// Claims against the hand-labelled sets: npm run eval:claims
//   test/claims/gold     the five corpus articles (the claims code was written and tuned against them)
//   test/claims/heldout  four real crypto-news pages, labelled afterwards and never tuned on
// Prints detection precision and recall, and over matched claims the accuracy of type, speaker,
// sourcing, number normalisation and assets, per article and overall.
import { existsSync } from 'node:fs';
import { summarise, type Tally } from '../lib/claims/evaluate.ts';
import { LABELLED_SETS, scoreLabelledSet } from './claims-sets.ts';
import { recordQuality } from './quality.ts';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (name: string, t: Tally) => {
  const s = summarise(t);
  return `${name.padEnd(28)} ${String(t.gold).padStart(4)} ${String(t.predicted).padStart(6)} ${percent(s.precision)}  ${percent(s.recall)}  ${percent(s.f1)}  ${percent(s.typeAccuracy)}  ${percent(s.speakerAccuracy)}  ${percent(s.sourcingAccuracy)}  ${percent(s.numberAccuracy)}  ${percent(s.numberPrecision)}  ${percent(s.assetAccuracy)}  ${percent(s.speakerPrecision)} (${t.speakersShown})  ${t.keyGold ? percent(s.keyRecall) : '     -'}`;
};

const quality: { label: string; gold: number; found: number; shown: number; keyGold: number; scores: ReturnType<typeof summarise> }[] = [];
for (const { folder, label } of LABELLED_SETS) {
  if (!existsSync(folder)) continue;
  const { articles, total } = scoreLabelledSet(folder);
  quality.push({ label, gold: total.gold, found: total.predicted, shown: total.speakersShown, keyGold: total.keyGold, scores: summarise(total) });
  console.log(`\n${label}`);
  console.log(`${'article'.padEnd(28)} gold  found  P       R       F1      type    speaker sourcing numbers num.P   assets  spk.P (shown)  key R`);
  for (const { id, tally } of articles) console.log(row(id, tally));
  console.log(row('all', total));
}
recordQuality('claims', { sets: quality });
console.log('\nP, R, F1: claim detection (a claim is found when a predicted sentence overlaps a labelled one by half).');
console.log('type, speaker, sourcing, assets: share of found claims that agree with the label; numbers: share of labelled');
console.log('figures found with the same value and kind of unit (number normalisation); num.P: share of figures found that are labelled;');
console.log('spk.P: of the found claims that show a speaker, the share whose speaker is right; key R: share of the labelled key claims found.');
