// The hand-labelled claim sets (docs/claims-labelling.md), scored: shared by npm run eval:claims and
// test/claims.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../lib/clean-text.ts';
import { extractArticle } from '../lib/extract.ts';
import { addTallies, emptyTally, scoreArticle, type GoldClaim, type Tally } from '../lib/claims/evaluate.ts';
import type { Article } from '../lib/types.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../lib/charset.ts';

export const LABELLED_SETS = [
  { folder: 'test/claims/gold', label: 'corpus articles (tuned on)' },
  { folder: 'test/claims/heldout', label: 'held-out crypto pages (not tuned on)' },
  { folder: 'test/claims/dev-news', label: 'news pages, English and German (tuned on: the development set of issue 9, 43 pages)' },
  { folder: 'test/claims/dev-market', label: 'market and business news, English and German (development set 2 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-2', label: 'news, market and business pages, English and German (development set 3 of issue 9, 18 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-3', label: 'news pages, English (development set 4 of issue 9, 15 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-4', label: 'news, market and business pages, English and German (development set 5 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-5', label: 'news, market and business pages, English and German (development set 6 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-6', label: 'news, market and business pages, English and German (development set 7 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-7', label: 'news, science and business pages, English and German (development set 8 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-8', label: 'news, science and business pages, English and German (development set 9 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-9', label: 'news, culture, technology and local pages, English and German (development set 10 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-10', label: 'news, sports, law and culture pages, English and German (development set 11 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-11', label: 'news, science, sports, policy and press releases, English and German (development set 12 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-12', label: 'news, health, finance, sports and policy pages, English and German (development set 13 of issue 9, 13 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-13', label: 'news, science, sports, court and consumer pages, English and German (development set 14 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-14', label: 'news, science, politics and opinion pages, English and German (development set 15 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-15', label: 'news, science, sports, interview and consumer pages, English and German (development set 16 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-16', label: 'news, sports, technology, economics, nature and policy pages, English, German and French (development set 17 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/dev-news-17', label: 'news, health, sports, politics, science and local pages, English and German (development set 18 of issue 9, 12 pages: labelled blind, scored once before tuning, then tuned on)' },
  { folder: 'test/claims/heldout-news', label: 'held-out market and business news, English and German (labelled before the claims work of issue 9; never tuned on)' },
] as const;

/** Pages of test/fixtures/claims-pages (AEB and trafilatura pages, gzipped as their sets ship them), by id. */
const CLAIMS_PAGES = 'test/fixtures/claims-pages';

function claimsPageUrl(id: string): string | undefined {
  const line = readFileSync(join(CLAIMS_PAGES, 'INDEX.tsv'), 'utf8').split('\n').find((l) => l.startsWith(`${id}\t`));
  return line?.split('\t')[1];
}

/** The cleaned article a label file was made from: a corpus dump, a page of test/fixtures/crypto or of test/fixtures/claims-pages. */
export function articleFor(id: string): Article {
  if (id.startsWith('aeb--') || id.startsWith('trafilatura--')) {
    const { text } = decodeBytes(gunzipSync(readFileSync(join(CLAIMS_PAGES, `${id}.html.gz`))), { html: true });
    return extractArticle(parseHtml(text), { url: claimsPageUrl(id) });
  }
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
      return { id: gold.article, tally: scoreArticle(article.blocks, article.claims, gold.claims) };
    });
  return { articles, total: articles.reduce((sum, a) => addTallies(sum, a.tally), emptyTally()) };
}
