// Crypto assets a sentence names, as tickers, each once, in order of first mention. By pattern first:
// a cashtag ("$TRUMP"), a ticker in parentheses after a name ("Worldcoin (WLD)", "(NASDAQ: MSTR)"), a
// ticker as the unit of an amount ("2.5 BTC", "10,000 ETH") or of a pair ("BTC/USD"). Then symbols of the
// maintained coin list (lib/claims/coin-list.ts, from cryptocurrency-icons, CC0) standing alone, unless
// general news writes them too ("EUR", "OK", "ARK"); and the major coins by name.
import { COIN_SYMBOLS, CONTEXT_ONLY_SYMBOLS } from './coin-list.ts';

/** The major coins by name: the ones a reader of any news knows, one a line (a regex of a whole word, in any case). */
const NAMES: [string, string][] = [
  ['bitcoins?', 'BTC'],
  ['ether(?:eum)?', 'ETH'],
  ['solana', 'SOL'],
  ['dogecoin', 'DOGE'],
  ['tether', 'USDT'],
  ['ripple', 'XRP'],
  ['cardano', 'ADA'],
  ['litecoin', 'LTC'],
  ['monero', 'XMR'],
  ['zcash', 'ZEC'],
  ['polkadot', 'DOT'],
  ['chainlink', 'LINK'],
];
/** Any of NAMES, each in a group of its own (group i + 1 is NAMES[i]): one scan a sentence. */
const ANY_NAME = new RegExp(String.raw`\b(?:${NAMES.map(([name]) => `(${name})`).join('|')})\b`, 'gi');

const TICKER = String.raw`[A-Z][A-Z0-9]{1,9}`;
const CASHTAG = new RegExp(String.raw`\$(${TICKER})\b`, 'g');
/** "Worldcoin (WLD)", "MicroStrategy (NASDAQ: MSTR)", "Strategy (MSTR)". */
const IN_PARENTHESES = new RegExp(String.raw`\((?:(?:NASDAQ|NYSE|TSX|LSE|Nasdaq)\s*:\s*)?(${TICKER})\)`, 'g');
/** "2.5 BTC", "10,000 ETH", "1 million XRP": a ticker as the unit of an amount; "BTC/USD", "ETH-USDT" pairs. */
const AMOUNT_OF = new RegExp(String.raw`\d(?:[\d,.]*\d)?(?:\s(?:thousand|million|billion|trillion|[kKmMbB]))?\s(${TICKER})\b`, 'g');
const PAIR = new RegExp(String.raw`\b(${TICKER})[/-](?:USD|USDT|USDC|EUR|BTC|ETH)\b`, 'g');
const BARE = new RegExp(String.raw`(?<![$\w])(${TICKER})(?![\w])`, 'g');

/** Fiat currencies and units never count as an asset, even in a pattern ("5 USD", "(EUR)"). */
const NOT_ASSETS = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'HKD', 'INR', 'KRW', 'AUD', 'CAD', 'MW', 'GW', 'TWH', 'GWH', 'MWH', 'KWH', 'EH', 'TH', 'PH', 'AM', 'PM', 'ET', 'UTC', 'GMT', 'CEO', 'CFO', 'ETF', 'ETFS', 'GDP', 'CPI', 'IPO', 'SEC', 'US', 'UK', 'EU']);

/** Signs of an asset: two capitals in a row (a ticker, a cashtag) or a coin's name; a sentence with neither has none. */
const CAPITALS = /[A-Z][A-Z0-9]/;
const DIGIT = /\d/;
const COIN_NAME = /bitcoin|ether|solana|dogecoin|tether|ripple|cardano|litecoin|monero|zcash|polkadot|chainlink/i; // the stems of NAMES

export function findAssets(sentence: string): string[] {
  const coinNamed = COIN_NAME.test(sentence);
  if (!coinNamed && !CAPITALS.test(sentence)) return [];
  const found: { at: number; ticker: string }[] = [];
  const add = (at: number, ticker: string) => {
    if (!NOT_ASSETS.has(ticker)) found.push({ at, ticker });
  };
  // (each pattern only where the sign it needs is: "$", "(", a digit, "/" or "-")
  if (sentence.includes('$')) for (const m of sentence.matchAll(CASHTAG)) add(m.index, m[1]);
  let aboutCrypto: boolean | undefined;
  const isAboutCrypto = () => (aboutCrypto ??= CRYPTO_CONTEXT.test(sentence));
  if (sentence.includes('(')) for (const m of sentence.matchAll(IN_PARENTHESES)) if (COIN_SYMBOLS.has(m[1]) || isAboutCrypto()) add(m.index, m[1]);
  if (DIGIT.test(sentence)) for (const m of sentence.matchAll(AMOUNT_OF)) if (COIN_SYMBOLS.has(m[1]) || (/^[A-Z]{3,5}$/.test(m[1]) && !CONTEXT_ONLY_SYMBOLS.has(m[1]) && isAboutCrypto())) add(m.index, m[1]);
  if (sentence.includes('/') || sentence.includes('-')) for (const m of sentence.matchAll(PAIR)) add(m.index, m[1]);
  for (const m of sentence.matchAll(BARE)) if (COIN_SYMBOLS.has(m[1]) && !CONTEXT_ONLY_SYMBOLS.has(m[1])) add(m.index, m[1]);
  if (coinNamed) for (const m of sentence.matchAll(ANY_NAME)) add(m.index, NAMES[m.slice(1).findIndex((group) => group !== undefined)][1]);
  const tickers: string[] = [];
  for (const { ticker } of found.sort((a, b) => a.at - b.at)) if (!tickers.includes(ticker)) tickers.push(ticker);
  return tickers;
}

/**
 * A sentence about crypto: a ticker outside the coin list ("Sui (SUI)", "2,000 SUI") or a crypto-linked stock
 * ("Strategy (MSTR)") counts only here, so that "Home Depot (HD)" in business news is no asset.
 */
const CRYPTO_CONTEXT = /\b(?:tokens?|coins?|crypto\w*|stak(?:e|ed|ing)|wallets?|on-?chain|blockchain|bitcoin|ether(?:eum)?|stablecoins?|defi|memecoins?|altcoins?|treasury compan\w+|digital assets?)\b/i;
