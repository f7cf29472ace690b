// Block features (lib/blocks/features.ts): what the rules read instead of the element. Values written by
// hand from the snippets (sources noted); and the proof that the block rules read nothing but features.
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../lib/blocks/dom.ts';
import { blocksFromText } from '../lib/blocks/text.ts';
import { cleanBlocks } from '../lib/clean.ts';
import { ARTICLE_STAGE_RULES, BLOCK_RULES } from '../lib/rules/index.ts';
import { parseHtml } from '../cli/parse-html.ts';
import type { Block } from '../lib/types.ts';
import { readFixture } from './support/fixtures.ts';

const domBlocks = (body: string): Block[] => blocksFromDom(parseHtml(`<!doctype html><html><body>${body}</body></html>`));
const byText = (blocks: Block[], start: string): Block => {
  const block = blocks.find((b) => b.text.startsWith(start));
  if (!block) throw new Error(`no block starting "${start}"`);
  return block;
};

describe('DOM block features', () => {
  it('a card wrapped in a link is all link; a sentence with a link in it is mostly not (cryptonews.com "More Articles" card, nytimes-1)', () => {
    const blocks = domBlocks(
      '<div><a href="https://cryptonews.com/news/kazakhstan-to-launch-500m-1b-crypto-reserve-fund-by-2026-report/" class="story-one-cell"><div class="story-one-cell__label">Blockchain News</div><div class="story-one-cell__title">Kazakhstan to Launch $500M–$1B Crypto Reserve Fund by 2026: Report</div></a></div>' +
        '<p class="story-body-text">LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on <a href="http://topics.nytimes.com/top/news/international/countriesandterritories/sudan/index.html">Sudan</a> and lift trade sanctions.</p>',
    );
    const title = byText(blocks, 'Kazakhstan');
    expect(title.features).toMatchObject({ markup: true, linkShare: 1, awayLinkShare: 1, href: 'https://cryptonews.com/news/kazakhstan-to-launch-500m-1b-crypto-reserve-fund-by-2026-report/' });
    expect(title.features.attributeTokens).toEqual(['story', 'one', 'cell', 'title']);
    expect(title.features.tagPath).toBe('body>div>a>div');
    const sentence = byText(blocks, 'LONDON');
    // "Sudan" is 5 of the sentence's letters.
    expect(sentence.features.linkShare).toBeGreaterThan(0.03);
    expect(sentence.features.linkShare).toBeLessThan(0.06);
    expect(sentence.features.href).toBe('http://topics.nytimes.com/top/news/international/countriesandterritories/sudan/index.html');
  });

  it('in-page links are links but not links away (wikipedia table of contents)', () => {
    const blocks = domBlocks('<ul><li class="toclevel-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a></li><li class="toclevel-1"><a href="#Values"><span class="tocnumber">2</span> <span class="toctext">Values</span></a></li></ul>');
    expect(blocks.map((b) => [b.features.linkShare, b.features.awayLinkShare])).toEqual([[1, 0], [1, 0]]);
  });

  it('items of one list share a list number, the next list has another; a paragraph has none', () => {
    const blocks = domBlocks('<ul><li>Bitcoin</li><li>Ether</li></ul><p>Between the lists.</p><ol><li>Solana</li><li>XRP</li></ol>');
    const lists = blocks.map((b) => b.features.list);
    expect(lists[0]).toBe(lists[1]);
    expect(lists[3]).toBe(lists[4]);
    expect(lists[3]).not.toBe(lists[0]);
    expect(lists[2]).toBeUndefined();
  });

  it('counts rel="sponsored" links in the block that holds them (cryptonews.com presale pitch)', () => {
    const blocks = blocksFromDom(parseHtml(readFixture('crypto/cryptonews.com--xrp.html')));
    const sponsored = blocks.filter((b) => b.features.sponsoredLinks > 0);
    expect(sponsored.map((b) => [b.text.slice(0, 24), b.features.sponsoredLinks])).toEqual([
      ['PepeNode gamifies crypto', 1],
      ['To join PepeNode, visit ', 1],
      ['Buy $PEPENODE Here.', 1],
    ]);
  });
});

describe('text block features', () => {
  it('a text dump has no markup and no links; marker lines in a row make one list', () => {
    const { blocks } = blocksFromText('Title\n\nIntro paragraph of the article.\n\n- first point\n- second point\n\nA paragraph.\n\n- another list');
    expect(blocks.every((b) => !b.features.markup && b.features.linkShare === 0 && b.features.href === undefined)).toBe(true);
    const items = blocks.filter((b) => b.type === 'list-item');
    expect(items.map((b) => b.text)).toEqual(['first point', 'second point', 'another list']);
    expect(items[0].features.list).toBe(items[1].features.list);
    expect(items[2].features.list).not.toBe(items[0].features.list);
  });
});

describe('the block rules read features, not elements', () => {
  // The same DOM blocks with and without their elements: if a rule looked at the element, the removals would differ.
  const withoutElements = (blocks: Block[]): Block[] => blocks.map(({ element: _element, ...rest }) => rest);
  const pages = ['crypto/cryptonews.com--xrp.html', 'crypto/coindesk.com.html', 'crypto/decrypt.co.html', 'pages/messy-crypto.html', 'readability/nytimes-1/source.html', 'readability/wikipedia/source.html'];
  for (const page of pages) {
    it(page, () => {
      const document = parseHtml(readFixture(page));
      const blocks = blocksFromDom(document);
      const run = (input: Block[]) => cleanBlocks({ stage: 'page', blocks: input, url: 'https://news.example/a', blockRules: BLOCK_RULES }).removed.map((r) => `${r.rule}:${r.block}`);
      const removed = run(blocks);
      expect(removed.length).toBeGreaterThan(0);
      expect(run(withoutElements(blocks))).toEqual(removed);
    });
  }
  it('the article-stage rules are among the block rules checked', () => {
    expect([...ARTICLE_STAGE_RULES].every((name) => BLOCK_RULES.some((r) => r.name === name))).toBe(true);
  });
});
