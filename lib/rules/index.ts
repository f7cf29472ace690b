// The registry: every rule, in the order the engine runs them. Adding a rule is one file (or one entry
// in a family file) and one line here; test/rules-registry.test.ts checks that every rule is listed.
import type { BlockRule, ElementRule, KeepRule, Rule, SentenceRule } from './types.ts';
import { bylineDate, chromeLabel, originalLink, shareWidget } from './chrome.ts';
import { timeLine } from './time-lines.ts';
import { creditSentence, furnitureLine } from './furniture.ts';
import { readerPrompt } from './prompts.ts';
import { cardSection } from './card-sections.ts';
import { repostHeader } from './repost.ts';
import { carouselClone, inlineRelated, linkList, relatedArea, relatedContainer } from './related.ts';
import { houseBrandParagraph, houseBrandSection, houseBrandSentence } from './promo.ts';
import { adContainer, callToAction, callToActionSentence, chromeContainer, sponsoredSection } from './calls-to-action.ts';
import { newsletterSignup } from './newsletter.ts';
import { templatePart } from './boilerplate.ts';
import { keepArticleParts } from './keep.ts';
import { recurringBlock } from './recurring.ts';
import { duplicateBlock } from './duplicates.ts';

/** Protections, decided before anything is removed. */
export const KEEP_RULES: KeepRule[] = [keepArticleParts];

/** Containers recognised by their attributes (DOM pipeline, before the blocks are read). */
export const ELEMENT_RULES: ElementRule[] = [carouselClone, relatedContainer, adContainer, chromeContainer, newsletterSignup, templatePart];

/**
 * Rules over blocks. Chrome and related areas go first: the house brand of a page is recognised from
 * the chrome and related cards they remove. Duplicates go last, over what is left.
 */
export const BLOCK_RULES: BlockRule[] = [
  bylineDate,
  shareWidget,
  originalLink,
  chromeLabel,
  furnitureLine,
  timeLine,
  repostHeader,
  relatedArea,
  inlineRelated,
  linkList,
  cardSection,
  houseBrandSection,
  houseBrandParagraph,
  callToAction,
  readerPrompt,
  sponsoredSection,
  recurringBlock,
  duplicateBlock,
];

/** Rules over sentences of the blocks that were kept. */
export const SENTENCE_RULES: SentenceRule[] = [houseBrandSentence, callToActionSentence, creditSentence];

/**
 * In the DOM pipeline these block rules run on the article Readability picked, not on the whole page:
 * duplicates are judged within the article, and time lines are taken out of it (taken out of the page
 * first, a dateline can tip Readability's choice to the comments of a short post).
 */
export const ARTICLE_STAGE_RULES = new Set<string>([timeLine.name, duplicateBlock.name]);

export const ALL_RULES: Rule[] = [...KEEP_RULES, ...ELEMENT_RULES, ...BLOCK_RULES, ...SENTENCE_RULES];
