// What the reader reads aloud (issue 12): the title, then the article's text a sentence at a time, each
// sentence named by its block and offsets into the block's text (like a claim) so that the reader can mark
// it while it is spoken. Headings, paragraphs, list items and quotes are read; pictures, captions, code and
// tables are not (a table read cell by cell is noise). Pure.
import type { Claim } from './claims/index.ts';
import { splitSentences } from './sentences.ts';
import type { Article, BlockType } from './types.ts';

/** One stretch spoken as one utterance. Block TITLE_BLOCK is the article's title. */
export interface SpokenPart {
  block: number;
  start: number;
  end: number;
  text: string;
}

export const TITLE_BLOCK = -1;

const READ_TYPES: ReadonlySet<BlockType> = new Set(['heading', 'paragraph', 'list-item', 'quote']);

/** Speeds offered, as the rate of speech synthesis (1: the voice's own). */
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** The parts of the article read aloud, in reading order. */
export function spokenParts(article: Pick<Article, 'title' | 'blocks' | 'lang'>): SpokenPart[] {
  const parts: SpokenPart[] = [];
  if (article.title.trim()) parts.push({ block: TITLE_BLOCK, start: 0, end: article.title.length, text: article.title.trim() });
  article.blocks.forEach((block, index) => {
    if (!READ_TYPES.has(block.type)) return;
    for (const sentence of splitSentences(block.text, article.lang ?? undefined)) {
      if (/[\p{L}\p{N}]/u.test(sentence.text)) parts.push({ block: index, start: sentence.start, end: sentence.end, text: sentence.text });
    }
  });
  return parts;
}

/** A claim read on its own: its sentence. */
export function claimPart(claim: Pick<Claim, 'block' | 'start' | 'end' | 'text'>): SpokenPart {
  return { block: claim.block, start: claim.start, end: claim.end, text: claim.text };
}

/** The voices to offer for an article in `lang`: those of its language first (by name), then the others (by language, then name). */
export function voicesFor<V extends { lang: string; name: string }>(voices: readonly V[], lang: string | null): V[] {
  const primary = (lang ?? '').toLowerCase().split('-')[0];
  const ofArticle = (v: V) => (primary && v.lang.toLowerCase().split(/[-_]/)[0] === primary ? 0 : 1);
  return [...voices].sort((a, b) => ofArticle(a) - ofArticle(b) || (ofArticle(a) ? a.lang.localeCompare(b.lang) : 0) || a.name.localeCompare(b.name));
}
