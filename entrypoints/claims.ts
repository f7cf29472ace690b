// The code that reads an article's claims, apart from the reader's own script so that the reader's first
// paint does not wait for it (a third of the reader's code, and the costliest to start). The background
// injects it into the tab when the reader asks, after the article is painted; it leaves the function on the
// extension's isolated world (utils/claims-reader.ts). Nothing is added to the page.
import { withClaims } from '../lib/article-claims.ts';
import { CLAIMS_READER, type ClaimsReader } from '../utils/claims-reader.ts';

export default defineUnlistedScript({
  main() {
    (globalThis as unknown as Record<symbol, ClaimsReader>)[CLAIMS_READER] = withClaims;
  },
});
