// What scripts/profile-browser.ts (warm runs) and scripts/profile-cold.ts (a first run) share: the pages,
// the bench code unminified (so that a profile names the functions of lib/) and the browser they run in, and
// self and inclusive time by function from DevTools Profiler profiles, summed over several profiles.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, startServer } from '../browser-harness.ts';
import { benchPageCode } from './page-bundle.ts';

export const PROFILE_PAGES = ['/news/004_e18a6cb7aaaa6a4f.html', '/general/nytimes-1.html', '/general/guardian-1.html', '/general/medium-1.html'];

/** The bench code (its lines, to name a profile's functions), the local server's origin and a headless Chromium; `close` ends both. */
export async function startProfiling(): Promise<{ code: string; lines: string[]; origin: string; browser: Browser; close(): Promise<void> }> {
  const { code } = await benchPageCode({ minify: false });
  const { server, origin } = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  return {
    code,
    lines: code.split('\n'),
    origin,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

export interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export class ProfileTally {
  readonly selfTime = new Map<string, number>();
  readonly totalTime = new Map<string, number>();
  /** Microseconds sampled (idle left out). */
  total = 0;

  add(profile: CpuProfile): void {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const keyOf = (id: number) => {
      const { functionName, lineNumber } = byId.get(id)!.callFrame;
      return `${(functionName || '(anonymous)').slice(0, 60)}:${lineNumber}`;
    };
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i];
      if (keyOf(id).startsWith('(idle)')) return;
      this.selfTime.set(keyOf(id), (this.selfTime.get(keyOf(id)) ?? 0) + delta);
      this.total += delta;
      // inclusive: each function on the sample's stack, once
      const onStack = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) onStack.add(keyOf(at));
      for (const key of onStack) this.totalTime.set(key, (this.totalTime.get(key) ?? 0) + delta);
    });
  }

  /** The `top` costliest of `times`, as shares of all sampled time (and ms per `per` runs), with the bundle's source line. */
  print(times: Map<string, number>, lines: readonly string[], { top = 30, per }: { top?: number; per?: number } = {}): void {
    for (const [key, time] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      const line = Number(key.split(':').pop());
      const ms = per ? ` ${(time / 1000 / per).toFixed(1).padStart(6)} ms` : '';
      console.log(`${((time / this.total) * 100).toFixed(1).padStart(5)}%${ms}  ${key.padEnd(40)} ${line >= 0 ? (lines[line] ?? '').trim().slice(0, 60) : ''}`);
    }
  }
}
