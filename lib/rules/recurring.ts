// Blocks that recur across the pages of a corpus: the same related cards on every page of a site.
// Only in a corpus run (`crypto-reader clean --corpus`), where the CLI counts them first.
import type { BlockRule } from './types.ts';
import { hash53, normalizeForCompare } from '../text.ts';

/** The key a block is counted under across pages. */
export function recurrenceKey(text: string): number {
  return hash53(normalizeForCompare(text));
}

export const recurringBlock: BlockRule = {
  kind: 'block',
  name: 'recurring-block',
  category: 'boilerplate',
  description: 'A block whose text recurs on several pages of the corpus being cleaned.',
  *run(ctx) {
    if (!ctx.recurring || ctx.recurring.size === 0) return;
    for (const block of ctx.blocks) if (ctx.recurring.has(recurrenceKey(block.text))) yield block.index;
  },
};
