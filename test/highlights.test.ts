// Highlights and notes (issue 12): made from a stretch of a real article's paragraph, found again when the
// article changed, kept bounded per article address, and carried into every export (Markdown ==words== with
// the note below, HTML <mark>, JSON a list, EPUB). The reader's side: test/components/highlights.test.tsx;
// in Chromium across a reload: test/e2e/highlights.test.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHTML } from 'linkedom';
import { unzipSync, strFromU8 } from 'fflate';
import {
  anchorHighlights,
  EMPTY_HIGHLIGHT_STORE,
  HIGHLIGHT_LIMITS,
  highlightsOf,
  isHighlightStore,
  makeHighlight,
  overlapsHighlight,
  withArticleHighlights,
  withoutHighlight,
  type Highlight,
} from '../lib/highlights.ts';
import { addressKey } from '../lib/address.ts';
import { withHighlights } from '../lib/export/highlights.ts';
import { EXPORT_FORMATS } from '../lib/export/index.ts';
import { toEpub } from '../lib/export/epub.ts';
import { cleanText } from '../lib/clean-text.ts';
import { deleteHighlight, highlightSaver, highlightsAt, readHighlightStore, saveHighlights } from '../utils/highlights.ts';
import { readCorpus } from './support/fixtures.ts';

const article = cleanText(readCorpus('002_d90fbac4610048b4'));
const texts = article.blocks.map((b) => b.text);
/** A paragraph of the article with at least 20 words, and its index. */
const paragraph = article.blocks.findIndex((b) => b.type === 'paragraph' && b.text.split(' ').length >= 20);
const words = texts[paragraph];
/** Characters of the paragraph's third to sixth words. */
const third = words.split(' ').slice(0, 2).join(' ').length + 1;
const sixth = words.split(' ').slice(0, 6).join(' ').length;

function makeOne(stretch = { block: paragraph, start: third, end: sixth }, now = 1_700_000_000_000): Highlight {
  return makeHighlight(texts, stretch, now)!;
}
const one = makeOne();
/** The highlight of the paragraph's third to sixth words (the same one each time). */
const highlight = (): Highlight => one;

describe('a highlight', () => {
  it('is the words of the stretch, with a few characters of context either side; spaces at its ends are left out', () => {
    const h = makeHighlight(texts, { block: paragraph, start: third - 1, end: sixth + 1 }, 5)!;
    expect(h.text).toBe(words.split(' ').slice(2, 6).join(' '));
    expect([h.start, h.end]).toEqual([third, sixth]);
    expect(h.before).toBe(words.slice(Math.max(0, third - 32), third));
    expect(h.after).toBe(words.slice(sixth, sixth + 32));
    expect(h.note).toBe('');
    expect(makeHighlight(texts, { block: paragraph, start: third - 1, end: third }, 5)).toBeNull();
    expect(makeHighlight(texts, { block: texts.length, start: 0, end: 4 }, 5)).toBeNull();
  });

  it('is found again where its words moved when the article changed, by its context when the words recur, and is lost when they are gone', () => {
    const h = highlight();
    expect(anchorHighlights([h], texts)[0].placed).toEqual({ block: paragraph, start: third, end: sixth });
    // a paragraph added at the top: the highlight is one block down
    expect(anchorHighlights([h], ['A correction was added.', ...texts])[0].placed).toEqual({ block: paragraph + 1, start: third, end: sixth });
    // the same words earlier in another paragraph, without the context: the one with the context wins
    const decoy = `${h.text} appears here too.`;
    const withDecoy = [decoy, ...texts];
    expect(anchorHighlights([h], withDecoy)[0].placed?.block).toBe(paragraph + 1);
    // the paragraph rewritten without those words: nowhere
    expect(anchorHighlights([h], texts.map((t, i) => (i === paragraph ? 'Rewritten.' : t)))[0].placed).toBeNull();
  });

  it('is not made twice over the same words', () => {
    const placed = anchorHighlights([highlight()], texts);
    expect(overlapsHighlight(placed, { block: paragraph, start: sixth - 2, end: sixth + 10 })).toBe(true);
    expect(overlapsHighlight(placed, { block: paragraph, start: sixth, end: sixth + 10 })).toBe(false);
    expect(overlapsHighlight(placed, { block: paragraph + 1, start: third, end: sixth })).toBe(false);
  });
});

