// Text mode: a plain-text dump of a page → Article, through the stages of lib/pipeline.ts that need no
// markup: detect, page (all block rules in one pass), sentences, assemble, claims. The first line is the title.
import type { Article, ArticleBlock, Block } from './types.ts';
import { blocksFromText } from './blocks/text.ts';
import { anchorRemovals, anchorSentences, applyTextEdits, cleanBlocks, cleanSentences } from './clean.ts';
import { detectCryptoNews, readTextForDetection } from './detect.ts';
import { assembleArticle } from './assemble.ts';
import { withClaims } from './article-claims.ts';

export interface CleanTextOptions {
  url?: string;
  recurring?: ReadonlySet<number>;
  /** When the text is read: relative times ("4 hours ago") count back from it. */
  now?: Date;
}

export function cleanText(text: string, options: CleanTextOptions = {}): Article {
  const { blocks: all } = blocksFromText(text);
  if (all.length === 0) throw new Error('no text to clean');
  const [titleBlock, ...body] = all;
  const blocks: Block[] = body.map((b, i) => ({ ...b, index: i, areaEnd: b.areaEnd - 1 }));
  const detection = detectCryptoNews({ url: options.url, ...readTextForDetection(all.map((b) => b.text)) });

  const result = cleanBlocks({ stage: 'page', blocks, meta: { title: titleBlock.text }, url: options.url, now: options.now, recurring: options.recurring });
  const sentences = cleanSentences(result.kept, result.context);
  const articleBlocks: ArticleBlock[] = [];
  const placeOf = new Map<number, number>();
  for (const block of result.kept) {
    const edits = sentences.edits.get(block.index);
    const text = edits ? applyTextEdits(block.text, edits) : block.text;
    if (!text) continue;
    placeOf.set(block.index, articleBlocks.length);
    articleBlocks.push(block.level ? { type: block.type, text, level: block.level } : { type: block.type, text });
  }
  anchorRemovals(blocks, result.removed, (b) => placeOf.get(b.index), articleBlocks.length);
  anchorSentences(sentences.removed, sentences.edits, (block) => blocks[block].text, (block) => placeOf.get(block));

  return withClaims(assembleArticle({
    blocks: articleBlocks,
    meta: { ...result.meta, title: result.meta.title ?? titleBlock.text },
    lineDate: result.meta.lineDate,
    url: options.url,
    removed: [...result.removed, ...sentences.removed],
    detection,
  }));
}
