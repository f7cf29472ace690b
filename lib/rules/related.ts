// Related articles: the "You may also like" area with its cards (one of which carries a whole second
// article) and its cloned carousel slides; "More For You" areas, inline "Related:" links and containers
// marked as related. A site's own labels (cointelegraph's "Magazine:") are in its profile (lib/sites/).
import type { BlockRule, ElementRule, RuleBlock } from './types.ts';
import { wordCount } from '../text.ts';

/** Headings that open a related-articles area, whatever element carries them. */
const RELATED_HEADING =
  /^(?:you may also like|you might also like|more for you|related (?:articles|posts|stories|news|reading|coverage)|recommended (?:articles|stories|for you|reading)|more from [\p{L} ]{2,30}|editor'?s picks)$/iu;

/**
 * Headings of related-article areas in other languages, as the start of a heading of a few words ("Das
 * könnte Sie auch interessieren!", "Mehr zum Thema auf UEPO.de", "Empfohlene Beiträge").
 */
const RELATED_HEADING_START = new RegExp(
  '^(?:' +
    [
      'more (?:great |top )?[\\p{L}]{0,20} stories', 'more (?:on|about) this', 'related (?:content|topics|links)', 'further reading', 'read more on', 'more from our', 'popular (?:now|on)',
      'das könnte (?:sie|dich) (?:auch )?interessieren', '(?:das thema )?könnte (?:sie|dich) auch interessieren', 'mehr zum thema', 'mehr (?:themen|artikel|beiträge|news|nachrichten)', '(?:weitere|ähnliche|verwandte) (?:beiträge|artikel|themen|nachrichten|news|meldungen)', 'beiträge zum thema', 'empfohlene (?:beiträge|artikel)', 'neueste (?:artikel|beiträge|nachrichten)', 'meistgelesen', 'meist-?(?:gelesen|diskutiert)', 'zum weiterlesen', 'weiterführende (?:links|artikel|informationen)', 'lesen sie auch', 'auch interessant', 'entdecke(?:n sie)? (?:weitere|mehr)', 'top-?themen', 'schon gelesen',
      'à lire (?:aussi|également)', 'lire aussi', 'sur le même (?:sujet|thème)', 'dans la même rubrique', 'articles? (?:similaires|liés|recommandés)', 'les plus lus', 'nos (?:derniers )?articles',
      'noticias relacionadas', 'artículos relacionados', 'te puede interesar', 'le puede interesar', 'también te puede interesar', 'lo más leído', 'más noticias', 'otras noticias', 'notícias relacionadas', 'leia também', 'veja também', 'mais lidas',
      'czytaj (?:też|także|więcej)', 'zobacz (?:też|także|również)', 'powiązane (?:artykuły|tematy)', 'podobne artykuły', 'najczęściej czytane', 'polecane(?: artykuły)?', 'najnowsze (?:artykuły|wiadomości)',
    ].join('|') +
    // the phrase, then at most a few words ("… auf UEPO.de", "… aus der Kolumne") and the heading's own mark
    ')(?:\\s+\\S+){0,3}?\\s*[:.!?]?$',
  'iu',
);

/** A heading of a related area is a few words. */
const MAX_RELATED_HEADING_WORDS = 8;

/** In a text dump, where nothing marks where an area ends, only these take the rest of the page. */
const RELATED_HEADING_IN_TEXT = /^(?:you may also like|you might also like|more for you|related (?:articles|posts|stories))$/i;

/** Phrases that open a related area when they are a heading, but are also link texts ("Read more"). */
const RELATED_HEADING_IF_HEADING =
  /^(?:read (?:more|next|also)|recommended|more (?:news|stories|articles)|latest (?:crypto )?news|popular (?:coins|posts|articles|stories)|trending(?: now| news| stories)?|top stories|most read|don'?t miss)$/i;

/** Inline links into other stories: "Related: …", "Read also: …". In a page, only when mostly a link. */
const INLINE_RELATED = /^(?:related|read (?:more|also|next)|see also|also read|recommended|must read|more)\s*[:：|]\s*\S/i;

/** A pointer to another story is a line or two. */
const MAX_POINTER_WORDS = 30;

/**
 * Labels that only ever introduce a pointer to another story, in the languages of the sets ("Lea también: …",
 * "Lesen Sie auch: …", "Czytaj też: …", "LE PUEDE INTERESAR: …", "Veja também: …"), as regular-expression
 * alternatives. Shared with the cut of such a pointer from the end of a paragraph (lib/teaser-tails.ts).
 */
export const TEASER_LABELS = [
  'read (?:also|more|next)', 'also read', 'see also', 'related(?: (?:article|story|post|reading))?', 'more on this(?: story)?', 'further reading',
  'lesen sie (?:auch|hier|mehr|dazu)', 'auch lesen', 'mehr (?:dazu|zum thema)', 'siehe auch', 'zum weiterlesen', 'weiterlesen', 'lesetipp', 'passend (?:dazu|zum thema)',
  'lire (?:aussi|également|la suite)', 'à lire (?:aussi|également)', 'voir aussi', 'sur le même sujet',
  'lea (?:también|además|más)', 'lee (?:también|además|más)', 'lea', 'le puede interesar', 'te puede interesar', 'puede interesarte', 'vea también', 'ver también', 'mire', 'puedes ver', 'también puedes leer', 'noticia relacionada',
  'leia (?:também|mais)', 'veja (?:também|mais)', 'saiba mais',
  'czytaj (?:też|także|więcej)', 'zobacz (?:też|także)', 'przeczytaj (?:też|także)', 'polecamy',
];

/** A short paragraph opening with such a label is a teaser whether or not the site made its title a link. */
const TEASER_LABEL = new RegExp(`^(?:>>\\s*)?(?:${TEASER_LABELS.join('|')})\\s*[:：]\\s*\\S`, 'iu');
/** A pointer set off in brackets, the whole paragraph: "[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]". */
const BRACKETED_POINTER = /^[[(]\s*(?:read|see|watch|listen|related|more|read more|see also)\s*[:：]\s*[^\])]+[\])]\.?$/i;

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
      if (opensRelatedAreaInOtherWords(block)) {
        const area = [...cardsAfter(ctx.blocks, block)];
        if (area.length > 1) yield* area; // the heading, and at least one card under it
      }
      else if (opensRelatedArea(block)) {
        if (block.features.markup) yield* domRelatedArea(ctx.blocks, block);
        else if (wordsBefore >= MIN_ARTICLE_WORDS_BEFORE && RELATED_HEADING_IN_TEXT.test(block.text.replace(/[:.]$/, ''))) {
          // In a text dump the area is the rest of the page, which is only safe once an article has gone before.
          for (let i = block.index; i <= block.areaEnd; i++) yield i;
          return;
        }
      }
      if (block.type === 'paragraph' && wordsBefore < MIN_ARTICLE_WORDS_BEFORE) wordsBefore += wordCount(block.text);
    }
  },
  examples: {
    source: 'cryptonews.com fixture ("More Articles" cards, class names shortened); trafilatura evaluation set: plantcaretoday.com and battery-news.de (section headings of the article, kept)',
    kind: 'html',
    remove: [
      '<div class="single-post__dont-miss"><h2>More Articles</h2><div class="single-post__dont-miss-list"><div class="single-post__dont-miss-item"><a href="https://cryptonews.com/news/kazakhstan-to-launch-500m-1b-crypto-reserve-fund-by-2026-report/" class="story-one-cell"><div class="story-one-cell__label">Blockchain News</div><div class="story-one-cell__title">Kazakhstan to Launch $500M–$1B Crypto Reserve Fund by 2026: Report</div><div class="story-one-cell__author-name">Tanzeel Akhtar</div></a></div><div class="single-post__dont-miss-item"><a href="https://cryptonews.com/news/zec-price-prediction-zcash-outperforms-83-of-top-100-cryptos-is-1000-target-realistic/" class="story-one-cell"><div class="story-one-cell__label">Price Analysis</div><div class="story-one-cell__title">ZEC Price Prediction: Zcash Outperforms 83% of Top 100 Cryptos – Is $1,000 Target Realistic?</div><div class="story-one-cell__author-name">Anas Hassan</div></a></div></div></div>',
    ],
    keep: [
      '<div><h3>Latest stories from the courtroom</h3><p>The jury heard from three former employees on Tuesday, who described how customer deposits were moved to the trading arm without the knowledge of the board.</p><p>The defence will call its first witness next week, the judge said.</p></div>',
      '<section><h2>Noch mehr Druck auf Binance</h2><p>Die Aufsichtsbehörde hat am Montag weitere Unterlagen von der Börse angefordert, wie aus einem Schreiben hervorgeht, das der Redaktion vorliegt.</p></section>',
      '<h2>Popular Bougainvillea Varieties</h2><p>Bougainvillea glabra – The familiar magenta species. Its variety sanderiana is more generous with flowers.</p><p>Bougainvillea spectabilis (braziliensis) – Hardiest species, with somewhat furry foliage and red-purple blooms.</p>',
      '<h2>Weitere US-Zellprojekte im Aufbau</h2><p>Die Fabrik von Ultium Cells in Warren im US-Bundesstaat Ohio hatte bereits im August 2022 mit der Fertigung von Batteriezellen begonnen.</p>',
    ],
  },
};

