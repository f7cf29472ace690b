// Every rule carries its own examples (lib/rules/types.ts RuleExamples): snippets from real pages it must
// remove and ones it must keep. Each snippet goes into an article page (or a text dump) and through the whole
// pipeline; a removal must be recorded under the rule's own name, so a rule that nothing needs any more, or
// that another rule shadows, fails here.
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../lib/rules/index.ts';
import type { Rule } from '../lib/rules/types.ts';
import { extractArticle } from '../lib/extract.ts';
import { cleanText } from '../lib/clean-text.ts';
import { bodyText } from '../lib/export/text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { blocksFromDom } from '../lib/blocks/dom.ts';
import type { Article } from '../lib/types.ts';

/** Rules that have no examples yet; the list may only shrink. */
const WITHOUT_EXAMPLES = new Set([
  'keep-article-parts', 'carousel-clone', 'related-container', 'ad-container', 'chrome-container', 'newsletter-signup',
  'byline-date', 'share-widget', 'original-link', 'chrome-label', 'time-line', 'repost-header', 'related-area',
  'inline-related-link', 'link-list', 'house-brand-section', 'house-brand-paragraph', 'call-to-action', 'sponsored-section',
  'recurring-block', 'duplicate-block', 'house-brand-sentence', 'call-to-action-sentence',
]);

const FILLER = [
  'The central bank kept its main interest rate unchanged on Tuesday, saying inflation had eased more slowly than it expected in the spring and that the labour market remained tight across most regions of the country.',
  'Economists surveyed before the decision had been split, with a narrow majority expecting a pause and a minority arguing that a further increase was needed to bring price growth back to the target within two years.',
  'The governor told reporters that the board would look closely at wage settlements over the coming months, and that it stood ready to act if the data showed that higher prices were becoming entrenched in expectations.',
  'Markets reacted calmly to the announcement: government bond yields moved by only a few basis points and the currency was little changed against the dollar and the euro by the end of the trading session in the afternoon.',
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function articleWith(snippet: string, kind: 'html' | 'text'): Article {
  if (kind === 'text') return cleanText(['Rates on hold as inflation eases slowly', '', FILLER[0], '', FILLER[1], '', snippet, '', FILLER[2], '', FILLER[3], ''].join('\n'));
  const paragraphs = FILLER.map((p) => `<p>${p}</p>`);
  const html = `<!doctype html><html lang="en"><head><title>Rates on hold as inflation eases slowly</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
    <main><article><h1>Rates on hold as inflation eases slowly</h1>${paragraphs[0]}${paragraphs[1]}${snippet}${paragraphs[2]}${paragraphs[3]}</article></main>
    <footer><p>Example News</p></footer></body></html>`;
  return extractArticle(parseHtml(html), { url: 'https://news.example/markets/rates-on-hold' });
}

/** The texts a person sees in a snippet, one per block (a heading, each card, a paragraph). */
function snippetTexts(snippet: string, kind: 'html' | 'text'): string[] {
  if (kind === 'text') return [collapse(snippet)];
  return blocksFromDom(parseHtml(`<!doctype html><html><body>${snippet}</body></html>`)).map((b) => collapse(b.text)).filter(Boolean);
}

const withExamples = ALL_RULES.filter((rule): rule is Rule & { examples: NonNullable<Rule['examples']> } => Boolean(rule.examples));

describe('rule examples', () => {
  it('every rule has examples but those listed as still without', () => {
    expect(ALL_RULES.filter((rule) => !rule.examples).map((rule) => rule.name).sort()).toEqual([...WITHOUT_EXAMPLES].sort());
  });

  describe.each(withExamples.map((rule) => [rule.name, rule] as const))('%s', (name, rule) => {
    const { kind, remove, keep } = rule.examples;

    it('has at least one snippet to remove and one to keep', () => {
      expect(remove.length).toBeGreaterThan(0);
      expect(keep.length).toBeGreaterThan(0);
    });

    it.each(remove)('removes %s', (example) => {
      // [[…]] marks the part that goes when a rule cuts inside a block; unmarked, the whole snippet goes.
      const snippet = example.replace(/\[\[|\]\]/g, '');
      const article = articleWith(snippet, kind);
      const body = collapse(bodyText(article));
      const cuts = [...example.matchAll(/\[\[([\s\S]*?)\]\]/g)].map((m) => collapse(m[1]));
      const removedByRule = article.removed.filter((r) => r.rule === name).map((r) => collapse(r.text)).join(' | ');
      for (const text of cuts.length ? cuts : snippetTexts(snippet, kind)) {
        expect(body).not.toContain(text);
        expect(removedByRule).toContain(text);
      }
      if (cuts.length) for (const text of snippetTexts(example.replace(/\[\[[\s\S]*?\]\]/g, ''), kind)) expect(body).toContain(text);
    });

    it.each(keep)('keeps %s', (snippet) => {
      const body = collapse(bodyText(articleWith(snippet, kind)));
      for (const text of snippetTexts(snippet, kind)) expect(body).toContain(text);
    });
  });
});
