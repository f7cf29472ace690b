// The article's check-worthy claims: each sentence of the kept prose, tested for a factual core, typed,
// attributed, with its figures and assets, then ranked so that the sidebar shows the weightiest first.
import type { ArticleBlock } from '../types.ts';
import { splitSentences } from '../sentences.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { readsClaimsIn } from './languages.ts';
import { articleLanguage } from './article-language.ts';
import { findAssets } from './assets.ts';
import { attribute, SpeakerContext, type Attribution, type Sourcing } from './attribution.ts';
import { isOrganisation } from './speaker-names.ts';
import { claimType, isClaim, isQuestion, quotesSpeech, type ClaimType } from './classify.ts';
import { guillemetsReadAsFrench, OPENS_QUOTATION, QUOTATIONS } from './quotation-marks.ts';
import { answerStarts, interviewOf } from './interview.ts';
import { CITATION_ENTRY } from './claim-words.ts';

export type { ClaimType, NumberMention, Sourcing };

export interface Claim {
  text: string;
  type: ClaimType;
  /** Index of the block in Article.blocks, and the sentence's offsets in that block's text. */
  block: number;
  start: number;
  end: number;
  speaker?: string;
  numbers: NumberMention[];
  assets: string[];
  sourcing: Sourcing;
  /** Higher is more important; claims are returned in this order. */
  score: number;
}

/** Blocks read to guess the article's language when the page does not state it. */
const LANGUAGE_SAMPLE_BLOCKS = 20;

const PROSE = new Set(['paragraph', 'list-item', 'quote']);

/** How much each feature weighs in the ranking. */
const WEIGHTS = {
  money: 2.5, percent: 2, otherFigure: 1, named: 2, vague: -0.5, quote: 1, prediction: 1.5, legal: 1.5, causal: 1,
  asset: 0.5, takeaway: 1.5, early: 1,
};

export interface ClaimOptions {
  /** The site's own name and address: the site is never a claim's speaker. */
  siteName?: string | null;
  url?: string | null;
  /** The article's language (BCP 47): sentences are split by its rules. */
  lang?: string | null;
}

