// Learning a site's template as the reader reads (issue 13): the pure rule (lib/template-blocks.ts), the
// memory (lib/site-memory.ts) and the reader's removal (lib/learned-blocks.ts), on the corpus articles in
// the site template with one teaser box shared by every page.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.ts';
import { extractPage } from '../lib/extract-page.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { blockFingerprint, learnableFingerprints, templateBlockIndices, type TemplateBlock } from '../lib/template-blocks.ts';
import { addressKey } from '../lib/address.ts';
import { EMPTY_SITE_MEMORY, SITE_MEMORY_LIMITS, keepOnSite, rememberArticle, templateFingerprints, touchSite, type SiteIndex, type SiteMemory } from '../lib/site-memory.ts';
import { registrableDomain, siteOf } from '../lib/site-key.ts';
import { parse as parseWithPublicSuffixList } from 'tldts';
import { readFixture } from './support/fixtures.ts';
import { templateOf } from '../utils/learned-view.ts';
import { fingerprintsToLearn, removeLearnedBlocks } from '../lib/learned-blocks.ts';
import type { Article } from '../lib/types.ts';
import { TEASER_HEADING, TEASER_TEXT, teaserPage } from './support/teaser-pages.ts';

const urlOf = (i: number) => `https://news.example.com/markets/story-${i}`;
const pages: Article[] = [0, 1, 2, 3].map((i) => extractPage(parseHtml(teaserPage(i)), { url: urlOf(i) }));

/** The memory after the reader showed these pages (each with what the memory knew when it opened). */
function afterReading(indices: number[], start: SiteMemory = EMPTY_SITE_MEMORY): SiteMemory {
  let memory = start;
  for (const i of indices) {
    const shown = removeLearnedBlocks(pages[i], templateFingerprints(memory, addressKey(urlOf(i))));
    memory = rememberArticle(memory, addressKey(urlOf(i)), fingerprintsToLearn(shown));
  }
  return memory;
}

const texts = (article: Article) => article.blocks.map((b) => b.text);

