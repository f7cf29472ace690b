// Reading the CLI's inputs: expand folders, check each file, decode it. Every problem becomes an
// InputError naming the file and what is wrong with it; inputs are only ever read.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes, encodingOfBom } from '../lib/charset.ts';

export type InputKind = 'text' | 'html';

export interface InputFile {
  path: string;
  kind: InputKind;
  content: string;
}

export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

const SUPPORTED = 'expected .txt, .html, .htm or .html.gz';

/** The largest input read: the largest of the 1,298 pages in ../shared/realpages is 1.6 MB. */
const MAX_INPUT_BYTES = 32 * 2 ** 20;
const EXPANDS_TOO_FAR = `expands to more than ${MAX_INPUT_BYTES / 2 ** 20} MB, more than any web page (a compression bomb?)`;

/** How far a file is looked at for NUL bytes before it is called binary. */
const BINARY_PROBE_BYTES = 8000;

export function kindOf(path: string): InputKind | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.txt')) return 'text';
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.html.gz')) return 'html';
  return null;
}

/** What expandInputs reads the file system with (tests give a folder that cannot be read, which root can). */
export interface FolderReader {
  statSync: typeof statSync;
  readdirSync: typeof readdirSync;
}

/** Files named on the command line, folders expanded to the supported files inside them (sorted, recursive). */
export function expandInputs(paths: string[], fs: FolderReader = { statSync, readdirSync }): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = fs.statSync(path);
    } catch (error) {
      errors.push(new InputError(path, describeFsError(error)));
      continue;
    }
    if (stat.isDirectory()) {
      const unreadable: InputError[] = [];
      const found = listSupported(path, unreadable, fs);
      errors.push(...unreadable);
      if (found.length === 0 && unreadable.length === 0) errors.push(new InputError(path, `folder holds no input files (${SUPPORTED})`));
      files.push(...found);
    } else files.push(path);
  }
  return { files, errors };
}

/** The supported files under a folder; a folder that cannot be read is named in `unreadable`, the files beside it kept. */
function listSupported(dir: string, unreadable: InputError[], fs: FolderReader): string[] {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    unreadable.push(new InputError(dir, `folder ${describeFsError(error)}`));
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSupported(path, unreadable, fs));
    else if (kindOf(entry.name)) out.push(path);
  }
  return out;
}

/** Read, decompress and decode one input, or throw an InputError saying what is wrong. */
export function readInput(path: string): InputFile {
  const kind = kindOf(path);
  if (!kind) throw new InputError(path, `unsupported file type (${SUPPORTED})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(path, `is larger than ${MAX_INPUT_BYTES / 2 ** 20} MB, more than any web page`);
  if (path.toLowerCase().endsWith('.gz')) {
    try {
      // Stops at the cap instead of filling memory: a small archive can expand a thousandfold.
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InputError(path, EXPANDS_TOO_FAR);
      throw new InputError(path, 'is not valid gzip data');
    }
    if (bytes.length > MAX_INPUT_BYTES) throw new InputError(path, EXPANDS_TOO_FAR);
  }
  if (bytes.length === 0) throw new InputError(path, 'is empty');
  // UTF-16 text holds NUL bytes; any other file with one in its first 8,000 bytes is binary (an image, a
  // PDF, an archive: git's test). A page with a few stray NULs further on is a page, as browsers read it.
  if (!encodingOfBom(bytes)?.encoding.startsWith('utf-16') && bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    throw new InputError(path, 'looks binary (contains NUL bytes), not text or HTML');
  }
  const content = decodeBytes(bytes, { html: kind === 'html' }).text;
  if (content.trim() === '') throw new InputError(path, 'is empty (only whitespace)');
  return { path, kind, content };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'cannot be read (a symbolic link that leads back to itself)';
  return `cannot be read (${(error as Error).message})`;
}

/** Why a file could not be written, in words: a full disk, a read-only disk, no permission, a file in the way. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'no space left on the disk';
  if (code === 'EDQUOT') return 'the disk quota is used up';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file stands where a folder should be';
  return (error as Error).message;
}
