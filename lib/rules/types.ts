// The shapes of rules. Rules are data plus a small matcher; the engine (lib/clean.ts) runs them.
import type { Block, Category, PageMeta } from '../types.ts';
import type { HouseBrand } from './house-brands.ts';

/**
 * A block as the rules see it: text, type, area and the features its adapter measured, but not the element
 * (DOM) or line (text) it came from, so that one rule set reads both inputs the same way.
 */
export type RuleBlock = Omit<Block, 'element' | 'line'>;

/** What every rule can see while it runs over one page. */
export interface RuleContext {
  blocks: readonly RuleBlock[];
  /** Metadata found so far; rules that lift chrome out of the body fill it in. */
  meta: PageMeta;
  /** The site's own brands on this page (their promotion is removed; other brands are news). */
  houseBrands: HouseBrand[];
  /** URL of the page, when known. */
  url?: string;
  /** The time the page is read at, for relative times ("4 hours ago"); absent: they give no date. */
  now?: Date;
  isRemoved(index: number): boolean;
  isProtected(index: number): boolean;
  /** Normalised-text hashes of blocks that recur across the inputs of a corpus run (--corpus). */
  recurring?: ReadonlySet<number>;
  /** Index of the last block of the section a heading opens (next heading of the same or higher rank). */
  sectionEnd(index: number): number;
}

/** A rule over whole blocks: returns the indices of the blocks it removes. */
export interface BlockRule {
  examples?: RuleExamples;
  kind: 'block';
  name: string;
  category: Category;
  description: string;
  run(ctx: RuleContext): Iterable<number>;
}

/** A rule that marks blocks as content to keep: protected blocks survive the chrome, duplicate and boilerplate rules. */
export interface KeepRule {
  examples?: RuleExamples;
  kind: 'keep';
  name: string;
  description: string;
  run(ctx: RuleContext): Iterable<number>;
}

/**
 * A rule over sentences inside a kept block. It returns null (keep), 'sentence' (drop the sentence), or
 * an offset into the sentence: drop from there to the end of the sentence (a trailing promotional clause).
 */
export interface SentenceRule {
  examples?: RuleExamples;
  kind: 'sentence';
  name: string;
  category: Category;
  description: string;
  match(sentence: string, ctx: RuleContext): null | 'sentence' | number;
}

/**
 * A rule over elements of a page (DOM pipeline only, before the block rules): a container whose class,
 * id or module name says what it is ("related-posts", "newsletter-sign-up-module"), or one a small
 * finder locates (the box around an e-mail sign-up field).
 */
export interface ElementRule {
  examples?: RuleExamples;
  kind: 'element';
  name: string;
  category: Category;
  description: string;
  /** Tested against "#id .class1 .class2 module-name test-id label" of each element. */
  attributes?: RegExp;
  /** Only containers match the attributes, never an inline element inside a sentence (a topic link, a <span>). */
  containersOnly?: boolean;
  /** Finds the elements to remove in a document. */
  find?(document: Document): Element[];
}

export type Rule = BlockRule | KeepRule | SentenceRule | ElementRule;

/**
 * What a rule is for, shown on real snippets: test/rule-examples.test.ts puts each snippet in an article
 * page (HTML) or a text dump (text, corpus) and runs the whole pipeline, so a rule whose examples no longer
 * need it fails there. `remove` snippets must be removed by this rule; `keep` snippets must stay. A keep
 * rule removes nothing: its `keep` snippets are what another rule would remove but the keep rule protects
 * (they must stay, and go without it), its `remove` snippets look-alikes it leaves to the other rules.
 */
export interface RuleExamples {
  /** The page or file each snippet comes from. */
  source: string;
  /**
   * `html`: fragments placed in an <article> between paragraphs; `text`: lines of a text dump; `corpus`:
   * lines of a text dump cleaned as one page of a corpus run (--corpus) on whose other pages the `remove`
   * snippets recur, and the `keep` snippets do not.
   */
  kind: 'html' | 'text' | 'corpus';
  /** Address of the page (default: a news site without a profile); a house brand is at home on its own site. */
  url?: string;
  /** Title of the page (default: a neutral news title); for snippets that repeat the title. */
  title?: string;
  /** Snippets whose text goes; where a rule cuts inside a block, [[…]] marks the part that goes. */
  remove: string[];
  keep: string[];
}
