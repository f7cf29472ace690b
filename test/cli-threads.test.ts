// The command's worker threads (cli/render-pool.ts): the compiled worker (dist/render-worker.mjs, which
// npm test builds first) renders what the main thread renders, in the order of the inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderAll, threadCount } from '../cli/render-pool.ts';
import type { Rendered } from '../cli/render-input.ts';
import { CORPUS_DIR } from './support/fixtures.ts';

const WORKER = pathToFileURL(join(process.cwd(), 'dist/render-worker.mjs'));
let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crypto-reader-threads-'));
  // the corpus six times over, and one input that is no page, in the middle
  for (let copy = 0; copy < 6; copy++) for (const name of readdirSync(CORPUS_DIR)) copyFileSync(join(CORPUS_DIR, name), join(dir, `${copy}-${name}`));
  files = readdirSync(dir).sort().map((name) => join(dir, name));
  files.splice(13, 0, join(dir, 'missing.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (run: AsyncIterable<Rendered>) => {
  const out: Rendered[] = [];
  for await (const rendered of run) out.push(rendered);
  return out;
};

describe('rendering over worker threads', () => {
  it('gives the same outputs as one thread, in input order, problems included', async () => {
    expect(existsSync(WORKER), 'npm run build writes dist/render-worker.mjs').toBe(true);
    const options = { format: 'md' as const, now: new Date('2026-01-15T12:00:00Z') };
    const one = await collect(renderAll(files, options, { threads: 1 }));
    const three = await collect(renderAll(files, options, { threads: 3, worker: WORKER }));
    expect(three.map((r) => r.path)).toEqual(files);
    expect(three).toEqual(one);
    expect(three[13]).toEqual({ path: join(dir, 'missing.txt'), problem: expect.stringContaining('missing.txt') });
    expect(one.filter((r) => 'output' in r)).toHaveLength(30);
  });

  it('stops when asked: the workers end and nothing more comes', async () => {
    const run = renderAll(files, { format: 'txt' }, { threads: 2, worker: WORKER });
    const seen: string[] = [];
    for await (const rendered of run) {
      seen.push(rendered.path);
      if (seen.length === 3) {
        await run.stop();
        break;
      }
    }
    expect(seen).toEqual(files.slice(0, 3));
  });

  it('uses one thread for a few inputs, where starting workers costs more than it saves; CRYPTO_READER_THREADS sets how many', () => {
    const before = process.env.CRYPTO_READER_THREADS;
    try {
      process.env.CRYPTO_READER_THREADS = '4';
      expect(threadCount(5)).toBe(1);
      expect(threadCount(500)).toBe(4);
      expect(threadCount(30)).toBe(4);
      process.env.CRYPTO_READER_THREADS = '1';
      expect(threadCount(500)).toBe(1);
    } finally {
      if (before === undefined) delete process.env.CRYPTO_READER_THREADS;
      else process.env.CRYPTO_READER_THREADS = before;
    }
  });
});
