// The stages of reading a page, named once. DOM mode (lib/extract.ts) runs them all; text mode
// (lib/clean-text.ts) has no markup to read, so it runs the ones marked for text, with the block rules of
// both block stages in one pass. Every removal says which stage made it (Removal.stage); its position in
// the Article (anchor, offset) is the only position it carries.

export const STAGES = [
  { name: 'detect', modes: ['dom', 'text'], does: 'score the page as crypto news by its content (lib/detect.ts); not in the reader, whose detector judged the page on load' },
  { name: 'elements', modes: ['dom'], does: 'remove containers recognised by class, id or label, and finders (element rules)' },
  { name: 'page', modes: ['dom', 'text'], does: 'block rules over the whole page: related areas, promotion, chrome' },
  { name: 'readability', modes: ['dom'], does: 'Readability picks the article container' },
  { name: 'restore', modes: ['dom'], does: 'bring back what Readability left out beside or inside the article (lib/restore-dropped.ts)' },
  { name: 'article', modes: ['dom'], does: 'block rules that read the article alone: duplicates, date lines' },
  { name: 'sentences', modes: ['dom', 'text'], does: 'sentence rules cut promotion out of kept prose' },
  { name: 'learned', modes: ['dom'], does: "the reader only: blocks of the site's template, learned from other articles read there (lib/learned-blocks.ts)" },
  { name: 'assemble', modes: ['dom', 'text'], does: 'one Article from the kept blocks, metadata and removals (lib/assemble.ts)' },
] as const;

export type StageName = (typeof STAGES)[number]['name'];
/** The stages that remove something. */
export type RemovingStage = Extract<StageName, 'elements' | 'page' | 'restore' | 'article' | 'sentences' | 'learned'>;
