// The data that flows through Crypto Reader: blocks in, an Article out.
import type { Claim } from './claims/index.ts';
import type { BlockFeatures } from './blocks/features.ts';
import type { RemovingStage } from './pipeline.ts';
import type { ExportedHighlight } from './export/highlights.ts';

/** What a block is, as far as the reader and the exports care. */
export type BlockType =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'image'
  | 'code'
  | 'table';

/** Why something was taken out; `learned`: the site's template, learned from other articles read on the site (lib/learned-blocks.ts). */
export type Category = 'related' | 'duplicate' | 'promo' | 'chrome' | 'boilerplate' | 'learned';

/** One unit of a page: a paragraph, a heading, a list item… from a text dump or from a DOM element. */
export interface Block {
  /** Position in the list of blocks it came from. */
  index: number;
  type: BlockType;
  /** Visible text, whitespace collapsed. */
  text: string;
  /** Heading level (1–6) for headings. */
  level?: number;
  /** The element the block was read from (DOM adapter only). */
  element?: Element;
  /** 1-based line number in the source text (text adapter only). */
  line?: number;
  /**
   * Index of the last block of the area this block sits in: for a text dump, the last block of the page;
   * for a DOM, the last block inside the block's parent element. Area rules ("from here on") stop there.
   */
  areaEnd: number;
  /** Index of the first block of that area (a DOM area can start before the block). */
  areaStart?: number;
  /** A data table's cells, row by row, and how many rows at the top are its header (DOM adapter only). */
  rows?: string[][];
  headerRows?: number;
  /** What the rules read besides the text: links, list, tags (lib/blocks/features.ts). */
  features: BlockFeatures;
}

/** One thing the cleaner took out, with the rule and the stage that did it. */
export interface Removal {
  rule: string;
  category: Category;
  /** The stage of the pipeline that removed it (lib/pipeline.ts). */
  stage: RemovingStage;
  text: string;
  /** 'block' when a whole block went, 'sentence' when only part of a block's text. */
  scope: 'block' | 'sentence';
  /**
   * Where it stood in the Article, the one position a removal carries: a block went before
   * Article.blocks[anchor] (blocks.length: at the end); a sentence was cut from Article.blocks[anchor] at
   * character `offset`. Absent when unknown.
   */
  anchor?: number;
  offset?: number;
  /** Sanitised HTML of what was removed (DOM pipeline, whole blocks and containers): what "Show in place" renders. */
  html?: string;
}

/**
 * A removal while its stage runs: it also knows the index of the block it was taken from in the list of
 * blocks that stage read. That index means nothing outside the stage; the Article's removals drop it.
 */
export interface StageRemoval extends Removal {
  block?: number;
}

/** The repost header: where a translated or republished article first appeared. */
export interface OriginalSource {
  title?: string;
  author?: string;
  source?: string;
  translator?: string;
  url?: string;
}

/** Page metadata the rules lift out of the body. */
export interface PageMeta {
  title?: string;
  byline?: string;
  publishedTime?: string;
  /**
   * ISO 8601 date of the first date line in the body ("Updated Apr 7, 2025", "4 hours ago" with a reading
   * time): the date of last resort, for publishedTime when the page states no other date.
   */
  lineDate?: string;
  siteName?: string;
  original: OriginalSource;
}

export interface ArticleBlock {
  type: BlockType;
  text: string;
  level?: number;
  /** Sanitised HTML of the block (DOM pipeline only). */
  html?: string;
  /** A list item of a numbered list. */
  ordered?: boolean;
  /** A table's cells, row by row, as text; the first `headerRows` rows are its header. */
  rows?: string[][];
  headerRows?: number;
}

/** Why a page gave no article worth showing. */
export type UnreadableReason = 'no-text' | 'too-short' | 'sign-in' | 'images-only';

/** A check-worthy claim of the article (lib/claims). */
export type { Claim } from './claims/index.ts';

export interface Detection {
  isCryptoNews: boolean;
  score: number;
  signals: string[];
}

/** What the pipeline returns and the CLI prints as JSON. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  url: string | null;
  /** Language of the article (BCP 47, as the page states it), and its writing direction. */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  original: OriginalSource;
  /** Why the page holds no article worth showing (a sign-in page, a picture, a few words); null when it does. */
  unreadableReason: UnreadableReason | null;
  blocks: ArticleBlock[];
  removed: Removal[];
  claims: Claim[];
  /** Whether the page reads as crypto news; absent where the caller did not ask (the reader: the detector judged the page on load). */
  detection?: Detection;
  /**
   * The site profile (lib/sites/) whose template the page was recognised as, by its house brand at home on
   * the page: on its mirror domains too, the pages are one site's (the reader's site memory keys on it).
   */
  template?: string;
  /** The person's highlights and notes, in an export made from the reader (lib/export/highlights.ts). */
  highlights?: ExportedHighlight[];
  /** Set only on a page far longer than any article: the reader read its first part (lib/page-budget.ts). */
  cut?: { keptCharacters: number; totalCharacters: number };
}
