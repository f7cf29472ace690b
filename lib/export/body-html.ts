// The article body as HTML, from its blocks: each block's sanitised HTML (or its text, escaped, in the
// element its type calls for), with list items gathered into lists and quote paragraphs into quotes.
// The HTML and Markdown exports are made from it.
import type { ArticleBlock } from '../types.ts';
import { escapeHtml } from '../sanitize.ts';

/** Headings of the body sit under the article's title (h1). */
function headingLevel(block: ArticleBlock): number {
  return Math.min(Math.max(block.level ?? 2, 2), 6);
}

/** One block's HTML: its sanitised HTML from the page, or its text escaped into the element its type calls for. */
export function blockHtml(block: ArticleBlock): string {
  if (block.html) return block.html;
  const text = escapeHtml(block.text);
  switch (block.type) {
    case 'heading':
      return `<h${headingLevel(block)}>${text}</h${headingLevel(block)}>`;
    case 'list-item':
      return `<li>${text}</li>`;
    case 'quote':
      return `<p>${text}</p>`;
    case 'caption':
      return `<figcaption>${text}</figcaption>`;
    case 'code':
      return `<pre><code>${text}</code></pre>`;
    default:
      return `<p>${text}</p>`;
  }
}

/** The whole body: consecutive list items in one list, consecutive quote blocks in one quote. */
export function bodyHtml(blocks: readonly ArticleBlock[]): string {
  const html = blocks.map(blockHtml);
  const isQuoteParagraph = (i: number) => blocks[i].type === 'quote' && !/^<blockquote\b/.test(html[i]);
  const out: string[] = [];
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i];
    if (block.type === 'list-item') {
      const tag = block.ordered ? 'ol' : 'ul';
      const items: string[] = [];
      for (; i < blocks.length && blocks[i].type === 'list-item' && Boolean(blocks[i].ordered) === Boolean(block.ordered); i++) items.push(asListItem(html[i]));
      out.push(`<${tag}>${items.join('')}</${tag}>`);
      continue;
    }
    if (isQuoteParagraph(i)) {
      const parts: string[] = [];
      for (; i < blocks.length && isQuoteParagraph(i); i++) parts.push(html[i]);
      out.push(`<blockquote>${parts.join('')}</blockquote>`);
      continue;
    }
    if (block.type === 'heading') out.push(`<h${headingLevel(block)}>${escapeHtml(block.text)}</h${headingLevel(block)}>`);
    else if (block.type === 'caption' && !/^<figcaption\b/.test(html[i])) out.push(`<figcaption>${html[i]}</figcaption>`);
    else out.push(html[i]);
    i++;
  }
  return out.join('\n');
}

/** A list item's HTML as an <li>: a block read from another element (a <dd>, a <div>) is wrapped in one. */
export function asListItem(html: string): string {
  return /^<li\b/.test(html) ? html : `<li>${html}</li>`;
}
