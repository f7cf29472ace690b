// crypto-reader: clean crypto-news pages from the command line with the extension's own rules.
//   crypto-reader clean <file|dir>... [--format json|md|txt|html|epub] [--out DIR] [--url URL] [--now TIME] [--corpus]
import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';
import { CLI_FORMATS, type CliFormat } from './formats.ts';
import { describeWriteError, expandInputs, InputError, readInput } from './inputs.ts';
import { writeFileAtomic, type WriteFs } from './write-atomic.ts';

const USAGE = `Usage: crypto-reader clean <file|dir>... [options]

Cleans crypto-news pages: .txt text dumps, .html/.htm/.html.gz pages.

Options:
  --format json|md|txt|html|epub  output format (default json: one JSON array of Articles on
                        stdout; epub: one EPUB 3 book per input, with --out)
  --out DIR             write one file per input into DIR instead of printing
  --url URL             the address of the page(s), for links and site rules
  --now TIME            when the page(s) were saved (ISO 8601), to date "4 hours ago"; without it
                        relative times are removed but give no date
  --corpus              also remove blocks that recur across several of the inputs
  -h, --help            show this help`;

/** A block recurring on at least this share of a corpus's pages (and on two at least) is boilerplate. */
const RECURRING_SHARE = 0.25;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The file system output files are written with (tests give one whose disk is full). */
  writeFs?: WriteFs;
}

const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/**
 * A message line with the control characters of names escaped ("\x1b[31m" in a file name is printed, not
 * obeyed by the terminal); the line's own newline stays.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** An http(s) address a browser would open: a scheme, a host, no spaces. */
function isHttpAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Runs the CLI; returns the exit code: 0 all good, 1 some input failed or could not be written, 2 usage error. */
export async function main(argv: string[], given: Io = processIo): Promise<number> {
  const io: Io = { stdout: given.stdout, stderr: (text) => given.stderr(printable(text)), writeFs: given.writeFs };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        url: { type: 'string' },
        now: { type: 'string' },
        corpus: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`crypto-reader: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'clean' || paths.length === 0) {
    io.stderr(`crypto-reader: ${command && command !== 'clean' ? `unknown command "${command}"` : 'nothing to clean'}\n${USAGE}\n`);
    return 2;
  }
  if (!CLI_FORMATS.includes(values.format as CliFormat)) {
    io.stderr(`crypto-reader: --format must be json, md, txt, html or epub, not "${values.format}"\n`);
    return 2;
  }
  if (values.format === 'epub' && values.out === undefined) {
    io.stderr('crypto-reader: --format epub writes one book per input: give --out DIR\n');
    return 2;
  }
  if (values.url !== undefined && !isHttpAddress(values.url)) {
    io.stderr(`crypto-reader: --url must be an http(s) address, not "${values.url}"\n`);
    return 2;
  }
  if (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(values.now)) {
    io.stderr(`crypto-reader: --now must be an ISO 8601 date or date-time such as 2025-11-20T14:00:00Z, not "${values.now}"\n`);
    return 2;
  }
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) {
    io.stderr(`crypto-reader: --now is not a real date: "${values.now}"\n`);
    return 2;
  }
  return clean(paths, { format: values.format as CliFormat, out: values.out, url: values.url, now, corpus: values.corpus! }, io);
}

interface CleanOptions {
  format: CliFormat;
  out?: string;
  url?: string;
  now?: Date;
  corpus: boolean;
}

async function clean(paths: string[], options: CleanOptions, io: Io): Promise<number> {
  const { files, errors } = expandInputs(paths);
  let failed = errors.length;
  for (const error of errors) io.stderr(`crypto-reader: ${error.message}\n`);
  /** An input that could not be cleaned or written: one line on stderr, and the run ends with code 1. */
  const report = (message: string) => {
    failed++;
    io.stderr(`crypto-reader: ${message}\n`);
  };

  const toStdoutJson = !options.out && options.format === 'json';
  if (files.length === 0) {
    if (toStdoutJson) io.stdout('[]\n');
    return failed > 0 ? 1 : 0;
  }
  // The pipeline loads only now: help, a wrong argument or a missing file answer without it.
  const [{ renderAll }, { extensionOf }] = await Promise.all([import('./render-pool.ts'), import('./render-input.ts')]);
  const recurring = options.corpus ? await countRecurring(files) : undefined;
  const usedNames = new Set<string>();
  const inputPaths = new Set(files.map(realPath));
  let printed = 0;
  if (toStdoutJson) io.stdout('[');

  const progress = progressReporter(files.length, io);
  let done = 0;
  // Rendered over all cores when there are many inputs (cli/render-pool.ts), written here in input order.
  const run = renderAll(files, { format: options.format, url: options.url, now: options.now, recurring });
  for await (const result of run) {
    const path = result.path;
    if (done > 0) progress(done);
    done++;
    if ('problem' in result) {
      report(result.problem);
      continue;
    }
    const rendered = result.output;
    if (options.out) {
      const target = join(options.out, uniqueName(outputName(path, extensionOf(options.format)), usedNames));
      if (inputPaths.has(realPath(target))) {
        report(new InputError(path, `its output ${target} would overwrite an input; choose another --out folder`).message);
        continue;
      }
      try {
        writeFileAtomic(target, typeof rendered !== 'string' || rendered.endsWith('\n') ? rendered : `${rendered}\n`, io.writeFs);
        io.stdout(`${printable(target)}\n`);
      } catch (error) {
        report(new InputError(path, `could not write ${target}: ${describeWriteError(error)}`).message);
        // A full or read-only disk fails every file after this one the same way: stop, saying so once.
        if (DISK_FULL_OR_READ_ONLY.has((error as NodeJS.ErrnoException).code ?? '')) {
          const left = files.length - done;
          io.stderr(`crypto-reader: stopped: ${left} more ${left === 1 ? 'input' : 'inputs'} not written\n`);
          await run.stop();
          break;
        }
      }
    } else if (toStdoutJson) io.stdout(`${printed++ ? ',' : ''}\n${rendered}`);
    else io.stdout(`${printed++ ? '\n' : ''}${rendered}`);
  }
  if (toStdoutJson) io.stdout(printed ? '\n]\n' : ']\n');
  return failed > 0 ? 1 : 0;
}

const DISK_FULL_OR_READ_ONLY = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

/** Runs of at least this many inputs report their progress on stderr, at every tenth of the way. */
const PROGRESS_MIN_INPUTS = 200;

/** A line on stderr at each tenth of a long run ("crypto-reader: 300 of 3,000 inputs read"); nothing for short runs. */
function progressReporter(total: number, io: Io): (done: number) => void {
  if (total < PROGRESS_MIN_INPUTS) return () => {};
  const step = Math.ceil(total / 10);
  return (done) => {
    if (done % step === 0) io.stderr(`crypto-reader: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} inputs read\n`);
  };
}

/**
 * Where a path really is, symlinks followed (an --out that links to the inputs' folder is that folder);
 * for a file not written yet, its folder's real path and its name.
 */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** First pass of a corpus run: on how many inputs does each block occur? The same page twice (a copy,
 * a.html beside a.html.gz) counts once. */
async function countRecurring(files: string[]): Promise<Set<number>> {
  const { blockKeys } = await import('./clean-input.ts');
  const pagesWith = new Map<number, number>();
  const seenPages = new Set<string>();
  let pages = 0;
  for (const path of files) {
    let keys: Set<number>;
    try {
      keys = await blockKeys(readInput(path));
    } catch {
      continue; // reported in the second pass
    }
    const signature = [...keys].sort((a, b) => a - b).join(',');
    if (seenPages.has(signature)) continue;
    seenPages.add(signature);
    pages++;
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages * RECURRING_SHARE));
  return new Set([...pagesWith].filter(([, count]) => count >= threshold).map(([key]) => key));
}

function outputName(path: string, extension: string): string {
  return `${basename(path).replace(/\.(?:txt|html?|html\.gz)$/i, '')}.${extension}`;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = name.replace(/(\.[^.]+)$/, `-${n}$1`);
  used.add(candidate);
  return candidate;
}
