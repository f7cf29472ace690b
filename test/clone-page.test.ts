// The page's clone (lib/clone-page.ts): a real page is cloned as the browser clones it; a page nested
// 100,000 levels deep (which crashes Chromium's own deep clone) is copied node by node, flattened.
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
  it('clones a real page as it is (decrypt.co, test/fixtures/crypto)', () => {
    const document = parseHtml(readFileSync('test/fixtures/crypto/decrypt.co.html', 'utf8'));
    expect(depthOf(document.documentElement)).toBeLessThan(NATIVE_CLONE_DEPTH);
    expect(clonePage(document).documentElement.outerHTML).toBe(document.documentElement.outerHTML);
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
