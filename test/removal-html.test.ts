// A removal's HTML ("Show in place") is written when first read, after the reader's first paint, not while
// the page is read (lib/removal-html.ts). On the test page made of real crypto sites' markup
// (test/fixtures/pages/messy-crypto.html): what is written is what a person expects to see again, and a
// removed element that held other removed ones is written before they leave it.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../lib/extract-page.ts';
import { copyOfRemoval, removalWithout, setHtmlOnFirstRead, writeRemovalHtml } from '../lib/removal-html.ts';
import { removeLearnedBlocks } from '../lib/learned-blocks.ts';
import { blockFingerprint } from '../lib/template-blocks.ts';
import { parseHtml } from '../cli/parse-html.ts';
import type { Removal } from '../lib/types.ts';
import { readFixture } from './support/fixtures.ts';

const read = () => extractPage(parseHtml(readFixture('pages/messy-crypto.html')), { url: 'https://news.example/solana' });
const waiting = (removal: Removal) => typeof Object.getOwnPropertyDescriptor(removal, 'html')?.get === 'function';
const byText = (removed: readonly Removal[], start: string) => removed.find((r) => r.text.startsWith(start))!;

describe('removal HTML, written on first read', () => {
  it('is not written while the page is read; once read it is the removed element, sanitised, and stays written', () => {
    const { removed } = read();
    const ad = byText(removed, 'Advertisement'); // an element rule (ad-container)
    const sponsored = byText(removed, 'Sponsored: The Presale'); // a block rule, with the picture beside it
    expect(waiting(ad)).toBe(true);
    expect(waiting(sponsored)).toBe(true);
    expect(ad.html).toBe('<div>Advertisement</div>');
    expect(sponsored.html).toBe('<h2>Sponsored: The Presale Everyone Is Talking About</h2><p><img src="https://cdn.example/presale-banner.png" alt="Presale banner" width="600" height="300"></p>');
    expect(waiting(ad)).toBe(false);
    expect(Object.getOwnPropertyDescriptor(ad, 'html')).toMatchObject({ value: '<div>Advertisement</div>', enumerable: true, writable: true });
  });

  it('a removed container that held removed cards is written before they go: it shows them all', () => {
    const { removed } = read();
    const cards = removed.find((r) => r.rule === 'related-area' && r.text === ', ,')!;
    expect(waiting(cards)).toBe(false);
    expect(cards.html).toBe(
      '<div><div><a href="https://news.example/news/1">Ether options volume hits a monthly high</a></div>, <div><a href="https://news.example/news/2">Bitcoin miners turn to AI data centers</a></div>, <div><a href="https://news.example/news/3">Stablecoin supply passes $300 billion</a></div></div>',
    );
    expect(byText(removed, 'Ether options').html).toBe('<div><a href="https://news.example/news/1">Ether options volume hits a monthly high</a></div>');
  });

  it('JSON, structuredClone and the reader after its paint (writeRemovalHtml) see it as a plain property', () => {
    const article = read();
    const json = JSON.parse(JSON.stringify(article));
    expect(byText(json.removed, 'Advertisement').html).toBe('<div>Advertisement</div>');
    const other = read();
    expect(byText(structuredClone(other.removed), 'Advertisement').html).toBe('<div>Advertisement</div>');
    const shown = read();
    writeRemovalHtml(shown.removed);
    expect(shown.removed.filter(waiting)).toEqual([]);
    expect(byText(shown.removed, 'Advertisement').html).toBe('<div>Advertisement</div>');
  });

  it('copies keep it waiting, with their changes; the original is untouched', () => {
    const ad = byText(read().removed, 'Advertisement');
    const moved = copyOfRemoval(ad, { anchor: 7 });
    expect(waiting(moved)).toBe(true);
    expect(moved).toMatchObject({ rule: 'ad-container', anchor: 7, html: '<div>Advertisement</div>' });
    expect(ad.anchor).not.toBe(7);
    const withBlock = { ...structuredClone(moved), block: 3 };
    expect(Object.keys(removalWithout(withBlock, 'block'))).not.toContain('block');
  });

  it('a removal and its copies write the HTML once, for whichever is read first', () => {
    let writes = 0;
    const removal: Removal = { rule: 'ad-container', category: 'promo', stage: 'elements', text: 'Advertisement', scope: 'block' };
    setHtmlOnFirstRead(removal, () => (writes++, '<div>Advertisement</div>'));
    const copy = copyOfRemoval(removal, { anchor: 2 });
    expect(writes).toBe(0);
    expect(copy.html).toBe('<div>Advertisement</div>');
    expect(removal.html).toBe('<div>Advertisement</div>');
    expect(writes).toBe(1);
  });

  it("removing the site's learned blocks moves the removals' anchors without writing their HTML", () => {
    const article = read();
    const block = article.blocks.findIndex((b) => b.text.startsWith('The developers plan a second change'));
    const waitingBefore = article.removed.filter(waiting).length;
    expect(waitingBefore).toBeGreaterThan(0);
    const shown = removeLearnedBlocks(article, new Set([blockFingerprint(article.blocks[block].text)]));
    expect(shown.removed).toHaveLength(article.removed.length + 1);
    expect(shown.removed.filter(waiting)).toHaveLength(waitingBefore);
    const cardsAfter = (a: typeof article) => byText(a.removed, 'Ether options').anchor;
    expect(cardsAfter(shown)).toBe(cardsAfter(article)! - 1); // the cards stood after the learned block
    expect(byText(shown.removed, 'Ether options').html).toBe('<div><a href="https://news.example/news/1">Ether options volume hits a monthly high</a></div>');
  });
});
