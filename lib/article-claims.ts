// An Article's claims, read apart from the rest of it: the reader paints the article first and loads this
// code after (entrypoints/claims.ts); the command line and the evaluations read both at once (lib/extract.ts,
// lib/clean-text.ts).
import type { Article } from './types.ts';
import { extractClaims } from './claims/index.ts';
import { readsClaimsIn } from './claims/languages.ts';

/** The Article with its claims: only in the languages lib/claims reads; for others the panel says so (lib/claims/languages.ts). */
export function withClaims(article: Article): Article {
  const { blocks, siteName, url, lang } = article;
  return { ...article, claims: readsClaimsIn(lang) ? extractClaims(blocks, { siteName, url, lang }) : [] };
}
