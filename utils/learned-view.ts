// The reader's side of the site memory (issue 13): what it asks the background before it paints, and which
// of the answer applies to the article it read (its template's on a mirror domain, else its site's).
import type { ReaderContent } from '../components/ReaderApp.tsx';
import { sendToBackground } from './messages.ts';
import type { LearnedBlocks } from './site-memory.ts';

export const NOTHING_LEARNED: LearnedBlocks = { site: [], templates: {} };

/** Ask the background what the site's memory knows; nothing when it cannot say (the reader then removes nothing learned). */
export function askLearned(): Promise<LearnedBlocks> {
  return sendToBackground('learned-blocks', undefined).catch((error: Error) => {
    console.warn('Crypto Reader could not read what it learned of this site:', error.message);
    return NOTHING_LEARNED;
  });
}

/** The fingerprints that are template on this article: its template's when it was recognised as one (on any mirror), else its site's. */
export function templateOf(content: ReaderContent, known: LearnedBlocks): ReadonlySet<number> {
  if (content.kind !== 'article') return new Set();
  const { template } = content.article;
  return new Set(template ? (known.templates[template] ?? []) : known.site);
}

export function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && [...a].every((f) => b.has(f));
}
