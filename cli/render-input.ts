// One input → its output text in the chosen format, or what went wrong: the work of the command on one
// page, the same in the main thread and in a worker (cli/render-worker.ts).
import { EXPORT_FORMATS, type ExportFormatName } from '../lib/export/index.ts';
import { cleanInput } from './clean-input.ts';
import { InputError, readInput } from './inputs.ts';

export interface RenderOptions {
  format: ExportFormatName;
  url?: string;
  now?: Date;
  recurring?: ReadonlySet<number>;
}

/** The output of one input, or its problem as the command says it ("<path>: …"). */
export type Rendered = { path: string; text: string } | { path: string; problem: string };

export function renderInput(path: string, options: RenderOptions): Rendered {
  try {
    const article = cleanInput(readInput(path), { url: options.url, now: options.now, recurring: options.recurring });
    const text = options.format === 'json' ? JSON.stringify({ input: path, ...article }, null, 2) : EXPORT_FORMATS[options.format].render(article);
    return { path, text };
  } catch (error) {
    return { path, problem: error instanceof InputError ? error.message : `${path}: could not be cleaned: ${(error as Error).message}` };
  }
}
