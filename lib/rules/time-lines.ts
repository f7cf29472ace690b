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
};
