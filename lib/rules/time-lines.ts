// Lines that only say when: "4 hours ago", "vor 2 Stunden", "Updated Apr 7, 2025, 3:34 p.m. UTC",
// "Published: 12 March 2025". Page chrome that would otherwise open the article; the first date among
// them is kept as the page's date of last resort (meta.lineDate). The reading itself is lib/dates.ts.
import type { BlockRule } from './types.ts';
import { readTimeLine } from '../dates.ts';

export const timeLine: BlockRule = {
  kind: 'block',
  name: 'time-line',
  category: 'chrome',
  description: 'Blocks that are only a relative time, a labelled date or a date and time ("4 hours ago", "Updated Apr 7, 2025"); the first date goes to meta.lineDate.',
  *run(ctx) {
    for (const block of ctx.blocks) {
      // Tables hold dates as data, lists of events too ("Jan 10, 2024 – Spot ETFs approved"): a list item
      // goes only when it is a date and nothing else (a byline's date); protected blocks (captions,
      // quotes, "Update: …" notes) stay anyway.
      if (block.type === 'table' || ctx.isProtected(block.index)) continue;
      const line = readTimeLine(block.text, { now: ctx.now, bare: block.type === 'list-item' });
      if (!line) continue;
      if (line.iso) ctx.meta.lineDate ??= line.iso;
      yield block.index;
    }
  },
  examples: {
    source: 'cointelegraph.com fixture (the publication time beside the byline); corpus 003_e9209a1ff0c83050.txt (Key Takeaways items that open with a date, kept)',
    kind: 'html',
    remove: ['<div class="inline-block leading-5 align-middle"><time datetime="2025-11-09T09:30:12.000Z" class="text-xs sm:text-sm inline-block text-fg-updatedMuted">4 hours ago</time></div>'],
    keep: [
      '<ul><li>MSCI’s consideration of whether MSTR functions as a company or a Bitcoin fund raises broader questions about market definitions and regulations.</li><li>January 15, 2026, remains a critical date for MSTR as it faces possible exclusion from major indices.</li></ul>',
    ],
  },
};