describe('the highlight store', () => {
  const url = 'https://news.example.com/markets/btc-etf';
  it('keeps highlights per article address (tracking parameters aside), with the article title for the options page', () => {
    const store = withArticleHighlights(EMPTY_HIGHLIGHT_STORE, { url, title: article.title }, [highlight()], 10);
    expect(highlightsOf(store, `${url}?utm_source=newsletter#top`)).toEqual([highlight()]);
    expect(store.articles[0]).toMatchObject({ address: addressKey(url), url, title: article.title, changed: 10 });
    expect(withArticleHighlights(store, { url, title: '' }, [], 11).articles).toEqual([]);
  });

  it('is bounded: the article changed least recently goes first, an article keeps its newest highlights, a note is cut at its limit', () => {
    let store = EMPTY_HIGHLIGHT_STORE;
    for (let i = 0; i <= HIGHLIGHT_LIMITS.articles; i++) store = withArticleHighlights(store, { url: `${url}/${i}`, title: `${i}` }, [highlight()], i);
    expect(store.articles).toHaveLength(HIGHLIGHT_LIMITS.articles);
    expect(store.articles[0].title).toBe('1');
    const many = Array.from({ length: HIGHLIGHT_LIMITS.perArticle + 5 }, (_, i) => ({ ...highlight(), id: `h${i}` }));
    const full = withArticleHighlights(EMPTY_HIGHLIGHT_STORE, { url, title: 't' }, many, 1).articles[0];
    expect(full.highlights).toHaveLength(HIGHLIGHT_LIMITS.perArticle);
    expect(full.highlights[0].id).toBe('h5');
    const long = withArticleHighlights(EMPTY_HIGHLIGHT_STORE, { url, title: 't' }, [{ ...highlight(), note: 'n'.repeat(5000) }], 1);
    expect(long.articles[0].highlights[0].note).toHaveLength(HIGHLIGHT_LIMITS.note);
  });

  it('deletes one highlight, or all of an article (an article left with none is dropped)', () => {
    const two = [highlight(), { ...makeOne({ block: paragraph, start: 0, end: 5 }), id: 'other' }];
    const store = withArticleHighlights(EMPTY_HIGHLIGHT_STORE, { url, title: 't' }, two, 1);
    expect(withoutHighlight(store, addressKey(url), 'other').articles[0].highlights.map((h) => h.id)).toEqual([two[0].id]);
    expect(withoutHighlight(store, addressKey(url)).articles).toEqual([]);
  });

  it('reads anything that is not a store of this version, field by field, as no store', () => {
    const store = withArticleHighlights(EMPTY_HIGHLIGHT_STORE, { url, title: 't' }, [highlight()], 1);
    expect(isHighlightStore(store)).toBe(true);
    expect(isHighlightStore({ ...store, version: 2 })).toBe(false);
    expect(isHighlightStore({ version: 1, articles: [{ ...store.articles[0], highlights: [{ ...highlight(), start: 'x' }] }] })).toBe(false);
    expect(isHighlightStore(null)).toBe(false);
  });

  describe('in extension storage', () => {
    beforeEach(() => fakeBrowser.reset());

    it('saves, reads back by address and deletes', async () => {
      await saveHighlights({ url, title: 'ETF' }, [highlight()]);
      expect(await highlightsAt(`${url}?utm_medium=social`)).toEqual([highlight()]);
      await deleteHighlight(addressKey(url), highlight().id);
      expect(await highlightsAt(url)).toEqual([]);
    });

    it('the reader keeps a highlight made or deleted at once (the page may go the next moment), a note after a pause in typing', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const saver = highlightSaver((list) => saveHighlights({ url, title: 'ETF' }, list), (error) => expect.unreachable(error.message));
        saver.save([highlight()]);
        await vi.waitFor(async () => expect(await highlightsAt(url)).toEqual([highlight()]));
        saver.save([{ ...highlight(), note: 'S' }]);
        saver.save([{ ...highlight(), note: 'Source?' }]);
        await Promise.resolve();
        expect((await highlightsAt(url))[0].note).toBe('');
        vi.advanceTimersByTime(400);
        await vi.waitFor(async () => expect((await highlightsAt(url))[0].note).toBe('Source?'));
        saver.save([{ ...highlight(), note: 'Source? SEC filing.' }]);
        saver.flush();
        await vi.waitFor(async () => expect((await highlightsAt(url))[0].note).toBe('Source? SEC filing.'));
        saver.save([]);
        await vi.waitFor(async () => expect(await highlightsAt(url)).toEqual([]));
      } finally {
        vi.useRealTimers();
      }
    });

    it('two saves in a row both land; a broken stored value reads as empty', async () => {
      await Promise.all([saveHighlights({ url, title: 'a' }, [highlight()]), saveHighlights({ url: `${url}/2`, title: 'b' }, [highlight()])]);
      expect((await readHighlightStore()).articles.map((a) => a.title)).toEqual(['a', 'b']);
      await fakeBrowser.storage.local.set({ highlights: { version: 1, articles: 'nonsense' } });
      expect(await readHighlightStore()).toEqual(EMPTY_HIGHLIGHT_STORE);
    });
  });
});

