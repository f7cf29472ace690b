// Output files appear whole or not at all: write a temporary file beside the target, then rename. A
// write that fails half-way (a full disk) removes its temporary file and leaves the target as it was.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** The file system calls used (tests pass one whose disk is full). */
export interface WriteFs {
  mkdirSync: typeof mkdirSync;
  writeFileSync: typeof writeFileSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
}

const NODE_FS: WriteFs = { mkdirSync, writeFileSync, renameSync, rmSync };

export function writeFileAtomic(path: string, content: string | Uint8Array, fs: WriteFs = NODE_FS): void {
  fs.mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, path);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
