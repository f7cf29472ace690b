// One input → its output text in the chosen format, or what went wrong: the work of the command on one
// page, the same in the main thread and in a worker (cli/render-worker.ts).
import { EXPORT_FORMATS } from '../lib/export/index.ts';
import type { CliFormat } from './formats.ts';
import { toEpub } from '../lib/export/epub.ts';
import { cleanInput } from './clean-input.ts';
import { InputError, readInput } from './inputs.ts';

/** The command's formats (cli/formats.ts): the export formats, and EPUB books (files only: --out). */
export type { CliFormat } from './formats.ts';
export const extensionOf = (format: CliFormat): string => (format === 'epub' ? 'epub' : EXPORT_FORMATS[format].extension);

export interface RenderOptions {
  format: CliFormat;
  url?: string;
  now?: Date;
  recurring?: ReadonlySet<number>;
}

/** The output of one input (text, or the bytes of a book), or its problem as the command says it ("<path>: …"). */
export type Rendered = { path: string; output: string | Uint8Array } | { path: string; problem: string };

export function renderInput(path: string, options: RenderOptions): Rendered {
  try {
    const article = cleanInput(readInput(path), { url: options.url, now: options.now, recurring: options.recurring });
    if (options.format === 'epub') return { path, output: toEpub(article, { now: options.now }) };
    const output = options.format === 'json' ? JSON.stringify({ input: path, ...article }, null, 2) : EXPORT_FORMATS[options.format].render(article);
    return { path, output };
  } catch (error) {
    return { path, problem: error instanceof InputError ? error.message : `${path}: could not be cleaned: ${(error as Error).message}` };
  }
}
