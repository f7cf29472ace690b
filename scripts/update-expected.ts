// Regenerates test/expected/corpus/: each corpus page's cleaned article (Markdown, claims left out: they
// have their own labelled set) and removal trail.
// Run it after a deliberate change to the rules, then read the diff line by line before committing:
//   npm run expected:update && git diff test/expected
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../lib/clean-text.ts';
import { toMarkdown } from '../lib/export/markdown.ts';
import type { Article } from '../lib/types.ts';

export const CORPUS_FIXTURES = 'test/fixtures/corpus';
export const EXPECTED = 'test/expected/corpus';

/** One line per removal: rule, category, scope, and the start of the text. */
export function removalTrail(article: Article): string {
  return article.removed.map((r) => [r.rule, r.category, r.scope, r.text.slice(0, 120)].join('\t')).join('\n') + '\n';
}

/** The cleaned article as Markdown, without its claims (test/claims covers those). */
export function cleanedMarkdown(article: Article): string {
  return toMarkdown({ ...article, claims: [] });
}

export function expectedOutputs(text: string): { markdown: string; trail: string } {
  const article = cleanText(text);
  return { markdown: cleanedMarkdown(article), trail: removalTrail(article) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of readdirSync(CORPUS_FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const { markdown, trail } = expectedOutputs(readFileSync(join(CORPUS_FIXTURES, file), 'utf8'));
    writeFileSync(join(EXPECTED, `${name}.md`), markdown);
    writeFileSync(join(EXPECTED, `${name}.removed.tsv`), trail);
    console.log(`${EXPECTED}/${name}.md`);
  }
}
