// The stages of lib/pipeline.ts and the one Article assembler: both modes give removals that say their
// stage and carry one kind of position, a place in the Article.
import { describe, expect, it } from 'vitest';
import { STAGES } from '../lib/pipeline.ts';
import { extractArticle } from '../lib/extract.ts';
import { cleanText } from '../lib/clean-text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import type { Article } from '../lib/types.ts';
import { readCorpus, readFixture } from './support/fixtures.ts';

function expectPositionsInTheArticle(article: Article, mode: 'dom' | 'text'): void {
  const stagesOfMode = new Set<string>(STAGES.filter((s) => (s.modes as readonly string[]).includes(mode)).map((s) => s.name));
  for (const removal of article.removed) {
    expect(stagesOfMode.has(removal.stage), `${removal.rule} in stage ${removal.stage}`).toBe(true);
    expect(removal).not.toHaveProperty('block');
    if (removal.anchor === undefined) continue;
    expect(removal.anchor).toBeGreaterThanOrEqual(0);
    expect(removal.anchor).toBeLessThanOrEqual(article.blocks.length);
    if (removal.scope === 'sentence' && removal.offset !== undefined) expect(removal.offset).toBeLessThanOrEqual(article.blocks[removal.anchor].text.length);
  }
}

describe('pipeline stages', () => {
  it('names each stage once, in order, with the modes that run it', () => {
    const names = STAGES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('detect');
    expect(names[names.length - 1]).toBe('assemble');
    expect(STAGES.filter((s) => (s.modes as readonly string[]).includes('text')).map((s) => s.name)).toEqual(['detect', 'page', 'sentences', 'assemble']);
  });

  it('DOM mode: real pages remove in the elements, page, article and sentence stages, each at a place in the Article', () => {
    const seen = new Set<string>();
    const pages = [
      ['pages/messy-crypto.html', 'https://cryptonews.com/news/test/'],
      ['readability/nytimes-1/source.html', 'https://www.nytimes.com/a'],
      ['crypto/cointelegraph.com.html', 'https://cointelegraph.com/news/a'],
      ['crypto/coindesk.com.html', 'https://www.coindesk.com/a'],
    ];
    for (const [page, url] of pages) {
      const article = extractArticle(parseHtml(readFixture(page)), { url });
      expect(article.removed.length, page).toBeGreaterThan(0);
      expectPositionsInTheArticle(article, 'dom');
      for (const removal of article.removed) seen.add(removal.stage);
    }
    expect([...seen].sort()).toEqual(['article', 'elements', 'page', 'sentences']);
  });

  it('a credit cut from the end of a paragraph is placed at its end, not past it (nytimes-1)', () => {
    const article = extractArticle(parseHtml(readFixture('readability/nytimes-1/source.html')), { url: 'https://www.nytimes.com/a' });
    const credit = article.removed.find((r) => r.rule === 'credit-sentence')!;
    expect(credit.text).toBe('Credit Ashraf Shazly/Agence France-Presse — Getty Images');
    expect(credit.offset).toBe(article.blocks[credit.anchor!].text.length);
  });

  it('text mode: a corpus page removes in the page and sentence stages only, every removal anchored', () => {
    const article = cleanText(readCorpus('002_d90fbac4610048b4'));
    expectPositionsInTheArticle(article, 'text');
    expect(new Set(article.removed.map((r) => r.stage))).toEqual(new Set(['page', 'sentences']));
    expect(article.removed.every((r) => r.anchor !== undefined)).toBe(true);
  });
});
