// Generic calls to action and ad slots that any news site drops into an article: "Sign up…",
// "Buy $X here", "Follow us on Google News", newsletter boxes, presale banners.
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
  examples: {
    source: 'trafilatura evaluation set: thepointsguy.com, nationnews.com, jamaica-gleaner.com; corpus 000_80ab6c6d0866ffcd.txt ("join" in a sentence of the article, kept)',
    kind: 'html',
    remove: [
      '<p>Sign up for the free daily TPG newsletter for more airline news!</p>',
      '<p><strong>Subscribe now to our eNATION edition for the full story.</strong></p>',
      '<p>Follow us on Twitter</p>',
    ],
    keep: [
      '<p>They wanted Scaramucci to join a publicly traded company with a rather peculiar strategy: accumulate a large amount of cryptocurrency to make the company more attractive to investors.</p>',
    ],
  },
};


/** A section with this many paid links is an advertisement (a presale pitch under its own heading). */
const MIN_SPONSORED_LINKS = 2;

export const sponsoredSection: BlockRule = {
  kind: 'block',
  name: 'sponsored-section',
  category: 'promo',
  description: 'A subsection (a heading to the next heading of any rank) that carries two or more sponsored or affiliate links.',
  *run(ctx) {
    // Links a site marks as paid: rel="sponsored", the web's own mark (block features). Redirect paths such
    // as "/ext/…" are one site's convention, and mean other things elsewhere: TYPO3's "/typo3conf/ext/".
    if (!ctx.blocks.some((b) => b.features.sponsoredLinks > 0)) return;
    for (const block of ctx.blocks) {
      if (block.type !== 'heading' || (block.level ?? 2) < 2) continue;
      let end = block.index;
      let links = block.features.sponsoredLinks;
      while (end < block.areaEnd && ctx.blocks[end + 1].type !== 'heading') links += ctx.blocks[++end].features.sponsoredLinks;
      if (links < MIN_SPONSORED_LINKS) continue;
      for (let i = block.index; i <= end; i++) yield i;
    }
  },
  examples: {
    source: 'cryptonews.com fixture (the presale pitch under its own heading, and the analysis section before it, kept; wrapped in <section> here so each ends where the page\'s next heading stood)',
    kind: 'html',
    remove: [
      '<section><h2 class="wp-block-heading">Mine-to-Earn Gaming Meets Meme Coin Economics</h2><p><a href="https://cryptonews.com/ext/pepenode/" rel="sponsored nofollow"><strong>PepeNode</strong></a> gamifies crypto mining, where users deploy digital Miner Nodes in virtual server rooms.</p><p>The ecosystem burns 70% of the tokens spent on upgrades, which is good for the token’s upside potential.</p><p>To join <a href="https://cryptonews.com/ext/pepenode/" rel="sponsored nofollow"><strong>PepeNode</strong></a>, visit the official website and connect your wallet.</p></section>',
    ],
    keep: [
      '<section><h2 class="wp-block-heading">Death Cross Concerns Battle Ichimoku Strength</h2><p>XRP tests support at $2.32 with a bearish projection targeting the $1.90-$2.00 zone, representing a 14-17% additional downside.</p><p>However, quarterly Ichimoku Cloud analysis <a href="https://x.com/matthughes13/status/1986958656538042706?s=20" target="_blank">reveals</a> XRP has built a base above the 3-month conversion and baseline for the first time in history.</p></section>',
    ],
  },
};

export const callToActionSentence: SentenceRule = {
  kind: 'sentence',
  name: 'call-to-action-sentence',
  category: 'promo',
  description: 'A sentence inside a paragraph that is a call to action ("Follow us on Google News…").',
  match: (sentence) => (CALL_TO_ACTION_SENTENCE.test(sentence) ? 'sentence' : null),
  examples: {
    source:
      'composed: a paragraph of test/fixtures/crypto/cryptonews.com--xrp.html with that page\'s own "Follow us on Google News" line run into it, as sites that append the line to the last paragraph print it (no page of the sets does)',
    kind: 'html',
    remove: [
      '<p>Canary Capital removed the delaying amendment language, potentially positioning for the November 13 launch, while Bitwise, Franklin Templeton, and 21Shares followed, racing for first-to-market advantage. [[Follow us on Google News for the latest crypto updates.]]</p>',
    ],
    keep: [
      '<p>Readers who follow the XRP market on Google News saw the headline before the filing was public, and traders moved quickly to price in a November launch.</p>',
    ],
  },
};