describe('learning a site template from the articles read', () => {
  it('the static rules keep the teaser box on every page: it is what the memory has to learn', () => {
    for (const page of pages) expect(texts(page)).toEqual(expect.arrayContaining([TEASER_HEADING, TEASER_TEXT]));
  });

  it('removes the teaser on the third article of the site, and nothing else there', () => {
    const memory = afterReading([0, 1]);
    const shown = removeLearnedBlocks(pages[2], templateFingerprints(memory, addressKey(urlOf(2))));
    const learned = shown.removed.filter((r) => r.category === 'learned');
    expect(learned.map((r) => r.text)).toEqual([TEASER_HEADING, TEASER_TEXT]);
    expect(texts(shown)).not.toContain(TEASER_TEXT);
    expect(shown.blocks.length).toBe(pages[2].blocks.length - 2);
  });

  it('keeps it on the second article (seen on one other only) and on the first ones read again', () => {
    const afterOne = afterReading([0]);
    expect(removeLearnedBlocks(pages[1], templateFingerprints(afterOne, addressKey(urlOf(1)))).blocks).toEqual(pages[1].blocks);
    // pages 0 and 1 read, page 0 opened again: its teaser was seen on one *other* address only
    const afterTwo = afterReading([0, 1]);
    expect(texts(removeLearnedBlocks(pages[0], templateFingerprints(afterTwo, addressKey(urlOf(0)))))).toContain(TEASER_TEXT);
  });

  it('an article is one address whatever link it was opened from (fragments and tracking parameters aside)', () => {
    const plain = addressKey('https://news.example.com/markets/story?id=7');
    expect(addressKey('https://news.example.com/markets/story?id=7&utm_source=newsletter&utm_medium=email#comments')).toBe(plain);
    expect(addressKey('https://news.example.com/markets/story?fbclid=IwAR0abc&id=7')).toBe(plain);
    expect(addressKey('https://news.example.com/markets/story?id=8')).not.toBe(plain);
  });

  it('the same article under three addresses is a copy, not a template: nothing of it is removed', () => {
    let memory = EMPTY_SITE_MEMORY;
    for (const url of ['https://news.example.com/a?page=1', 'https://news.example.com/amp/a']) memory = rememberArticle(memory, addressKey(url), fingerprintsToLearn(pages[0]));
    const third = removeLearnedBlocks(pages[0], templateFingerprints(memory, addressKey('https://m.news.example.com/a')));
    expect(third.blocks).toEqual(pages[0].blocks);
  });

  it('the same article read three times is one address, not three', () => {
    const memory = afterReading([0, 0, 0]);
    expect(texts(removeLearnedBlocks(pages[1], templateFingerprints(memory, addressKey(urlOf(1)))))).toContain(TEASER_TEXT);
    expect(memory.entries.find((entry) => entry[0] === blockFingerprint(TEASER_TEXT))).toEqual([blockFingerprint(TEASER_TEXT), addressKey(urlOf(0))]);
  });

  it('a learned removal stands where the teaser stood, and the other removals keep their places', () => {
    const memory = afterReading([0, 1]);
    const before = pages[2];
    const shown = removeLearnedBlocks(before, templateFingerprints(memory, addressKey(urlOf(2))));
    const heading = shown.removed.find((r) => r.text === TEASER_HEADING)!;
    expect(heading).toMatchObject({ rule: 'learned-block', category: 'learned', stage: 'learned', scope: 'block' });
    expect(heading.html).toContain(TEASER_HEADING);
    // it stood before the paragraph that followed the box
    const after = before.blocks[before.blocks.findIndex((b) => b.text === TEASER_TEXT) + 1];
    expect(shown.blocks[heading.anchor!]).toBe(after);
    for (const [i, removal] of before.removed.entries()) {
      if (removal.anchor === undefined) continue;
      const moved = shown.removed[i];
      const blockThen = before.blocks[removal.anchor];
      if (removal.scope === 'sentence') expect(shown.blocks[moved.anchor!]).toBe(blockThen);
      else expect(moved.anchor).toBeLessThanOrEqual(shown.blocks.length);
    }
    // the article given is not changed
    expect(texts(before)).toContain(TEASER_TEXT);
  });

  it('a block the person showed again is not removed on the site any more', () => {
    const memory = keepOnSite(afterReading([0, 1]), blockFingerprint(TEASER_TEXT), true);
    const shown = removeLearnedBlocks(pages[2], templateFingerprints(memory, addressKey(urlOf(2))));
    expect(texts(shown)).toContain(TEASER_TEXT);
    // the heading alone, followed by the page's own paragraph again, stays with it
    expect(texts(shown)).toContain(TEASER_HEADING);
    // hidden again: removed again
    const again = keepOnSite(memory, blockFingerprint(TEASER_TEXT), false);
    expect(texts(removeLearnedBlocks(pages[2], templateFingerprints(again, addressKey(urlOf(2)))))).not.toContain(TEASER_TEXT);
  });

  it('learns nothing from a page with no article', () => {
    const signIn = extractPage(parseHtml(readFixture('pages/sign-in.html')), { url: 'https://news.example.com/login' });
    expect(signIn.unreadableReason).not.toBeNull();
    expect(fingerprintsToLearn(signIn)).toEqual([]);
  });

  it('learns no title, no first paragraph, no quote; only hashes', () => {
    const article = pages[0];
    const learned = new Set(fingerprintsToLearn(article));
    const firstParagraph = article.blocks.find((b) => b.type === 'paragraph' && b.text.split(' ').length >= 12)!;
    expect(learned.has(blockFingerprint(firstParagraph.text))).toBe(false);
    expect(learned.has(blockFingerprint(TEASER_TEXT))).toBe(true);
    expect([...learned].every((f) => Number.isSafeInteger(f))).toBe(true);
    const blocks: TemplateBlock[] = [
      { type: 'heading', text: 'The Title' },
      { type: 'paragraph', text: 'A first paragraph that is long enough to be the lede of the article, twelve words or more.' },
      { type: 'quote', text: 'We will never sell, the chief executive said.' },
      { type: 'paragraph', text: 'A later paragraph.' },
    ];
    expect(learnableFingerprints(blocks, { title: 'The title' })).toEqual([blockFingerprint('A later paragraph.')]);
  });
});

