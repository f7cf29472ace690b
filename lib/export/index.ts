// The export formats, by name. Adding a format is one file and one line here.
import type { Article } from '../types.ts';
import { toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { toPlainText } from './text.ts';
import { toStandaloneHtml } from './html.ts';

export interface ExportFormat {
  extension: string;
  mime: string;
  render(article: Article): string;
}

export const EXPORT_FORMATS = {
  json: { extension: 'json', mime: 'application/json', render: toJson },
  md: { extension: 'md', mime: 'text/markdown', render: toMarkdown },
  txt: { extension: 'txt', mime: 'text/plain', render: toPlainText },
  html: { extension: 'html', mime: 'text/html', render: toStandaloneHtml },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
