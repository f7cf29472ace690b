// The reader's side of template learning: an Article without the blocks its site's memory knows as template
// (lib/site-memory.ts), each one a removal of category `learned` that the Removed panel lists and can show
// in place. Which blocks count is lib/template-blocks.ts, the rule the CLI's --corpus run applies too.
import type { Article, Removal } from './types.ts';
import { blockFingerprint, fingerprintOf, learnableFingerprints, templateBlockIndices } from './template-blocks.ts';
import { copyOfRemoval } from './removal-html.ts';

export const LEARNED_RULE = 'learned-block';

/**
 * The article without its learned template blocks. Run before the claims are read (they point at blocks by
 * position); the article given is not changed. A block a sentence was cut from stays: its text is the
 * article's own edit, not the template's.
 */
export function removeLearnedBlocks(article: Article, learned: ReadonlySet<number>): Article {
  if (learned.size === 0 || article.unreadableReason !== null) return article;
  if (article.claims.length > 0) throw new Error('learned blocks are removed before the claims are read');
  const edited = new Set(article.removed.filter((r) => r.scope === 'sentence' && r.anchor !== undefined).map((r) => r.anchor!));
  const removedAt = new Set(templateBlockIndices(article.blocks, (fingerprint) => learned.has(fingerprint), { title: article.title }).filter((i) => !edited.has(i)));
  if (removedAt.size === 0) return article;

  // a position in the old blocks → the same place among the kept ones
  const placeOf: number[] = [];
  let kept = 0;
  for (let i = 0; i <= article.blocks.length; i++) {
    placeOf.push(kept);
    if (i < article.blocks.length && !removedAt.has(i)) kept++;
  }
  const learnedRemovals: Removal[] = [...removedAt].map((i) => {
    const block = article.blocks[i];
    return { rule: LEARNED_RULE, category: 'learned', stage: 'learned', text: block.text, scope: 'block', anchor: placeOf[i], html: block.html };
  });
  const moved = article.removed.map((r) => (r.anchor === undefined ? r : copyOfRemoval(r, { anchor: placeOf[r.anchor] })));
  return {
    ...article,
    blocks: article.blocks.filter((_, i) => !removedAt.has(i)),
    removed: [...moved, ...learnedRemovals],
  };
}

/**
 * What a page the reader showed teaches its site's memory: the fingerprints of its kept blocks (not its
 * title, first paragraph or quotes) and of the learned blocks it removed, which are still seen there.
 * Nothing from a page with no article (a sign-in page, a listing, a few words).
 */
export function fingerprintsToLearn(article: Article): number[] {
  if (article.unreadableReason !== null) return [];
  const learnedRemoved = article.removed.filter((r) => r.rule === LEARNED_RULE).map((r) => blockFingerprint(r.text));
  return [...new Set([...learnableFingerprints(article.blocks, { title: article.title }), ...learnedRemoved])];
}

/** Hash the article's blocks ahead (while the page is idle): removing its learned blocks at a click then only looks them up. */
export function hashBlocksAhead(article: Article): void {
  for (const block of article.blocks) fingerprintOf(block);
}
