// DOM mode: a page → Article with its claims (lib/extract-page.ts reads the page, lib/article-claims.ts the
// claims). Works on a clone; the live document is never changed.
import type { Article } from './types.ts';
import { extractPage, type ExtractOptions } from './extract-page.ts';
import { withClaims } from './article-claims.ts';

export type { ExtractOptions } from './extract-page.ts';

export interface ExtractArticleOptions extends ExtractOptions {
  /** Read the claims too (the default); the reader paints first and reads them after (lib/article-claims.ts). */
  claims?: boolean;
}

export function extractArticle(document: Document, options: ExtractArticleOptions = {}): Article {
  const article = extractPage(document, options);
  return options.claims === false ? article : withClaims(article);
}
