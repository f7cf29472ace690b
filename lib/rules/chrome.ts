// Page chrome inside the text: the byline bar with its date, the share widget, the link to the original.
// The byline and date go to metadata; none of it stays in the body.
import type { BlockRule } from './types.ts';

/** "By: blockbeats|2026/01/02 11:00:01" — the template's byline bar: source, then local date and time. */
const BYLINE_DATE = /^By\s*:?\s*(.+?)\s*\|\s*(\d{4})[/-](\d{2})[/-](\d{2})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?)?$/i;

/** The share widget's buttons ("Share", "copy") and its counter ("0", only beside a button). */
const SHARE_BUTTON = /^(?:share|share this(?: article)?|copy|copy link|tweet|facebook|twitter|telegram|linkedin|reddit|whatsapp|email)$/i;
const SHARE_COUNTER = /^\d{1,6}$/;

/** "[Original article link]", "Original Article Link". */
const ORIGINAL_LINK = /^\[?\s*original (?:article )?link\s*\]?$/i;

/** How far from the top of a text the byline bar can be. */
const BYLINE_WITHIN = 12;

export const bylineDate: BlockRule = {
  kind: 'block',
  name: 'byline-date',
  category: 'chrome',
  description: 'The byline bar "By: <source>|YYYY/MM/DD hh:mm:ss": source to byline, date to publishedTime.',
  *run(ctx) {
    for (const block of ctx.blocks.slice(0, BYLINE_WITHIN)) {
      const m = BYLINE_DATE.exec(block.text);
      if (!m) continue;
      ctx.meta.byline ??= m[1];
      // The template prints a local time without a zone; keep it as an ISO 8601 local date-time.
      ctx.meta.publishedTime ??= `${m[2]}-${m[3]}-${m[4]}T${m[5] ?? '00'}:${m[6] ?? '00'}:${m[7] ?? '00'}`;
      yield block.index;
    }
  },
  examples: {
    source: 'corpus text dumps 000_80ab6c6d0866ffcd.txt and 002_d90fbac4610048b4.txt (the byline bar); 000 (a paragraph opening with "By", kept)',
    kind: 'text',
    remove: ['By: blockbeats|2026/01/02 11:00:01', 'By: crypto insight|2025/11/11 13:30:07'],
    keep: ['By investing in a Digital Asset Trust (DAT), a fund manager can outsource these cumbersome operations. However, DATs have proven to be equally risky.'],
  },
};

export const shareWidget: BlockRule = {
  kind: 'block',
  name: 'share-widget',
  category: 'chrome',
  description: 'The share widget\'s counter and buttons ("0", "Share", "copy") on lines of their own.',
  *run(ctx) {
    const { blocks } = ctx;
    const isButton = (i: number) => i >= 0 && i < blocks.length && SHARE_BUTTON.test(blocks[i].text);
    for (const block of blocks) {
      const i = block.index;
      if (isButton(i)) yield i;
      else if (SHARE_COUNTER.test(block.text) && (isButton(i + 1) || isButton(i - 1))) yield i;
    }
  },
  examples: {
    source: 'corpus text dump 000_80ab6c6d0866ffcd.txt (counter and buttons under the byline); engadget of Readability\'s tests (a review score on its own line, kept)',
    kind: 'text',
    remove: ['0\nShare\ncopy'],
    keep: ['87'],
  },
};

export const originalLink: BlockRule = {
  kind: 'block',
  name: 'original-link',
  category: 'chrome',
  description: 'The "[Original article link]" line; in a page its address goes to original.url.',
  *run(ctx) {
    for (const block of ctx.blocks) {
      if (!ORIGINAL_LINK.test(block.text)) continue;
      const href = block.features.href;
      if (href && /^https?:/i.test(href)) ctx.meta.original.url ??= href;
      yield block.index;
    }
  },
  examples: {
    source: 'corpus text dumps 000_80ab6c6d0866ffcd.txt and 004_e18a6cb7aaaa6a4f.txt',
    kind: 'text',
    remove: ['[Original article link]', 'Original Article Link'],
    keep: ['Below is the original article:'],
  },
};

/** Short labels of page furniture inside the article column. */
const CHROME_LABELS: RegExp[] = [
  /^(?:story|article) continues below$/i,
  /^(?:ad|advertiser|advertising|affiliate) disclosure$/i,
  /^(?:last )?updated\s*:?$/i,
  /^(?:advertisement|scroll to continue)$/i,
];

export const chromeLabel: BlockRule = {
  kind: 'block',
  name: 'chrome-label',
  category: 'chrome',
  description: 'Labels of page furniture: "STORY CONTINUES BELOW", "Ad Disclosure", "Last updated:".',
  *run(ctx) {
    for (const block of ctx.blocks) if (block.text.length <= 40 && CHROME_LABELS.some((p) => p.test(block.text))) yield block.index;
  },
  examples: {
    source: 'coindesk.com fixture (STORY CONTINUES BELOW); trafilatura evaluation set: latimes.com (Advertisement), thestkittsnevisobserver.com and corpus 002_d90fbac4610048b4.txt (kept)',
    kind: 'html',
    remove: ['<div class="flex items-center gap-2"><span class="font-body-sm text-charcoal-600">STORY CONTINUES BELOW</span></div>', '<p>Advertisement</p>'],
    keep: ['<p>I will provide a further update in due course.</p>', '<h2>Integrating Trending Discussions and Updates</h2>'],
  },
};
