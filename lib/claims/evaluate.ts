// Scores claims against a hand-labelled set (test/claims/gold, docs/claims-labelling.md): detection
// precision and recall, and over the claims found in both, type, speaker, sourcing, number and asset
// agreement. Pure: the eval script and the tests feed it.
import type { ArticleBlock } from '../types.ts';
import type { Claim } from './index.ts';

export interface GoldNumber {
  text: string;
  value?: number | string;
  min?: number | string;
  max?: number | string;
  unit: string;
}

export interface GoldClaim {
  block: number;
  text: string;
  type: string;
  speaker: string | null;
  numbers: GoldNumber[];
  assets: string[];
  sourcing: string;
  /** One of the article's key claims (docs/claims-labelling.md). */
  key?: boolean;
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  typeRight: number;
  speakerRight: number;
  sourcingRight: number;
  goldNumbers: number;
  numbersRight: number;
  /** Figures the program found in matched claims, and how many of them the labels have. */
  foundNumbers: number;
  foundNumbersRight: number;
  assetsRight: number;
  /** Found claims that show a speaker, and how many of those speakers are right. */
  speakersShown: number;
  speakersShownRight: number;
  /** Labelled key claims, and how many of them were found. */
  keyGold: number;
  keyFound: number;
}

export const emptyTally = (): Tally => ({ gold: 0, predicted: 0, matched: 0, typeRight: 0, speakerRight: 0, sourcingRight: 0, goldNumbers: 0, numbersRight: 0, foundNumbers: 0, foundNumbersRight: 0, assetsRight: 0, speakersShown: 0, speakersShownRight: 0, keyGold: 0, keyFound: 0 });

export function addTallies(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const key of Object.keys(out) as (keyof Tally)[]) out[key] = a[key] + b[key];
  return out;
}

/** Two sentences are the same claim when they overlap by at least half of the shorter. */
const MIN_OVERLAP = 0.5;

export function scoreArticle(blocks: readonly ArticleBlock[], predicted: readonly Claim[], gold: readonly GoldClaim[]): Tally {
  const tally = emptyTally();
  tally.gold = gold.length;
  tally.predicted = predicted.length;
  const used = new Set<Claim>();
  for (const g of gold) {
    if (g.key) tally.keyGold++;
    const start = blocks[g.block]?.text.indexOf(g.text) ?? -1;
    if (start < 0) throw new Error(`gold claim not found in block ${g.block}: ${g.text.slice(0, 60)}`);
    const end = start + g.text.length;
    let best: Claim | undefined;
    let bestOverlap = 0;
    for (const p of predicted) {
      if (p.block !== g.block || used.has(p)) continue;
      const overlap = Math.min(end, p.end) - Math.max(start, p.start);
      const ratio = overlap / Math.min(end - start, p.end - p.start);
      if (ratio >= MIN_OVERLAP && overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    if (!best) continue;
    used.add(best);
    tally.matched++;
    if (g.key) tally.keyFound++;
    if (best.speaker) {
      tally.speakersShown++;
      if (sameSpeaker(best.speaker, g.speaker)) tally.speakersShownRight++;
    }
    if (best.type === g.type) tally.typeRight++;
    if (sameSpeaker(best.speaker, g.speaker)) tally.speakerRight++;
    if (best.sourcing === g.sourcing) tally.sourcingRight++;
    tally.goldNumbers += g.numbers.length;
    tally.numbersRight += g.numbers.filter((n) => best!.numbers.some((p) => sameNumber(p, n))).length;
    tally.foundNumbers += best.numbers.length;
    tally.foundNumbersRight += best.numbers.filter((p) => g.numbers.some((n) => sameNumber(p, n))).length;
    if (sameSet(best.assets, g.assets)) tally.assetsRight++;
  }
  return tally;
}

/**
 * Names agree when equal, or when one is the other's tail ("Atkins" / "Paul Atkins"), case aside. Several
 * named together agree with each of them: "The United Nations and European Union stressed…" is said by
 * both, and a label naming one ("United Nations") is no other speaker.
 */
export function sameSpeaker(a: string | undefined | null, b: string | undefined | null): boolean {
  if (!a || !b) return !a && !b;
  if (sameName(a, b)) return true;
  const [these, those] = [conjuncts(a), conjuncts(b)];
  return (these.length > 1 || those.length > 1) && these.some((x) => those.some((y) => sameName(x, y)));
}

/** "NBC News and Bloomberg", "Berlin und Paris", "Pepsi, Coca-Cola and Costco": the names joined. */
function conjuncts(name: string): string[] {
  return name.split(/\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|und|&)\s+/).filter(Boolean);
}

function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^\p{L}\d ]/gu, '').trim();
  const y = b.toLowerCase().replace(/[^\p{L}\d ]/gu, '').trim();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || isShortFormOf(a, b) || isShortFormOf(b, a);
}

