// The page's clone (lib/clone-page.ts): a real page is copied as the browser clones it, less its scripts and
// style sheets; a page nested 100,000 levels deep (which crashes Chromium's own deep clone) is copied node by
// node, flattened.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../cli/parse-html.ts';
import { clonePage, depthOf, dropScriptsAndStyles, NATIVE_CLONE_DEPTH } from '../lib/clone-page.ts';
import { extractPage } from '../lib/extract-page.ts';
import { MAX_DEPTH } from '../lib/flatten-deep.ts';

function deepPage(levels: number): Document {
  const document = parseHtml('<html><head><title>Deep</title></head><body><article><h1>Deep</h1><p>Before the nesting.</p><div id="deep"></div><p>After the nesting.</p></article></body></html>');
  let holder = document.getElementById('deep')!;
  for (let i = 0; i < levels; i++) {
    const div = document.createElement('div');
    holder.appendChild(div);
    holder = div;
  }
  holder.innerHTML = '<p>Buried <b>deep</b> inside.</p>';
  return document;
}

describe('clonePage', () => {
  it('copies a real page as it is, less its scripts and style sheets; its JSON-LD kept, the page untouched (decrypt.co, test/fixtures/crypto)', () => {
    const html = readFileSync('test/fixtures/crypto/decrypt.co.html', 'utf8');
    const document = parseHtml(html);
    expect(depthOf(document.documentElement)).toBeLessThan(NATIVE_CLONE_DEPTH);
    const scriptsAndStyles = document.querySelectorAll('script:not([type="application/ld+json"]), style').length;
    expect(scriptsAndStyles).toBeGreaterThan(10);
    const expected = document.cloneNode(true) as Document;
    dropScriptsAndStyles(expected);
    const clone = clonePage(document);
    expect(clone.documentElement.outerHTML).toBe(expected.documentElement.outerHTML);
    expect(clone.querySelectorAll('script, style').length).toBe(clone.querySelectorAll('script[type="application/ld+json"]').length);
    expect(clone.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(document.documentElement.outerHTML).toBe(parseHtml(html).documentElement.outerHTML);
  });

  it('leaves out scripts and style sheets at every level, keeps what surrounds them in order', () => {
    const document = parseHtml(`<!doctype html><html><head><title>T</title><style>p{}</style><script type="application/ld+json">{"headline":"H"}</script></head>
      <body><div id="a"><section><p>One <script>x()</script>two.</p><style>.y{}</style></section><p>Three.</p></div><script>z()</script><p>Four.</p></body></html>`);
    const clone = clonePage(document);
    expect(clone.body.innerHTML.replace(/\s+/g, ' ').trim()).toBe('<div id="a"><section><p>One two.</p></section><p>Three.</p></div><p>Four.</p>');
    expect(clone.head.innerHTML).toBe('<title>T</title><script type="application/ld+json">{"headline":"H"}</script>');
    expect(clone.doctype?.name).toBe('html');
    expect(document.querySelectorAll('script, style')).toHaveLength(5); // the page keeps all of them
  });

  it('copies a page nested 100,000 levels node by node: flattened below MAX_DEPTH, its text in order, a paragraph whole; the page untouched', () => {
    const document = deepPage(100_000);
    const clone = clonePage(document);
    expect(depthOf(clone.documentElement)).toBeLessThanOrEqual(MAX_DEPTH + 4);
    expect(clone.body.textContent).toBe('DeepBefore the nesting.Buried deep inside.After the nesting.');
    expect(clone.querySelector('p b')?.textContent).toBe('deep');
    expect(clone.title).toBe('Deep');
    expect(depthOf(document.documentElement)).toBeGreaterThan(100_000);
  });
});

describe('dropScriptsAndStyles', () => {
  it('takes scripts and style sheets out of the clone and keeps the JSON-LD Readability reads', () => {
    const document = parseHtml(`<html><head><title>T</title><style>p { color: red }</style><script src="/app.js"></script>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script></head>
      <body><p>Text <script>track()</script>stays.</p><style>.x{}</style><script type="text/template"><div class="cookie">Accept</div></script></body></html>`);
    dropScriptsAndStyles(document);
    expect(Array.from(document.querySelectorAll('script, style'), (el) => el.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(document.body.textContent).toBe('Text stays.');
  });

  it('leaves no script code in the removal trail: the BBC cookie banner\'s template script (Readability\'s bbc-1 test page)', () => {
    const html = readFileSync('test/fixtures/readability/bbc-1/source.html', 'utf8');
    expect(html).toContain('<![CDATA[');
    const article = extractPage(parseHtml(html));
    expect(article.removed.length).toBeGreaterThan(0);
    for (const removal of article.removed) expect(removal.text).not.toMatch(/<!\[CDATA\[|<\/?(?:div|section|span)\b/);
  });
});
