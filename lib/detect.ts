// Is this a crypto-news article? A cheap check over the start of a page's text, its headings and its
// address, with the signals that said so. It imports nothing heavy, so the always-on detector can stay
// tiny; the same reading of a page serves the detector in the browser and the pipeline in Node.
import { hostOf, isHostIn } from './url.ts';
import { wordCount } from './text.ts';

export interface DetectInput {
  url?: string;
  /** The name the page gives its site (og:site_name), e.g. "CoinDesk". */
  siteName?: string;
  /** The start of the page's visible text, one piece of text a line. */
  text: string;
  /** The page's headings (h1–h4), anywhere on the page; read only when they can change the verdict. */
  headings: () => string[];
  /** The page says it is an article (og:type article, an <article> element, schema.org data); a text
   * dump is one. Read only on a crypto-news site, where it decides. */
  isArticle: () => boolean;
}

/** The start of the text a detector reads: enough to tell, cheap on long pages. */
const SAMPLE_CHARS = 12_000;

/** Structured data that declares an article: schema.org NewsArticle, Article, BlogPosting, ReportageNewsArticle… */
const ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|Report)"/;

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg', 'SVG']);

/** Read a page as the detector does: text nodes in order (a tree walker, no layout), headings, site name. */
export function readPageForDetection(document: Document): Omit<DetectInput, 'url'> {
  let text = '';
  const root = document.body ?? document.documentElement;
  if (root) {
    const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node && text.length < SAMPLE_CHARS; node = walker.nextNode()) {
      const value = node.nodeValue?.trim();
      if (value && !NOT_TEXT.has(node.parentElement?.tagName ?? '')) text += `${value}\n`;
    }
  }
  const headings = () => Array.from(document.querySelectorAll('h1, h2, h3, h4'), (h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
  const siteName = document.querySelector('meta[property="og:site_name"], meta[name="og:site_name"]')?.getAttribute('content') ?? undefined;
  const isArticle = () =>
    /article/i.test(document.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content') ?? '') ||
    document.querySelector('article') !== null ||
    Array.from(document.querySelectorAll('script[type="application/ld+json"]')).some((script) => ARTICLE_LD.test((script.textContent ?? '').slice(0, 2000)));
  return { text, headings, siteName, isArticle };
}

/** The same reading of a text dump: its lines, and its lines that read as headings. */
export function readTextForDetection(lines: readonly string[], headings: readonly string[]): Omit<DetectInput, 'url' | 'siteName'> {
  let text = '';
  for (const line of lines) {
    if (text.length >= SAMPLE_CHARS) break;
    text += `${line}\n`;
  }
  return { text, headings: () => [...headings], isArticle: () => true };
}

export interface DetectResult {
  isCryptoNews: boolean;
  score: number;
  signals: string[];
}

/** Sites whose articles are crypto news. */
export const CRYPTO_NEWS_HOSTS = [
  'coindesk.com', 'cointelegraph.com', 'decrypt.co', 'cryptonews.com', 'theblock.co', 'blockworks.co',
  'bitcoinmagazine.com', 'cryptoslate.com', 'beincrypto.com', 'u.today', 'ambcrypto.com', 'coingape.com',
  'newsbtc.com', 'bitcoinist.com', 'dlnews.com', 'thedefiant.io', 'cryptobriefing.com', 'cryptopotato.com',
  'theblockbeats.info', 'panewslab.com', 'odaily.news', 'weex.com', 'coinmarketcap.com', 'coingecko.com',
];

/** The corpus template, on whatever mirror domain it is served from: signals in the start of its text. */
const TEMPLATE_SIGNALS: [string, RegExp, number][] = [
  // "By: blockbeats|2026/01/02 11:00:01", on one line or split over the byline bar's elements
  ['template-byline', /(?:^|\n)By\s*:\s*[^|\n]{1,60}\n?\s*\|\s*\n?\s*\d{4}\/\d{2}\/\d{2}\s+\d{2}:\d{2}/i, 2],
  ['repost-header', /(?:^|\n)(?:Original (?:Article )?(?:Title|Author|Source)|Translat(?:ion|ed Article)|Original Translation)\s*:/i, 1],
];

/** The template's related area, by its heading. */
const RELATED_HEADING = /^You may also like$/i;

const CRYPTO_TERMS =
  /\b(?:bitcoin|btc|ethereum|eth|crypto(?:currency|currencies)?|blockchain|stablecoins?|tokens?|tokeni[sz]ation|defi|web3|altcoins?|solana|sol|xrp|memecoins?|nfts?|on-chain|exchanges?|wallets?|mining|halving|etfs?|usdt|usdc|binance|coinbase|staking|airdrop)\b/gi;

/** Crypto terms per 100 words above which a page reads as crypto news. */
const TERM_DENSITY = 1.5;

/** Score at which a page is crypto news. */
const THRESHOLD = 2.5;

/** About 300 words: an article, not a landing page. */
const ARTICLE_CHARS = 1_800;

export function detectCryptoNews(input: DetectInput): DetectResult {
  const signals: string[] = [];
  let score = 0;
  const host = hostOf(input.url);
  const siteKey = (input.siteName ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  // A crypto-news site's home, price and trading pages are not articles: the site counts fully only on an article.
  const onHost = isHostIn(host, CRYPTO_NEWS_HOSTS);
  const onSite = !onHost && !!siteKey && CRYPTO_NEWS_HOSTS.some((h) => h.split('.')[0].replace(/[^a-z0-9]/g, '') === siteKey);
  if (onHost || onSite) {
    signals.push(onHost ? `crypto-news-host:${host}` : `crypto-news-site:${input.siteName}`);
    if (input.isArticle()) score += 2;
    else {
      signals.push('not-an-article');
      score += 0.5;
    }
  }
  const sample = input.text.length > SAMPLE_CHARS ? input.text.slice(0, SAMPLE_CHARS) : input.text;
  for (const [name, pattern, weight] of TEMPLATE_SIGNALS) {
    if (pattern.test(sample)) {
      signals.push(name);
      score += weight;
    }
  }
  if (sample.length >= ARTICLE_CHARS) {
    signals.push('article-length');
    score += 0.5;
  }
  // The vocabulary and the related heading are read only while they can still decide.
  if (score < THRESHOLD && score + 2 >= THRESHOLD) {
    const density = (100 * countMatches(sample, CRYPTO_TERMS)) / Math.max(wordCount(sample), 1);
    if (density >= TERM_DENSITY) {
      signals.push(`crypto-vocabulary:${density.toFixed(1)}/100w`);
      score += 1;
    }
  }
  if (score < THRESHOLD && score + 1 >= THRESHOLD && input.headings().some((heading) => RELATED_HEADING.test(heading))) {
    signals.push('related-you-may-also-like');
    score += 1;
  }
  return { isCryptoNews: score >= THRESHOLD, score, signals };
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count++;
  return count;
}