export const inlineRelated: BlockRule = {
  kind: 'block',
  name: 'inline-related-link',
  category: 'related',
  description: 'A short paragraph that is only a pointer to another story: "Related: …", "Read also: …", "[Read: …]".',
  *run(ctx) {
    for (const block of ctx.blocks) {
      if (block.type === 'heading' || wordCount(block.text, MAX_POINTER_WORDS) > MAX_POINTER_WORDS) continue;
      if (TEASER_LABEL.test(block.text) || BRACKETED_POINTER.test(block.text)) yield block.index;
      // In a page, a line behind a label that can also be prose ("More: …") is a teaser when it is mostly a link.
      else if (isInlinePointer(block, INLINE_RELATED)) yield block.index;
    }
  },
  examples: {
    source: 'cointelegraph.com fixture ("Related:" link; the caption after it, kept); trafilatura evaluation set: 100noticias.com ("Lea también:" without a link); nytimes-1 of Readability\'s tests (kept); wapo-1 of Readability\'s tests (the "[Read: …]" interstitial link)',
    kind: 'html',
    remove: [
      '<p><em><strong>Related: </strong></em><a href="https://cointelegraph.com/news/bitcoin-unofficial-ipo-phase-jordi-visser-analysis"><em><strong>Bitcoin is having its IPO moment, says Wall Street veteran</strong></em></a></p>',
      '<p><strong>Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo estadounidense</strong></p>',
      '<p channel="wp.com" class="interstitial-link"> <i> <a href="http://www.washingtonpost.com/blogs/worldviews/wp/2015/03/18/why-tunisia-the-arab-springs-sole-success-story-suffers-from-islamist-violence/">[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]</a> </i> </p>',
    ],
    keep: [
      '<figure><img src="https://s3.cointelegraph.com/uploads/2025-11/019a67ee-11a2-7185-b4ca-182f7bbe7dff" alt=""><figcaption><em>Kiyosaki remains bullish on Bitcoin, Ether, gold and silver. Source: </em><a href="https://x.com/theRealKiyosaki/status/1987387131174535335"><em>Robert Kiyosaki</em></a></figcaption></figure>',
      '<p>In 1997, President Bill Clinton imposed a <a href="https://www.treasury.gov/resource-center/sanctions/Programs/Documents/sudan.pdf">comprehensive trade embargo against Sudan and blocked the assets of the Sudanese government</a>, which was suspected of sponsoring international terrorism.</p>',
    ],
  },
};

