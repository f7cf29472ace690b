// What Crypto Reader takes out of what Readability alone extracts from a page: block texts, in order.
import { Readability } from '@mozilla/readability';
import { blocksFromDom } from '../../lib/blocks/dom.ts';
import { extractArticle } from '../../lib/extract.ts';
import type { Article } from '../../lib/types.ts';
import { parseHtml } from '../../cli/parse-html.ts';

export interface ReadabilityDiff {
  article: Article;
  /** Blocks of Readability's output, in order. */
  alone: string[];
  /** Readability's blocks that Crypto Reader does not keep. */
  dropped: string[];
  /** Crypto Reader's blocks that Readability did not have. */
  added: string[];
}

export function diffAgainstReadability(html: string, url?: string): ReadabilityDiff {
  const parsed = new Readability(parseHtml(html) as never).parse();
  const alone = blocksFromDom(parseHtml(`<html><body>${parsed?.content ?? ''}</body></html>`)).map((b) => b.text);
  const article = extractArticle(parseHtml(html), { url });
  const ours = article.blocks.filter((b) => b.type !== 'image').map((b) => b.text);
  const kept = new Set(ours);
  const had = new Set(alone);
  return { article, alone, dropped: alone.filter((t) => !kept.has(t)), added: ours.filter((t) => !had.has(t)) };
}
