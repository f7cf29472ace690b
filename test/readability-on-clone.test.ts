// Readability as the pipeline runs it (lib/readability-on-clone.ts): its cheaper visibility test answers as
// Readability's own on every element of real pages, and the reading it gives is Readability's.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../cli/parse-html.ts';
import { ReadabilityOnClone } from '../lib/readability-on-clone.ts';

type VisibilityTest = (node: Element) => boolean;
const readabilitysOwn = (Readability.prototype as unknown as { _isProbablyVisible?: VisibilityTest })._isProbablyVisible;
const PAGES = readdirSync('test/fixtures/readability').sort();

describe('ReadabilityOnClone', () => {
  it('overrides a method this Readability has (a renamed method would leave the override unused)', () => {
    expect(typeof readabilitysOwn).toBe('function');
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

  it.each(PAGES)('answers as Readability on every element of %s (Readability’s test page), and reads the same article', (name) => {
    const html = readFileSync(`test/fixtures/readability/${name}/source.html`, 'utf8');
    const document = parseHtml(html);
    const reader = new ReadabilityOnClone(document);
    const elements = Array.from(document.querySelectorAll('*'));
    expect(elements.filter((el) => reader._isProbablyVisible(el) !== readabilitysOwn!.call(reader, el))).toEqual([]);
    const keepElement = { serializer: (element: Node) => element as Element };
    const ours = new ReadabilityOnClone(parseHtml(html), keepElement).parse()?.content?.outerHTML;
    const theirs = new Readability<Element>(parseHtml(html), keepElement).parse()?.content?.outerHTML;
    expect(ours).toBe(theirs);
    expect(ours?.length).toBeGreaterThan(500);
  });
});
