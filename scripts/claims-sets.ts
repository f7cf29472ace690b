// The hand-labelled claim sets (docs/claims-labelling.md), scored: shared by npm run eval:claims and
// test/claims.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../lib/clean-text.ts';
import { extractArticle } from '../lib/extract.ts';
import { extractClaims } from '../lib/claims/index.ts';
import { addTallies, emptyTally, scoreArticle, type GoldClaim, type Tally } from '../lib/claims/evaluate.ts';
import type { Article } from '../lib/types.ts';
import { parseHtml } from '../cli/parse-html.ts';

export const LABELLED_SETS = [
  { folder: 'test/claims/gold', label: 'corpus articles (tuned on)' },
  { folder: 'test/claims/heldout', label: 'held-out crypto pages (not tuned on)' },
] as const;

/** The cleaned article a label file was made from: a corpus dump, or a page of test/fixtures/crypto. */
export function articleFor(id: string): Article {
  if (id.startsWith('crypto--')) return extractArticle(parseHtml(readFileSync(join('test/fixtures/crypto', `${id.slice('crypto--'.length)}.html`), 'utf8')));
  return cleanText(readFileSync(join('test/fixtures/corpus', `${id}.txt`), 'utf8'));
}

export interface ScoredSet {
  articles: { id: string; tally: Tally }[];
  total: Tally;
}

export function scoreLabelledSet(folder: string): ScoredSet {
  const articles = readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const gold: { article: string; claims: GoldClaim[] } = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      const article = articleFor(gold.article);
      return { id: gold.article, tally: scoreArticle(article.blocks, extractClaims(article.blocks), gold.claims) };
    });
  return { articles, total: articles.reduce((sum, a) => addTallies(sum, a.tally), emptyTally()) };
}