describe('the safety limits of the template rule', () => {
  const own = (n: number) => `Paragraph ${n} of the article's own reporting, with enough words in it to count as a real paragraph of the page's text.`;
  const page = (...extra: TemplateBlock[]): TemplateBlock[] => [
    { type: 'heading', text: 'Bitcoin ETF flows turn positive' },
    { type: 'paragraph', text: own(1) },
    ...extra,
    { type: 'paragraph', text: own(2) },
    { type: 'paragraph', text: own(3) },
    { type: 'paragraph', text: own(4) },
  ];
  const everything = () => true;
  const removedTexts = (blocks: TemplateBlock[], isTemplate: (f: number) => boolean) =>
    templateBlockIndices(blocks, isTemplate, { title: 'Bitcoin ETF flows turn positive' }).map((i) => blocks[i].text);
  const only = (...texts: string[]) => (f: number) => texts.some((t) => blockFingerprint(t) === f);

  it('never the title, the first paragraph or a quote, even when all of them recur', () => {
    const quote: TemplateBlock = { type: 'quote', text: 'Markets move on liquidity, the strategist said.' };
    const blocks = page(quote, { type: 'paragraph', text: 'Follow the desk for more.' });
    expect(removedTexts(blocks, only('Bitcoin ETF flows turn positive', own(1), quote.text, 'Follow the desk for more.'))).toEqual(['Follow the desk for more.']);
  });

  it('never a block that holds most of the page text', () => {
    const long = { type: 'paragraph' as const, text: `${'A very long recurring essay sentence. '.repeat(200)}` };
    expect(removedTexts(page(long), only(long.text))).toEqual([]);
  });

  it('a recurring heading over the page’s own text stays; one over a recurring box goes with it', () => {
    const heading = { type: 'heading' as const, text: 'Key takeaways' };
    const box = { type: 'paragraph' as const, text: 'Sign up for the weekly digest.' };
    expect(removedTexts(page(heading), only(heading.text))).toEqual([]);
    expect(removedTexts(page(heading, box), only(heading.text, box.text))).toEqual([heading.text, box.text]);
  });

  it('a page whose every paragraph recurs is a copy: nothing is removed', () => {
    expect(removedTexts(page(), everything)).toEqual([]);
  });

  it('pictures and tables are not judged by their text', () => {
    const picture: TemplateBlock = { type: 'image', text: 'Bitcoin price chart' };
    const table: TemplateBlock = { type: 'table', text: 'Asset Price BTC 1' };
    expect(removedTexts(page(picture, table), only(picture.text, table.text))).toEqual([]);
  });
});

describe('the site memory stays bounded', () => {
  it('thousands of articles on one site: at most the limit of fingerprints, and the template still known', () => {
    let memory = EMPTY_SITE_MEMORY;
    const template = [blockFingerprint(TEASER_HEADING), blockFingerprint(TEASER_TEXT)];
    for (let page = 0; page < 3000; page++) {
      const ownBlocks = Array.from({ length: 40 }, (_, i) => blockFingerprint(`page ${page} block ${i}`));
      memory = rememberArticle(memory, addressKey(urlOf(page)), [...ownBlocks, ...template]);
      expect(memory.entries.length).toBeLessThanOrEqual(SITE_MEMORY_LIMITS.fingerprints);
    }
    expect(memory.entries.every((entry) => entry.length <= 1 + SITE_MEMORY_LIMITS.addressesPerFingerprint)).toBe(true);
    expect([...templateFingerprints(memory, addressKey(urlOf(5000)))].sort()).toEqual([...template].sort());
    // stored as JSON, a full site is tens of kilobytes
    expect(JSON.stringify(memory).length).toBeLessThan(100_000);
  });

  it('does not change the memory it is given', () => {
    const memory = afterReading([0]);
    const copy = JSON.parse(JSON.stringify(memory));
    rememberArticle(memory, addressKey(urlOf(1)), [1, 2, 3]);
    keepOnSite(memory, 1, true);
    expect(memory).toEqual(copy);
  });

  it('thousands of sites: the least recently read are forgotten first', () => {
    let index: SiteIndex = {};
    const forgotten: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const touched = touchSite(index, `site-${i}.example`, 1000 + i, 10);
      index = touched.index;
      forgotten.push(...touched.forget);
    }
    expect(Object.keys(index).length).toBe(SITE_MEMORY_LIMITS.sites);
    expect(forgotten.length).toBe(2000 - SITE_MEMORY_LIMITS.sites);
    expect(forgotten[0]).toBe('site-0.example');
    expect(index['site-1999.example']).toEqual({ lastRead: 2999, fingerprints: 10 });
  });

  it('a person keeps a bounded list of blocks', () => {
    let memory = EMPTY_SITE_MEMORY;
    for (let f = 0; f < 1000; f++) memory = keepOnSite(memory, f, true);
    expect(memory.kept.length).toBe(SITE_MEMORY_LIMITS.kept);
  });
});

