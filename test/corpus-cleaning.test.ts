// Each corpus page cleans to its article: the expected outputs under test/expected/corpus were read line
// by line against the corpus; the assertions below say what they must show, page by page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanText } from '../lib/clean-text.ts';
import { bodyText } from '../lib/export/text.ts';
import { cleanedMarkdown, removalTrail } from '../scripts/update-expected.ts';
import { corpusNames, corpusParts, readCorpus } from './support/fixtures.ts';

const clean = (name: string) => cleanText(readCorpus(name));

describe.each(corpusNames())('corpus page %s', (name) => {
  const article = clean(name);
  const body = bodyText(article);
  const { title, article: articleLines, related } = corpusParts(name);

  it('matches the reviewed expected output', () => {
    expect(cleanedMarkdown(article)).toBe(readFileSync(`test/expected/corpus/${name}.md`, 'utf8'));
    expect(removalTrail(article)).toBe(readFileSync(`test/expected/corpus/${name}.removed.tsv`, 'utf8'));
  });

  it('keeps none of the related-articles area', () => {
    const relatedOnly = related.filter((line) => !articleLines.includes(line) && line !== title);
    expect(relatedOnly.length).toBeGreaterThan(20);
    for (const line of relatedOnly) expect(body).not.toContain(line);
    expect(body).not.toContain('Inter-agency Coordination'); // the regulator's notice inside a card
    expect(body).not.toContain('You may also like');
  });

  it('keeps no promotion of the house brand', () => {
    expect(body).not.toMatch(/WEEX/i);
    expect(body).not.toMatch(/Brand Alignment in the Privacy Era|Market and Brand Considerations/);
  });

  it('keeps no chrome in the body', () => {
    const lines = body.split('\n');
    for (const chrome of ['0', 'Share', 'copy', '[Original article link]', 'Original Article Link']) expect(lines).not.toContain(chrome);
    expect(body).not.toMatch(/^By\s*:|^Original (?:Article )?(?:Title|Author|Source)\s*:|^Transla(?:tion|ted Article)\s*:|^Original Translation\s*:/m);
  });

  it('keeps every real paragraph, whole or with only its promotional sentences cut', () => {
    const kept = new Set(body.split('\n'));
    const chrome = /^(?:By\s*:|0$|Share$|copy$|\[?Original article link\]?$|Original (?:Article )?(?:Title|Author|Source)\s*:|Transla(?:tion|ted Article)\s*:|Original Translation\s*:)/i;
    for (const line of articleLines) {
      const text = line.replace(/^(?:[•·\-–]|\d{1,2}[.)])\s+/, '');
      if (chrome.test(text) || text === title || /WEEX/.test(text)) continue;
      if (/^(?:Brand Alignment in the Privacy Era|Market and Brand Considerations)$/.test(text)) continue;
      if (isInPromoSection(text)) continue;
      expect(kept.has(text), text.slice(0, 80)).toBe(true);
    }
  });
});

/** The paragraphs under the two promotional sections, and the answer of the promotional FAQ entry. */
function isInPromoSection(text: string): boolean {
  const promo = [
    'Comparatively, brands ignoring this risk obsolescence',
    'In this shifting landscape, brand alignment',
    'By incorporating features like zero-knowledge verifications, brands enhance',
    'The situation also offers a reflective perspective',
  ];
  return promo.some((start) => text.startsWith(start));
}

describe('metadata lifted out of the body', () => {
  it('reads the byline bar and the repost header of page 000', () => {
    const article = clean('000_80ab6c6d0866ffcd');
    expect(article.title).toBe('The Year Trump Embraced Cryptocurrency');
    expect(article.byline).toBe('blockbeats');
    expect(article.publishedTime).toBe('2026-01-02T11:00:01');
    expect(article.original).toEqual({
      title: 'What Trump’s Embrace of Crypto Has Unleashed',
      author: 'David Yaffe-Bellany, Eric Lipton, The New York Times',
      translator: 'Peggy, BlockBeats',
    });
  });

  it('reads the other repost header labels (Original Title / Source / Translation, Translated Article)', () => {
    expect(clean('004_e18a6cb7aaaa6a4f').original).toEqual({ title: "All-In's 2026 Predictions", source: 'All-In Podcast', translator: 'Yuliya, PANews' });
    expect(clean('001_f9843fba284d51a1').original).toEqual({ title: 'This thing will fail', author: 'Noah Smith', translator: 'Block unicorn' });
  });

  it('records every removal with its rule and category', () => {
    const article = clean('000_80ab6c6d0866ffcd');
    const rules = new Set(article.removed.map((r) => `${r.rule}/${r.category}`));
    expect([...rules].sort()).toEqual(['byline-date/chrome', 'duplicate-block/duplicate', 'original-link/chrome', 'related-area/related', 'repost-header/chrome', 'share-widget/chrome']);
    expect(article.removed.find((r) => r.rule === 'duplicate-block')?.text).toBe('The Year Trump Embraced Cryptocurrency');
  });
});

describe('house-brand promotion at every level (page 002)', () => {
  const article = clean('002_d90fbac4610048b4');
  const body = bodyText(article);
  const removedBy = (rule: string) => article.removed.filter((r) => r.rule === rule).map((r) => r.text);

  it('removes whole sections and the promotional FAQ entry with its answer', () => {
    expect(removedBy('house-brand-section')).toEqual([
      'Brand Alignment in the Privacy Era',
      expect.stringMatching(/^In this shifting landscape/),
      expect.stringMatching(/^Comparatively, brands ignoring/),
      'How Can Brands Like WEEX Align with the New Privacy Paradigm?',
      expect.stringMatching(/^By incorporating features like zero-knowledge verifications/),
    ]);
  });

  it('cuts promotional sentences out of real paragraphs and keeps the rest', () => {
    expect(body).toContain('It’s a new architecture for freedom, where your digital life isn’t constantly monitored.');
    expect(body).not.toContain('Platforms embracing this');
    expect(removedBy('house-brand-sentence')).toHaveLength(8);
  });

  it('cuts only a trailing comparison clause, keeping the sentence\'s own claim', () => {
    expect(body).toContain('Evidence backs this up—studies from tech think tanks show that privacy-preserving tech reduces data leak risks by allowing selective disclosure.');
    expect(body).toContain('why privacy is now seen as essential infrastructure.');
  });

  it('keeps the Key Takeaways box and the other FAQ entries', () => {
    expect(article.blocks.filter((b) => b.type === 'list-item')).toHaveLength(5);
    expect(body).toContain('What Are Zero-Knowledge Proofs and How Do They Work?');
    expect(body).toContain('What Challenges Do Regulators Face with Privacy Tech?');
  });

  it('keeps news about other platforms: the Ethereum Foundation announcement stays', () => {
    expect(body).toMatch(/As of November 11, 2025, the latest buzz includes an official announcement from the Ethereum Foundation/);
  });
});
