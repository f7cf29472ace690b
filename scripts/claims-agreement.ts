// How far two labellers of the same pages agree, scored as the program is scored: the second labeller's
// claims stand in for predicted ones (docs/claims-labelling.md, "Agreement"). It says how much of the gap
// between the program and a set's labels is the program's, and how much is the labels' own spread.
// Run: npm run eval:claims:agreement
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addTallies, emptyTally, scoreArticle, summarise, type GoldClaim, type Tally } from '../lib/claims/evaluate.ts';
import type { Claim } from '../lib/claims/index.ts';
import type { Article } from '../lib/types.ts';
import { articleFor } from './claims-sets.ts';

/** Sets labelled twice: the labels of the set, and a second labeller's, done blind to the first. */
const TWICE_LABELLED = [{ first: 'test/claims/dev-news-3', second: 'test/claims/agreement/dev-news-3' }];

interface LabelFile {
  article: string;
  claims: GoldClaim[];
}

/** A labeller's claims as if a program had found them, placed where their text stands in its block. */
function asFound(article: Article, claims: readonly GoldClaim[]): Claim[] {
  return claims.map((c) => {
    const start = article.blocks[c.block].text.indexOf(c.text);
    return { text: c.text, type: c.type as Claim['type'], block: c.block, start, end: start + c.text.length, speaker: c.speaker ?? undefined, numbers: c.numbers, assets: c.assets, sourcing: c.sourcing as Claim['sourcing'], score: 0 };
  });
}

const figure = (x: number) => x.toFixed(3);

for (const { first, second } of TWICE_LABELLED) {
  const tallies: Record<string, Tally> = { 'second vs first': emptyTally(), 'program vs first': emptyTally(), 'program vs second': emptyTally() };
  const files = readdirSync(second).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const a: LabelFile = JSON.parse(readFileSync(join(first, file), 'utf8'));
    const b: LabelFile = JSON.parse(readFileSync(join(second, file), 'utf8'));
    const article = articleFor(a.article);
    tallies['second vs first'] = addTallies(tallies['second vs first'], scoreArticle(article.blocks, asFound(article, b.claims), a.claims));
    tallies['program vs first'] = addTallies(tallies['program vs first'], scoreArticle(article.blocks, article.claims, a.claims));
    tallies['program vs second'] = addTallies(tallies['program vs second'], scoreArticle(article.blocks, article.claims, b.claims));
  }
  console.log(`${first}: ${files.length} pages labelled twice (${second})`);
  console.log('labels'.padEnd(20), 'gold  found  P      R      type   spk.P (shown)  sourcing  figures  key');
  for (const [name, t] of Object.entries(tallies)) {
    const s = summarise(t);
    console.log(name.padEnd(20), String(t.gold).padStart(4), String(t.predicted).padStart(6), ' ', figure(s.precision), figure(s.recall), figure(s.typeAccuracy), `${figure(s.speakerPrecision)} (${t.speakersShown})`.padEnd(14), figure(s.sourcingAccuracy).padEnd(9), figure(s.numberAccuracy).padEnd(8), figure(s.keyRecall));
  }
}
