// The engine: blocks + rules → kept blocks, metadata and a removal trail. Pure: no DOM writes, no I/O.
import type { Block, Category, PageMeta, Removal, StageRemoval } from './types.ts';
import type { RemovingStage } from './pipeline.ts';
import type { BlockRule, KeepRule, RuleContext, SentenceRule } from './rules/types.ts';
import { BLOCK_RULES, KEEP_RULES, SENTENCE_RULES } from './rules/index.ts';
import { resolveHouseBrands, type HouseBrand } from './rules/house-brands.ts';
import { profileFor } from './sites/index.ts';
import { withSiteRules } from './site-rules.ts';
import { splitSentences } from './sentences.ts';
import { collapseWhitespace } from './text.ts';

/** Removals of these categories spare the blocks a keep rule protects. */
const PROTECTABLE: ReadonlySet<Category> = new Set(['chrome', 'duplicate', 'boilerplate']);

/** Block types whose sentences the sentence rules read. */
const PROSE_TYPES = new Set(['paragraph', 'list-item', 'quote', 'caption']);

export interface CleanInput {
  blocks: Block[];
  /** The stage these rules run in: 'page' (the whole page, or a text dump) or 'article' (Readability's article). */
  stage: Extract<RemovingStage, 'page' | 'article'>;
  meta?: Partial<PageMeta>;
  url?: string;
  /** Recurrence keys of blocks seen on several pages of a corpus run. */
  recurring?: ReadonlySet<number>;
  blockRules?: readonly BlockRule[];
  keepRules?: readonly KeepRule[];
  /** Removals made before these blocks were read (DOM element rules): they count as chrome seen. */
  priorRemovals?: readonly Removal[];
  /** House brands already resolved for the page (the article stage of the DOM pipeline). */
  houseBrands?: HouseBrand[];
  /** The time the page is read at: relative times ("4 hours ago") give a date only with it. */
  now?: Date;
}

export interface CleanResult {
  kept: Block[];
  removed: StageRemoval[];
  meta: PageMeta;
  houseBrands: HouseBrand[];
  context: RuleContext;
}

export function emptyMeta(meta: Partial<PageMeta> = {}): PageMeta {
  return { ...meta, original: { ...meta.original } };
}

/** Run the keep and block rules over blocks. */
export function cleanBlocks(input: CleanInput): CleanResult {
  const { blocks } = input;
  const removedBy = new Map<number, StageRemoval>();
  const protectedBlocks = new Set<number>();
  const removed: StageRemoval[] = [];
  const meta = emptyMeta(input.meta);
  const sectionEnds = computeSectionEnds(blocks);
  let houseBrands = input.houseBrands;

  const context: RuleContext = {
    blocks,
    meta,
    url: input.url,
    now: input.now,
    recurring: input.recurring,
    isRemoved: (i) => removedBy.has(i),
    isProtected: (i) => protectedBlocks.has(i),
    sectionEnd: (i) => sectionEnds[i],
    get houseBrands() {
      houseBrands ??= resolveHouseBrands({
        url: input.url,
        siteName: meta.siteName,
        title: meta.title,
        chromeText: [...(input.priorRemovals ?? []), ...removed]
          .filter((r) => r.category === 'related' || r.category === 'chrome')
          .map((r) => r.text),
      });
      return houseBrands;
    },
  };

  for (const rule of input.keepRules ?? KEEP_RULES) for (const i of rule.run(context)) protectedBlocks.add(i);

  // The page's site profile, if it is a known site, adds its own rules beside the generic ones.
  for (const rule of withSiteRules(input.blockRules ?? BLOCK_RULES, profileFor(input.url))) {
    for (const i of rule.run(context)) {
      if (removedBy.has(i) || !blocks[i]) continue;
      if (PROTECTABLE.has(rule.category) && protectedBlocks.has(i)) continue;
      const removal: StageRemoval = { rule: rule.name, category: rule.category, stage: input.stage, text: blocks[i].text, block: i, scope: 'block' };
      removedBy.set(i, removal);
      removed.push(removal);
    }
  }
  removed.sort((a, b) => (a.block ?? 0) - (b.block ?? 0));
  return { kept: blocks.filter((b) => !removedBy.has(b.index)), removed, meta, houseBrands: context.houseBrands, context };
}

