// @vitest-environment jsdom
// The EPUB export (issue 12) on real pages: the structure an EPUB 3 must have (test/support/epub-structure.ts),
// the article's metadata, its text, tables and claims, its direction, and its pictures: in the book when
// the reader could copy them, links otherwise. epubcheck 4.2.6 (Debian) passes these books: npm run check:epub.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { toEpub } from '../lib/export/epub.ts';
import { pictureSources } from '../lib/export/picture-sources.ts';
import { extractArticle } from '../lib/extract.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { renderSitePage } from '../scripts/site-template.ts';
import { readCorpus, readFixture } from './support/fixtures.ts';
import { epubStructure } from './support/epub-structure.ts';

const NOW = new Date('2026-11-27T10:00:00Z');
const template = extractArticle(parseHtml(renderSitePage(readCorpus('002_d90fbac4610048b4'))), { url: 'https://www.weex.com/news/privacy' });
const book = (article = template, options = {}) => toEpub(article, { now: NOW, ...options });
const chapterText = (bytes: Uint8Array) => epubStructure(bytes).xhtml.get('article.xhtml')!.body.textContent!.replace(/\s+/g, ' ');

describe('EPUB export', () => {
  it('has the structure of an EPUB 3: mimetype first and stored, container, package, navigation, XHTML that parses', () => {
    const epub = epubStructure(book());
    expect(epub.files[0]).toBe('mimetype');
    expect([...epub.manifest.values()].filter((item) => item.properties === 'nav').map((item) => item.href)).toEqual(['nav.xhtml']);
    expect(epub.spine.idrefs).toEqual(['article', 'claims']);
    const nav = epub.xhtml.get('nav.xhtml')!;
    expect(Array.from(nav.querySelectorAll('nav a')).map((a) => a.getAttribute('href'))).toEqual(['article.xhtml', 'claims.xhtml']);
  });

  it('says the title, author, date, source address, language and when it was made', () => {
    const { metadata } = epubStructure(book());
    expect(metadata['dc:title']).toEqual(['Why Regulators Need to Embrace the New Privacy Paradigm in Web3']);
    expect(metadata['dc:creator']).toEqual([template.byline]);
    expect(metadata['dc:date']).toEqual([template.publishedTime]);
    expect(metadata['dc:source']).toEqual(['https://www.weex.com/news/privacy']);
    expect(metadata['dc:language']).toEqual(['en']);
    expect(metadata['meta:dcterms:modified']).toEqual(['2026-11-27T10:00:00Z']);
    expect(metadata['dc:identifier']![0]).toMatch(/^urn:crypto-reader:/);
  });

  it('holds the cleaned article and its claims as an appendix', () => {
    const bytes = book();
    const text = chapterText(bytes);
    expect(text).toContain('Imagine a world where you can prove you’re over 18 without showing your birth certificate');
    expect(text).not.toContain('You may also like');
    const claims = epubStructure(bytes).xhtml.get('claims.xhtml')!;
    expect(claims.querySelectorAll('li').length).toBe(template.claims.length);
  });

  it('keeps data tables as tables (lwn-1)', () => {
    const lwn = extractArticle(parseHtml(readFixture('readability/lwn-1/source.html')), { url: 'https://lwn.net/Articles/637395/' });
    const chapter = epubStructure(book(lwn)).xhtml.get('article.xhtml')!;
    const tables = chapter.getElementsByTagName('table');
    expect(tables.length).toBe(lwn.blocks.filter((b) => b.type === 'table').length);
    expect(Array.from(tables).some((table) => table.textContent!.includes('Herbert Dürr'))).toBe(true);
    // a cell read as a block of its own is a block, not a cell outside a table
    expect(Array.from(chapter.querySelectorAll('th, td')).every((cell) => cell.closest('table'))).toBe(true);
  });

  it('reads right to left where the article does', () => {
    const rtl = extractArticle(parseHtml(readFixture('pages/rtl-article.html')), { url: 'https://example.com/ar' });
    const epub = epubStructure(book(rtl));
    expect(epub.spine.direction).toBe('rtl');
    expect(epub.xhtml.get('article.xhtml')!.documentElement.getAttribute('dir')).toBe('rtl');
    expect(epub.metadata['dc:language']).toEqual(['ar']);
  });

  it('puts the pictures the reader copied into the book, and links to the others (an EPUB loads nothing from the web)', () => {
    const article = extractArticle(parseHtml(readFixture('crypto/cointelegraph.com.html')), { url: 'https://cointelegraph.com/news/a' });
    const sources = article.blocks.filter((b) => b.type === 'image').flatMap((b) => pictureSources(b.html!));
    expect(sources.length).toBeGreaterThan(0);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const bytes = book(article, { images: [{ src: sources[0], mime: 'image/png', bytes: png }] });
    const epub = epubStructure(bytes);
    const chapter = epub.xhtml.get('article.xhtml')!;
    expect(Array.from(chapter.getElementsByTagName('img')).map((img) => img.getAttribute('src'))).toEqual(['images/image-1.png']);
    expect([...epub.manifest.values()].find((item) => item.href === 'images/image-1.png')?.type).toBe('image/png');
    expect(unzipSync(bytes)['OEBPS/images/image-1.png']).toEqual(png);
    // no picture from the web: the rest are links
    expect(Array.from(chapter.getElementsByTagName('img')).some((img) => /^https?:/.test(img.getAttribute('src')!))).toBe(false);
    if (sources.length > 1) expect(chapter.querySelector(`a[href="${sources[1]}"]`)?.textContent).toMatch(/^\[Image/);
  });

  it('escapes what the page wrote: its markup is text in the book, never an element', () => {
    const hostile = extractArticle(
      parseHtml(`<html lang="en"><head><title>A &lt;script&gt; title</title></head><body><article><h1>Title <b>x</b></h1>
        <p>${'A sentence long enough to make an article of it, with words. '.repeat(8)}</p>
        <p>&lt;script&gt;alert(1)&lt;/script&gt; and a control character \u0007 in the text, ${'more words for the article. '.repeat(8)}</p>
        <p>${'A third paragraph with enough words to be read as the article. '.repeat(8)}</p></article></body></html>`),
      { url: 'https://example.com/x' },
    );
    const bytes = book(hostile);
    const chapter = epubStructure(bytes).xhtml.get('article.xhtml')!;
    expect(chapter.getElementsByTagName('script').length).toBe(0);
    expect(chapter.body.textContent).toContain('<script>alert(1)</script>');
    expect(strFromU8(unzipSync(bytes)['OEBPS/article.xhtml'])).not.toContain('\u0007');
  });

  it('writes addresses as URIs: "|" and a second "#" (a text fragment) percent-encoded (trafilatura pages ac20f6a3, aa55dd36)', () => {
    const links = extractArticle(
      parseHtml(`<html lang="en"><body><article><h1>Links</h1>
        <p>${'Words of the article around its links, enough of them to be read. '.repeat(6)}<a href="https://www.neues-deutschland.de/artikel/1.html?sstr=keine|enteignung">one</a></p>
        <p>${'More words of the article, as a second paragraph of it. '.repeat(6)}<a href="https://citylimits.org/2022/10/06/a/#:~:text=The%20Council&#x27;s%20Land&amp;text=Mayor">two</a></p>
        <p>${'A third paragraph of the article with enough words. '.repeat(6)}</p></article></body></html>`),
      { url: 'https://example.com/links' },
    );
    const hrefs = Array.from(epubStructure(book(links)).xhtml.get('article.xhtml')!.querySelectorAll('p:not(.meta) a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.neues-deutschland.de/artikel/1.html?sstr=keine%7Centeignung', "https://citylimits.org/2022/10/06/a/#:~:text=The%20Council's%20Land&text=Mayor"]);
  });

  it('a caption standing alone, holding a paragraph, is a block of its own (trafilatura page 347a0995)', () => {
    const captioned = extractArticle(
      parseHtml(`<html lang="de"><body><article><h1>Bild</h1><p>${'Ein Absatz des Artikels mit genug Wörtern, um gelesen zu werden. '.repeat(6)}</p>
        <figcaption><p>- © heychli - stock.adobe.com</p></figcaption>
        <p>${'Ein zweiter Absatz des Artikels mit genug Wörtern darin. '.repeat(6)}</p><p>${'Und ein dritter Absatz, damit es ein Artikel ist. '.repeat(6)}</p></article></body></html>`),
      { url: 'https://example.com/bild' },
    );
    const chapter = epubStructure(book(captioned)).xhtml.get('article.xhtml')!;
    expect(chapter.querySelectorAll('p p').length).toBe(0);
  });

  it('a picture the page held as data is in the book as it is', () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const pictured = extractArticle(
      parseHtml(`<html lang="en"><body><article><h1>Chart</h1><p>${'Words of the article before its chart, enough to be read. '.repeat(6)}</p>
        <figure><img src="data:image/png;base64,${png}" alt="A chart" width="300" height="200"><figcaption>A chart.</figcaption></figure>
        <p>${'Words of the article after its chart, enough to be read too. '.repeat(6)}</p><p>${'And a third paragraph of the article to close it. '.repeat(6)}</p></article></body></html>`),
      { url: 'https://example.com/chart' },
    );
    const bytes = book(pictured);
    const chapter = epubStructure(bytes).xhtml.get('article.xhtml')!;
    expect(Array.from(chapter.getElementsByTagName('img')).map((img) => img.getAttribute('src'))).toEqual(['images/image-1.png']);
    expect(Buffer.from(unzipSync(bytes)['OEBPS/images/image-1.png']).toString('base64')).toBe(png);
  });
});
