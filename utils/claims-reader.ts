// Where the claims script (entrypoints/claims.ts) leaves the function that reads an article's claims for the
// reader: a symbol on the global of the extension's isolated world, shared by its content scripts and out of
// the page's reach. The reader paints the article first and has the background inject that script after.
import type { Article } from '../lib/types.ts';

export type ClaimsReader = (article: Article) => Article;

export const CLAIMS_READER = Symbol.for('crypto-reader.claims');
