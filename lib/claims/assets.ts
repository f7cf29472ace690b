// Crypto assets a sentence names: cashtags ($TRUMP), tickers (BTC, ETH, WLFI, MSTR…), coin names
// (Bitcoin → BTC, Ether → ETH). Returned as tickers, each once, in order of first mention.

/** Tickers recognised without a cashtag: major coins, tokens the corpus names, crypto-treasury stocks. */
const TICKERS = new Set([
  'BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'USDT', 'USDC', 'BNB', 'ADA', 'AVAX', 'DOT', 'LINK', 'TRX', 'TON', 'SHIB',
  'PEPE', 'LTC', 'BCH', 'ZEC', 'XMR', 'ARB', 'OP', 'SUI', 'APT', 'HYPE', 'ENA', 'WLFI', 'MSTR', 'COIN', 'HBTC',
  'AIO', 'TRUMP', 'UNI', 'AAVE', 'MATIC', 'POL', 'NEAR', 'ATOM', 'FIL', 'ETC', 'XLM', 'HBAR', 'DAI',
]);

/** Coin names → tickers. */
const NAMES: [RegExp, string][] = [
  [/\bbitcoins?\b/i, 'BTC'],
  [/\bether(?:eum)?\b/i, 'ETH'],
  [/\bsolana\b/i, 'SOL'],
  [/\bdogecoin\b/i, 'DOGE'],
  [/\btether\b/i, 'USDT'],
  [/\bripple\b/i, 'XRP'],
  [/\bcardano\b/i, 'ADA'],
  [/\bzcash\b/i, 'ZEC'],
  [/\bmonero\b/i, 'XMR'],
  [/\blitecoin\b/i, 'LTC'],
  [/\bchainlink\b/i, 'LINK'],
  [/\bpolkadot\b/i, 'DOT'],
  [/\bavalanche\b/i, 'AVAX'],
  [/\bshiba inu\b/i, 'SHIB'],
  [/\bfartcoin\b/i, 'FARTCOIN'],
];

export function findAssets(sentence: string): string[] {
  const found: { at: number; ticker: string }[] = [];
  for (const m of sentence.matchAll(/\$([A-Z][A-Z0-9]{1,11})\b/g)) found.push({ at: m.index, ticker: m[1] });
  for (const m of sentence.matchAll(/(?<![$\w])([A-Z][A-Z0-9]{1,5})(?![\w])/g)) if (TICKERS.has(m[1])) found.push({ at: m.index, ticker: m[1] });
  for (const [pattern, ticker] of NAMES) {
    const m = pattern.exec(sentence);
    if (m) found.push({ at: m.index, ticker });
  }
  const tickers: string[] = [];
  for (const { ticker } of found.sort((a, b) => a.at - b.at)) if (!tickers.includes(ticker)) tickers.push(ticker);
  return tickers;
}
