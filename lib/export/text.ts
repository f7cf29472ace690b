// Plain text: the title, then the body, one block a paragraph.
import type { Article } from '../types.ts';

export function toPlainText(article: Article): string {
  const body = article.blocks.filter((b) => b.type !== 'image').map((b) => (b.type === 'list-item' ? `• ${b.text}` : b.text));
  return [article.title, ...body].join('\n\n') + '\n';
}

/** The body's text alone, one block a line: what parity compares. */
export function bodyText(article: Article): string {
  return article.blocks.filter((b) => b.type !== 'image').map((b) => b.text).join('\n');
}