/** A cut inside a block's text: text.slice(start, end) is replaced by `replacement`. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

export interface SentenceCleaning {
  /** Edits per block index, in text order. */
  edits: Map<number, TextEdit[]>;
  removed: StageRemoval[];
}

/** Run the sentence rules over the prose of kept blocks. */
export function cleanSentences(blocks: readonly Block[], context: RuleContext, rules: readonly SentenceRule[] = SENTENCE_RULES): SentenceCleaning {
  const edits = new Map<number, TextEdit[]>();
  const removed: StageRemoval[] = [];
  for (const block of blocks) {
    if (!PROSE_TYPES.has(block.type)) continue;
    for (const sentence of splitSentences(block.text)) {
      for (const rule of rules) {
        const verdict = rule.match(sentence.text, context);
        if (verdict === null) continue;
        const edit: TextEdit =
          verdict === 'sentence'
            ? { start: sentence.start, end: sentence.end, replacement: '' }
            : { start: sentence.start + verdict, end: sentence.end, replacement: closingMark(sentence.text) };
        const text = block.text.slice(edit.start, edit.end).replace(/^[,\s]+/, '');
        if (!edits.has(block.index)) edits.set(block.index, []);
        edits.get(block.index)!.push(edit);
        removed.push({ rule: rule.name, category: rule.category, stage: 'sentences', text, block: block.index, scope: 'sentence' });
        break;
      }
    }
  }
  return { edits, removed };
}

/** The sentence's own closing punctuation, to end it where a clause was cut. */
function closingMark(sentence: string): string {
  return sentence.match(/[.!?…]+["'”’)\]]*$/)?.[0] ?? '.';
}

/** Apply edits to a block's text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return collapseWhitespace(out + text.slice(at)).replace(/\s+([.,;:!?])/g, '$1');
}

/** For each heading, the last block of its section; for other blocks, themselves. Linear, with a stack. */
function computeSectionEnds(blocks: readonly Block[]): number[] {
  const ends = blocks.map((b) => b.areaEnd);
  const open: Block[] = [];
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const level = block.level ?? 2;
    while (open.length && (open[open.length - 1].level ?? 2) >= level) {
      const heading = open.pop()!;
      ends[heading.index] = Math.min(heading.areaEnd, block.index - 1);
    }
    open.push(block);
  }
  return ends;
}

/**
 * Where each cut of a block's text stands in the text after the cuts (to show it in place again): the
 * length of what precedes it once the earlier cuts are made and the whitespace collapsed, so a cut at the
 * end of a block is at its end, never past it.
 */
export function offsetsAfterEdits(text: string, edits: readonly TextEdit[]): number[] {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  return ordered.map((edit, i) => applyTextEdits(text.slice(0, edit.start), ordered.slice(0, i)).length);
}

/**
 * Anchors for the removals of one list of blocks: a removed block stood before the next kept one; `placeOf`
 * tells where a kept block went in the Article (undefined when it did not make it there).
 */
export function anchorRemovals(blocks: readonly Block[], removed: readonly StageRemoval[], placeOf: (block: Block) => number | undefined, end: number): void {
  const removedBlocks = new Set(removed.filter((r) => r.scope === 'block').map((r) => r.block));
  const nextPlace: number[] = new Array(blocks.length);
  let next = end;
  for (let i = blocks.length - 1; i >= 0; i--) {
    nextPlace[i] = next;
    if (!removedBlocks.has(i)) next = placeOf(blocks[i]) ?? next;
  }
  for (const removal of removed) if (removal.scope === 'block' && removal.block !== undefined) removal.anchor = nextPlace[removal.block];
}

/**
 * A cut sentence stood in its block, at the offset where the cut now is. Removals come in the order of
 * their block's edits (cleanSentences makes both), so the nth removal of a block is its nth edit.
 */
export function anchorSentences(removed: StageRemoval[], edits: Map<number, TextEdit[]>, textOf: (block: number) => string, placeOf: (block: number) => number | undefined): void {
  const offsets = new Map<number, number[]>();
  const seen = new Map<number, number>();
  for (const removal of removed) {
    const block = removal.block!;
    const nth = seen.get(block) ?? 0;
    seen.set(block, nth + 1);
    const anchor = placeOf(block);
    if (anchor === undefined) continue;
    if (!offsets.has(block)) offsets.set(block, offsetsAfterEdits(textOf(block), edits.get(block) ?? []));
    removal.anchor = anchor;
    removal.offset = offsets.get(block)![nth];
  }
}
