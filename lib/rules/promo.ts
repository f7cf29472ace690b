// Promotion of the site's own brand woven into its articles, at every size it comes in: a whole section
// ("Brand Alignment in the Privacy Era"), an FAQ entry naming the brand, a paragraph that is mostly
// promotion, a sentence inside a real paragraph, or a trailing clause ("…, much like how WEEX …").
import type { BlockRule, SentenceRule } from './types.ts';
import { firstMention, mentionsBrand } from './house-brands.ts';
import { splitSentences } from '../sentences.ts';

/** Section headings that announce brand talk; with a mention of the house brand below, the section is promotion. */
const BRAND_TALK_HEADING = /\b(?:brand(?:s|ing)?|sponsor(?:ed|s)?|partner(?:ship)?s?|promotion(?:s|al)?|advertis\w*)\b/i;

/**
 * A trailing clause that only compares the article's point to the brand: ", much like how WEEX …",
 * ", and how platforms like WEEX …". Cutting it keeps the sentence's own claim.
 */
const COMPARISON_CLAUSE =
  /,\s*(?:and\s+)?(?:(?:much |just )?like(?:\s+how)?|similar to(?:\s+how)?|as seen (?:with|at|on)|such as|as with|including|how(?=\s+(?:platforms?|exchanges?|brands?|companies|firms|services)\b))(?:\s+(?:platforms?|exchanges?|brands?|companies|firms|services)\s+(?:like|such as))?\s*$/i;

export const houseBrandSection: BlockRule = {
  kind: 'block',
  name: 'house-brand-section',
  category: 'promo',
  description: 'A section (or FAQ entry) whose heading names the house brand, or talks brand with the brand below.',
  *run(ctx) {
    if (ctx.houseBrands.length === 0) return;
    for (const block of ctx.blocks) {
      // A level-1 heading is the article's own title: never a section to cut.
      if (block.type !== 'heading' || (block.level ?? 2) < 2 || ctx.isRemoved(block.index)) continue;
      const end = ctx.sectionEnd(block.index);
      const namesBrand = mentionsBrand(block.text, ctx.houseBrands);
      const brandTalk =
        BRAND_TALK_HEADING.test(block.text) &&
        ctx.blocks.slice(block.index + 1, end + 1).some((b) => mentionsBrand(b.text, ctx.houseBrands));
      if (!namesBrand && !brandTalk) continue;
      for (let i = block.index; i <= end; i++) yield i;
    }
  },
};

export const houseBrandParagraph: BlockRule = {
  kind: 'block',
  name: 'house-brand-paragraph',
  category: 'promo',
  description: 'A paragraph in which most sentences promote the house brand.',
  *run(ctx) {
    if (ctx.houseBrands.length === 0) return;
    for (const block of ctx.blocks) {
      if (block.type === 'heading' || ctx.isRemoved(block.index) || !mentionsBrand(block.text, ctx.houseBrands)) continue;
      const sentences = splitSentences(block.text);
      const promotional = sentences.filter((s) => mentionsBrand(s.text, ctx.houseBrands)).length;
      if (promotional * 2 > sentences.length) yield block.index;
    }
  },
};

export const houseBrandSentence: SentenceRule = {
  kind: 'sentence',
  name: 'house-brand-sentence',
  category: 'promo',
  description: 'A sentence naming the house brand; when the brand only comes in a trailing comparison clause, just that clause.',
  match(sentence, ctx) {
    const at = firstMention(sentence, ctx.houseBrands);
    if (at < 0) return null;
    const before = sentence.slice(0, at);
    const comma = before.lastIndexOf(',');
    if (comma > 0 && COMPARISON_CLAUSE.test(before.slice(comma)) && before.slice(0, comma).trim().split(/\s+/).length >= 6) return comma;
    return 'sentence';
  },
};