export function extractClaims(articleBlocks: readonly ArticleBlock[], options: ClaimOptions = {}): Claim[] {
  // The blocks as the claims read them (German »…« quotations as «…»); a claim's text is the article's own.
  const blocks = articleBlocks.map((block) => {
    const text = guillemetsReadAsFrench(block.text);
    return text === block.text ? block : { ...block, text };
  });
  // The language the page states, or the one its text is plainly in (guessed once for the article, not per sentence).
  const lang = articleLanguage(options.lang, blocks.slice(0, LANGUAGE_SAMPLE_BLOCKS).map((b) => b.text).join(' '));
  // An untagged page in a language the claims do not read (French, say) gets none, as a tagged one does.
  if (!readsClaimsIn(lang)) return [];
  const context = new SpeakerContext({ ...options, lang });
  context.learn(blocks.filter((b) => PROSE.has(b.type)).map((b) => b.text));
  // (an entry of a list of references cites; it claims nothing)
  const split = blocks.map((block) => (PROSE.has(block.type) && !CITATION_ENTRY.test(block.text) ? splitSentences(block.text, lang) : []));
  const paragraphs = blocks.map((block, i) => (block.type === 'paragraph' ? i : -1)).filter((i) => i >= 0);
  const interview = interviewOf(paragraphs.map((i) => split[i]), paragraphs.map((i) => blocks[i].text), (name) => context.resolve(name));
  // where each paragraph's answer starts, by block (interviews only)
  const answers = new Map<number, number>();
  if (interview) answerStarts(paragraphs.map((i) => split[i])).forEach((start, n) => answers.set(paragraphs[n], start));
  const claims: Claim[] = [];
  let turnSpeaker: string | undefined;
  // Who spoke last in the prose block before, and whether that block ended by introducing a quotation ("Mr Hancock said:").
  let previous: { speaker?: string; sourcing: Sourcing; introduces: boolean } = { sourcing: 'none', introduces: false };
  blocks.forEach((block, index) => {
    if (!PROSE.has(block.type)) {
      if (block.type === 'heading') turnSpeaker = undefined;
      return;
    }
    const turn = block.type === 'paragraph' ? context.turn(block.text) : null;
    // A list after a transcript turn continues it ("· First: …").
    if (turn) turnSpeaker = turn.speaker;
    else if (block.type !== 'list-item') turnSpeaker = undefined;
    const spoken = turnSpeaker !== undefined;
    context.block = index;
    const sentences = split[index].map((sentence) => {
      if (!turn || sentence.start >= turn.offset) return sentence;
      const start = turn.offset + (block.text.slice(turn.offset).length - block.text.slice(turn.offset).trimStart().length);
      return { ...sentence, start, text: block.text.slice(start, sentence.end) };
    });
    const attributions = sentences.map((s) => (spoken ? { speaker: turnSpeaker, sourcing: 'named' as Sourcing } : attribute(s.text, context)));
    // In an interview, the sentences after the questions are the interviewee's answer.
    const answer = !spoken ? (answers.get(index) ?? -1) : -1;
    if (answer >= 0) for (let i = answer; i < sentences.length; i++) if (!attributions[i].speaker) attributions[i] = { speaker: interview!.interviewee, sourcing: 'named' };
    const quoted = creditQuotations(block.text, sentences, attributions);
    let blockSpeaker: string | undefined;
    /** How the last credited sentence of the paragraph is sourced: named or vague ("a Republican operative said"). */
    let blockSourcing: Sourcing = 'none';
    const carried = previous;
    /** Sentences that continue a quotation credited above, with the sourcing of their own words. */
    const continued = new Map<number, Sourcing>();
    sentences.forEach((sentence, i) => {
      const { start, text } = sentence;
      const attribution = attributions[i];
      // A quotation in a paragraph where someone was already quoted continues that person's words (a
      // person's: "he said" never means an organisation quoted before).
      // Not a quotation credited to someone unnamed ("…“, so einer von ET-News‘ Insidern"): theirs, and the next ones too.
      if (!attribution.speaker && attribution.sourcing === 'vague') blockSpeaker = undefined;
      if (!attribution.speaker && attribution.sourcing !== 'vague' && blockSpeaker && OPENS_QUOTATION.test(text) && !(attribution.person && isOrganisation(blockSpeaker))) {
        attribution.speaker = blockSpeaker;
        attribution.sourcing = 'named';
        // and the rest of the quotation when it runs over several sentences ("“Yes, we needed to win. I felt like…”")
        // (whether they are claims is still decided by their own words)
        for (const j of quoted.get(i) ?? []) {
          if (j > i && !attributions[j].speaker && attributions[j].sourcing !== 'vague') {
            continued.set(j, attributions[j].sourcing);
            attributions[j] = { speaker: blockSpeaker, sourcing: 'named' };
          }
        }
      }
      // A paragraph that opens with a quotation continues the one who spoke in the paragraph before: shown
      // when that paragraph introduced it ("Mr Shapps said:"), else only counted as named.
      if (i === 0 && attribution.sourcing === 'none' && carried.speaker && OPENS_QUOTATION.test(text)) {
        attribution.sourcing = 'named';
        if (carried.introduces) attribution.speaker = carried.speaker;
      }
      // Whether the sentence is a claim is decided by its own sourcing, before any credit below.
      const ownSourcing = continued.get(i) ?? attribution.sourcing;
      // Someone's words quoted, uncredited, where the paragraph (or the one before) credits someone: theirs,
      // named or vague as the credit is (whether they are a claim is decided as for any uncredited quotation).
      const credit = blockSourcing !== 'none' ? blockSourcing : i === 0 ? carried.sourcing : 'none';
      if (attribution.sourcing === 'none' && credit !== 'none' && quotesSpeech(text, false)) attribution.sourcing = credit;
      // German reported speech goes on in the subjunctive after the sentence that named its speaker ("…, sagt
      // Stenger. Produktinnovationen würden ohne Konkurrenz der Geschichte angehören."): sourced as that one is.
      if (context.german && attribution.sourcing === 'none' && blockSourcing === 'named' && GERMAN_SUBJUNCTIVE_II.test(text) && !FIRST_PERSON_DE.test(text)) attribution.sourcing = 'named';
      blockSpeaker = attribution.speaker ?? blockSpeaker;
      if (attribution.sourcing !== 'none') blockSourcing = attribution.sourcing;
      if (isQuestion(text)) return; // (isClaim says so too, but only after the figures are read)
      const features = { text, numbers: findNumbers(text, lang), assets: findAssets(text), speaker: continued.has(i) ? undefined : attribution.speaker, named: ownSourcing === 'named', spoken: spoken || (answer >= 0 && i >= answer), vague: ownSourcing === 'vague', quoted: quoted.has(i), german: context.german };
      if (!isClaim(features)) return;
      const type = claimType(features);
      const claim: Claim = { text: articleBlocks[index].text.slice(start, start + text.length), type, block: index, start, end: sentence.end, numbers: features.numbers, assets: features.assets, sourcing: attribution.sourcing, score: 0 };
      if (attribution.speaker) claim.speaker = attribution.speaker;
      claim.score = score(claim, index, blocks.length, block.type === 'list-item' && index < blocks.length / 4);
      claims.push(claim);
    });
    previous = { speaker: blockSpeaker, sourcing: blockSourcing, introduces: /:\s*$/.test(block.text) };
  });
  return claims.sort((a, b) => b.score - a.score || a.block - b.block || a.start - b.start);
}

