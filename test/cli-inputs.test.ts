// The CLI's inputs and outputs where the file system misbehaves: a subfolder that cannot be read is named
// and the files beside it kept; a disk that fills up stops the run with one line and no partial file; a
// folder of a thousand inputs reports progress.
// (Run as root, chmod 000 does not stop reading: the unreadable folder is given by the reader passed in.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, type FolderReader } from '../cli/inputs.ts';
import { main } from '../cli/main.ts';
import { writeFileAtomic, type WriteFs } from '../cli/write-atomic.ts';
import { CORPUS_DIR } from './support/fixtures.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crypto-reader-inputs-'));
  writeFileSync(join(dir, 'a.txt'), 'A page.');
  mkdirSync(join(dir, 'locked'));
  writeFileSync(join(dir, 'locked', 'hidden.txt'), 'Never read.');
  mkdirSync(join(dir, 'open'));
  writeFileSync(join(dir, 'open', 'b.html'), '<p>B</p>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('one unreadable subfolder is reported by name; the readable files beside it are kept (issue 10)', () => {
    const locked = join(dir, 'locked');
    const reader: FolderReader = {
      statSync,
      readdirSync: ((path: string, options: never) => {
        if (path === locked) throw Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: 'EACCES', path: locked });
        return readdirSync(path, options);
      }) as FolderReader['readdirSync'],
    };
    const { files, errors } = expandInputs([dir], reader);
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'open', 'b.html')]);
    expect(errors.map((e) => e.path)).toEqual([locked]);
    expect(errors[0].message).toMatch(/locked: folder .*permission/i);
  });
});

/** A disk that fills up after `room` bytes: a write past it leaves a partial file and fails with ENOSPC, as a real one does. */
function diskWithRoom(room: number): { fs: WriteFs } {
  let used = 0;
  const fs: WriteFs = {
    mkdirSync,
    renameSync,
    rmSync,
    writeFileSync: ((path: string, content: string) => {
      const bytes = Buffer.byteLength(content);
      if (used + bytes > room) {
        writeFileSync(path, content.slice(0, Math.max(0, room - used)));
        used = room;
        throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
      }
      used += bytes;
      writeFileSync(path, content);
    }) as WriteFs['writeFileSync'],
  };
  return { fs };
}

describe('writing outputs on a disk that fills up (issue 10)', () => {
  it('writeFileAtomic leaves no partial file and the old target as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'crypto-reader-full-'));
    writeFileSync(join(out, 'a.md'), 'the earlier export');
    const { fs } = diskWithRoom(10);
    expect(() => writeFileAtomic(join(out, 'a.md'), 'a new export, longer than the room left', fs)).toThrow(/ENOSPC/);
    expect(readdirSync(out)).toEqual(['a.md']);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('the earlier export');
    rmSync(out, { recursive: true, force: true });
  });

  it('the CLI names the file and the full disk once, stops, writes no partial file and exits 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'crypto-reader-full-'));
    const inputs = ['000_80ab6c6d0866ffcd', '004_e18a6cb7aaaa6a4f', '003_e9209a1ff0c83050'].map((name) => join(CORPUS_DIR, `${name}.txt`));
    const first = readFileSync(inputs[0], 'utf8').length;
    const { fs } = diskWithRoom(first + 2000); // room for the first export only: the second is 29 kB
    let stderr = '';
    const code = await main(['clean', ...inputs, '--format', 'txt', '--out', out], { stdout: () => {}, stderr: (text) => (stderr += text), writeFs: fs });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`crypto-reader: ${inputs[1]}: could not write ${join(out, '004_e18a6cb7aaaa6a4f.txt')}: no space left on the disk`);
    expect(lines[1]).toBe('crypto-reader: stopped: 1 more input not written');
    expect(readdirSync(out)).toEqual(['000_80ab6c6d0866ffcd.txt']);
    rmSync(out, { recursive: true, force: true });
  });
});

describe('a folder of thousands of inputs (issue 10)', () => {
  it('reports its progress on stderr at every tenth, and cleans them all', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'crypto-reader-many-'));
    for (let i = 0; i < 1000; i++) writeFileSync(join(folder, `page-${String(i).padStart(4, '0')}.txt`), `Bitcoin rose ${i % 9}% on Monday.\n\nMiners sold 4,200 BTC in October, the most since the halving.\n`);
    let stderr = '';
    let written = 0;
    const code = await main(['clean', folder, '--format', 'txt'], { stdout: () => void written++, stderr: (text) => (stderr += text) });
    expect(code).toBe(0);
    expect(written).toBe(1000);
    expect(stderr.trim().split('\n')).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900].map((n) => `crypto-reader: ${n} of 1,000 inputs read`));
    rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('a short run prints nothing but errors', async () => {
    let stderr = '';
    expect(await main(['clean', join(CORPUS_DIR, '003_e9209a1ff0c83050.txt'), '--format', 'txt'], { stdout: () => {}, stderr: (text) => (stderr += text) })).toBe(0);
    expect(stderr).toBe('');
  });
});
