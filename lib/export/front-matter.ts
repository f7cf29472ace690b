// The YAML front matter of the Markdown export: title, url, byline, site, published, original, how much
// of a very long page was read, counts of what was removed, claims. Every value a JSON string, which YAML reads as a double-quoted scalar.
import type { Article, Category } from '../types.ts';

/**
 * A YAML scalar that cannot break out of its line: JSON strings are valid YAML double-quoted scalars once
 * the characters YAML does not allow there raw are escaped too (DEL, the C1 controls, the line and
 * paragraph separators, the byte-order mark), which JSON leaves as they are.
 */
function yamlValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function removedCounts(article: Article): Record<Category, number> {
  const counts: Record<Category, number> = { related: 0, duplicate: 0, promo: 0, chrome: 0, boilerplate: 0, learned: 0 };
  for (const removal of article.removed) counts[removal.category]++;
  return counts;
}

export function frontMatter(article: Article): string {
  const lines = ['---', `title: ${yamlValue(article.title)}`, `url: ${yamlValue(article.url)}`, `byline: ${yamlValue(article.byline)}`];
  lines.push(`site: ${yamlValue(article.siteName)}`, `published: ${yamlValue(article.publishedTime)}`);
  const original = Object.entries(article.original).filter(([, v]) => v);
  if (original.length) {
    lines.push('original:');
    for (const [key, value] of original) lines.push(`  ${key}: ${yamlValue(value)}`);
  }
  // A page far longer than any article was read up to the reader's budget: say how much of it this is.
  if (article.cut) lines.push('cut:', `  keptCharacters: ${article.cut.keptCharacters}`, `  totalCharacters: ${article.cut.totalCharacters}`);
  lines.push('removed:');
  // (only the reader learns a site's template: elsewhere the count would always be 0)
  for (const [category, count] of Object.entries(removedCounts(article))) if (category !== 'learned' || count > 0) lines.push(`  ${category}: ${count}`);
  if (article.claims.length === 0) lines.push('claims: []');
  else {
    lines.push('claims:');
    for (const claim of article.claims) {
      lines.push(`  - text: ${yamlValue(claim.text)}`, `    type: ${claim.type}`);
      if (claim.speaker) lines.push(`    speaker: ${yamlValue(claim.speaker)}`);
      lines.push(`    sourcing: ${claim.sourcing}`);
      if (claim.numbers.length) lines.push(`    numbers: [${claim.numbers.map((n) => yamlValue(n.text)).join(', ')}]`);
      if (claim.assets.length) lines.push(`    assets: [${claim.assets.map((a) => yamlValue(a)).join(', ')}]`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}

