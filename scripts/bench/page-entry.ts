// The code the Chromium benchmark runs inside each page (bundled by scripts/bench-browser.ts with
// esbuild): Readability alone as its README says to use it (clone + parse), and the reader's whole
// pipeline on the same document (extractArticle: clone, rules, Readability, article rules, claims).
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract.ts';
import { extractPage } from '../../lib/extract-page.ts';

declare global {
  interface Window {
    crBench: { readabilityAlone(): number; pipeline(): number; beforePaint(): number };
  }
}

window.crBench = {
  readabilityAlone() {
    const start = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - start;
  },
  pipeline() {
    const start = performance.now();
    extractArticle(document);
    return performance.now() - start;
  },
  /** What the reader does before its first paint: the pipeline without the claims (read after the paint). */
  beforePaint() {
    const start = performance.now();
    extractPage(document);
    return performance.now() - start;
  },
};
