// Duplicate blocks within a page: the title again as an image's alt text, a paragraph printed twice in a
// row. One pass, a hash of each block's normalised text, no pairwise comparison. Copies far apart are
// left alone: a meal plan or a transcript repeats lines on purpose.
import type { BlockRule, RuleBlock } from './types.ts';
import { hash53, normalizeForCompare } from '../text.ts';

/** Captions, list items and data tables repeat legitimately (a photo credit, a plan's days). */
const COMPARED_TYPES = new Set(['paragraph', 'heading', 'quote']);

/** Shorter texts ("Yes.", "Share") repeat legitimately. */
const MIN_COMPARED_LENGTH = 16;

/** A copy this many blocks after the first or fewer was printed twice; further away it is deliberate. */
const NEAR = 3;

/** A block whose text is all inside a link: a pointer to content, not content. */
function isLinkOnly(block: RuleBlock): boolean {
  return block.features.linkShare >= 0.9;
}

export const duplicateBlock: BlockRule = {
  kind: 'block',
  name: 'duplicate-block',
  category: 'duplicate',
  description: 'A block repeating the title, or the block just before it (normalised text, within three blocks).',
  *run(ctx) {
    const title = ctx.meta.title ? normalizeForCompare(ctx.meta.title) : '';
    const seen = new Map<number, { text: string; block: RuleBlock }>();
    for (const block of ctx.blocks) {
      if (ctx.isRemoved(block.index) || !COMPARED_TYPES.has(block.type)) continue;
      const text = normalizeForCompare(block.text);
      if (text.length < MIN_COMPARED_LENGTH) continue;
      if (text === title) {
        yield block.index;
        continue;
      }
      const hash = hash53(text);
      const first = seen.get(hash);
      const isCopy = first?.text === text && block.index - first.block.index <= NEAR;
      // A table of contents entry before its section heading is a link, not a copy: both stay.
      if (isCopy && !(isLinkOnly(first.block) && (block.type === 'heading' || !isLinkOnly(block)))) yield block.index;
      else seen.set(hash, { text, block });
    }
  },
  examples: {
    source: 'trafilatura evaluation set: aoc.media (the title again above the article; its lede, kept)',
    kind: 'html',
    title: 'Pour le néolibéralisme, la retraite est un archaïsme',
    remove: ['<h2>Pour le néolibéralisme, la retraite est un archaïsme</h2>'],
    keep: [
      '<p>Pour le néolibéralisme, la retraite ne peut être qu’un archaïsme, une sorte de déviance inadaptée, qui nous fait prendre du retard dans la compétition mondiale, et dont l’État lui-même doit programmer la disparition progressive.</p>',
    ],
  },
};
