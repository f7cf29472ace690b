// The command at corpus scale: `crypto-reader clean <folder> --format md --out <folder>` on the corpus
// ×1, ×10 and ×100 (copies under other names) and on trafilatura's 987 pages when ../shared is beside the
// repository; wall time, pages per second and peak memory (the process's maximum resident set, from
// GNU time). Numbers print; nothing fails on time. Run: npm run bench:cli   (after npm run build)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordQuality } from './quality.ts';

const CORPUS = 'test/fixtures/corpus';
const TRAFILATURA = '../shared/realpages/trafilatura/html';
const TIME = '/usr/bin/time';

if (!existsSync('dist/cli.mjs')) throw new Error('no dist/cli.mjs: run npm run build first (the command runs compiled)');
if (!existsSync(TIME)) throw new Error(`no ${TIME} (GNU time, Debian package "time"): it measures the peak memory`);

const work = mkdtempSync(join(tmpdir(), 'crypto-reader-scale-'));
try {
  const rows: { name: string; pages: number; seconds: number; peakMb: number }[] = [];
  for (const copies of [1, 10, 100]) {
    const input = join(work, `corpus-x${copies}`);
    mkdirSync(input);
    for (let copy = 0; copy < copies; copy++) for (const file of readdirSync(CORPUS)) copyFileSync(join(CORPUS, file), join(input, `${copy}-${file}`));
    rows.push(run(`corpus ×${copies}`, input, copies * readdirSync(CORPUS).length));
  }
  if (existsSync(TRAFILATURA)) {
    rows.push(run('trafilatura set', TRAFILATURA, readdirSync(TRAFILATURA).length));
    // V8 grows its heap as it likes below its limit (a quarter of the machine's memory): with a small
    // limit the same run shows the memory the work needs.
    rows.push(run('trafilatura, 200 MB heap', TRAFILATURA, readdirSync(TRAFILATURA).length, ['--max-old-space-size=200']));
  }
  else console.log(`(${TRAFILATURA} is absent: the trafilatura row is left out)`);

  console.log(`${'input'.padEnd(26)} ${'pages'.padStart(6)} ${'time'.padStart(9)} ${'pages/s'.padStart(8)} ${'peak memory'.padStart(12)}`);
  for (const r of rows) console.log(`${r.name.padEnd(26)} ${String(r.pages).padStart(6)} ${r.seconds.toFixed(2).padStart(7)} s ${(r.pages / r.seconds).toFixed(1).padStart(8)} ${r.peakMb.toFixed(0).padStart(9)} MB`);
  const one = rows[0].seconds;
  const hundred = rows[2].seconds;
  console.log(`corpus ×100 took ×${(hundred / one).toFixed(1)} the time of ×1 (linear would be ×100; the start is paid once)`);
  recordQuality('cli', { rows, hundredToOne: hundred / one });
} finally {
  rmSync(work, { recursive: true, force: true });
}

function run(name: string, input: string, pages: number, nodeFlags: string[] = []): { name: string; pages: number; seconds: number; peakMb: number } {
  const out = join(work, `out-${name.replace(/\W+/g, '-')}`);
  const result = spawnSync(TIME, ['-f', '%e %M', process.execPath, ...nodeFlags, 'bin/crypto-reader.mjs', 'clean', input, '--format', 'md', '--out', out], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  const measured = result.stderr.trim().split('\n').pop()!.split(' ');
  if (measured.length !== 2) throw new Error(`${name}: no measurement from GNU time: ${result.stderr.slice(-500)}`);
  return { name, pages, seconds: Number(measured[0]), peakMb: Number(measured[1]) / 1024 };
}
