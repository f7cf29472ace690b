// Related articles: the "You may also like" area with its cards (one of which carries a whole second
// article) and its cloned carousel slides; other sites' "More For You", inline "Related:" links and
// containers marked as related.
import type { Block } from '../types.ts';
import type { BlockRule, ElementRule } from './types.ts';
import { wordCount } from '../text.ts';

/** Headings that open a related-articles area, whatever element carries them. */
const RELATED_HEADING =
  /^(?:you may also like|you might also like|more for you|related (?:articles|posts|stories|news|reading|coverage)|recommended (?:articles|stories|for you|reading)|more from [\p{L} ]{2,30}|editor'?s picks)$/iu;

/** In a text dump, where nothing marks where an area ends, only these take the rest of the page. */
const RELATED_HEADING_IN_TEXT = /^(?:you may also like|you might also like|more for you|related (?:articles|posts|stories))$/i;

/** Phrases that open a related area when they are a heading, but are also link texts ("Read more"). */
const RELATED_HEADING_IF_HEADING =
  /^(?:read (?:more|next|also)|recommended|more (?:news|stories|articles)|latest (?:crypto )?news|popular (?:coins|posts|articles|stories)|trending(?: now| news| stories)?|top stories|most read|don'?t miss)$/i;

/** Inline links into other stories: "Related: …", "Magazine: …", "Read also: …". */
const INLINE_RELATED = /^(?:related|magazine|read (?:more|also|next)|see also|also read|recommended|must read|more)\s*[:：|]\s*\S/i;

/** A text dump only has "from here on": require some article before the heading. */
const MIN_ARTICLE_WORDS_BEFORE = 60;

export const relatedArea: BlockRule = {
  kind: 'block',
  name: 'related-area',
  category: 'related',
  description: 'A "You may also like" / "More For You" heading and everything after it in its area.',
  *run(ctx) {
    let wordsBefore = 0;
    for (const block of ctx.blocks) {
      if (ctx.isRemoved(block.index)) continue;
      if (opensRelatedArea(block)) {
        if (block.element) yield* domRelatedArea(ctx.blocks, block);
        else if (wordsBefore >= MIN_ARTICLE_WORDS_BEFORE && RELATED_HEADING_IN_TEXT.test(block.text.replace(/[:.]$/, ''))) {
          // In a text dump the area is the rest of the page, which is only safe once an article has gone before.
          for (let i = block.index; i <= block.areaEnd; i++) yield i;
          return;
        }
      }
      if (block.type === 'paragraph' && wordsBefore < MIN_ARTICLE_WORDS_BEFORE) wordsBefore += wordCount(block.text);
    }
  },
};

export const inlineRelated: BlockRule = {
  kind: 'block',
  name: 'inline-related-link',
  category: 'related',
  description: 'A short paragraph that is only a pointer to another story: "Related: …", "Magazine: …".',
  *run(ctx) {
    for (const block of ctx.blocks) {
      if (block.type === 'heading' || !INLINE_RELATED.test(block.text) || wordCount(block.text, 30) > 30) continue;
      // In a page, such a line is (mostly) a link.
      if (block.element && !isMostlyLink(block.element)) continue;
      yield block.index;
    }
  },
};

/**
 * In a page, a heading that leads its container (a <section> of cards) takes the container. A heading
 * standing among the article's own paragraphs (a widget whose list has not loaded) takes only the cards
 * right after it: links and short lines, up to the first real paragraph.
 */
function* domRelatedArea(blocks: readonly Block[], heading: Block): Generator<number> {
  if (heading.areaStart === heading.index) {
    for (let i = heading.index; i <= heading.areaEnd; i++) yield i;
    return;
  }
  yield heading.index;
  for (let i = heading.index + 1; i <= heading.areaEnd; i++) {
    const block = blocks[i];
    if (!isMostlyLink(block.element!) && wordCount(block.text) > MAX_CARD_LINE_WORDS) return;
    yield i;
  }
}

/** A card's byline or date line; longer unlinked text is article. */
const MAX_CARD_LINE_WORDS = 12;

function opensRelatedArea(block: Block): boolean {
  if (block.text.length > 40) return false;
  const text = block.text.replace(/[:.]$/, '');
  if (RELATED_HEADING.test(text)) return true;
  // In a text dump every short line looks like a heading; only a real heading element counts here.
  return block.type === 'heading' && !!block.element && RELATED_HEADING_IF_HEADING.test(text);
}

function isMostlyLink(element: Element): boolean {
  const total = (element.textContent ?? '').length;
  const linked = Array.from(element.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').length, 0);
  return total > 0 && linked / total >= 0.5;
}

export const relatedContainer: ElementRule = {
  kind: 'element',
  name: 'related-container',
  category: 'related',
  description: 'A container whose class or id marks it as related or recommended stories.',
  attributes:
    /(?:^|[-_ .#])(?:related|more-for-you|moreforyou|you-may-(?:also-)?like|recommended|read-next|also-read|more-stories|more-news|trending-news|promotional-article|recirc|taboola|outbrain)(?:$|[-_ .\d])/i,
};

export const carouselClone: ElementRule = {
  kind: 'element',
  name: 'carousel-clone',
  category: 'duplicate',
  description: 'Slides a carousel library cloned to loop (Swiper, Slick, Glide, Splide, Owl).',
  attributes: /(?:^|[ .])(?:swiper-slide-duplicate|slick-cloned|glide__slide--clone|splide__slide--clone|cloned)(?:$|[ .])/i,
};
