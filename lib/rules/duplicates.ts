// Duplicate blocks within a page: the title again as an image's alt text, a paragraph printed twice.
// One pass, a hash of each block's normalised text, no pairwise comparison. Of two copies the second
// goes, unless the first is only a link to it (a table of contents entry before its section heading):
// then both stay.
import type { Block } from '../types.ts';
import type { BlockRule } from './types.ts';
import { hash53, normalizeForCompare } from '../text.ts';

/** Shorter texts ("Yes.", "Share") repeat legitimately. */
const MIN_COMPARED_LENGTH = 16;

/** A block whose text is all inside a link: a pointer to content, not content. */
function isLinkOnly(block: Block): boolean {
  const element = block.element;
  if (!element) return false;
  if (element.closest('a')) return true;
  const letters = (text: string | null) => (text ?? '').replace(/\s+/g, '').length;
  const links = Array.from(element.querySelectorAll('a')).reduce((n, a) => n + letters(a.textContent), 0);
  return links > 0 && links >= letters(element.textContent) * 0.9;
}

export const duplicateBlock: BlockRule = {
  kind: 'block',
  name: 'duplicate-block',
  category: 'duplicate',
  description: 'A block whose normalised text already appeared earlier on the page (the title counts).',
  *run(ctx) {
    const seen = new Map<number, { text: string; block?: Block }>();
    if (ctx.meta.title) {
      const title = normalizeForCompare(ctx.meta.title);
      seen.set(hash53(title), { text: title });
    }
    for (const block of ctx.blocks) {
      if (ctx.isRemoved(block.index) || block.type === 'caption' || block.type === 'image') continue;
      const text = normalizeForCompare(block.text);
      if (text.length < MIN_COMPARED_LENGTH) continue;
      const hash = hash53(text);
      const first = seen.get(hash);
      if (first?.text !== text) seen.set(hash, { text, block });
      else if (first.block && isLinkOnly(first.block) && (block.type === 'heading' || !isLinkOnly(block))) seen.set(hash, { text, block });
      else yield block.index;
    }
  },
};
