// lib/claims: the figures, assets and speakers of sentences, and the claims of the corpus articles
// scored against the hand-labelled set in test/claims/gold (docs/claims-labelling.md).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { findNumbers } from '../lib/claims/numbers.ts';
import { findAssets } from '../lib/claims/assets.ts';
import { attribute, SpeakerContext } from '../lib/claims/attribution.ts';
import { sameNumber, sameSpeaker, summarise } from '../lib/claims/evaluate.ts';
import { scoreLabelledSet } from '../scripts/claims-sets.ts';
import { cleanText } from '../lib/clean-text.ts';
import { corpusNames, readCorpus } from './support/fixtures.ts';

const figure = (text: string) => findNumbers(text).map(({ text, value, min, max, unit }) => ({ text, value, min, max, unit }));

/** The figures of a labelled set against its floors: each at least its floor (issue 9's measures, from summarise). */
function expectFloors(score: ReturnType<typeof summarise>, floors: Record<'precision' | 'recall' | 'keyRecall' | 'typeAccuracy' | 'speakerPrecision' | 'sourcingAccuracy' | 'numberAccuracy', number>): void {
  for (const [measure, floor] of Object.entries(floors)) expect(score[measure as keyof typeof floors], measure).toBeGreaterThanOrEqual(floor);
}

describe('findNumbers normalises figures with their units', () => {
  it.each([
    ['at least $19 billion in bets were liquidated', { text: '$19 billion', value: 19e9, unit: 'USD' }],
    ['$508.2M USD inflow to Ethereum today', { text: '$508.2M', value: 508.2e6, unit: 'USD' }],
    ['the stock price has fallen by 85%.', { text: '85%', value: 85, unit: '%' }],
    ['a stunning 77%–81% of its total assets', { text: '77%–81%', min: 77, max: 81, unit: '%' }],
    ['affecting 1.6 million traders', { text: '1.6 million', value: 1.6e6, unit: 'count' }],
    ['borrow up to 10 times their holdings', { text: '10 times', value: 10, unit: 'x' }],
    ['As we approach the January 15, 2026, decision date', { text: 'January 15, 2026', value: '2026-01-15', unit: 'date' }],
    ['MSTR holds 649,870 Bitcoins', { text: '649,870 Bitcoins', value: 649870, unit: 'BTC' }],
    ['a $3-4 trillion economy', { text: '$3-4 trillion', min: 3e12, max: 4e12, unit: 'USD' }],
    ['a 75 to 100 basis point rate cut', { text: '75 to 100 basis point', min: 75, max: 100, unit: 'bp' }],
    ['in just the third quarter', { text: 'third quarter', value: 'Q3', unit: 'date' }],
    ['About two thousand people participated', { text: 'two thousand', value: 2000, unit: 'count' }],
  ])('%s', (sentence, expected) => {
    expect(figure(sentence)).toContainEqual({ value: undefined, min: undefined, max: undefined, ...expected });
  });

  it('leaves names with digits alone: S&P 500, Nasdaq-100, 24/7, 19b-4, S-1, the 20th century', () => {
    expect(findNumbers('The S&P 500 and Nasdaq-100 trade 24/7 after 19b-4 and S-1 filings in the 20th century')).toEqual([]);
  });

  it('notes qualifiers: over, about, up to', () => {
    expect(findNumbers('over $1.6 billion and about $50,000').map((n) => n.qualifier)).toEqual(['over', 'about']);
  });
});

describe('findAssets', () => {
  it('reads cashtags, tickers and coin names as tickers, once each', () => {
    expect(findAssets('even launching a meme coin called $TRUMP')).toEqual(['TRUMP']);
    expect(findAssets('both Bitcoin and Ethereum prices plummeted; BTC led ETH')).toEqual(['BTC', 'ETH']);
    // By pattern, not by a list of the corpus's own tokens: a ticker in parentheses, an amount's unit, a pair.
    expect(findAssets('a token called Solana, World Liberty Financial (WLFI) and Strategy (NASDAQ: MSTR) shares')).toEqual(['SOL', 'WLFI', 'MSTR']);
    expect(findAssets('The fund staked 2,000 SUI tokens and sold 1.5 million XRP; BTC/USD fell')).toEqual(['SUI', 'XRP', 'BTC']);
    // Bare capitals that general news writes are not coins without a sign ("OK", "EUR", "IQ" are coin symbols too).
    expect(findAssets('OK, the fund bought EUR bonds after IQ tests')).toEqual([]);
    expect(findAssets('The SEC and the CEO of the USA said so')).toEqual([]);
  });
});

