// The code the Chromium benchmark runs inside each page (bundled by scripts/bench-browser.ts with
// esbuild): Readability alone as its README says to use it (clone + parse), and the reader's whole
// pipeline on the same document (extractArticle: clone, rules, Readability, article rules, claims, the
// removals' HTML).
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract.ts';
import { extractPage } from '../../lib/extract-page.ts';
import { removeLearnedBlocks } from '../../lib/learned-blocks.ts';
import { writeRemovalHtml } from '../../lib/removal-html.ts';
import { blockFingerprint } from '../../lib/template-blocks.ts';
import { EMPTY_SITE_MEMORY, SITE_MEMORY_LIMITS, rememberArticle, templateFingerprints } from '../../lib/site-memory.ts';

declare global {
  interface Window {
    crBench: { readabilityAlone(): number; pipeline(): number; beforePaint(): number; learned(): { reader: number; background: number } };
  }
}

/** As entrypoints/reader.content calls extractPage. */
const READER_OPTIONS = { detect: false } as const;

window.crBench = {
  readabilityAlone() {
    const start = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - start;
  },
  /**
   * The reader's whole work on the page, as it calls it: no verdict on the page (the detector gave it on
   * load), then the claims, and the removals' HTML (written after the paint, when the page is idle).
   */
  pipeline() {
    const start = performance.now();
    writeRemovalHtml(extractArticle(document, READER_OPTIONS).removed);
    return performance.now() - start;
  },
  /** What the reader does before its first paint: the pipeline without the claims or the removals' HTML (after the paint). */
  beforePaint() {
    const start = performance.now();
    extractPage(document, READER_OPTIONS);
    return performance.now() - start;
  },
  /**
   * The site memory at its fullest on this page: the background finding the template in a full memory
   * (a site's every fingerprint seen on three addresses: all of them template), and the reader removing
   * those of them the article holds (three of its blocks, as a teaser box) before its first paint.
   */
  learned() {
    const article = (learnedArticle ??= extractPage(document));
    const middle = Math.floor(article.blocks.length / 2);
    const teaser = article.blocks.slice(middle, middle + 3).map((block) => blockFingerprint(block.text));
    const others = Array.from({ length: SITE_MEMORY_LIMITS.fingerprints - teaser.length }, (_, i) => blockFingerprint(`another article's block ${i}`));
    if (!fullMemory) {
      fullMemory = EMPTY_SITE_MEMORY;
      for (const address of [1, 2, 3]) fullMemory = rememberArticle(fullMemory, address, [...others, ...teaser]);
    }
    // fresh block objects: their fingerprints are not yet known, as on a page not read ahead
    const fresh = { ...article, blocks: article.blocks.map((block) => ({ ...block })) };
    const backgroundStart = performance.now();
    const template = [...templateFingerprints(fullMemory, 4)];
    const readerStart = performance.now();
    removeLearnedBlocks(fresh, new Set(template));
    const end = performance.now();
    return { reader: end - readerStart, background: readerStart - backgroundStart };
  },
};

let learnedArticle: ReturnType<typeof extractPage> | undefined;
let fullMemory: ReturnType<typeof rememberArticle> | undefined;
