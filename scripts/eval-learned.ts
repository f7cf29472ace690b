// What learning a site's template (issue 13) does on real sites: the article-extraction benchmark
// (../shared/realpages/aeb) has two article pages of each of ~90 sites, with hand-checked article text.
// For each page, the reader's article (extractPage) is read again as if the memory knew the site's other
// page: its blocks recurring on that page are removed as template (lib/template-blocks.ts, with all its
// limits). The reader itself waits for two *other* articles; with one, this removes at least as much as
// it would, so it bounds the harm from above. Scored as the benchmark scores (4-token shingles), and per
// removed block: in the article's hand-checked text (a wrong removal) or not (boilerplate).
// The sites alternate between a development half and a held-out half (by name): only the development
// half may be looked at to change the rule; the held-out half is reported, never tuned on.
// Run: npm run eval:learned
import { extractPage } from '../lib/extract-page.ts';
import { fingerprintsToLearn, removeLearnedBlocks } from '../lib/learned-blocks.ts';
import { registrableDomain } from '../lib/site-key.ts';
import { bodyText } from '../lib/export/text.ts';
import { normalizeForCompare } from '../lib/text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import type { Article } from '../lib/types.ts';
import { score } from './shingle-score.ts';
import { recordQuality } from './quality.ts';
import { readAeb } from './aeb.ts';

const aeb = readAeb('eval:learned');
const { truth } = aeb;
const bySite = new Map<string, string[]>();
for (const [id, { url }] of Object.entries(truth)) {
  const site = registrableDomain(new URL(url).hostname);
  bySite.set(site, [...(bySite.get(site) ?? []), id]);
}
const sites = [...bySite.keys()].filter((site) => bySite.get(site)!.length >= 2).sort();
const half = (site: string) => (sites.indexOf(site) % 2 === 0 ? 'development' : 'held-out');

const read = (id: string): Article => extractPage(parseHtml(aeb.html(id)), { url: truth[id].url });

interface Tally {
  pages: number;
  before: { p: number; r: number };
  after: { p: number; r: number };
  removedBlocks: number;
  removedChars: number;
  wrongBlocks: number;
  wrongChars: number;
  pagesWithRemovals: number;
}
const tally = (): Tally => ({ pages: 0, before: { p: 0, r: 0 }, after: { p: 0, r: 0 }, removedBlocks: 0, removedChars: 0, wrongBlocks: 0, wrongChars: 0, pagesWithRemovals: 0 });
const tallies = { development: tally(), 'held-out': tally() };
const wrong: string[] = [];

for (const site of sites) {
  const ids = bySite.get(site)!;
  const articles = ids.map(read);
  const t = tallies[half(site)];
  articles.forEach((article, i) => {
    const others = articles.filter((_, j) => j !== i);
    const learned = new Set(others.flatMap((other) => fingerprintsToLearn(other)));
    const after = removeLearnedBlocks(article, learned);
    const body = truth[ids[i]].articleBody;
    const a = score(bodyText(article), body);
    const b = score(bodyText(after), body);
    t.pages++;
    t.before.p += a.precision;
    t.before.r += a.recall;
    t.after.p += b.precision;
    t.after.r += b.recall;
    const removed = after.removed.filter((r) => r.category === 'learned');
    if (removed.length) t.pagesWithRemovals++;
    const normalizedBody = normalizeForCompare(body);
    for (const removal of removed) {
      t.removedBlocks++;
      t.removedChars += removal.text.length;
      const text = normalizeForCompare(removal.text);
      if (text && normalizedBody.includes(text)) {
        t.wrongBlocks++;
        t.wrongChars += removal.text.length;
        if (half(site) === 'development') wrong.push(`${site}: ${removal.text.slice(0, 100)}`);
      }
    }
  });
}

const f1 = (p: number, r: number) => (2 * p * r) / (p + r);
console.log(`AEB sites with two article pages: ${sites.length} (${tallies.development.pages} pages development, ${tallies['held-out'].pages} held out)`);
console.log('each page read as if the memory knew the site\'s other page (the reader waits for two: this removes at least as much)\n');
const report: Record<string, unknown> = { sites: sites.length };
for (const [name, t] of Object.entries(tallies)) {
  const before = { p: t.before.p / t.pages, r: t.before.r / t.pages };
  const after = { p: t.after.p / t.pages, r: t.after.r / t.pages };
  console.log(`${name}: ${t.pages} pages, ${t.pagesWithRemovals} with learned removals`);
  console.log(`  reader's article          P ${before.p.toFixed(3)}  R ${before.r.toFixed(3)}  F1 ${f1(before.p, before.r).toFixed(3)}`);
  console.log(`  without learned template  P ${after.p.toFixed(3)}  R ${after.r.toFixed(3)}  F1 ${f1(after.p, after.r).toFixed(3)}`);
  console.log(`  learned removals: ${t.removedBlocks} blocks (${t.removedChars} characters); of them in the hand-checked article: ${t.wrongBlocks} blocks (${t.wrongChars} characters)`);
  const scores = (x: { p: number; r: number }) => ({ precision: x.p, recall: x.r, f: f1(x.p, x.r) });
  report[name] = { pages: t.pages, pagesWithRemovals: t.pagesWithRemovals, before: scores(before), after: scores(after), removedBlocks: t.removedBlocks, removedChars: t.removedChars, wrongBlocks: t.wrongBlocks, wrongChars: t.wrongChars };
}
if (wrong.length) console.log(`\ndevelopment: learned removals that were the article's:\n${wrong.map((w) => `  ${w}`).join('\n')}`);
recordQuality('learned', report);
