// Is this a crypto-news article? A page is one when it is an article (one main text of enough words, not a
// list of teaser cards) and that text is about crypto (its density of crypto vocabulary). A known host and the
// corpus template's signals add evidence; none is required. The page is read in one pass over its text nodes
// that stops once the verdict is clear. Nothing heavy is imported: the always-on detector must stay within
// 4 kB minified (npm run bench:detector), so every byte here counts. The same reading serves the detector in
// the browser and the pipeline in Node; a text dump is read as one main text.
import { hostOf, isHostIn } from './url.ts';

/** Words of some text, and the weight of the crypto terms among them. */
export interface Vocabulary {
  words: number;
  terms: number;
}

/** Is the page an article, and what does its text say? */
export interface PageShape {
  /** The main text: the text outside links of the element holding the most of it (the parent of the
   * article's paragraphs), and the words of the links inside that element. */
  main: Vocabulary & { linkWords: number };
  /** `<article>` elements side by side with the one holding the main text, that one included: more than two
   * make the main text one card of a listing that shows a post in full. */
  cards: number;
}

export interface DetectInput {
  url?: string;
  /** The page's visible text as read, one piece of text a line: where template signals are looked for. */
  text: string;
  shape: PageShape;
}

export interface DetectResult {
  isCryptoNews: boolean;
  score: number;
  signals: string[];
}

/** Sites whose articles are crypto news. */
export const CRYPTO_NEWS_HOSTS = (
  'coindesk.com cointelegraph.com decrypt.co cryptonews.com theblock.co blockworks.co bitcoinmagazine.com ' +
  'cryptoslate.com beincrypto.com u.today ambcrypto.com coingape.com newsbtc.com bitcoinist.com dlnews.com ' +
  'thedefiant.io cryptobriefing.com cryptopotato.com theblockbeats.info panewslab.com odaily.news weex.com ' +
  'coinmarketcap.com coingecko.com'
).split(' ');

// ── Crypto vocabulary ─────────────────────────────────────────────────────────────────────────────────

/** Crypto terms as regular-expression alternatives, by weight; each also matches with a plural "s". A space
 * also matches a hyphen or nothing ("meme coin", "meme-coin", "memecoin"). */
const VOCABULARY: [weight: number, terms: string][] = [
  // Unambiguous: the field's names, its coins, exchanges and technical terms.
  [1, 'bitcoin|ethereum|crypto|cryptocurrenc(?:y|ies)|blockchain|stablecoin|altcoin|meme coin|defi|nft|web3|dogecoin|' +
    'solana|binance|coinbase|on-?chain|hashrate|proof of (?:stake|work)|smart contract|mainnet|kryptow\\w+|criptomo\\w+'],
  // Tickers, counted only in capitals ("SOL", not the Spanish "sol"); not ETH, which is also a Swiss university.
  [1, 'BTC|XRP|USDT|USDC|BNB|SOL|DEX'],
  // Mostly crypto, with other meanings too: the solvent, a climbing tether, halving a budget, staking a claim…
  [0.5, 'ether|tether|staking|halving|digital asset|zero knowledge|spot etf'],
  // Generic words crypto text uses a lot and other text uses too (Apple's AirDrop and Wallet, a Japanese name,
  // decentralised government): they count little.
  [0.2, 'exchange|token|wallet|mining|miner|coin|ledger|whale|validator|market cap|airdrop|satoshi|decentrali[sz]ed'],
];
const TICKERS = 2; // the capture group of the tickers

/** One expression, one capture group per line of the vocabulary. */
const TERMS = new RegExp(`\\b(?:${VOCABULARY.map(([, terms]) => `(${terms.replace(/ /g, '[\\s-]?')})`).join('|')})s?\\b`, 'gi');

/** The weight of the crypto terms in a text. */
export function cryptoTerms(text: string): number {
  let weight = 0;
  TERMS.lastIndex = 0;
  for (let match = TERMS.exec(text); match; match = TERMS.exec(text)) {
    const group = match.findIndex((found, i) => i > 0 && found);
    if (group !== TICKERS || match[0] === match[0].toUpperCase()) weight += VOCABULARY[group - 1][0];
  }
  return weight;
}

/** A word: letters and digits that start with a letter, so that the prices, percentages and dates of tickers
 * and tables are not text. (No Unicode property classes: they are ten times slower.) */
const WORD = /[a-z\u00c0-\uffff][a-z\d\u00c0-\uffff]*/gi;

export function countWords(text: string): number {
  let words = 0;
  for (WORD.lastIndex = 0; WORD.exec(text); ) words++;
  return words;
}

/** Weighted crypto terms per 100 words. */
function density({ words, terms }: Vocabulary): number {
  return (100 * terms) / (words || 1);
}

// ── Reading a page ────────────────────────────────────────────────────────────────────────────────────

/** Text read at most, links included, so that pages of endless menus or comments cost no more. */
const READ_CHARS = 40_000;
/** A main text this long and dense enough in crypto terms to decide alone: reading stops there. */
const ENOUGH_WORDS = 600;

const NOT_TEXT = /^(?:script|style|noscript)$/i;

/** Elements that flow inside a line of text: a text node's block is its nearest ancestor not among them. */
const INLINE = /^(?:A|B|I|EM|STRONG|SPAN|FONT)$/;

/** The text an element holds in its blocks (its paragraphs, list items, headings…). */
interface Region extends Vocabulary {
  element: Element;
  linkWords: number;
}

/** The element holding a text's block: the paragraph's parent, past wrappers around that one paragraph. */
function holderOf(parent: Element): Element {
  let block = parent;
  while (INLINE.test(block.tagName) && block.parentElement) block = block.parentElement;
  let holder = block.parentElement ?? block;
  while (holder.firstElementChild === holder.lastElementChild && holder.parentElement) holder = holder.parentElement;
  return holder;
}

