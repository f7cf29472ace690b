// Plain text: the title, then the body, one block a paragraph.
import type { Article, ArticleBlock } from '../types.ts';

export function toPlainText(article: Article): string {
  const body = article.blocks.filter((b) => b.type !== 'image').map(blockText);
  return [article.title, ...body].join('\n\n') + '\n';
}

/** A block as plain text: a list item with its bullet, a table one row a line, cells between bars. */
function blockText(block: ArticleBlock): string {
  if (block.type === 'list-item') return `• ${block.text}`;
  if (block.type === 'table' && block.rows) return block.rows.map((cells) => cells.join(' | ')).join('\n');
  return block.text;
}

/** The body's text alone, one block a line: what parity compares. */
export function bodyText(article: Article): string {
  return article.blocks.filter((b) => b.type !== 'image').map((b) => b.text).join('\n');
}
