// Expanding the CLI's folders: a subfolder that cannot be read is named, the files beside it are kept.
// (Run as root, chmod 000 does not stop reading: the unreadable folder is given by the reader passed in.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, type FolderReader } from '../cli/inputs.ts';

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