describe('highlights in the exports', () => {
  const noted = { ...highlight(), note: 'Compare with the <b>filing</b>.\nSecond line.' };
  const listItem = article.blocks.findIndex((b) => b.type === 'list-item');
  const inList = { ...makeHighlight(texts, { block: listItem, start: 0, end: Math.min(12, texts[listItem].length) }, 2)!, note: 'In a list.' };
  const parser = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  const exported = withHighlights(article, anchorHighlights([noted, inList], texts), parser);

  it('leaves an article without highlights as it is', () => {
    expect(withHighlights(article, [], parser)).toBe(article);
    expect(article.blocks[paragraph].html).toBeUndefined();
  });

  it('Markdown: the words as ==words==, the note quoted right below its paragraph, its markup as text', () => {
    const markdown = EXPORT_FORMATS.md.render(exported);
    const lines = markdown.split('\n');
    const at = lines.findIndex((line) => line.includes(`==${noted.text}==`));
    expect(at).toBeGreaterThan(0);
    expect(lines[at].startsWith(words.slice(0, 10))).toBe(true);
    expect(lines.slice(at + 1, at + 4).join('\n')).toBe('\n> **Note:** Compare with the &lt;b&gt;filing&lt;/b&gt;.  \n> Second line.');
    // inside the list item, under its words
    expect(markdown).toContain(`- ==${inList.text}==`);
    expect(markdown).toContain(`- ==${inList.text}==${texts[listItem].slice(inList.end)}\n\n  > **Note:** In a list.\n`);
  });

  it('HTML: <mark> around the words, the note in a quote after the paragraph; JSON: the list of highlights', () => {
    const html = EXPORT_FORMATS.html.render(exported);
    expect(html).toContain(`<mark class="highlight">${noted.text}</mark>`);
    expect(html).toContain('<blockquote class="highlight-note"><p><strong>Note:</strong> Compare with the &lt;b&gt;filing&lt;/b&gt;.<br>Second line.</p></blockquote>');
    const json = JSON.parse(EXPORT_FORMATS.json.render(exported)) as { highlights: unknown[] };
    expect(json.highlights).toEqual([
      { text: noted.text, note: noted.note, block: paragraph, created: new Date(noted.created).toISOString() },
      { text: inList.text, note: 'In a list.', block: listItem, created: new Date(inList.created).toISOString() },
    ]);
  });

  it('EPUB: the marks and the note in the chapter', () => {
    const book = unzipSync(toEpub(exported, { now: new Date('2026-01-01T00:00:00Z') }));
    const chapter = Object.entries(book).find(([name]) => name.endsWith('article.xhtml'))?.[1];
    expect(chapter).toBeDefined();
    const xhtml = strFromU8(chapter!);
    expect(xhtml).toContain(`<mark class="highlight">${noted.text}</mark>`);
    expect(xhtml).toContain('Compare with the &lt;b&gt;filing&lt;/b&gt;.<br/>Second line.');
  });
});