/** The region of a holder, new or not. */
function regionOf(holder: Element, regions: Map<Element, Region>): Region {
  const region = regions.get(holder) ?? { element: holder, words: 0, terms: 0, linkWords: 0 };
  regions.set(holder, region);
  return region;
}

/** Read a page as the detector does: its text nodes in order (a tree walker, no layout), once. */
export function readPageForDetection(document: Document): Omit<DetectInput, 'url'> {
  const regions = new Map<Element, Region>();
  let main = regionOf(document.documentElement, regions);
  let text = '';
  const walker = document.createTreeWalker(document.body ?? document.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && text.length < READ_CHARS; node = walker.nextNode()) {
    const parent = node.parentElement!; // the walk starts inside <body>: every text node has one
    const value = node.nodeValue!.trim();
    if (!value || NOT_TEXT.test(parent.tagName)) continue;
    text += `${value}\n`;
    const region = regionOf(holderOf(parent), regions);
    const words = countWords(value);
    const terms = cryptoTerms(value);
    if (parent.closest('a')) region.linkWords += words;
    else {
      region.words += words;
      region.terms += terms;
      if (region.words > main.words) main = region;
      if (main.words >= ENOUGH_WORDS && density(main) >= DENSITY_ALONE) break;
    }
  }
  return { text, shape: { main, cards: cardsBeside(main.element) } };
}

/** The `<article>` elements side by side with the one an element lies in, that one included. */
function cardsBeside(element: Element): number {
  return element.closest('article')?.parentElement?.querySelectorAll(':scope>article').length ?? 0;
}

/** The same reading of a text dump: all of it is the main text; its headings are among the lines, where the
 * template signals are looked for. */
export function readTextForDetection(lines: readonly string[]): Omit<DetectInput, 'url'> {
  const text = lines.join('\n').slice(0, READ_CHARS);
  return { text, shape: { main: { words: countWords(text), terms: cryptoTerms(text), linkWords: 0 }, cards: 0 } };
}

// ── Is it an article? ─────────────────────────────────────────────────────────────────────────────────

/** Words of main text an article has at least. */
const ARTICLE_WORDS = 150;

/** Why a page is not an article (a listing, a home, price or landing page), or null when it is one. */
export function notAnArticle({ main, cards }: PageShape): string | null {
  if (main.words < ARTICLE_WORDS) return `words:${main.words}`;
  if (main.linkWords > main.words) return 'links';
  return cards > 2 ? `cards:${cards}` : null;
}

// ── The verdict ───────────────────────────────────────────────────────────────────────────────────────

/** Score at which an article is crypto news. */
const THRESHOLD = 2.5;
/** Weighted crypto terms per 100 words of main text at which the vocabulary alone reaches the threshold. */
const DENSITY_ALONE = 1.5;
/** A known crypto-news host, and each template signal: any two suffice. */
const SIGNAL = 1.25;

/** The corpus template, on whatever mirror domain it is served from: signals in its text. */
const TEMPLATE_SIGNALS: [string, RegExp][] = [
  // "By: blockbeats|2026/01/02 11:00:01", on one line or split over the byline bar's elements
  ['template-byline', /^By\s*:[^|\n]{1,60}\s*\|\s*\d{4}\/\d\d\/\d\d \d\d:/im],
  // "Original Article Title:", "Original Author:", "Original Translation:", "Translated Article:"…
  ['repost-header', /^(?:Original (?:Article )?(?:Title|Author|Source|Translation)|Translat(?:ion|ed Article))\s*:/im],
  // the heading of its related area
  ['you-may-also-like', /^You may also like$/im],
  // the link back to the reposted original, at the article's end
  ['original-link', /^\[?Original (?:Article )?Link\]?$/im],
];

/** Is this page crypto news? Its text and shape, and its address. */
export function detectCryptoNews(input: DetectInput): DetectResult {
  return withKnownHost(scorePage(input), input.url);
}

/**
 * The verdict from the page alone (its text and shape), without the list of known hosts: what the always-on
 * detector computes and reports (the list would cost it a tenth of its size); the background adds the host.
 */
export function scorePage(input: Omit<DetectInput, 'url'>): DetectResult {
  const signals: string[] = [];
  let score = 0;
  for (const [name, pattern] of TEMPLATE_SIGNALS) {
    if (pattern.test(input.text)) {
      signals.push(name);
      score += SIGNAL;
    }
  }
  const notArticle = notAnArticle(input.shape);
  if (notArticle) {
    signals.push(`not-an-article:${notArticle}`);
    score = 0;
  } else {
    const mainDensity = density(input.shape.main);
    signals.push(`crypto-terms:${mainDensity.toFixed(1)}`); // weighted crypto terms per 100 words
    score += (THRESHOLD * Math.min(mainDensity, 2 * DENSITY_ALONE)) / DENSITY_ALONE;
  }
  return { isCryptoNews: score >= THRESHOLD, score, signals };
}

/** A verdict with the page's host counted: a known crypto-news site adds a signal, on an article only. */
export function withKnownHost(result: DetectResult, url: string | undefined): DetectResult {
  const host = hostOf(url);
  if (!isHostIn(host, CRYPTO_NEWS_HOSTS)) return result;
  const score = result.signals.some((signal) => signal.startsWith('not-an-article')) ? result.score : result.score + SIGNAL;
  return { isCryptoNews: score >= THRESHOLD, score, signals: [`crypto-news-host:${host}`, ...result.signals] };
}