/** "SEC" for "U.S. Securities and Exchange Commission": the initials of the long form's capitalised words (a leading code aside). */
function isShortFormOf(short: string, long: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  const initials = long.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === short || initials.slice(1) === short;
}

/**
 * The kind a unit belongs to: figures of the same kind and value agree. A unit of measure (a currency,
 * MW, TWh, EH/s, bp, °C, a ticker, %, x, a date) must be the same unit; any other noun a labeller wrote
 * ("signatures", "years", "people") counts things, as the program's "count" does.
 */
function unitKind(unit: string): string {
  const base = unit.split(/[ /]/)[0]; // "USD per barrel" and "USD/kWh" are money in dollars
  if (MEASURED.has(base) || /^[A-Z]{2,6}$/.test(base)) return base; // currencies and tickers are upper case
  return 'count';
}
const MEASURED = new Set(['%', 'x', 'date', 'bp', '°F', '°C', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh', 'TH/s', 'PH/s', 'EH/s', 'ha']);

function sameValue(a: number | string | undefined, b: number | string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  // Labels round fractions ("a third" → 33.3 or 33.33): agreement within 0.2 % of the value.
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= Math.abs(b) * 2e-3;
  const [x, y] = [canonical(String(a)), canonical(String(b))];
  // a label that gives a quarter or half of a year by its year alone ("first half of 2020" → "2020")
  return x === y || (YEAR_PERIOD.test(x) && x.slice(0, 4) === y);
}

/**
 * A value written one way where another writes it two: a quarter or half with no year, "Q1" or "--Q1" (as a
 * month with no year is "--10"); a clock's reading with or without its leading zero, "07:14" or "7:14".
 */
function canonical(value: string): string {
  return value.replace(/^--(?=[QH][1-4]$)/, '').replace(/^0(?=\d:\d\d$)/, '');
}
const YEAR_PERIOD = /^\d{4}-[QH][1-4]$/;

const DECADE = /^(\d{3})0s$/;

export function sameNumber(p: { value?: number | string; min?: number | string; max?: number | string; unit: string }, g: GoldNumber): boolean {
  if (unitKind(p.unit) !== unitKind(g.unit)) return false;
  // A range found holds both of its bounds: labels may give "between 8 and 20 percent" as two figures.
  // A decade labelled as written ("late 1980s" → "1980s") is the range of its years ("1980"–"1989").
  const decade = typeof g.value === 'string' ? DECADE.exec(g.value) : null;
  if (decade && p.min === `${decade[1]}0` && p.max === `${decade[1]}9`) return true;
  if (g.value !== undefined) return sameValue(p.value, g.value) || (p.min !== undefined && sameValue(p.min, g.value)) || (p.max !== undefined && sameValue(p.max, g.value));
  return sameValue(p.min, g.min) && sameValue(p.max, g.max);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function summarise(t: Tally): Record<string, number> {
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const precision = ratio(t.matched, t.predicted);
  const recall = ratio(t.matched, t.gold);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    typeAccuracy: ratio(t.typeRight, t.matched),
    speakerAccuracy: ratio(t.speakerRight, t.matched),
    speakerPrecision: ratio(t.speakersShownRight, t.speakersShown),
    keyRecall: ratio(t.keyFound, t.keyGold),
    sourcingAccuracy: ratio(t.sourcingRight, t.matched),
    numberAccuracy: ratio(t.numbersRight, t.goldNumbers),
    numberPrecision: ratio(t.foundNumbersRight, t.foundNumbers),
    assetAccuracy: ratio(t.assetsRight, t.matched),
  };
}