export const adContainer: ElementRule = {
  kind: 'element',
  name: 'ad-container',
  category: 'promo',
  description: 'A container marked as an ad, promotion, sponsor slot, presale or newsletter sign-up.',
  attributes:
    /(?:^|[-_ .#])(?:ad|ads|adv|advert|advertisement|adslot|ad-slot|sponsor|sponsored|promo|promotion|presale|newsletter|subscribe|signup|sign-up|cta)(?:$|[-_ .\d])/i,
  examples: {
    source: 'cryptonews.com fixture (Margex banner in the price bar); cointelegraph.com fixture (the lead, class "lead-text", kept)',
    kind: 'html',
    remove: [
      '<div class="header-price-advert" style="background-color: #2e3791"><a href="https://nsjbxj.care/b_MargexIcon"><div class="header-price-advert-image"><img src="https://cryptonews.com/wp-content/uploads/2025/03/margex.svg"></div><div class="header-price-advert-title"><div class="header-price-advert-title-top">Margex</div><div class="header-price-advert-title-sub">Easy Crypto Trading</div></div></a></div>',
    ],
    keep: [
      '<div class="post__block post__block_lead-text"><p class="post__lead text-fg-default">Robert Kiyosaki predicts Bitcoin will reach $250,000 and gold $27,000 by 2026, saying he’s buying hard assets amid a looming crash.</p></div>',
    ],
  },
};

export const chromeContainer: ElementRule = {
  kind: 'element',
  name: 'chrome-container',
  category: 'chrome',
  description: 'Share bars, tickers, breadcrumbs, tag lists, author boxes, view counters, disclosure tooltips, cookie banners, the "Click To Tweet" button beside a tweetable quote.',
  attributes:
    /(?:^|[-_ .#])(?:share|sharing|social-share|share-bar|sharebar|ticker|price-ticker|breadcrumbs?|cookie|consent|tags|tag-list|author-(?:top|mini|box|bio|card)|about-author|post-views|view-count|tooltip|disclosure|ctt-btn)(?:$|[-_ .\d])/i,
  examples: {
    source: 'cointelegraph.com fixture (tag list, three of its tags); cryptonews.com fixture (breadcrumbs); seattletimes-1 of Readability\'s tests (a WordPress post marked "tag-maritime-industry", kept); AEB page aeb--c582d3b772578e8f, bigbrandsystem.com (Social Warfare\'s "Click To Tweet" button; its quote kept)',
    kind: 'html',
    remove: [
      '<div class="tags-list post__block post__block_tags"><ul class="tags-list__list"><li class="tags-list__item"><a href="/tags/bitcoin" class="tags-list__link"><span class="tags-list_hash-sign">#</span>Bitcoin</a></li><li class="tags-list__item"><a href="/tags/ethereum" class="tags-list__link"><span class="tags-list_hash-sign">#</span>Ethereum</a></li><li class="tags-list__item"><a href="/tags/gold" class="tags-list__link"><span class="tags-list_hash-sign">#</span>Gold</a></li></ul></div>',
      '<div class="breadcrumbs mb-20"><a href="https://cryptonews.com">Cryptonews</a> <a href="https://cryptonews.com/news/price-analysis/">Price Analysis</a></div>',
      '<span class="sw-ctt-btn">Click To Tweet<i class="sw swp_twitter_icon"></i></span>',
    ],
    keep: [
      '<span class="sw-ctt-text">Every online business exists in the \'space-time continuum.\'</span>',
      '<div class="post-11469382 post type-post status-publish format-standard hentry tag-maritime-industry section-amazon section-business"><p>While he doesn’t buy halibut much — he’s got a freezer full of it — Bassi, 43 years a fisherman, keeps an eye on how it’s handled and presented in the grocery stores and fish markets.</p></div>',
    ],
  },
};
