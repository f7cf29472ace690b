// Markdown: YAML front matter, the title, and the body converted from its sanitised HTML by Turndown with
// the GFM plugin (tables, strikethrough): links with absolute URLs, emphasis, code, lists, quotes,
// images and tables are kept; a person's highlights are ==marked==, their notes quoted below their block. Page text stays text: what Markdown or the HTML a viewer allows in it would
// read as markup is escaped.
import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';
import type { Article } from '../types.ts';
import { tableGrid } from '../blocks/table.ts';
import { bodyHtml } from './body-html.ts';
import { frontMatter } from './front-matter.ts';

export { removedCounts } from './front-matter.ts';

let converter: TurndownService | undefined;

/** The configured Turndown service, made on first use. */
function markdownConverter(): TurndownService {
  if (converter) return converter;
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.use(gfm);
  const escapeMarkdownText = service.escape.bind(service);
  // Turndown escapes Markdown's own syntax; page text could also hold HTML a viewer would render.
  service.escape = (text: string) => escapeMarkdownText(escapeHtmlSyntax(text));
  // Rules added later win over the ones before them (Turndown tries its rules newest first).
  service.addRule('listItem', { filter: 'li', replacement: listItem });
  // Links and images without their titles, alt text escaped like page text: Turndown's own rules let a
  // title or alt carry HTML into the file.
  service.addRule('inlineLink', {
    filter: (node) => node.nodeName === 'A' && !!(node as HTMLElement).getAttribute('href'),
    replacement: (content, node) => `[${content}](${linkDestination((node as HTMLElement).getAttribute('href')!)})`,
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute('src');
      const alt = service.escape(((node as HTMLElement).getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return src ? `![${alt}](${linkDestination(src)})` : '';
    },
  });
  service.addRule('preformatted', { filter: (node) => node.nodeName === 'PRE', replacement: (_content, node) => fenced((node as HTMLElement).textContent ?? '') });
  // A person's highlight (lib/export/highlights.ts) as ==words==, the mark most Markdown editors read.
  service.addRule('highlight', { filter: 'mark', replacement: (content) => (content.trim() ? `==${content}==` : content) });
  service.addRule('caption', { filter: 'figcaption', replacement: (content) => `\n\n*${content.replace(/\s*\n\s*/g, ' ').trim()}*\n\n` });
  service.addRule('table', { filter: 'table', replacement: (_content, node) => gfmTable(node as HTMLElement, service) });
  converter = service;
  return service;
}

/** `<`, `>` and entity-like `&` of page text, as entities: no viewer turns them into markup. */
function escapeHtmlSyntax(text: string): string {
  return text.replace(/&(?=#?\w+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link's address as Markdown reads it: parentheses, brackets and spaces escaped (the sanitiser made it absolute http(s)). */
function linkDestination(url: string): string {
  return url.replace(/[()<>\s\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** "- item" and "1. item" with one space, the item's further lines indented under its text. */
function listItem(content: string, node: Node, options: TurndownService.Options): string {
  const parent = node.parentNode as Element | null;
  let marker = `${options.bulletListMarker} `;
  if (parent?.nodeName === 'OL') {
    const start = Number.parseInt(parent.getAttribute('start') ?? '1', 10);
    marker = `${(Number.isFinite(start) ? start : 1) + Array.prototype.indexOf.call(parent.children, node)}. `;
  }
  const body = content.replace(/^\n+/, '').replace(/\n+$/, '').replace(/\n(?!\n)/g, `\n${' '.repeat(marker.length)}`);
  return `${marker}${body}${node.nextSibling ? '\n' : ''}`;
}

/** A fenced code block whose fence is longer than any run of backticks inside it. */
function fenced(code: string): string {
  const longest = Math.max(2, ...Array.from(code.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `\n\n${fence}\n${code.replace(/^\n/, '').replace(/\n$/, '')}\n${fence}\n\n`;
}

/**
 * A GFM table from a <table>: spanned cells fill the columns they cover (the plugin's own table rule
 * misaligns them), a table without a header row gets an empty one, its caption goes above it.
 */
function gfmTable(table: HTMLElement, service: TurndownService): string {
  const cell = (element: Element) =>
    service
      .turndown((element as HTMLElement).innerHTML)
      .replace(/\s*\n+\s*/g, ' ')
      .replace(/\|/g, '\\|')
      .trim();
  const { rows, headerRows } = tableGrid(table, cell);
  if (rows.length === 0) return '';
  const width = rows[0].length;
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  const header = headerRows > 0 ? rows[0] : new Array<string>(width).fill('');
  const body = headerRows > 0 ? rows.slice(1) : rows;
  const caption = table.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim();
  const lines = [line(header), line(new Array<string>(width).fill('---')), ...body.map(line)];
  return `\n\n${caption ? `${service.escape(caption)}\n\n` : ''}${lines.join('\n')}\n\n`;
}

export function toMarkdown(article: Article): string {
  const body = markdownConverter().turndown(bodyHtml(article.blocks));
  const title = markdownConverter().escape(article.title.replace(/\s+/g, ' '));
  return `${frontMatter(article)}\n\n# ${title}${body ? `\n\n${body}` : ''}\n`;
}
