// Is this a crypto-news article? A cheap check over a page's first lines of text and its address, with
// the signals that said so. It imports nothing heavy, so the always-on detector can stay tiny.
import { hostOf, isHostIn } from './url.ts';

export interface DetectInput {
  url?: string;
  /** The name the page gives its site (og:site_name), e.g. "CoinDesk". */
  siteName?: string;
  /** Visible text, one block per entry, in page order (the first few hundred are enough). */
  lines: string[];
}

export interface DetectResult {
  isCryptoNews: boolean;
  score: number;
  signals: string[];
}

/** Sites whose articles are crypto news. */
const CRYPTO_NEWS_HOSTS = [
  'coindesk.com', 'cointelegraph.com', 'decrypt.co', 'cryptonews.com', 'theblock.co', 'blockworks.co',
  'bitcoinmagazine.com', 'cryptoslate.com', 'beincrypto.com', 'u.today', 'ambcrypto.com', 'coingape.com',
  'newsbtc.com', 'bitcoinist.com', 'dlnews.com', 'thedefiant.io', 'cryptobriefing.com', 'cryptopotato.com',
  'theblockbeats.info', 'panewslab.com', 'odaily.news', 'weex.com', 'coinmarketcap.com', 'coingecko.com',
];

/** The corpus template, on whatever mirror domain it is served from. */
const TEMPLATE_SIGNALS: [string, RegExp, number][] = [
  ['template-byline', /^By\s*:\s*[^|]{1,60}\|\s*\d{4}\/\d{2}\/\d{2}\s+\d{2}:\d{2}/i, 2],
  ['repost-header', /^(?:Original (?:Article )?(?:Title|Author|Source)|Translat(?:ion|ed Article)|Original Translation)\s*:/i, 1],
  ['related-you-may-also-like', /^You may also like$/i, 1],
];

const CRYPTO_TERMS =
  /\b(?:bitcoin|btc|ethereum|eth|crypto(?:currency|currencies)?|blockchain|stablecoins?|tokens?|tokeni[sz]ation|defi|web3|altcoins?|solana|sol|xrp|memecoins?|nfts?|on-chain|exchanges?|wallets?|mining|halving|etfs?|usdt|usdc|binance|coinbase|staking|airdrop)\b/gi;

/** Crypto terms per 100 words above which a page reads as crypto news. */
const TERM_DENSITY = 1.5;

export function detectCryptoNews(input: DetectInput): DetectResult {
  const signals: string[] = [];
  let score = 0;
  const host = hostOf(input.url);
  const siteKey = (input.siteName ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (isHostIn(host, CRYPTO_NEWS_HOSTS)) {
    signals.push(`crypto-news-host:${host}`);
    score += 2;
  } else if (siteKey && CRYPTO_NEWS_HOSTS.some((h) => h.split('.')[0].replace(/[^a-z0-9]/g, '') === siteKey)) {
    signals.push(`crypto-news-site:${input.siteName}`);
    score += 2;
  }
  const head = input.lines.slice(0, 40);
  for (const [name, pattern, weight] of TEMPLATE_SIGNALS) {
    const lines = name === 'related-you-may-also-like' ? input.lines : head;
    if (lines.some((line) => pattern.test(line.trim()))) {
      signals.push(name);
      score += weight;
    }
  }
  const text = input.lines.join(' ');
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const terms = text.match(CRYPTO_TERMS)?.length ?? 0;
  const density = words ? (100 * terms) / words : 0;
  if (density >= TERM_DENSITY) {
    signals.push(`crypto-vocabulary:${density.toFixed(1)}/100w`);
    score += 1;
  }
  if (words >= 300) {
    signals.push('article-length');
    score += 0.5;
  }
  return { isCryptoNews: score >= 2.5, score, signals };
}
