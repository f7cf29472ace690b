// Readability as the pipeline runs it (lib/readability-on-clone.ts): its cheaper visibility, byline and
// emptiness tests answer as Readability's own on every element of real pages, and the reading it gives is
// Readability's.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../cli/parse-html.ts';
import { ReadabilityOnClone } from '../lib/readability-on-clone.ts';

type ElementTest = (node: Element) => boolean;
type BylineTest = (node: Element, matchString: string) => boolean;
const readabilitys = Readability.prototype as unknown as { _isProbablyVisible?: ElementTest; _isValidByline?: BylineTest; _isElementWithoutContent?: ElementTest };
const readabilitysOwn = readabilitys._isProbablyVisible;
const PAGES = readdirSync('test/fixtures/readability').sort();

describe('ReadabilityOnClone', () => {
  it('overrides methods this Readability has (a renamed method would leave the override unused)', () => {
    expect([readabilitys._isProbablyVisible, readabilitys._isValidByline, readabilitys._isElementWithoutContent].map((method) => typeof method)).toEqual(['function', 'function', 'function']);
  });

  it('finds bylines as Readability does: rel="author", itemprop author, byline class names; only short, non-empty ones', () => {
    const document = parseHtml(`<html><body>
      <a id="rel" rel="author">Jane Doe</a><span id="itemprop" itemprop="author creator">Jane Doe</span>
      <div id="class" class="post-byline">By Jane Doe</div><p id="plain">Jane Doe</p><div id="empty" class="author"> </div>
      <div id="long" class="author">${'Jane Doe wrote this. '.repeat(6)}</div><span id="name" itemprop="name">Jane Doe</span></body></html>`);
    const reader = new ReadabilityOnClone(document);
    const byline = (id: string) => {
      const element = document.getElementById(id)!;
      return reader._isValidByline(element, `${element.className} ${element.id}`);
    };
    expect(['rel', 'itemprop', 'class', 'plain', 'empty', 'long', 'name'].filter(byline)).toEqual(['rel', 'itemprop', 'class']);
  });

  it('calls an element without content as Readability does: no text but spaces, no elements but <br> and <hr>', () => {
    const document = parseHtml(`<html><body>
      <div id="blank">  \n </div><div id="breaks"> <br><hr> </div><div id="nested"><span> </span></div><div id="image"><img src="a.png"></div>
      <div id="deep"><div><div><span> </span></div></div><p>Text</p></div><div id="text">Text</div><h2 id="nbsp">&nbsp;</h2></body></html>`);
    const reader = new ReadabilityOnClone(document);
    const empty = (id: string) => reader._isElementWithoutContent(document.getElementById(id)!);
    // a no-break space is a space to String.prototype.trim, which Readability asks
    expect(['blank', 'breaks', 'nested', 'image', 'deep', 'text', 'nbsp'].filter(empty)).toEqual(['blank', 'breaks', 'nbsp']);
  });

  it('tells visible from hidden as Readability does: inline styles, hidden, aria-hidden and Wikimedia’s fallback images', () => {
    const document = parseHtml(`<html><body>
      <p id="plain">Text</p><p id="styled" style="color: red">Text</p><p id="none" style="display: none">Text</p>
      <p id="invisible" style="visibility:hidden">Text</p><p id="hidden" hidden>Text</p><p id="aria" aria-hidden="true">Text</p>
      <p id="aria-false" aria-hidden="false">Text</p><img id="fallback" class="mwe-math-fallback-image-inline" aria-hidden="true" src="a.png">
      <svg id="svg"><rect id="rect" style="display:none"/></svg></body></html>`);
    const reader = new ReadabilityOnClone(document);
    const visible = (id: string) => reader._isProbablyVisible(document.getElementById(id)!);
    expect(['plain', 'styled', 'aria-false', 'fallback', 'svg'].filter(visible)).toEqual(['plain', 'styled', 'aria-false', 'fallback', 'svg']);
    expect(['none', 'invisible', 'hidden', 'aria', 'rect'].filter(visible)).toEqual([]);
  });

  it('reads a short article as Readability does: the page kept for its second tries, and nothing left on the elements', () => {
    // under 500 characters, in a box Readability's first try strips as unlikely ("sidebar"): it tries again
    const html = `<html><head><title>Short note</title></head><body><div class="header"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="sidebar-note"><p>The exchange paused withdrawals on Monday, it said, after a wallet was drained.</p>
      <p>Customers' funds are safe, the company added, and trading will resume within a day.</p></div>
      <div class="footer"><p>© 2025 Example News</p></div></body></html>`;
    const keepElement = { serializer: (element: Node) => element as Element };
    const document = parseHtml(html);
    const reader = new ReadabilityOnClone(document, keepElement);
    const ours = reader.parse();
    const theirs = new Readability<Element>(parseHtml(html), keepElement).parse();
    expect((reader as unknown as { _attempts: unknown[] })._attempts.length).toBeGreaterThan(0); // it did try again
    expect(ours?.content?.outerHTML).toBe(theirs?.content?.outerHTML);
    expect(ours?.textContent).toContain('paused withdrawals');
    expect({ ...ours, content: undefined }).toEqual({ ...theirs, content: undefined });
    // the DOM's own innerHTML again, on the body and on the article
    expect(Object.getOwnPropertyDescriptor(document.body, 'innerHTML')).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(ours!.content!, 'innerHTML')).toBeUndefined();
    expect(ours!.content!.innerHTML).toContain('paused withdrawals');
  });

  it.each(PAGES)('answers as Readability on every element of %s (Readability’s test page), and reads the same article', (name) => {
    const html = readFileSync(`test/fixtures/readability/${name}/source.html`, 'utf8');
    const document = parseHtml(html);
    const reader = new ReadabilityOnClone(document);
    const elements = Array.from(document.querySelectorAll('*'));
    expect(elements.filter((el) => reader._isProbablyVisible(el) !== readabilitysOwn!.call(reader, el))).toEqual([]);
    const matchString = (el: Element) => `${el.className} ${el.id}`;
    expect(elements.filter((el) => reader._isValidByline(el, matchString(el)) !== readabilitys._isValidByline!.call(reader, el, matchString(el)))).toEqual([]);
    expect(elements.filter((el) => reader._isElementWithoutContent(el) !== readabilitys._isElementWithoutContent!.call(reader, el))).toEqual([]);
    const keepElement = { serializer: (element: Node) => element as Element };
    const ours = new ReadabilityOnClone(parseHtml(html), keepElement).parse()?.content?.outerHTML;
    const theirs = new Readability<Element>(parseHtml(html), keepElement).parse()?.content?.outerHTML;
    expect(ours).toBe(theirs);
    expect(ours?.length).toBeGreaterThan(500);
  });
});
