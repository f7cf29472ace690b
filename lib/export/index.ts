// The export formats, by name. Adding a format is one file and one line here.
import type { Article } from '../types.ts';
import { toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { toPlainText } from './text.ts';

export interface ExportFormat {
  extension: string;
  render(article: Article): string;
}

export const EXPORT_FORMATS = {
  json: { extension: 'json', render: toJson },
  md: { extension: 'md', render: toMarkdown },
  txt: { extension: 'txt', render: toPlainText },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
