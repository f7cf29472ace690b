// Generic calls to action and ad slots that any news site drops into an article: "Sign up…",
// "Buy $X here", "Follow us on Google News", newsletter boxes, presale banners.
import type { Block } from '../types.ts';
import type { BlockRule, ElementRule, SentenceRule } from './types.ts';
import { wordCount } from '../text.ts';

/** Each pattern is a whole short block (a box, a banner line) that asks the reader to act. */
const CALL_TO_ACTION: RegExp[] = [
  /^(?:sign up|subscribe|register|join|create an account)\b.{0,160}\b(?:now|today|free|newsletter|bonus|here|inbox|updates)\b/i,
  /^buy \$?[\p{L}\p{N}]{2,12}\b.{0,80}\b(?:here|now|today)\b/iu,
  /^follow us on (?:google news|twitter|x|telegram|facebook|linkedin|instagram|youtube|threads)\b/i,
  /\b(?:sign up|subscribe)(?: now| today)? (?:to|for) (?:our|the|a free|this)\b.{0,60}\bnewsletters?\b|\b(?:our|free) (?:\w+ )?newsletters?\b/i,
  /^(?:get|download) (?:the|our) (?:\w+ )?app\b/i,
  /^(?:advertisement|sponsored(?: content)?|ad|partner content|paid content)$/i,
  /\b(?:presale|pre-sale)\b.{0,200}\b(?:buy|join|now|live|ends?|raised)\b/i,
  /^(?:trade|start trading|claim|get) .{0,60}\b(?:bonus|rewards?|airdrop|USDT|cashback)\b/i,
];

/** Within a paragraph, only unmistakable calls to action are cut. */
const CALL_TO_ACTION_SENTENCE = /^(?:follow us on (?:google news|twitter|x|telegram)\b|(?:sign up|subscribe) (?:to|for) (?:our|the) newsletter\b|click here to (?:buy|join|sign up|register)\b)/i;

/** A call to action is a line or two; a paragraph that mentions a newsletter is content. */
const MAX_WORDS = 30;

export const callToAction: BlockRule = {
  kind: 'block',
  name: 'call-to-action',
  category: 'promo',
  description: 'A short block asking the reader to sign up, buy, follow, subscribe or join a presale.',
  *run(ctx) {
    for (const block of ctx.blocks) {
      if (wordCount(block.text, MAX_WORDS) > MAX_WORDS) continue;
      if (CALL_TO_ACTION.some((pattern) => pattern.test(block.text))) yield block.index;
    }
  },
};

/**
 * Links a site marks as paid: rel="sponsored", the web's own mark. (Redirect paths such as "/ext/…" are one
 * site's convention, and mean other things elsewhere: TYPO3's "/typo3conf/ext/", a "/tag/go/" page.)
 */
function isSponsoredLink(a: Element): boolean {
  return /\bsponsored\b/i.test(a.getAttribute('rel') ?? '');
}

/** A section with this many paid links is an advertisement (a presale pitch under its own heading). */
const MIN_SPONSORED_LINKS = 2;

/** How many paid links each block holds, from one pass over the page's links. */
function sponsoredLinksPerBlock(blocks: readonly Block[]): Map<number, number> {
  const counts = new Map<number, number>();
  const first = blocks[0]?.element;
  if (!first) return counts;
  let root: Element = first;
  while (root.parentElement) root = root.parentElement;
  const indexOf = new Map(blocks.map((b) => [b.element!, b.index]));
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    if (!isSponsoredLink(a)) continue;
    for (let el: Element | null = a; el; el = el.parentElement) {
      const index = indexOf.get(el);
      if (index === undefined) continue;
      counts.set(index, (counts.get(index) ?? 0) + 1);
      break;
    }
  }
  return counts;
}

export const sponsoredSection: BlockRule = {
  kind: 'block',
  name: 'sponsored-section',
  category: 'promo',
  description: 'A subsection (a heading to the next heading of any rank) that carries two or more sponsored or affiliate links.',
  *run(ctx) {
    const counts = sponsoredLinksPerBlock(ctx.blocks);
    if (counts.size === 0) return;
    for (const block of ctx.blocks) {
      if (block.type !== 'heading' || (block.level ?? 2) < 2) continue;
      let end = block.index;
      let links = counts.get(block.index) ?? 0;
      while (end < block.areaEnd && ctx.blocks[end + 1].type !== 'heading') links += counts.get(++end) ?? 0;
      if (links < MIN_SPONSORED_LINKS) continue;
      for (let i = block.index; i <= end; i++) yield i;
    }
  },
};

export const callToActionSentence: SentenceRule = {
  kind: 'sentence',
  name: 'call-to-action-sentence',
  category: 'promo',
  description: 'A sentence inside a paragraph that is a call to action ("Follow us on Google News…").',
  match: (sentence) => (CALL_TO_ACTION_SENTENCE.test(sentence) ? 'sentence' : null),
};

export const adContainer: ElementRule = {
  kind: 'element',
  name: 'ad-container',
  category: 'promo',
  description: 'A container marked as an ad, promotion, sponsor slot, presale or newsletter sign-up.',
  attributes:
    /(?:^|[-_ .#])(?:ad|ads|adv|advert|advertisement|adslot|ad-slot|sponsor|sponsored|promo|promotion|presale|newsletter|subscribe|signup|sign-up|cta)(?:$|[-_ .\d])/i,
};

export const chromeContainer: ElementRule = {
  kind: 'element',
  name: 'chrome-container',
  category: 'chrome',
  description: 'Share bars, tickers, breadcrumbs, tag lists, author boxes, view counters, disclosure tooltips, cookie banners.',
  attributes:
    /(?:^|[-_ .#])(?:share|sharing|social-share|share-bar|sharebar|ticker|price-ticker|breadcrumbs?|cookie|consent|tags|tag-list|author-(?:top|mini|box|bio|card)|about-author|post-views|view-count|tooltip|disclosure)(?:$|[-_ .\d])/i,
};
