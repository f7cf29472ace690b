// Summary bullets that say again what the article's body says: a "Key Takeaways" list at the top
// restates, in short, sentences further down. The claims sidebar shows such a bullet under the claim it
// restates instead of as a claim of its own. Pure: claims and the article's blocks in, a map out.
import type { ArticleBlock } from '../types.ts';
import type { Claim, NumberMention } from './index.ts';

/** What is read of the article's blocks: which are list items, and the headings above them. */
export type RestatementBlock = Pick<ArticleBlock, 'type' | 'text'>;

/** A heading over a list of summary bullets. */
const SUMMARY_HEADING = /\b(key (take-?aways|points|facts)|take-?aways|summary|tl;? ?dr|highlights|in brief|at a glance|das wichtigste|auf einen blick|zusammenfassung|kernpunkte)\b/i;

/** Words that say nothing of what a sentence is about (English and German, the languages claims are read in). */
const FUNCTION_WORDS = new Set(
  (
    'the and for are was were has have had been being its this that these those their there them they ' +
    'with from into onto upon over under about after before than then also such which who whom whose what when where why how ' +
    'will would could should may might can must shall not nor but yet all any each every some more most much many other ' +
    'our your his her him she he we you one ones per via while whether both either neither own same very just only even ' +
    'said says say according up down out off again further once here as at by of on in to or an a is be do does did ' +
    'der die das den dem des und oder ist sind war waren wird werden wurde wurden hat haben hatte ein eine einer eines einem einen ' +
    'nicht mit von zu zur zum auf für im in an am auch als bei nach wie noch über um aus sich sie er es wir ihr ihre sein seine ' +
    'dass daß aber wenn doch nur schon mehr sehr so bis durch gegen ohne unter vor seit laut sagte sagt'
  ).split(/\s+/),
);

/** How close an earlier candidate must come to the best one to be chosen instead: the first place the article says it. */
const EARLIER_SHARE = 0.75;

/**
 * Which claims restate another: claim index → index of the claim it restates (indices into `claims`, in
 * any order; `blocks` are the Article's blocks the claims point into).
 *
 * A restating claim is a summary bullet: a claim in a list item in the first quarter of the article, or
 * in a list under a heading such as "Key Takeaways" or "Summary". The claim it restates is a claim in
 * another block that is not a summary bullet, and
 * - when the bullet has figures: has one of them (same unit and value: "$88 billion" = "$88bn") and
 *   shares at least 3 content words with it;
 * - when it has none: shares at least half of the bullet's content words, and at least 4.
 * Content words are the words that are not function words ("the", "could", "und"…), compared without
 * case, possessive or plural "s". Of the candidates, the one sharing most (content words, pairs of
 * adjacent content words or figures, and each figure twice) is chosen — or an earlier one sharing at
 * least three quarters as much: the first place the article says it, rather than an FAQ answer that
 * says it again further down.
 */
export function groupRestatements(claims: readonly Claim[], blocks: readonly RestatementBlock[]): Map<number, number> {
  const summary = summaryBlocks(blocks);
  const terms = claims.map(claimTerms);
  const restates = new Map<number, number>();
  claims.forEach((bullet, index) => {
    if (!summary.has(bullet.block)) return;
    const own = terms[index];
    const candidates: { index: number; score: number; block: number; start: number }[] = [];
    claims.forEach((candidate, other) => {
      if (candidate.block === bullet.block || summary.has(candidate.block)) return;
      const theirs = terms[other];
      const words = countShared(own.words, theirs.words);
      const figures = countShared(own.figures, theirs.figures);
      const restated = own.figures.size > 0 ? figures > 0 && words >= 3 : words >= 4 && words >= own.words.size / 2;
      if (!restated) return;
      candidates.push({ index: other, score: words + countShared(own.pairs, theirs.pairs) + 2 * figures, block: candidate.block, start: candidate.start });
    });
    if (candidates.length === 0) return;
    const top = Math.max(...candidates.map((c) => c.score));
    const [first] = candidates.filter((c) => c.score >= top * EARLIER_SHARE).sort((a, b) => a.block - b.block || a.start - b.start);
    restates.set(index, first.index);
  });
  return restates;
}

/** Indices of the list items that are summary bullets. */
function summaryBlocks(blocks: readonly RestatementBlock[]): Set<number> {
  const summary = new Set<number>();
  blocks.forEach((block, index) => {
    if (block.type !== 'list-item') return;
    if (index < blocks.length / 4 || SUMMARY_HEADING.test(summaryTitle(blocks, index) ?? '')) summary.add(index);
  });
  return summary;
}

interface Terms {
  words: Set<string>;
  figures: Set<string>;
  /** Adjacent content words or figures, as "a b". */
  pairs: Set<string>;
}

/** A claim's content words and figures, in the order they are written. */
function claimTerms(claim: Claim): Terms {
  // Each figure as one term (its unit and value), in its place among the words.
  let text = claim.text;
  for (const figure of [...claim.numbers].sort((a, b) => b.text.length - a.text.length)) {
    text = text.replace(figure.text, ` \u0001${figureKey(figure)}\u0001 `);
  }
  const sequence: string[] = [];
  const words = new Set<string>();
  const figures = new Set<string>();
  for (const [token] of text.matchAll(/\u0001[^\u0001]*\u0001|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    if (token.startsWith('\u0001')) {
      figures.add(token);
      sequence.push(token);
      continue;
    }
    const word = contentWord(token);
    if (!word) continue;
    words.add(word);
    sequence.push(word);
  }
  const pairs = new Set(sequence.slice(1).map((term, i) => `${sequence[i]} ${term}`));
  return { words, figures, pairs };
}

/** A figure's identity: its unit and value (or bounds), else its text. */
function figureKey(n: NumberMention): string {
  if (n.value !== undefined) return `${n.unit}:${n.value}`;
  if (n.min !== undefined || n.max !== undefined) return `${n.unit}:${n.min ?? ''}-${n.max ?? ''}`;
  return `${n.unit}:${n.text.toLowerCase()}`;
}

/** The word as compared (lower case, no possessive or plural "s"), or null for a function word, a number or a short word. */
function contentWord(token: string): string | null {
  let word = token.toLowerCase().replace(/['’]s$/, '');
  if (word.length < 3 || FUNCTION_WORDS.has(word) || /^\p{N}+$/u.test(word)) return null;
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  return word;
}

function countShared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

/**
 * The heading of the list a bullet stands in ("Key Takeaways"): the heading right above the list, or null
 * when none heads it or the block is not a list item.
 */
export function summaryTitle(blocks: readonly RestatementBlock[], block: number): string | null {
  if (blocks[block]?.type !== 'list-item') return null;
  for (let index = block - 1; index >= 0; index--) {
    if (blocks[index].type === 'heading') return blocks[index].text;
    if (blocks[index].type !== 'list-item') return null;
  }
  return null;
}
