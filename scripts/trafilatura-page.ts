// One page of trafilatura's evaluation set, read as a browser would and scored for Readability alone and
// for Crypto Reader on the same DOM (shared by scripts/eval-trafilatura.ts and the sample's floor test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract.ts';
import { bodyText } from '../lib/export/text.ts';
import { decodeBytes } from '../lib/charset.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { countSegments, isHeldOut, type EvalItem, type SegmentCounts } from './segment-score.ts';

type Scored = SegmentCounts & { missed: string[]; leaked: string[] };

export interface PageResult {
  url: string;
  file: string;
  heldOut: boolean;
  error?: string;
  readability: Scored;
  ours: Scored;
}

export function evaluatePage(setDir: string, url: string, item: EvalItem & { file: string }): PageResult {
  const { text: html } = decodeBytes(gunzipSync(readFileSync(join(setDir, item.file))), { html: true });
  const document = parseHtml(html);
  const empty: Scored = { tp: 0, fn: item.with.length, fp: 0, tn: item.without.length, missed: item.with, leaked: [] };
  const result: PageResult = { url, file: item.file, heldOut: isHeldOut(item.file), readability: empty, ours: empty };
  try {
    result.readability = countSegments(new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '', item);
  } catch (error) {
    result.error = `readability: ${(error as Error).message}`;
  }
  try {
    result.ours = countSegments(bodyText(extractArticle(document, { url })), item);
  } catch (error) {
    result.error = `${result.error ?? ''} crypto-reader: ${(error as Error).message}`.trim();
  }
  return result;
}