/** The writer's own "we" or "I" ("Würden wir die Pflanzen direkt verzehren, …"): reported speech is in the third person. */
const FIRST_PERSON_DE = /\b(?:[Ww]ir|[Ii]ch|uns)\b/;
/**
 * The German subjunctive of "would", "had", "were", "must": reported speech where the first subjunctive looks
 * like the indicative (not "könnte", mostly a possibility of the writer's: "Das könnte den Einsatz … erleichtern").
 */
const GERMAN_SUBJUNCTIVE_II = /\b(?:würde|würden|hätte|hätten|wäre|wären|müsste|müssten)\b/;

/**
 * A quotation that runs over several sentences ("“A. B. C,” Smith said.") is one person's words: the
 * sentences inside it without a speaker of their own take the speaker the quotation is credited to.
 * Returns, for each sentence inside such a quotation, the sentences of its quotation.
 */
function creditQuotations(text: string, sentences: readonly { start: number; end: number }[], attributions: Attribution[]): Map<number, readonly number[]> {
  const quoted = new Map<number, readonly number[]>();
  for (const m of text.matchAll(QUOTATIONS)) {
    const from = m.index;
    const to = from + m[0].length;
    const inside = sentences.map((s, i) => (s.start < to && s.end > from ? i : -1)).filter((i) => i >= 0);
    if (inside.length < 2) continue;
    for (const i of inside) quoted.set(i, inside);
    const credited = [...inside].reverse().map((i) => attributions[i]).find((a) => a.speaker) ?? [...inside].reverse().map((i) => attributions[i]).find((a) => a.sourcing !== 'none');
    if (!credited) continue;
    // Credited to someone not sure enough to show ("…,” the company said."), or to someone unnamed ("…,” an aide said."): so are they all.
    for (const i of inside) if (!attributions[i].speaker) attributions[i] = credited.speaker ? { speaker: credited.speaker, sourcing: 'named' } : { sourcing: credited.sourcing };
  }
  return quoted;
}

function score(claim: Claim, block: number, blockCount: number, inTakeaways: boolean): number {
  let total = 0;
  for (const n of claim.numbers) total += n.unit === 'USD' ? WEIGHTS.money : n.unit === '%' ? WEIGHTS.percent : n.unit === 'date' ? 0.25 : WEIGHTS.otherFigure;
  total = Math.min(total, 5);
  if (claim.sourcing === 'named') total += WEIGHTS.named;
  if (claim.sourcing === 'vague') total += WEIGHTS.vague;
  if (claim.type === 'quote') total += WEIGHTS.quote;
  if (claim.type === 'prediction') total += WEIGHTS.prediction;
  if (claim.type === 'legal') total += WEIGHTS.legal;
  if (claim.type === 'causal') total += WEIGHTS.causal;
  total += Math.min(claim.assets.length, 2) * WEIGHTS.asset;
  if (inTakeaways) total += WEIGHTS.takeaway;
  total += WEIGHTS.early * (1 - block / Math.max(blockCount, 1));
  return Math.round(total * 100) / 100;
}