describe('which site a page belongs to', () => {
  it('its registrable domain, by the Public Suffix List', () => {
    expect(siteOf('https://www.coindesk.com/markets/2025/a')).toBe('coindesk.com');
    expect(siteOf('https://news.bbc.co.uk/a')).toBe('bbc.co.uk');
    expect(siteOf('https://someone.github.io/post')).toBe('someone.github.io');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('http://localhost:3000/a')).toBe('localhost');
  });

  it('agrees with the Public Suffix List (tldts) on every host of the real pages', () => {
    const hosts = readFixture('site-hosts.txt').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(hosts.length).toBe(173);
    const differ = hosts.filter((host) => registrableDomain(host) !== (parseWithPublicSuffixList(host, { allowPrivateDomains: true }).domain ?? host));
    expect(differ).toEqual([]);
  });

  it('and on country second levels and hosting platforms', () => {
    const hosts = ['a.b.com.au', 'x.uol.com.br', 'a.b.ne.jp', 'a.b.co.za', 'a.b.gob.mx', 'a.b.or.kr', 'a.b.govt.nz', 'a.b.gv.at', 'someone.github.io', 'a.blog.blogspot.com', 'shop.wixsite.com', 'app.netlify.app', 'a.wordpress.com', 'a.substack.com', 'news.google.de'];
    for (const host of hosts) expect(registrableDomain(host), host).toBe(parseWithPublicSuffixList(host, { allowPrivateDomains: true }).domain);
  });

  it('a known template is one site on all its mirror domains; an unknown name is not', () => {
    expect(siteOf('https://mirror-one.example/news/1', 'corpus-template')).toBe('template:corpus-template');
    expect(siteOf('https://mirror-two.example/news/2', 'corpus-template')).toBe('template:corpus-template');
    expect(siteOf('https://mirror-two.example/news/2', 'made-up')).toBe('mirror-two.example');
  });

  it('no site for a page that is not on the web', () => {
    expect(siteOf('file:///home/me/page.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('the template pages are recognised as the corpus template (their memory is shared by its mirrors)', () => {
    expect(pages[0].template).toBe('corpus-template');
    // the reader takes the template's fingerprints for them, the site's for any other article
    const known = { site: [1, 2], templates: { 'corpus-template': [3] } };
    expect([...templateOf({ kind: 'article', article: pages[0] }, known)]).toEqual([3]);
    const { template: _template, ...plain } = pages[0];
    expect([...templateOf({ kind: 'article', article: plain }, known)]).toEqual([1, 2]);
  });
});

describe("the CLI's --corpus run applies the same rule", () => {
  it('three pages of the site: the teaser recurs on them and goes from each, the first paragraph and the title stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crypto-reader-teasers-'));
    try {
      for (const i of [0, 1, 2]) writeFileSync(join(dir, `page-${i}.html`), teaserPage(i));
      let out = '';
      const code = await main(['clean', dir, '--corpus', '--url', 'https://news.example.com/markets/story'], { stdout: (t) => (out += t), stderr: () => undefined });
      expect(code).toBe(0);
      const articles = JSON.parse(out) as Article[];
      expect(articles.length).toBe(3);
      for (const [i, article] of articles.entries()) {
        expect(texts(article)).not.toContain(TEASER_TEXT);
        expect(article.removed.some((r) => r.rule === 'recurring-block' && r.text.includes(TEASER_TEXT))).toBe(true);
        // what the reader keeps of the page without the memory, but the teaser, the CLI keeps too
        const firstParagraph = pages[i].blocks.find((b) => b.type === 'paragraph')!;
        expect(texts(article)).toContain(firstParagraph.text);
        expect(article.title).toBe(pages[i].title);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
