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
  examples: {
    source: 'corpus 002_d90fbac4610048b4.txt on the brand\'s own site ("Brand Alignment" section, FAQ entries); trafilatura evaluation set: advertising.jodel.com (brand talk without the house brand, kept)',
    kind: 'html',
    url: 'https://www.weex.com/news/regulators-privacy-paradigm',
    remove: [
      '<section><h2>Brand Alignment in the Privacy Era</h2><p>Comparatively, brands ignoring this risk obsolescence, much like outdated software that can’t handle modern security needs. WEEX’s approach, integrating privacy as a core pillar, sets a benchmark, showing how alignment fosters innovation and trust.</p></section>',
      '<section><h3>How Can Brands Like WEEX Align with the New Privacy Paradigm?</h3><p>By incorporating features like zero-knowledge verifications, brands enhance user trust and security, positioning themselves as leaders in privacy-focused innovation.</p></section>',
    ],
    keep: [
      '<section><h3>How Is the Ethereum Foundation Contributing to Privacy?</h3><p>Through their Privacy Cluster, they’re focusing on private reads, writes, and confidential identities, integrating zero-knowledge proofs to make privacy a core part of Ethereum’s infrastructure.</p></section>',
      '<section><h2>Brand Safety</h2><p>Was sorgt dafür, dass deine Marke auf Jodel sicher ist?</p></section>',
    ],
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
  examples: {
    source: 'corpus 002_d90fbac4610048b4.txt and 001_f9843fba284d51a1.txt on the brand\'s own site (teasers of its related cards, here as paragraphs); 000_80ab6c6d0866ffcd.txt (another exchange is news, kept)',
    kind: 'html',
    url: 'https://www.weex.com/news/regulators-privacy-paradigm',
    remove: [
      '<p>This article explains the rules, requirements, and prize structure for the WEEX AI Trading Hackathon Finals, where finalists compete using AI-driven trading strategies under real market conditions.</p>',
      '<p>How WEEX Hackathon\'s top AI trading strategies made $15K+ in crypto markets: 4 proven rules for ETH/BTC trading, market structure analysis, and risk management in volatile conditions.</p>',
    ],
    keep: [
      '<p>Industry executives believe that "tokenized stocks" can make stock trading faster and more efficient, creating a 24/7 global market where shares continue to circulate around the world. The large U.S. exchange Kraken has already provided overseas clients with a crypto-based stock trading market.</p>',
    ],
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
  examples: {
    source: 'corpus 002_d90fbac4610048b4.txt on the brand\'s own site (a sentence, and a trailing comparison clause); 000_80ab6c6d0866ffcd.txt (another exchange is news, kept)',
    kind: 'html',
    url: 'https://www.weex.com/news/regulators-privacy-paradigm',
    remove: [
      '<p>Regulators embracing this paradigm can unlock a more secure, innovative Web3. [[Platforms like WEEX, with their privacy-aligned strategies, are already paving the way, proving that shared verification isn’t just possible—it’s preferable.]]</p>',
      '<p>Regulators who grasp this can foster innovation instead of stifling it. Evidence backs this up—studies from tech think tanks show that privacy-preserving tech reduces data leak risks by allowing selective disclosure[[, much like how WEEX implements advanced encryption in their trading platform to let users verify trades privately, building trust without exposure.]]</p>',
    ],
    keep: [
      '<p>This year, tokenization has become one of the hottest concepts in the crypto industry. The large U.S. exchange Kraken has already provided overseas clients with a crypto-based stock trading market.</p>',
    ],
  },
};