describe('attribution', () => {
  const said = (sentence: string, context = new SpeakerContext()) => attribute(sentence, context);

  it.each([
    ['"This worries me greatly," said Timothy Massad, a former official.', 'Timothy Massad'],
    ['According to industry data tracking firm CoinGlass, $19 billion was liquidated.', 'CoinGlass'],
    ['“Clearly, there is a concern here,” SEC Chairman Paul Atkins said in an interview.', 'Paul Atkins'],
    ['"It is traceable, auditable," said Kraken CEO Arjun Sethi.', 'Arjun Sethi'],
    ['A Binance spokesperson acknowledged that the platform had issues.', 'Binance'],
    ['An SEC spokesperson said the agency is working on it.', 'SEC'],
  ])('%s → %s, named', (sentence, speaker) => {
    expect(said(sentence)).toEqual({ speaker, sourcing: 'named' });
  });

  it.each([
    'Evidence backs this up—studies from tech think tanks show that privacy-preserving tech reduces data leak risks.',
    'This reduces fraud risks—data from blockchain analytics firms indicates a 40% drop in exploitable vulnerabilities.',
    'The exchange is insolvent, according to reports.',
  ])('vague: %s', (sentence) => {
    expect(said(sentence)).toEqual({ sourcing: 'vague' });
  });

  it('gives a pronoun the last name, and a surname the full name the article uses', () => {
    const context = new SpeakerContext();
    context.learn(['Among the investors was Allan Teh from Miami.']);
    expect(said('“It worked,” Teh said.', context).speaker).toBe('Allan Teh');
    expect(said('"I could not sell," he said.', context).speaker).toBe('Allan Teh');
  });

  it('reads transcript turns, with the full name behind "(referred to as Chamath below)"', () => {
    const context = new SpeakerContext();
    // Turns of the All-In transcript (corpus 004_e18a6cb7aaaa6a4f.txt): the speakers recur, so the article is a transcript.
    const turns = ['Chamath Palihapitiya (referred to as Chamath below): We are going to investigate.', 'Jason: What do you pick?', 'Chamath: I choose copper.', 'Jason: Why copper?', 'Chamath: Because of the grid.', 'Jason: Fair enough.'];
    context.learn(turns);
    expect(context.turn(turns[0])?.speaker).toBe('Chamath Palihapitiya');
    expect(context.turn('Chamath: I choose copper.')?.speaker).toBe('Chamath Palihapitiya');
    expect(context.turn("Editor's Note: From the start")).toBeNull();
  });
});