/**
 * A short paragraph that opens with `label` and, in a page, is mostly a link: a pointer to another story
 * ("More: <a>…</a>"). Site profiles pass their own labels.
 */
export function isInlinePointer(block: RuleBlock, label: RegExp): boolean {
  if (block.type === 'heading' || wordCount(block.text, MAX_POINTER_WORDS) > MAX_POINTER_WORDS) return false;
  return label.test(block.text) && (!block.features.markup || isMostlyLink(block));
}

/**
 * In a page, a heading that leads its container (a <section> of cards) takes the container. A heading
 * standing among the article's own paragraphs (a widget whose list has not loaded) takes only the cards
 * right after it: links and short lines, up to the first real paragraph.
 */
function* domRelatedArea(blocks: readonly RuleBlock[], heading: RuleBlock): Generator<number> {
  if (heading.areaStart === heading.index) {
    for (let i = heading.index; i <= heading.areaEnd; i++) yield i;
    return;
  }
  yield* cardsAfter(blocks, heading);
}

/** A heading and the cards right after it in its area: links and short lines, up to the first real paragraph. */
function* cardsAfter(blocks: readonly RuleBlock[], heading: RuleBlock): Generator<number> {
  yield heading.index;
  for (let i = heading.index + 1; i <= heading.areaEnd; i++) {
    const block = blocks[i];
    if (!isMostlyLink(block) && wordCount(block.text) > MAX_CARD_LINE_WORDS) return;
    yield i;
  }
}

