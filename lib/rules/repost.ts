// The repost header of translated and republished articles: "Original Article Title: …",
// "Translation: …". It becomes the article's `original` metadata and leaves the body.
import type { OriginalSource } from '../types.ts';
import type { BlockRule } from './types.ts';

/** Header label → the `original` field it fills. */
const REPOST_FIELDS: [RegExp, keyof OriginalSource][] = [
  [/^original (?:article )?title$/i, 'title'],
  [/^original (?:article )?author$|^original author$|^author$/i, 'author'],
  [/^original (?:article )?source$|^original (?:article )?from$/i, 'source'],
  [/^(?:original )?translation$|^translated (?:article|by)$|^translator$|^compiled(?: by)?$/i, 'translator'],
  [/^original (?:article )?(?:link|url)$/i, 'url'],
];

const HEADER_LINE = /^([A-Za-z][A-Za-z ]{2,30}?)\s*[:：]\s*(.+)$/;

/** The repost header sits right under the title and byline. */
const HEADER_WITHIN = 15;

export const repostHeader: BlockRule = {
  kind: 'block',
  name: 'repost-header',
  category: 'chrome',
  description: 'Repost header lines (Original Article Title/Author, Original Source, Translation…) → original.',
  *run(ctx) {
    for (const block of ctx.blocks.slice(0, HEADER_WITHIN)) {
      const m = HEADER_LINE.exec(block.text);
      if (!m) continue;
      const field = REPOST_FIELDS.find(([label]) => label.test(m[1].trim()))?.[1];
      if (!field) continue;
      ctx.meta.original[field] ??= m[2].trim();
      yield block.index;
    }
  },
  examples: {
    source: 'corpus text dumps 000_80ab6c6d0866ffcd.txt and 004_e18a6cb7aaaa6a4f.txt (repost headers); 004 (a speaker\'s line in the transcript, kept)',
    kind: 'text',
    remove: [
      'Original Article Title: What Trump’s Embrace of Crypto Has Unleashed',
      'Original Article Author: David Yaffe-Bellany, Eric Lipton, The New York Times',
      'Translation: Peggy, BlockBeats',
      'Original Source: All-In Podcast',
    ],
    keep: ["Jason: I still stand by last year's prediction and extend it to 2026: the comeback of the IPO market."],
  },
};