describe('extractClaims on the corpus', () => {
  const article = cleanText(readCorpus('000_80ab6c6d0866ffcd'));

  it('gives each claim its exact sentence and position', () => {
    for (const claim of article.claims) expect(article.blocks[claim.block].text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('ranks claims with sourced figures first', () => {
    const [first, second] = article.claims;
    expect(first.numbers.length).toBeGreaterThan(0);
    expect(first.sourcing).toBe('named');
    expect(second.score).toBeLessThanOrEqual(first.score);
    expect(article.claims.map((c) => c.score)).toEqual([...article.claims.map((c) => c.score)].sort((a, b) => b - a));
  });

  it('finds the CoinGlass liquidation figures with their source', () => {
    const claim = article.claims.find((c) => c.text.includes('$19 billion'))!;
    expect(claim).toMatchObject({ type: 'quantity', speaker: 'CoinGlass', sourcing: 'named' });
    expect(claim.numbers.map((n) => n.value)).toEqual(['--10-10', 19e9, 1.6e6]);
  });

  it('never turns promotion, headings or questions into claims', () => {
    for (const name of corpusNames()) {
      const { claims, blocks } = cleanText(readCorpus(name));
      for (const claim of claims) {
        expect(claim.text).not.toMatch(/WEEX/);
        expect(claim.text).not.toMatch(/\?["”’]?$/);
        expect(blocks[claim.block].type).not.toBe('heading');
      }
    }
  });
});

describe('against the held-out set (real crypto pages, labelled after the code was written, never tuned on)', () => {
  const { total } = scoreLabelledSet('test/claims/heldout');
  const score = summarise(total);

  it('covers the four pages', () => {
    expect(total.gold).toBeGreaterThan(60);
  });

  // Floors at the figures measured (npm run eval:claims), rounded down: P 0.883, R 0.872, figures 0.968,
  // speakers shown 18 of 18 right (floor: one wrong), sourcing 0.826, types 0.710; recall 0.885.
  it('detects claims with precision ≥ 0.88 and recall ≥ 0.88; figures ≥ 0.96; speakers shown ≥ 0.94 right; sourcing ≥ 0.82; types ≥ 0.71', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.88);
    expect(score.recall).toBeGreaterThanOrEqual(0.88);
    expect(score.numberAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(score.speakerPrecision).toBeGreaterThanOrEqual(0.94);
    expect(score.sourcingAccuracy).toBeGreaterThanOrEqual(0.82);
    expect(score.typeAccuracy).toBeGreaterThanOrEqual(0.71);
  });
});

describe('against the held-out news set (labelled before the claims work of issue 9, never tuned on)', () => {
  const { total } = scoreLabelledSet('test/claims/heldout-news');
  const score = summarise(total);

  it('holds at least 250 claims of 10 or more pages', () => {
    expect(readdirSync('test/claims/heldout-news').length).toBeGreaterThanOrEqual(10);
    expect(total.gold).toBeGreaterThanOrEqual(250);
  });

  // Floors at the figures measured (npm run eval:claims), rounded down; issue 9's targets are higher.
  // Measured (the 15th reading, 2026-11-26, after development sets 7 and 8): P 0.868, R 0.871, key claims 1.000, types 0.800, speakers shown 0.900 right (90), sourcing 0.859, figures 0.920.
  // (The 13th: R 0.868, types 0.799, speakers shown 0.878 right of 90, figures 0.916; the 11th: speakers shown 0.886 right of 88.)
  it('precision ≥ 0.86, recall ≥ 0.86, key claims ≥ 0.99, types ≥ 0.79, speakers shown ≥ 0.89 right, sourcing ≥ 0.85, figures ≥ 0.915', () => {
    expectFloors(score, { precision: 0.86, recall: 0.86, keyRecall: 0.99, typeAccuracy: 0.79, speakerPrecision: 0.89, sourcingAccuracy: 0.85, numberAccuracy: 0.915 });
  });
});

describe('against the development news set (43 pages, tuned on)', () => {
  const { total } = scoreLabelledSet('test/claims/dev-news');
  const score = summarise(total);

  // Measured: P 0.856, R 0.824, key claims 0.917, types 0.833, speakers shown 0.979 right (282), sourcing 0.900, figures 0.959.
  it('precision ≥ 0.85, recall ≥ 0.82, key claims ≥ 0.91, types ≥ 0.83, speakers shown ≥ 0.97 right, sourcing ≥ 0.89, figures ≥ 0.95', () => {
    expect(total.gold).toBeGreaterThanOrEqual(900);
    expectFloors(score, { precision: 0.85, recall: 0.82, keyRecall: 0.91, typeAccuracy: 0.83, speakerPrecision: 0.97, sourcingAccuracy: 0.89, numberAccuracy: 0.95 });
  });
});

type Floors = Parameters<typeof expectFloors>[1];

/** The floors as a test's title: "precision ≥ 0.86, recall ≥ 0.71, …". */
function floorsTitle(f: Floors): string {
  const two = (x: number) => x.toFixed(2);
  return `precision ≥ ${two(f.precision)}, recall ≥ ${two(f.recall)}, key claims ≥ ${two(f.keyRecall)}, types ≥ ${two(f.typeAccuracy)}, speakers shown ≥ ${two(f.speakerPrecision)} right, sourcing ≥ ${two(f.sourcingAccuracy)}, figures ≥ ${two(f.numberAccuracy)}`;
}

/**
 * The development sets labelled blind (docs/claims-labelling.md): each scored once before any change
 * ("blind"), then tuned on; the floors are the figures after tuning, rounded down.
 */
const BLIND_DEVELOPMENT_SETS: { folder: string; name: string; pages: number; claims: number; blind: string; tuned: string; floors: Floors }[] = [
  {
    folder: 'test/claims/dev-market', name: 'the market and business news set (development set 2)', pages: 12, claims: 300,
    blind: 'P 0.857, R 0.637, key claims 0.875, types 0.681, speakers shown 0.792 right (48), sourcing 0.764, figures 0.833',
    tuned: 'P 0.869, R 0.730, key claims 0.922, types 0.772, speakers shown 0.941 right (68), sourcing 0.890, figures 0.974',
    floors: { precision: 0.86, recall: 0.71, keyRecall: 0.92, typeAccuracy: 0.76, speakerPrecision: 0.92, sourcingAccuracy: 0.86, numberAccuracy: 0.96 },
  },
  {
    folder: 'test/claims/dev-news-2', name: 'the news, market and business set (development set 3)', pages: 18, claims: 370,
    blind: 'P 0.910, R 0.702, key claims 0.849, types 0.773, speakers shown 0.862 right (65), sourcing 0.837, figures 0.909',
    tuned: 'P 0.912, R 0.774, key claims 0.914, types 0.832, speakers shown 1.000 right (77), sourcing 0.883, figures 0.939',
    floors: { precision: 0.9, recall: 0.76, keyRecall: 0.9, typeAccuracy: 0.8, speakerPrecision: 0.97, sourcingAccuracy: 0.88, numberAccuracy: 0.92 },
  },
  {
    folder: 'test/claims/dev-news-3', name: 'the English news set (development set 4)', pages: 15, claims: 350,
    blind: 'P 0.873, R 0.791, key claims 0.880, types 0.770, speakers shown 0.935 right (108), sourcing 0.781, figures 0.934',
    tuned: 'P 0.874, R 0.813, key claims 0.880, types 0.787, speakers shown 0.959 right (121), sourcing 0.907, figures 0.963',
    floors: { precision: 0.87, recall: 0.8, keyRecall: 0.88, typeAccuracy: 0.77, speakerPrecision: 0.95, sourcingAccuracy: 0.87, numberAccuracy: 0.95 },
  },
  {
    folder: 'test/claims/dev-news-4', name: 'the news, market and business set (development set 5)', pages: 12, claims: 300,
    blind: 'P 0.842, R 0.804, key claims 0.935, types 0.793, speakers shown 0.862 right (65), sourcing 0.845, figures 0.935',
    tuned: 'P 0.858, R 0.811, key claims 0.952, types 0.814, speakers shown 0.957 right (69), sourcing 0.913, figures 0.951',
    floors: { precision: 0.85, recall: 0.8, keyRecall: 0.95, typeAccuracy: 0.8, speakerPrecision: 0.95, sourcingAccuracy: 0.91, numberAccuracy: 0.95 },
  },
  {
    folder: 'test/claims/dev-news-5', name: 'the news, market and business set (development set 6)', pages: 12, claims: 260,
    blind: 'P 0.829, R 0.702, key claims 0.951, types 0.745, speakers shown 0.879 right (33), sourcing 0.777, figures 0.860',
    tuned: 'P 0.827, R 0.710, key claims 0.951, types 0.769, speakers shown 0.878 right (41), sourcing 0.866, figures 0.947',
    floors: { precision: 0.82, recall: 0.7, keyRecall: 0.95, typeAccuracy: 0.76, speakerPrecision: 0.87, sourcingAccuracy: 0.86, numberAccuracy: 0.94 },
  },
  {
    folder: 'test/claims/dev-news-6', name: 'the news, market and business set (development set 7)', pages: 12, claims: 300,
    blind: 'P 0.885, R 0.791, key claims 0.983, types 0.674, speakers shown 0.771 right (35), sourcing 0.795, figures 0.881',
    tuned: 'P 0.891, R 0.788, key claims 0.983, types 0.685, speakers shown 0.938 right (48), sourcing 0.870, figures 0.941',
    floors: { precision: 0.88, recall: 0.78, keyRecall: 0.98, typeAccuracy: 0.68, speakerPrecision: 0.93, sourcingAccuracy: 0.86, numberAccuracy: 0.93 },
  },
  {
    folder: 'test/claims/dev-news-7', name: 'the news, science and business set (development set 8)', pages: 12, claims: 340,
    blind: 'P 0.881, R 0.708, key claims 0.855, types 0.714, speakers shown 0.925 right (53), sourcing 0.869, figures 0.889',
    tuned: 'P 0.879, R 0.714, key claims 0.887, types 0.717, speakers shown 0.925 right (53), sourcing 0.870, figures 0.935',
    floors: { precision: 0.87, recall: 0.7, keyRecall: 0.88, typeAccuracy: 0.71, speakerPrecision: 0.92, sourcingAccuracy: 0.86, numberAccuracy: 0.93 },
  },
  {
    folder: 'test/claims/dev-news-8', name: 'the news, science and business set (development set 9)', pages: 12, claims: 200,
    blind: 'P 0.952, R 0.767, key claims 0.810, types 0.728, speakers shown 0.867 right (30), sourcing 0.715, figures 0.946',
    tuned: 'P 0.970, R 0.772, key claims 0.810, types 0.730, speakers shown 1.000 right (27), sourcing 0.811, figures 0.987',
    floors: { precision: 0.96, recall: 0.76, keyRecall: 0.8, typeAccuracy: 0.73, speakerPrecision: 0.96, sourcingAccuracy: 0.8, numberAccuracy: 0.98 },
  },
  {
    folder: 'test/claims/dev-news-9', name: 'the news, culture, technology and local set (development set 10)', pages: 12, claims: 390,
    blind: 'P 0.862, R 0.612, key claims 0.825, types 0.671, speakers shown 0.863 right (51), sourcing 0.835, figures 0.911',
    tuned: 'P 0.863, R 0.617, key claims 0.825, types 0.710, speakers shown 0.893 right (56), sourcing 0.873, figures 0.919',
    floors: { precision: 0.85, recall: 0.6, keyRecall: 0.82, typeAccuracy: 0.7, speakerPrecision: 0.88, sourcingAccuracy: 0.86, numberAccuracy: 0.91 },
  },
  {
    // scored blind on the code before any change, in a worktree of that commit (and its scorer)
    folder: 'test/claims/dev-news-10', name: 'the news, sports, law and culture set (development set 11)', pages: 12, claims: 250,
    blind: 'P 0.844, R 0.709, key claims 0.869, types 0.691, speakers shown 0.964 right (28), sourcing 0.871, figures 0.642',
    tuned: 'P 0.845, R 0.717, key claims 0.869, types 0.778, speakers shown 0.964 right (28), sourcing 0.917, figures 0.941',
    floors: { precision: 0.84, recall: 0.71, keyRecall: 0.86, typeAccuracy: 0.77, speakerPrecision: 0.96, sourcingAccuracy: 0.9, numberAccuracy: 0.93 },
  },
  {
    // scored blind in a worktree of f584512, the code when its labelling began
    folder: 'test/claims/dev-news-11', name: 'the news, science, sports, policy and press-release set (development set 12)', pages: 12, claims: 255,
    blind: 'P 0.880, R 0.718, key claims 0.823, types 0.781, speakers shown 0.864 right (22), sourcing 0.825, figures 0.833',
    tuned: 'P 0.880, R 0.718, key claims 0.823, types 0.787, speakers shown 0.950 right (20), sourcing 0.863, figures 0.867',
    floors: { precision: 0.87, recall: 0.71, keyRecall: 0.82, typeAccuracy: 0.78, speakerPrecision: 0.95, sourcingAccuracy: 0.86, numberAccuracy: 0.86 },
  },
  {
    // scored blind in a worktree of 00b26a6, the code when its labelling began
    folder: 'test/claims/dev-news-12', name: 'the news, health, finance, sports and policy set (development set 13)', pages: 13, claims: 268,
    blind: 'P 0.838, R 0.716, key claims 0.839, types 0.667, speakers shown 0.923 right (39), sourcing 0.859, figures 0.845',
    tuned: 'P 0.851, R 0.724, key claims 0.839, types 0.711, speakers shown 0.974 right (39), sourcing 0.887, figures 0.887',
    floors: { precision: 0.85, recall: 0.72, keyRecall: 0.83, typeAccuracy: 0.71, speakerPrecision: 0.97, sourcingAccuracy: 0.88, numberAccuracy: 0.88 },
  },
  {
    // scored blind in a worktree of 4e8693b, the code when its labelling began
    folder: 'test/claims/dev-news-13', name: 'the news, science, sports, court and consumer set (development set 14)', pages: 12, claims: 179,
    blind: 'P 0.810, R 0.810, key claims 0.842, types 0.793, speakers shown 0.920 right (25), sourcing 0.848, figures 0.884',
    tuned: 'P 0.816, R 0.816, key claims 0.860, types 0.829, speakers shown 1.000 right (24), sourcing 0.863, figures 0.908',
    floors: { precision: 0.81, recall: 0.81, keyRecall: 0.85, typeAccuracy: 0.82, speakerPrecision: 0.95, sourcingAccuracy: 0.86, numberAccuracy: 0.9 },
  },
  {
    // scored blind in a worktree of a16c25d, the code when its labelling began
    folder: 'test/claims/dev-news-14', name: 'the news, science, politics and opinion set (development set 15)', pages: 12, claims: 311,
    blind: 'P 0.817, R 0.704, key claims 0.845, types 0.721, speakers shown 0.778 right (27), sourcing 0.735, figures 0.869',
    tuned: 'P 0.837, R 0.711, key claims 0.845, types 0.760, speakers shown 0.886 right (35), sourcing 0.760, figures 0.920',
    floors: { precision: 0.83, recall: 0.71, keyRecall: 0.84, typeAccuracy: 0.75, speakerPrecision: 0.88, sourcingAccuracy: 0.75, numberAccuracy: 0.91 },
  },
  {
    // scored blind in a worktree of 9539b17, the code when its labelling began
    folder: 'test/claims/dev-news-15', name: 'the news, science, sports, interview and consumer set (development set 16)', pages: 12, claims: 310,
    blind: 'P 0.753, R 0.687, key claims 0.881, types 0.737, speakers shown 0.982 right (57), sourcing 0.798, figures 0.917',
    tuned: 'P 0.771, R 0.684, key claims 0.881, types 0.736, speakers shown 1.000 right (71), sourcing 0.863, figures 0.941',
    floors: { precision: 0.77, recall: 0.68, keyRecall: 0.88, typeAccuracy: 0.73, speakerPrecision: 0.98, sourcingAccuracy: 0.86, numberAccuracy: 0.94 },
  },
  {
    folder: 'test/claims/dev-news-16', name: 'the news, sports, technology, economics, nature and policy set (development set 17)', pages: 12, claims: 317,
    blind: 'P 0.763, R 0.609, key claims 0.714, types 0.658, speakers shown 0.636 right (22), sourcing 0.860, figures 0.764',
    tuned: 'P 0.778, R 0.618, key claims 0.714, types 0.628, speakers shown 0.885 right (26), sourcing 0.893, figures 0.885',
    floors: { precision: 0.77, recall: 0.61, keyRecall: 0.71, typeAccuracy: 0.62, speakerPrecision: 0.88, sourcingAccuracy: 0.89, numberAccuracy: 0.88 },
  },
  {
    folder: 'test/claims/dev-news-17', name: 'the news, health, sports, politics, science and local set (development set 18)', pages: 12, claims: 300,
    blind: 'P 0.868, R 0.613, key claims 0.729, types 0.832, speakers shown 0.920 right (25), sourcing 0.864, figures 0.937',
    tuned: 'P 0.885, R 0.613, key claims 0.729, types 0.832, speakers shown 0.923 right (26), sourcing 0.870, figures 0.951',
    floors: { precision: 0.88, recall: 0.61, keyRecall: 0.72, typeAccuracy: 0.83, speakerPrecision: 0.92, sourcingAccuracy: 0.86, numberAccuracy: 0.95 },
  },
];

for (const set of BLIND_DEVELOPMENT_SETS) {
  describe(`against ${set.name}, ${set.pages} pages: scored once blind (${set.blind}), then tuned on (${set.tuned})`, () => {
    const { total } = scoreLabelledSet(set.folder);
    it(floorsTitle(set.floors), () => {
      expect(readdirSync(set.folder).length).toBeGreaterThanOrEqual(set.pages);
      expect(total.gold).toBeGreaterThanOrEqual(set.claims);
      expectFloors(summarise(total), set.floors);
    });
  });
}

describe('the scorer', () => {
  // Names a person wrote in the labels of aeb--833caf3bdba53dcf ("United Nations") and aeb--d48aeb9cf2f2ff15 ("NBC News").
  it('takes a speaker named with others as right for any of them, and no other', () => {
    expect(sameSpeaker('United Nations and European Union', 'United Nations')).toBe(true);
    expect(sameSpeaker('NBC News and Bloomberg', 'Bloomberg')).toBe(true);
    expect(sameSpeaker('Berlin und Paris', 'Paris')).toBe(true);
    expect(sameSpeaker('Paul Atkins', 'Atkins')).toBe(true);
    expect(sameSpeaker('SEC', 'U.S. Securities and Exchange Commission')).toBe(true);
    expect(sameSpeaker('NBC News and Bloomberg', 'Reuters')).toBe(false);
    expect(sameSpeaker('Health Ministry', 'Health Ministry in Gaza')).toBe(false);
    expect(sameSpeaker(undefined, 'Reuters')).toBe(false);
  });

  it('takes a score as written, and a temperature with its sign', () => {
    expect(sameNumber({ value: '7-6', unit: 'score' }, { text: '7-6 (5)', value: '7-6', unit: 'score' })).toBe(true);
    expect(sameNumber({ value: '6-7', unit: 'score' }, { text: '7-6', value: '7-6', unit: 'score' })).toBe(false);
    expect(sameNumber({ value: 40, unit: '°C' }, { text: 'minus 40 Grad', value: -40, unit: '°C' })).toBe(false);
    // a quarter with no year, written either way (trafilatura--3c53313575781f9f's label has "--Q1")
    expect(sameNumber({ value: 'Q1', unit: 'date' }, { text: 'Q1', value: '--Q1', unit: 'date' })).toBe(true);
    expect(sameNumber({ value: 'Q2', unit: 'date' }, { text: 'Q1', value: '--Q1', unit: 'date' })).toBe(false);
    // a half or quarter of a year labelled by its year alone (aeb--232a43fb15abde80: "first half of 2020" → "2020")
    expect(sameNumber({ value: '2020-H1', unit: 'date' }, { text: 'first half of 2020', value: '2020', unit: 'date' })).toBe(true);
    expect(sameNumber({ value: '2020-H1', unit: 'date' }, { text: 'first half of 2021', value: '2021', unit: 'date' })).toBe(false);
    expect(sameNumber({ value: '2020-05', unit: 'date' }, { text: 'May 2020', value: '2020', unit: 'date' })).toBe(false);
    // a decade labelled as written (trafilatura--b9c7e955b9fb20f8: "late 1980s" → "1980s") is the range of its years
    expect(sameNumber({ min: '1980', max: '1989', unit: 'date' }, { text: 'late 1980s', value: '1980s', unit: 'date' })).toBe(true);
    expect(sameNumber({ min: '1990', max: '1999', unit: 'date' }, { text: 'late 1980s', value: '1980s', unit: 'date' })).toBe(false);
  });
});

describe('against the hand-labelled set', () => {
  const { total } = scoreLabelledSet('test/claims/gold');
  const score = summarise(total);

  it('labels every corpus article', () => {
    expect(readdirSync('test/claims/gold').sort()).toEqual(corpusNames().map((n) => `${n}.json`));
    expect(total.gold).toBeGreaterThan(300);
  });

  // Floors a little under the figures measured when this was written (npm run eval:claims): a drop
  // below them is a regression to look at, not noise.
  // Precision fell from 0.87 to 0.837 when issue 9 removed the phrases fitted to single corpus files.
  it('detects claims with precision ≥ 0.83 and recall ≥ 0.71', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.83);
    expect(score.recall).toBeGreaterThanOrEqual(0.71);
  });

  // Measured: types 0.798, speakers 0.930 (shown: 0.976 right, 164; the 4 others are the translation's
  // other spellings of N.S. Lyons, as the article writes them: "Leons", "Léonce", "Leonhardt"), figures 0.993.
  it('types ≥ 0.79, attributes ≥ 0.92 and normalises figures ≥ 0.99 of them right; speakers shown ≥ 0.97 right', () => {
    expect(score.typeAccuracy).toBeGreaterThanOrEqual(0.79);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(score.numberAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(score.speakerPrecision).toBeGreaterThanOrEqual(0.97);
  });
});
