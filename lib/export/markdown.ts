// Markdown with YAML front matter: title, url, byline, published, original, counts of what was removed.
import type { Article, ArticleBlock, Category } from '../types.ts';

/** A YAML scalar that cannot break out of its line: JSON strings are valid YAML double-quoted scalars. */
function yamlValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

export function removedCounts(article: Article): Record<Category, number> {
  const counts: Record<Category, number> = { related: 0, duplicate: 0, promo: 0, chrome: 0, boilerplate: 0 };
  for (const removal of article.removed) counts[removal.category]++;
  return counts;
}

function frontMatter(article: Article): string {
  const lines = ['---', `title: ${yamlValue(article.title)}`, `url: ${yamlValue(article.url)}`, `byline: ${yamlValue(article.byline)}`];
  lines.push(`site: ${yamlValue(article.siteName)}`, `published: ${yamlValue(article.publishedTime)}`);
  const original = Object.entries(article.original).filter(([, v]) => v);
  if (original.length) {
    lines.push('original:');
    for (const [key, value] of original) lines.push(`  ${key}: ${yamlValue(value)}`);
  }
  lines.push('removed:');
  for (const [category, count] of Object.entries(removedCounts(article))) lines.push(`  ${category}: ${count}`);
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

/** Text that Markdown (and the HTML some viewers allow inside it) reads literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ') // one block, one line: a newline could start a heading or a rule
    .replace(/\\/g, '\\\\')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_`[\]])/g, '\\$1')
    .replace(/^([#+\-=|]|\d+[.)])(\s)/, '\\$1$2');
}

function imageSource(block: ArticleBlock): string | null {
  return block.html?.match(/\ssrc="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? null;
}

function blockToMarkdown(block: ArticleBlock): string {
  const text = escapeMarkdown(block.text);
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(Math.max(block.level ?? 2, 2), 6))} ${text}`;
    case 'list-item':
      return `- ${text}`;
    case 'quote':
      return `> ${text}`;
    case 'caption':
      return `*${text}*`;
    case 'code':
      return '```\n' + block.text.replace(/```/g, '`\u200b``') + '\n```';
    case 'image': {
      const src = imageSource(block);
      return src ? `![${text}](<${src.replace(/[<>\s]/g, encodeURIComponent)}>)` : '';
    }
    default:
      return text;
  }
}

export function toMarkdown(article: Article): string {
  const body: string[] = [];
  article.blocks.forEach((block, i) => {
    const md = blockToMarkdown(block);
    if (!md) return;
    // Consecutive list items form one list.
    const previous = article.blocks[i - 1];
    const tight = block.type === 'list-item' && previous?.type === 'list-item';
    body.push(tight ? `\n${md}` : `\n\n${md}`);
  });
  return `${frontMatter(article)}\n\n# ${escapeMarkdown(article.title)}${body.join('')}\n`;
}
