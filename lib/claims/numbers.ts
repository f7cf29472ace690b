// Figures in a sentence, normalised: "$19 billion" → 19e9 USD, "$508.2M" → 508.2e6 USD, "85%" → 85 %,
// "77%–81%" → 77..81 %, "1.6 million" → 1.6e6, "10 times" → 10 x, "January 15, 2026" → 2026-01-15.

export interface NumberMention {
  /** The figure as written. */
  text: string;
  /** The value; an ISO date string ("2026-01-15", "--10-10", "2026") for dates. */
  value?: number | string;
  /** Bounds of a range ("77%–81%", "$3-4 trillion"). */
  min?: number;
  max?: number;
  /** "USD", "%", "x", "date", "bp", "°F", "count", or an asset ticker ("BTC") for counted coins. */
  unit: string;
  /** "over", "about", "up to"… when the figure is approximate or a bound. */
  qualifier?: string;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, b: 1e9, bn: 1e9, trillion: 1e12, t: 1e12, tn: 1e12,
};

const CURRENCIES: Record<string, string> = { $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** Coins counted by name: "649,870 Bitcoins" → BTC. */
const COUNTED_ASSETS: Record<string, string> = {
  bitcoin: 'BTC', bitcoins: 'BTC', btc: 'BTC', ether: 'ETH', eth: 'ETH', usdt: 'USDT', usdc: 'USDC', sol: 'SOL', xrp: 'XRP', tokens: 'count',
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const QUALIFIER = /(?:(more than|less than|fewer than|over|under|nearly|almost|about|around|approximately|roughly|up to|at least|at most|some|just under|just over|as much as|as many as)\s+)$/i;

/** A number not glued to letters on its left ("S-1", "Q3", "Web3" are names, not figures). */
const LEFT = String.raw`(?<![\p{L}\d.,]|\p{L}-)`;
/** A figure ends at a non-digit; a letter right after it only as an ordinal, a scale or "x" ("19b-4" is a name). */
const RIGHT = String.raw`(?![\d])(?!(?!(?:st|nd|rd|th|bn|mn|tn|[kKmMbBtTx])(?![\p{L}\d-]))[\p{L}])`;
const NUM = String.raw`${LEFT}\d{1,3}(?:,\d{3})+(?:\.\d+)?${RIGHT}|${LEFT}\d+(?:\.\d+)?${RIGHT}`;
/** Scales after money may be one letter ("$508.2M", "$15K"); after a bare number only words count. */
const MONEY_SCALE = String.raw`(?:\s?(trillion|billion|million|thousand|tn|bn|mn|[kKmMbBtT])(?![\p{L}\d-]))?`;
const SCALE = String.raw`(?:\s(trillion|billion|million|thousand)(?![\p{L}]))?`;
const DASH = String.raw`\s?(?:-|–|—|to)\s?`;

/** Number words: "two", "twenty", "a few hundred", "two thousand". "one" is left out: it is mostly a pronoun. */
const WORD_VALUES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const WORDS = Object.keys(WORD_VALUES).join('|');

const PATTERNS: { kind: string; pattern: RegExp }[] = [
  // $1.5 billion, $508.2M, US$3-4 trillion, $15K+, €20
  { kind: 'money', pattern: new RegExp(String.raw`(US\$|\$|€|£|¥)\s?(${NUM})(?:${DASH}(?:US\$|\$|€|£|¥)?(${NUM}))?${MONEY_SCALE}\+?`, 'gu') },
  // 77%–81%, 14-17%, 85%, 5 percent
  { kind: 'percent', pattern: new RegExp(String.raw`(${NUM})(?:\s?%?${DASH}(${NUM}))?\s?(?:%|percent\b|per cent\b)`, 'gu') },
  // 75 to 100 basis points
  { kind: 'bp', pattern: new RegExp(String.raw`(${NUM})(?:${DASH}(${NUM}))?\s?basis[ -]points?`, 'gu') },
  // January 15, 2026 / October 10th / December 16
  { kind: 'date', pattern: new RegExp(String.raw`\b(${MONTHS.join('|')})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'giu') },
  // third quarter, Q3
  { kind: 'quarter', pattern: /\b(?:(first|second|third|fourth)[ -]quarter|Q([1-4]))\b/giu },
  // in January, since August, this September (a month with no day)
  { kind: 'month', pattern: new RegExp(String.raw`(?<=\b(?:in|since|by|until|this|last|next|early|late|mid-|of|from|through|in early|in late)\s)(${MONTHS.join('|')})\b(?!\s+\d)`, 'giu') },
  // 5 to 10 years, two months, a decade
  { kind: 'duration', pattern: new RegExp(String.raw`(${NUM}|${WORDS})(?:${DASH}(${NUM}|${WORDS}))?\s(years?|months?|weeks?|days?|hours?|decades?)\b|\b(a) (decade|century)\b`, 'giu') },
  // half, a third
  { kind: 'fraction', pattern: /\b(half|a third|a quarter|two[- ]thirds|three[- ]quarters)\b(?! (?:of the time|way|hour))/giu },
  // two thousand people, a few hundred, three companies
  { kind: 'word', pattern: new RegExp(String.raw`\b(?:(a few|several)\s)?(${WORDS})(?:\s(thousand|million|billion|hundred))?\b(?![- ](?:state|way|fold))`, 'giu') },
  // 10 times, 3.2x, tenfold
  { kind: 'multiple', pattern: new RegExp(String.raw`(${NUM})\s?(?:times\b|x\b|×|-fold\b|fold\b)`, 'gu') },
  // 70-degree Fahrenheit, 21 degrees Celsius
  { kind: 'temperature', pattern: new RegExp(String.raw`(${NUM})[- ]degrees?\s+(Fahrenheit|Celsius)`, 'gu') },
  // 1.6 million traders, 649,870 Bitcoins, 250 companies, 2026 (a year)
  { kind: 'count', pattern: new RegExp(String.raw`(${NUM})${SCALE}(?:\s+([\p{L}]+))?`, 'gu') },
];

/** Patterns that need a digit; the others need a number word, a month or a quarter. */
const DIGIT_KINDS = new Set(['money', 'percent', 'bp', 'date', 'multiple', 'temperature', 'count']);
const NUMBER_WORD = new RegExp(String.raw`\b(?:${WORDS}|${MONTHS.join('|')}|quarter|Q[1-4]|half|third|decades?|century|years?|months?|weeks?|days?|hours?)\b`, 'i');

/** Index names with numbers in them are not figures. */
const NAMES_WITH_NUMBERS = /\b(?:\d{1,2}(?:st|nd|rd|th)[ -]century|24\/7|S&P\s?500|Nasdaq-100|Dow\s?30|FTSE\s?100|Web\s?3|Fortune\s?500|COVID-19|G7|G20|Nasdaq\s?100)\b/gi;

function parseNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function wordOrNumber(text: string): number {
  return WORD_VALUES[text.toLowerCase()] ?? parseNumber(text);
}

function scaleOf(word: string | undefined): number {
  return word ? SCALES[word.toLowerCase()] ?? 1 : 1;
}

export function findNumbers(sentence: string): NumberMention[] {
  const found: { start: number; end: number; mention: NumberMention }[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  const masked = sentence.replace(NAMES_WITH_NUMBERS, (m) => ' '.repeat(m.length));

  const hasDigit = /\d/.test(masked);
  const hasWord = NUMBER_WORD.test(masked);
  for (const { kind, pattern } of PATTERNS) {
    if (DIGIT_KINDS.has(kind) ? !hasDigit : !hasWord) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) {
      const start = m.index;
      let end = m.index + m[0].length;
      let text = sentence.slice(start, end).trim();
      const mention = toMention(kind, m, text);
      if (!mention) continue;
      if (taken(start, end)) continue;
      const qualifier = QUALIFIER.exec(sentence.slice(Math.max(0, start - 20), start));
      if (qualifier) mention.qualifier = qualifier[1].toLowerCase();
      if (kind === 'count' && m[3] && !COUNTED_ASSETS[m[3].toLowerCase()]) {
        // "250 companies": the noun is not part of the figure
        end = start + m[0].length - m[3].length;
        text = sentence.slice(start, end).trim();
        mention.text = text;
      }
      found.push({ start, end, mention });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.mention);
}

function toMention(kind: string, m: RegExpExecArray, text: string): NumberMention | null {
  switch (kind) {
    case 'money': {
      const unit = CURRENCIES[m[1]] ?? 'USD';
      const scale = scaleOf(m[4]);
      const low = parseNumber(m[2]) * scale;
      if (m[3]) return { text, min: low, max: parseNumber(m[3]) * scale, unit };
      return { text, value: low, unit };
    }
    case 'percent':
      return m[2] ? { text, min: parseNumber(m[1]), max: parseNumber(m[2]), unit: '%' } : { text, value: parseNumber(m[1]), unit: '%' };
    case 'bp':
      return m[2] ? { text, min: parseNumber(m[1]), max: parseNumber(m[2]), unit: 'bp' } : { text, value: parseNumber(m[1]), unit: 'bp' };
    case 'date': {
      const month = String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0');
      const day = m[2].padStart(2, '0');
      if (Number(day) > 31) return null;
      return { text, value: m[3] ? `${m[3]}-${month}-${day}` : `--${month}-${day}`, unit: 'date' };
    }
    case 'quarter': {
      const ordinal = ['first', 'second', 'third', 'fourth'].indexOf((m[1] ?? '').toLowerCase()) + 1;
      return { text, value: `Q${m[2] ?? ordinal}`, unit: 'date' };
    }
    case 'month':
      return { text, value: `--${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}`, unit: 'date' };
    case 'duration': {
      if (m[4]) return { text, value: m[5].toLowerCase() === 'decade' ? 10 : 100, unit: 'years' };
      const unit = m[3].toLowerCase().replace(/s$/, '') + 's';
      const low = wordOrNumber(m[1]);
      return m[2] ? { text, min: low, max: wordOrNumber(m[2]), unit } : { text, value: low, unit };
    }
    case 'fraction': {
      const fractions: Record<string, number> = { half: 50, 'a third': 33.3, 'a quarter': 25, 'two-thirds': 66.7, 'two thirds': 66.7, 'three-quarters': 75, 'three quarters': 75 };
      return { text, value: fractions[m[1].toLowerCase()], unit: '%' };
    }
    case 'word': {
      const value = WORD_VALUES[m[2].toLowerCase()] * scaleOf(m[3]) * (m[3]?.toLowerCase() === 'hundred' ? 100 : 1);
      if (m[1]) return { text, min: value * 2, max: value * 5, unit: 'count' }; // "a few hundred"
      return { text, value, unit: 'count' };
    }
    case 'multiple':
      return { text, value: parseNumber(m[1]), unit: 'x' };
    case 'temperature':
      return { text, value: parseNumber(m[1]), unit: m[2].toLowerCase() === 'fahrenheit' ? '°F' : '°C' };
    case 'count': {
      const value = parseNumber(m[1]);
      const noun = m[3]?.toLowerCase();
      if (!m[2] && /^(?:19|20)\d{2}$/.test(m[1]) && !(noun && COUNTED_ASSETS[noun])) return { text: m[1], value: m[1], unit: 'date' };
      const asset = noun ? COUNTED_ASSETS[noun] : undefined;
      return { text, value: value * scaleOf(m[2]), unit: asset ?? 'count' };
    }
  }
  return null;
}
