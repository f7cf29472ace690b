// Blocks that recur across the pages of a corpus: the same related cards on every page of a site.
// Only in a corpus run (`crypto-reader clean --corpus`), where the CLI counts them first. Which blocks
// count as template, and the limits that keep a page's own text, are the reader's site memory's too
// (lib/template-blocks.ts).
import type { BlockRule } from './types.ts';
import { blockFingerprint, templateBlockIndices } from '../template-blocks.ts';

/** The key a block is counted under across pages. */
export const recurrenceKey = blockFingerprint;

export const recurringBlock: BlockRule = {
  kind: 'block',
  name: 'recurring-block',
  category: 'boilerplate',
  description: 'A block whose text recurs on several pages of the corpus being cleaned (unless the whole page does).',
  run(ctx) {
    const recurring = ctx.recurring;
    if (!recurring || recurring.size === 0) return [];
    return templateBlockIndices(ctx.blocks, (fingerprint) => recurring.has(fingerprint), { title: ctx.meta.title, isRemoved: ctx.isRemoved });
  },
  examples: {
    source: 'corpus text dumps: related cards of 002_d90fbac4610048b4.txt and 003_e9209a1ff0c83050.txt (on two pages), 000_80ab6c6d0866ffcd.txt (a card on one page only, kept)',
    kind: 'corpus',
    remove: [
      'WEEX AI Trading Hackathon Rules & Guidelines\nThis article explains the rules, requirements, and prize structure for the WEEX AI Trading Hackathon Finals, where finalists compete using AI-driven trading strategies under real market conditions.',
      "Raoul Pal: I've seen every single panic, and they are never the end.",
    ],
    keep: ['Wintermute: By 2026, crypto had gradually become the settlement layer of the Internet economy'],
  },
};
