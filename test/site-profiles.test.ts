// Site profiles (lib/sites/): every file is registered, each profile names a fixture on which it matters (the
// fixture keeps more boilerplate without it), and each field does what a person read on its site's page.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_PROFILES, profileFor } from '../lib/sites/index.ts';
import type { SiteProfile } from '../lib/sites/types.ts';
import { extractArticle } from '../lib/extract.ts';
import { cleanText } from '../lib/clean-text.ts';
import { bodyText } from '../lib/export/text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import type { Article } from '../lib/types.ts';
import { FIXTURES, readFixture } from './support/fixtures.ts';

const NOT_SITE_FILES = new Set(['index.ts', 'types.ts']);

/** A fixture through the whole pipeline: a text dump as text, a page as a page (its address is the one it states). */
function clean(fixture: string): Article {
  const content = readFixture(fixture);
  return fixture.endsWith('.txt') ? cleanText(content) : extractArticle(parseHtml(content));
}

/** Run `fn` with `profile` taken out of the registry, as if its file had never been written. */
function withoutProfile<T>(profile: SiteProfile, fn: () => T): T {
  const at = SITE_PROFILES.indexOf(profile);
  SITE_PROFILES.splice(at, 1);
  try {
    return fn();
  } finally {
    SITE_PROFILES.splice(at, 0, profile);
  }
}

const byName = (name: string) => SITE_PROFILES.find((profile) => profile.name === name)!;

/** A page of four paragraphs with `snippet` after the second, served from `url`. */
function page(snippet: string, url: string): Article {
  const paragraph = (n: number) => `<p>Paragraph ${n}: traders moved Bitcoin across several exchanges this week, analysts at a research firm wrote in a note to clients on Tuesday.</p>`;
  const html = `<html><head><title>Story</title></head><body><article><h1>Story</h1>${paragraph(1)}${paragraph(2)}${snippet}${paragraph(3)}${paragraph(4)}</article></body></html>`;
  return extractArticle(parseHtml(html), { url });
}

describe('site profile registry', () => {
  const files = readdirSync('lib/sites').filter((f) => f.endsWith('.ts') && !NOT_SITE_FILES.has(f));

  it.each(files)('%s exports one profile, named after the file, and it is registered', async (file) => {
    const module = await import(`../lib/sites/${file.replace(/\.ts$/, "")}.ts`);
    const profiles = Object.values(module).filter((v): v is SiteProfile => typeof v === 'object' && v !== null && 'hosts' in v && 'name' in v);
    expect(profiles, `${file} should export exactly one SiteProfile`).toHaveLength(1);
    expect(profiles[0].name, 'a profile is named after its file').toBe(file.replace(/\.ts$/, ''));
    expect(SITE_PROFILES, `${file}: add it to SITE_PROFILES in lib/sites/index.ts`).toContain(profiles[0]);
  });

  it('has one file per registered profile, and unique names and hosts', () => {
    expect(SITE_PROFILES.map((p) => `${p.name}.ts`).sort()).toEqual([...files].sort());
    const hosts = SITE_PROFILES.flatMap((p) => p.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('finds a profile by host, subdomains included, and nothing for other hosts', () => {
    expect(profileFor('https://www.cointelegraph.com/news/x')?.name).toBe('cointelegraph');
    expect(profileFor('https://weex.com/news/detail/1')?.name).toBe('corpus-template');
    expect(profileFor('https://cointelegraph.com.example.test/news/x')).toBeUndefined();
    expect(profileFor('https://news.example/a')).toBeUndefined();
    expect(profileFor(undefined)).toBeUndefined();
  });
});

describe.each(SITE_PROFILES.map((profile) => [profile.name, profile] as const))('profile %s', (_, profile) => {
  it('names a fixture that exists', () => {
    expect(existsSync(join(FIXTURES, profile.fixture)), `${profile.fixture} is not under ${FIXTURES}`).toBe(true);
  });

  it('matters: without it, its fixture keeps more boilerplate', () => {
    const withIt = bodyText(clean(profile.fixture));
    const without = withoutProfile(profile, () => bodyText(clean(profile.fixture)));
    expect(without, `${profile.name} changes nothing on ${profile.fixture}: the generic rules cover it, so it is not needed`).not.toBe(withIt);
    expect(without.length).toBeGreaterThan(withIt.length);
  });
});

describe('cointelegraph: its "Magazine:" pointers', () => {
  const profile = byName('cointelegraph');
  const article = clean(profile.fixture);

  it('removes the one "Magazine:" line of its page, under its own name; the generic rule takes the "Related:" lines', () => {
    expect(article.removed.filter((r) => r.rule === 'site:cointelegraph').map((r) => [r.category, r.text])).toEqual([
      ['related', 'Magazine: Bitcoin OG Kyle Chassé is one strike away from a YouTube permaban'],
    ]);
    expect(article.removed.filter((r) => r.rule === 'inline-related-link').map((r) => r.text)).toEqual([
      'Related: Bitcoin is having its IPO moment, says Wall Street veteran',
      'Related: French Gov’t Set to Review Motion to ‘Embrace Bitcoin and Cryptocurrencies’',
    ]);
    expect(bodyText(article)).not.toMatch(/^Magazine:/m);
  });

  it('without the profile, the "Magazine:" line stays: no generic rule knows the label', () => {
    const without = withoutProfile(profile, () => bodyText(clean(profile.fixture)));
    expect(without).toContain('Magazine: Bitcoin OG Kyle Chassé is one strike away from a YouTube permaban');
  });

  it('takes a "Magazine:" link only on its own site, and never a "Magazine:" sentence of the article', () => {
    const pointer = '<p><em>Magazine: <a href="/magazine/story">Bitcoin OG is one strike away from a permaban</a></em></p>';
    expect(bodyText(page(pointer, 'https://cointelegraph.com/news/story'))).not.toContain('Bitcoin OG is one strike away');
    expect(bodyText(page(pointer, 'https://news.example/story'))).toContain('Magazine: Bitcoin OG is one strike away from a permaban');
    const prose = '<p>Magazine: the print edition sold out within a day, its publisher said.</p>';
    expect(bodyText(page(prose, 'https://cointelegraph.com/news/story'))).toContain('Magazine: the print edition sold out within a day');
  });
});

describe('corpus-template: its house brand, WEEX', () => {
  const profile = byName('corpus-template');
  const promotion = '<p>Privacy tools are spreading fast. Platforms like WEEX are leading the charge, and WEEX users can trade them today.</p>';

  it('on its fixture (a text dump, no address), the brand is recognised from the related cards and its promotion goes', () => {
    const article = clean(profile.fixture);
    expect(bodyText(article)).not.toMatch(/WEEX/);
    expect(article.removed.filter((r) => r.rule === 'house-brand-section' && /^(?:Brand Alignment|How Can Brands)/.test(r.text)).map((r) => r.text)).toEqual([
      'Brand Alignment in the Privacy Era',
      'How Can Brands Like WEEX Align with the New Privacy Paradigm?',
    ]);
  });

  it('served from its own host, the brand is at home even with no chrome naming it', () => {
    expect(bodyText(page(promotion, 'https://www.weex.com/news/detail/1'))).not.toContain('WEEX');
  });

  it('elsewhere a mention of the brand is news, and without the profile the brand is at home nowhere', () => {
    expect(bodyText(page(promotion, 'https://independent-news.test/a'))).toContain('Platforms like WEEX are leading the charge');
    expect(withoutProfile(profile, () => bodyText(page(promotion, 'https://www.weex.com/news/detail/1')))).toContain('Platforms like WEEX are leading the charge');
  });
});
