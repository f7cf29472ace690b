// Every rule carries its own examples (lib/rules/types.ts RuleExamples): snippets from real pages it must
// remove and ones it must keep. Each snippet goes into an article page (or a text dump) and through the whole
// pipeline; a removal must be recorded under the rule's own name, so a rule that nothing needs any more, or
// that another rule shadows, fails here. A keep rule removes nothing: its `keep` snippets must stay, and go
// once the rule is taken out of the registry; its `remove` snippets are look-alikes it does not protect.
import { describe, expect, it } from 'vitest';
import { ALL_RULES, KEEP_RULES } from '../lib/rules/index.ts';
import type { KeepRule, Rule, RuleExamples } from '../lib/rules/types.ts';
import { recurrenceKey } from '../lib/rules/recurring.ts';
import { extractArticle } from '../lib/extract.ts';
import { cleanText } from '../lib/clean-text.ts';
import { bodyText } from '../lib/export/text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { blocksFromDom } from '../lib/blocks/dom.ts';
import { blocksFromText } from '../lib/blocks/text.ts';
import type { Article } from '../lib/types.ts';

/** Rules that have no examples yet; the list may only shrink (it is empty: keep it so). */
const WITHOUT_EXAMPLES = new Set<string>([]);

const TITLE = 'Rates on hold as inflation eases slowly';
const URL = 'https://news.example/markets/rates-on-hold';

const FILLER = [
  'The central bank kept its main interest rate unchanged on Tuesday, saying inflation had eased more slowly than it expected in the spring and that the labour market remained tight across most regions of the country.',
  'Economists surveyed before the decision had been split, with a narrow majority expecting a pause and a minority arguing that a further increase was needed to bring price growth back to the target within two years.',
  'The governor told reporters that the board would look closely at wage settlements over the coming months, and that it stood ready to act if the data showed that higher prices were becoming entrenched in expectations.',
  'Markets reacted calmly to the announcement: government bond yields moved by only a few basis points and the currency was little changed against the dollar and the euro by the end of the trading session in the afternoon.',
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const unmark = (example: string) => example.replace(/\[\[|\]\]/g, '');

/** A corpus run in which the `remove` snippets recur on the other pages: their lines count as recurring. */
function recurringOf(examples: RuleExamples): ReadonlySet<number> | undefined {
  if (examples.kind !== 'corpus') return undefined;
  return new Set(examples.remove.flatMap((example) => blocksFromText(unmark(example)).blocks.map((b) => recurrenceKey(b.text))));
}

function articleWith(snippet: string, examples: RuleExamples): Article {
  const title = examples.title ?? TITLE;
  const url = examples.url ?? URL;
  if (examples.kind !== 'html') {
    return cleanText([title, '', FILLER[0], '', FILLER[1], '', snippet, '', FILLER[2], '', FILLER[3], ''].join('\n'), { url, recurring: recurringOf(examples) });
  }
  const paragraphs = FILLER.map((p) => `<p>${p}</p>`);
  const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
    <main><article><h1>${title}</h1>${paragraphs[0]}${paragraphs[1]}${snippet}${paragraphs[2]}${paragraphs[3]}</article></main>
    <footer><p>Example News</p></footer></body></html>`;
  return extractArticle(parseHtml(html), { url });
}

/** The texts a person sees in a snippet, one per block (a heading, each card, a paragraph, a line). */
function snippetTexts(snippet: string, kind: RuleExamples['kind']): string[] {
  const blocks = kind === 'html' ? blocksFromDom(parseHtml(`<!doctype html><html><body>${snippet}</body></html>`)) : blocksFromText(snippet).blocks;
  return blocks.map((b) => collapse(b.text)).filter(Boolean);
}

/** Runs `read` with a keep rule taken out of the registry: what it protects goes then. */
function withoutKeepRule<T>(rule: KeepRule, read: () => T): T {
  const at = KEEP_RULES.indexOf(rule);
  KEEP_RULES.splice(at, 1);
  try {
    return read();
  } finally {
    KEEP_RULES.splice(at, 0, rule);
  }
}

const withExamples = ALL_RULES.filter((rule): rule is Rule & { examples: RuleExamples } => Boolean(rule.examples));

describe('rule examples', () => {
  it('every rule has examples but those listed as still without', () => {
    expect(ALL_RULES.filter((rule) => !rule.examples).map((rule) => rule.name).sort()).toEqual([...WITHOUT_EXAMPLES].sort());
  });

  describe.each(withExamples.map((rule) => [rule.name, rule] as const))('%s', (name, rule) => {
    const { examples } = rule;
    const { kind, remove, keep } = examples;
    const body = (article: Article) => collapse(bodyText(article));

    it('has at least one snippet to remove and one to keep', () => {
      expect(remove.length).toBeGreaterThan(0);
      expect(keep.length).toBeGreaterThan(0);
    });

    it.each(remove)(rule.kind === 'keep' ? 'does not protect %s' : 'removes %s', (example) => {
      // [[…]] marks the part that goes when a rule cuts inside a block (a cut clause is recorded without its
      // leading comma); unmarked, the whole snippet goes.
      const article = articleWith(unmark(example), examples);
      const cuts = [...example.matchAll(/\[\[([\s\S]*?)\]\]/g)].map((m) => collapse(m[1]).replace(/^[,;\s]+/, ''));
      // A keep rule removes nothing itself: what it leaves unprotected goes by whichever rule.
      const removedByRule = article.removed.filter((r) => rule.kind === 'keep' || r.rule === name).map((r) => collapse(r.text)).join(' | ');
      for (const text of cuts.length ? cuts : snippetTexts(unmark(example), kind)) {
        expect(body(article)).not.toContain(text);
        expect(removedByRule).toContain(text);
      }
      if (cuts.length) for (const text of snippetTexts(example.replace(/\[\[[\s\S]*?\]\]/g, ''), kind)) expect(body(article)).toContain(text);
    });

    it.each(keep)('keeps %s', (snippet) => {
      const kept = body(articleWith(snippet, examples));
      for (const text of snippetTexts(snippet, kind)) expect(kept).toContain(text);
      if (rule.kind !== 'keep') return;
      // The keep rule is what saves it: without the rule, another rule removes it.
      const without = body(withoutKeepRule(rule, () => articleWith(snippet, examples)));
      for (const text of snippetTexts(snippet, kind)) expect(without).not.toContain(text);
    });
  });
});
