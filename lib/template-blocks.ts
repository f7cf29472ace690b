// Template boilerplate: blocks whose text recurs on other pages of the same site (the same teaser box, the
// same promo line under every article). One rule for both places that know other pages: the CLI's
// --corpus run (the other inputs) and the reader's site memory (other articles read on the site,
// lib/site-memory.ts). Pure: blocks and a test of fingerprints in, indices out.
import type { BlockType } from './types.ts';
import { hash53, normalizeForCompare, wordCount } from './text.ts';

/** What the rule reads of a block: a paragraph of the Article, a block of a page or a text dump. */
export interface TemplateBlock {
  type: BlockType;
  text: string;
}

/** A block's fingerprint: a hash of its text as blocks are compared (case, punctuation and spacing aside). Never the text. */
export function blockFingerprint(text: string): number {
  return hash53(normalizeForCompare(text));
}

/** Fingerprints of blocks already hashed: the reader hashes an article's blocks while reading ahead, not at the click. */
const fingerprintOfBlock = new WeakMap<TemplateBlock, number>();

/** A block's fingerprint, hashed once per block object. */
export function fingerprintOf(block: TemplateBlock): number {
  let fingerprint = fingerprintOfBlock.get(block);
  if (fingerprint === undefined) fingerprintOfBlock.set(block, (fingerprint = blockFingerprint(block.text)));
  return fingerprint;
}

/** Block types that can be template: text. Pictures and tables are not judged by their text (two charts may share a caption). */
const TEMPLATE_TYPES: ReadonlySet<BlockType> = new Set(['heading', 'paragraph', 'list-item', 'caption']);

/** A page must keep this many paragraphs of its own: one whose every paragraph recurs is a copy of another page, not a template. */
const MIN_OWN_PARAGRAPHS = 3;
const MIN_PARAGRAPH_WORDS = 20;
/** A paragraph this long or longer is the article's first paragraph (shorter ones are datelines, labels, teasers). */
const FIRST_PARAGRAPH_WORDS = 12;
/** A block holding more than this share of the page's text is the article, whatever recurs. */
const MOST_OF_THE_TEXT = 0.5;

export interface TemplateOptions {
  /** The article's title: a heading saying it is never template. */
  title?: string;
  /** Blocks already removed by other rules: not counted as the page's own. */
  isRemoved?(index: number): boolean;
}

/**
 * Blocks that are never learned nor removed as template: a heading that is the title, the first paragraph
 * (the lede), and quotes (a quote repeated across articles is still what someone said).
 */
export function protectedBlocks(blocks: readonly TemplateBlock[], options: TemplateOptions = {}): Set<number> {
  const kept = new Set<number>();
  const title = options.title ? normalizeForCompare(options.title) : '';
  let firstParagraph = false;
  blocks.forEach((block, i) => {
    if (options.isRemoved?.(i)) return;
    if (block.type === 'quote') kept.add(i);
    else if (block.type === 'heading' && title && normalizeForCompare(block.text) === title) kept.add(i);
    else if (!firstParagraph && block.type === 'paragraph' && wordCount(block.text, FIRST_PARAGRAPH_WORDS) >= FIRST_PARAGRAPH_WORDS) {
      firstParagraph = true;
      kept.add(i);
    }
  });
  return kept;
}

/** The fingerprints of a page to remember: its text blocks that are not protected (protectedBlocks), each once. */
export function learnableFingerprints(blocks: readonly TemplateBlock[], options: TemplateOptions = {}): number[] {
  const kept = protectedBlocks(blocks, options);
  const fingerprints = new Set<number>();
  blocks.forEach((block, i) => {
    if (!kept.has(i) && isTextBlock(block) && !options.isRemoved?.(i)) fingerprints.add(fingerprintOf(block));
  });
  return [...fingerprints];
}

/**
 * The blocks of a page that are the site's template: their fingerprint passes `isTemplate` (seen on enough
 * other pages) and no safety limit keeps them:
 * - a protected block (title, first paragraph, quote) stays;
 * - a block holding most of the page's text stays;
 * - a heading followed by a block of the page's own stays (a recurring "Key takeaways" opens this article's list);
 * - when fewer than three paragraphs of twenty words would be the page's own, nothing goes (the page is a copy).
 */
export function templateBlockIndices(blocks: readonly TemplateBlock[], isTemplate: (fingerprint: number) => boolean, options: TemplateOptions = {}): number[] {
  const live = (i: number) => !options.isRemoved?.(i);
  const kept = protectedBlocks(blocks, options);
  const totalText = blocks.reduce((sum, block, i) => sum + (live(i) ? block.text.length : 0), 0);
  const template = new Set<number>();
  blocks.forEach((block, i) => {
    if (!live(i) || kept.has(i) || !isTextBlock(block)) return;
    if (block.text.length > totalText * MOST_OF_THE_TEXT) return;
    if (isTemplate(fingerprintOf(block))) template.add(i);
  });
  if (template.size === 0) return [];
  // headings go with their box only
  for (const i of [...template].reverse()) {
    if (blocks[i].type !== 'heading') continue;
    const next = nextLive(blocks, i, live);
    if (next !== -1 && !template.has(next)) template.delete(i);
  }
  const own = blocks.filter((block, i) => live(i) && !template.has(i) && block.type === 'paragraph' && wordCount(block.text, MIN_PARAGRAPH_WORDS) >= MIN_PARAGRAPH_WORDS);
  if (own.length < MIN_OWN_PARAGRAPHS) return [];
  return [...template].sort((a, b) => a - b);
}

function isTextBlock(block: TemplateBlock): boolean {
  return TEMPLATE_TYPES.has(block.type) && /[\p{L}\p{N}]/u.test(block.text);
}

function nextLive(blocks: readonly TemplateBlock[], index: number, live: (i: number) => boolean): number {
  for (let i = index + 1; i < blocks.length; i++) if (live(i)) return i;
  return -1;
}
