// Summary bullets that restate a claim of the body (lib/claims/restatements.ts): on a corpus page whose
// "Key Takeaways" say again what the article says below, and on small made-up cases for each condition.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../lib/clean-text.ts';
import { groupRestatements, summaryTitle, type RestatementBlock } from '../lib/claims/restatements.ts';
import type { Claim, NumberMention } from '../lib/claims/index.ts';
import { readFixture } from './support/fixtures.ts';

/** The restatements as text: each bullet → the claim it restates. */
function restatedAs(claims: readonly Claim[], blocks: readonly RestatementBlock[]): Record<string, string> {
  return Object.fromEntries([...groupRestatements(claims, blocks)].map(([bullet, body]) => [claims[bullet].text, claims[body].text]));
}

describe('a corpus page with Key Takeaways (003: MSTR and the index exclusion)', () => {
  const article = cleanText(readFixture('corpus/003_e9209a1ff0c83050.txt'));

  it('points each bullet that restates a body claim to it, and leaves the others alone', () => {
    // Read by hand: of the five bullets, four are claims.
    // - "up to $88 billion in passive fund outflows" is said first in "Risks of Index Exclusion"; the FAQ
    //   answer further down ("an $88 billion outflow from passive funds") says it again and is not chosen.
    // - "the 50% digital asset threshold" is the "“50% digital asset” rule as a potential threshold" of
    //   "Strategic Considerations" (the FAQ's "exceeds 50% of its total assets" comes later).
    // - "MSCI's consideration of whether MSTR functions as a company or a Bitcoin fund" restates "Such a
    //   concentration raises essential questions about MSTR's classification…", which is not a claim;
    //   "January 15, 2026, remains a critical date" restates "As we approach the January 15, 2026, decision
    //   date…", not a claim either: both stay items of their own.
    expect(restatedAs(article.claims, article.blocks)).toEqual({
      'The removal of MSTR from indices could trigger up to $88 billion in passive fund outflows, severely impacting its liquidity and valuation.':
        'This potential exclusion represents significant risks for MSTR, including up to $88 billion in passive fund outflows if MSCI and other indices proceed to delist it.',
      'MSTR’s reliance on Bitcoin has led to potential exclusion from major stock indices due to surpassing the 50% digital asset threshold.':
        'The establishment of a “50% digital asset” rule as a potential threshold for index inclusion could influence many other Digital Asset Technology (DAT) companies that rely on cryptocurrency holdings as a significant asset.',
    });
  });

  it('names the summary after its heading', () => {
    const bullet = article.claims.find((c) => c.text.startsWith('The removal of MSTR from indices'))!;
    expect(summaryTitle(article.blocks, bullet.block)).toBe('Key Takeaways');
    const body = article.claims.find((c) => c.text.startsWith('This potential exclusion'))!;
    expect(summaryTitle(article.blocks, body.block)).toBeNull();
  });
});

const usd = (text: string, value: number): NumberMention => ({ text, value, unit: 'USD' });

/** A claim filling its whole block. */
function claim(text: string, block: number, numbers: NumberMention[] = []): Claim {
  return { text, type: 'quantity', block, start: 0, end: text.length, numbers, assets: [], sourcing: 'none', score: 0 };
}

/** Blocks: a heading, then the given types, each with some text. */
const blocksOf = (...types: RestatementBlock['type'][]): RestatementBlock[] => types.map((type, i) => ({ type, text: i === 0 && type === 'heading' ? 'Key Takeaways' : `block ${i}` }));

describe('what counts as a restatement', () => {
  // Twelve blocks: a summary list at the top (blocks 1–2, the first quarter), paragraphs after.
  const blocks = blocksOf('heading', 'list-item', 'list-item', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph');

  it('a bullet with a figure: the same figure (unit and value, however written) and three shared words', () => {
    const claims = [
      claim('Solana ETFs drew $1.2 billion in inflows during their first month.', 1, [usd('$1.2 billion', 1.2e9)]),
      claim('In their first month the Solana ETFs drew $1.2bn of inflows, Farside data shows.', 5, [usd('$1.2bn', 1.2e9)]),
    ];
    expect(groupRestatements(claims, blocks)).toEqual(new Map([[0, 1]]));
  });

  it('not another figure, however many words it shares', () => {
    const claims = [
      claim('Solana ETFs drew $1.2 billion in inflows during their first month.', 1, [usd('$1.2 billion', 1.2e9)]),
      claim('Solana ETFs drew $800 million in inflows during their first month.', 5, [usd('$800 million', 8e8)]),
    ];
    expect(groupRestatements(claims, blocks).size).toBe(0);
  });

  it('not the same figure in a sentence about something else', () => {
    const claims = [
      claim('Solana ETFs drew $1.2 billion in inflows during their first month.', 1, [usd('$1.2 billion', 1.2e9)]),
      claim('A hacker stole $1.2 billion from the exchange in February.', 5, [usd('$1.2 billion', 1.2e9)]),
    ];
    expect(groupRestatements(claims, blocks).size).toBe(0);
  });

  it('a bullet without figures: half of its content words, and at least four', () => {
    const claims = [
      claim('Regulators want stablecoin issuers to hold reserves in short-term Treasuries.', 2),
      claim('Under the draft, regulators would require stablecoin issuers to hold their reserves in cash or short-term Treasuries.', 7),
      claim('Regulators met on Tuesday.', 8),
    ];
    expect(groupRestatements(claims, blocks)).toEqual(new Map([[0, 1]]));
  });

  it('only summary bullets restate: a paragraph saying the same again, or a list further down, does not', () => {
    const claims = [
      claim('Solana ETFs drew $1.2 billion in inflows during their first month.', 4, [usd('$1.2 billion', 1.2e9)]),
      claim('In their first month the Solana ETFs drew $1.2bn of inflows.', 6, [usd('$1.2bn', 1.2e9)]),
    ];
    expect(groupRestatements(claims, blocks).size).toBe(0);
    const lateList = blocksOf('heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'list-item');
    expect(groupRestatements([claim(claims[0].text, 9, claims[0].numbers), claim(claims[1].text, 4, claims[1].numbers)], lateList).size).toBe(0);
  });

  it('a list under a summary heading is a summary wherever it stands', () => {
    const closing: RestatementBlock[] = [...blocksOf('heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'), { type: 'heading', text: 'The bottom line: a summary' }, { type: 'list-item', text: 'x' }];
    const claims = [
      claim('In their first month the Solana ETFs drew $1.2bn of inflows.', 2, [usd('$1.2bn', 1.2e9)]),
      claim('Solana ETFs drew $1.2 billion in inflows during their first month.', 9, [usd('$1.2 billion', 1.2e9)]),
    ];
    expect(groupRestatements(claims, closing)).toEqual(new Map([[1, 0]]));
    expect(summaryTitle(closing, 9)).toBe('The bottom line: a summary');
  });

  it('never a claim of the same block or of another bullet', () => {
    const claims = [
      claim('Solana ETFs drew $1.2 billion in inflows during their first month.', 1, [usd('$1.2 billion', 1.2e9)]),
      claim('In their first month the Solana ETFs drew $1.2bn of inflows.', 1, [usd('$1.2bn', 1.2e9)]),
      claim('Solana ETFs drew $1.2bn in inflows in their first month.', 2, [usd('$1.2bn', 1.2e9)]),
    ];
    expect(groupRestatements(claims, blocks).size).toBe(0);
  });
});