/** A card's byline or date line; longer unlinked text is article. */
const MAX_CARD_LINE_WORDS = 12;

/**
 * A heading in the other languages' words ("Das könnte Sie auch interessieren", "Czytaj też"): it takes only
 * the cards right after it, never its container, so an article section whose heading happens to start so
 * keeps its prose.
 */
function opensRelatedAreaInOtherWords(block: RuleBlock): boolean {
  return block.features.markup && (block.type === 'heading' || /[:?!]$/.test(block.text)) && wordCount(block.text, MAX_RELATED_HEADING_WORDS + 1) <= MAX_RELATED_HEADING_WORDS && RELATED_HEADING_START.test(block.text);
}

function opensRelatedArea(block: RuleBlock): boolean {
  if (block.text.length > 40) return false;
  const text = block.text.replace(/[:.]$/, '');
  if (RELATED_HEADING.test(text)) return true;
  // In a text dump every short line looks like a heading; only a real heading element counts here.
  return block.type === 'heading' && block.features.markup && RELATED_HEADING_IF_HEADING.test(text);
}

function isMostlyLink(block: RuleBlock): boolean {
  return block.features.linkShare >= 0.5;
}

export const relatedContainer: ElementRule = {
  kind: 'element',
  name: 'related-container',
  category: 'related',
  description: 'A container whose class or id marks it as related or recommended stories.',
  attributes:
    /(?:^|[-_ .#])(?:related|more-for-you|moreforyou|you-may-(?:also-)?like|recommended|read-next|also-read|more-stories|more-news|trending-news|recirc|taboola|outbrain)(?:$|[-_ .\d])/i,
  examples: {
    source: 'nytimes-1 of Readability\'s tests ("Related Coverage" aside, two of its cards; a paragraph of the article linking a topic page, kept)',
    kind: 'html',
    remove: [
      '<aside class="marginalia related-combined-coverage-marginalia marginalia-item nocontent robots-nocontent" role="complementary"><div class="nocontent robots-nocontent"><header><h2 class="module-heading">Related Coverage</h2></header><ul><li><article class="story theme-summary"><a class="story-link" href="http://www.nytimes.com/2010/11/08/world/africa/08sudan.html"><div class="story-body"><h2 class="headline"><span class="title">U.S. Sweetens Offer to Take Sudan Off Terrorist List</span> <time class="dateline">NOV. 7, 2010</time></h2></div></a></article></li><li><article class="story theme-summary"><a class="story-link" href="http://www.nytimes.com/2009/03/31/washington/31sudan.html"><div class="story-body"><h2 class="headline"><span class="title">Obama Urges Sudan to Allow Aid Groups Back Into the Country</span> <time class="dateline">MARCH 30, 2009</time></h2></div></a></article></li></ul></div></aside>',
    ],
    keep: [
      '<p class="story-body-text story-content">LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on <a href="http://topics.nytimes.com/top/news/international/countriesandterritories/sudan/index.html?inline=nyt-geo" title="More news and information about Sudan." class="meta-loc">Sudan</a> and lift trade sanctions, Obama administration officials said late Thursday.</p>',
    ],
  },
};

export const carouselClone: ElementRule = {
  kind: 'element',
  name: 'carousel-clone',
  category: 'duplicate',
  description: 'Slides a carousel library cloned to loop (Swiper, Slick, Glide, Splide, Owl).',
  attributes: /(?:^|[ .])(?:swiper-slide-duplicate|slick-cloned|glide__slide--clone|splide__slide--clone|cloned)(?:$|[ .])/i,
  examples: {
    source: 'corpus 000_80ab6c6d0866ffcd.txt\'s "You may also like" card as scripts/site-template.ts renders the site\'s Swiper carousel (loop mode clones the first and last slides; no saved page holds the clones, which a script adds)',
    kind: 'html',
    remove: [
      '<div class="swiper-slide swiper-slide-duplicate" aria-hidden="true"><h3 class="card-title"><a href="https://www.example-news.test/news/1">Token Cannot Compound, Where Is the Real Investment Opportunity?</a></h3></div>',
    ],
    keep: ['<div class="swiper-slide"><h3 class="card-title"><a href="https://www.example-news.test/news/1">Token Cannot Compound, Where Is the Real Investment Opportunity?</a></h3></div>'],
  },
};

/** A list of links to elsewhere: at least this many items… */
const MIN_LINK_LIST_ITEMS = 3;
/** …of which this share is one link and nothing else… */
const MIN_LINK_ITEM_SHARE = 0.75;
/** …each a title, not a sentence with a link in it. */
const MAX_LINK_ITEM_WORDS = 16;

/** An item that is one link: its linked text is nearly all its text. */
function isLinkItem(block: RuleBlock): boolean {
  if (wordCount(block.text, MAX_LINK_ITEM_WORDS + 1) > MAX_LINK_ITEM_WORDS) return false;
  // In-page links ("#section-2") make a table of contents: the article's own outline, not links away.
  return block.features.awayLinkShare >= 0.8;
}

export const linkList: BlockRule = {
  kind: 'block',
  name: 'link-list',
  category: 'related',
  description: 'A list whose items are mostly one link each (related stories, more links, a site menu), with the short heading that introduces it.',
  *run(ctx) {
    const itemsOf = new Map<number, RuleBlock[]>();
    for (const block of ctx.blocks) {
      const list = block.features.list;
      if (list === undefined) continue;
      if (!itemsOf.has(list)) itemsOf.set(list, []);
      itemsOf.get(list)!.push(block);
    }
    for (const items of itemsOf.values()) {
      if (items.length < MIN_LINK_LIST_ITEMS) continue;
      const linkItems = items.filter(isLinkItem).length;
      if (linkItems / items.length < MIN_LINK_ITEM_SHARE) continue;
      const heading = ctx.blocks[items[0].index - 1];
      if (heading?.type === 'heading' && wordCount(heading.text, 7) <= 6 && ctx.sectionEnd(heading.index) <= items[items.length - 1].index) yield heading.index;
      for (const item of items) yield item.index;
    }
  },
  examples: {
    source: 'cryptonews.com fixture (trending stories list); wikipedia of Readability\'s tests (table of contents: in-page links, kept)',
    kind: 'html',
    remove: [
      '<ul><li class="news-tab-content-link"><a href="https://cryptonews.com/news/crypto-market-prospect-after-the-washout-the-soil-looks-richer/">Crypto Market Prospect: After the Washout, the Soil Looks Richer</a></li><li class="news-tab-content-link"><a href="https://cryptonews.com/news/xrp-price-prediction-xrp-ranked-2-by-analysts-just-behind-bitcoin-ahead-of-solana-and-doge/">XRP Price Prediction: XRP Ranked #2 by Analysts – Just Behind Bitcoin, Ahead of Solana and DOGE</a></li><li class="news-tab-content-link"><a href="https://cryptonews.com/news/bitcoin-price-prediction-jpmorgan-predicts-170k-btc-within-6-months-is-wall-street-buying-the-dip/">Bitcoin Price Prediction: JPMorgan Predicts $170K BTC Within 6 Months – Is Wall Street Buying the Dip?</a></li></ul>',
    ],
    keep: [
      '<ul><li class="toclevel-1 tocsection-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a></li><li class="toclevel-1 tocsection-3"><a href="#Values"><span class="tocnumber">2</span> <span class="toctext">Values</span></a></li><li class="toclevel-1 tocsection-5"><a href="#Software"><span class="tocnumber">3</span> <span class="toctext">Software</span></a></li></ul>',
    ],
  },
};
