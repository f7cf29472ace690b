// One input file → Article, through text mode or the DOM pipeline.
import type { Article } from '../lib/types.ts';
import { cleanText } from '../lib/clean-text.ts';
import { extractArticle } from '../lib/extract.ts';
import { blocksFromText } from '../lib/blocks/text.ts';
import { blocksFromDom } from '../lib/blocks/dom.ts';
import { recurrenceKey } from '../lib/rules/recurring.ts';
import type { InputFile } from './inputs.ts';
import { parseHtml } from './parse-html.ts';

export interface CleanInputOptions {
  url?: string;
  recurring?: ReadonlySet<number>;
  /** When the page was saved: relative times ("4 hours ago") count back from it. */
  now?: Date;
}

export function cleanInput(input: InputFile, options: CleanInputOptions): Article {
  if (input.kind === 'text') return cleanText(input.content, options);
  return extractArticle(parseHtml(input.content), options);
}

/** The recurrence keys of an input's blocks, each once: what a corpus run counts across pages. */
export function blockKeys(input: InputFile): Set<number> {
  if (input.kind === 'text') return new Set(blocksFromText(input.content).blocks.map((b) => recurrenceKey(b.text)));
  return new Set(blocksFromDom(parseHtml(input.content)).map((b) => recurrenceKey(b.text)));
}
