// Duplicate blocks within a page: the title again as an image's alt text, a paragraph printed twice.
// One pass, a hash of each block's normalised text, no pairwise comparison.
import type { BlockRule } from './types.ts';
import { hash53, normalizeForCompare } from '../text.ts';

/** Shorter texts ("Yes.", "Share") repeat legitimately. */
const MIN_COMPARED_LENGTH = 16;

export const duplicateBlock: BlockRule = {
  kind: 'block',
  name: 'duplicate-block',
  category: 'duplicate',
  description: 'A block whose normalised text already appeared earlier on the page (the title counts).',
  *run(ctx) {
    const seen = new Map<number, string>();
    const remember = (text: string, hash: number) => seen.set(hash, text);
    if (ctx.meta.title) {
      const title = normalizeForCompare(ctx.meta.title);
      remember(title, hash53(title));
    }
    for (const block of ctx.blocks) {
      if (ctx.isRemoved(block.index) || block.type === 'caption' || block.type === 'image') continue;
      const text = normalizeForCompare(block.text);
      if (text.length < MIN_COMPARED_LENGTH) continue;
      const hash = hash53(text);
      if (seen.get(hash) === text) yield block.index;
      else remember(text, hash);
    }
  },
};
