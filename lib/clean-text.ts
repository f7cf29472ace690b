// Text mode: a plain-text dump of a page → Article. The first line is the page's title.
import type { Article, ArticleBlock, Block } from './types.ts';
import { blocksFromText } from './blocks/text.ts';
import { anchorRemovals, anchorSentences, applyTextEdits, cleanBlocks, cleanSentences } from './clean.ts';
import { detectCryptoNews, readTextForDetection } from './detect.ts';
import { extractClaims } from './claims/index.ts';
import { textDirection } from './direction.ts';
import { unreadableReason } from './readable.ts';

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

  const result = cleanBlocks({ blocks, meta: { title: titleBlock.text }, url: options.url, now: options.now, recurring: options.recurring });
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
  anchorSentences(sentences.removed, sentences.edits, (block) => placeOf.get(block));

  const { meta } = result;
  return {
    title: meta.title ?? titleBlock.text,
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    publishedTime: meta.publishedTime ?? meta.lineDate ?? null,
    url: options.url ?? null,
    lang: null,
    dir: textDirection({}, articleBlocks.map((b) => b.text).join(' ')),
    original: meta.original,
    unreadableReason: unreadableReason(articleBlocks, { hasPasswordField: false }),
    blocks: articleBlocks,
    removed: [...result.removed, ...sentences.removed],
    claims: extractClaims(articleBlocks),
    detection: detectCryptoNews({ url: options.url, ...readTextForDetection(all.map((b) => b.text)) }),
  };
}
