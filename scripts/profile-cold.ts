// Where a first run of the reader's pipeline spends its time in Chromium (what a click meets: the code has
// never run in the page). For each page a fresh load, the bench code injected, then one run under the
// DevTools protocol's sampling profiler; the code's own start (module evaluation) is timed apart.
// Run: npx tsx scripts/profile-cold.ts [--claims]
import { chromium } from 'playwright-core';
import { CHROMIUM, startServer } from './browser-harness.ts';
import { benchPageCode } from './bench/page-bundle.ts';

const PAGES = ['/news/004_e18a6cb7aaaa6a4f.html', '/general/nytimes-1.html', '/general/guardian-1.html', '/general/medium-1.html'];
const withClaims = process.argv.includes('--claims');

// Not minified, so that the profile names the functions of lib/.
const { code } = await benchPageCode({ minify: false });
const lines = code.split('\n');
const { server, origin } = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const selfTime = new Map<string, number>();
  const totalTime = new Map<string, number>();
  let total = 0;
  for (const path of PAGES) {
    const page = await browser.newPage();
    await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const startMs = await page.evaluate((code) => {
      const start = performance.now();
      (0, eval)(code);
      return performance.now() - start;
    }, code);
    const runMs = await page.evaluate((claims) => (claims ? window.crBench.pipeline() : window.crBench.beforePaint()), withClaims);
    const secondMs = await page.evaluate((claims) => (claims ? window.crBench.pipeline() : window.crBench.beforePaint()), withClaims);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: { id: number; children?: number[]; callFrame: { functionName: string; lineNumber: number; url: string } }[]; samples: number[]; timeDeltas: number[] } };
    console.log(`${path}: code start ${startMs.toFixed(1)} ms, first run ${runMs.toFixed(1)} ms, second ${secondMs.toFixed(1)} ms`);
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
      selfTime.set(keyOf(id), (selfTime.get(keyOf(id)) ?? 0) + delta);
      total += delta;
      const onStack = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) onStack.add(keyOf(at));
      for (const key of onStack) totalTime.set(key, (totalTime.get(key) ?? 0) + delta);
    });
    await page.close();
  }
  const print = (times: Map<string, number>) => {
    for (const [key, time] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      const line = Number(key.split(':').pop());
      console.log(`${((time / total) * 100).toFixed(1).padStart(5)}% ${(time / 1000 / PAGES.length).toFixed(1).padStart(6)} ms  ${key.padEnd(40)} ${line >= 0 ? (lines[line] ?? '').trim().slice(0, 60) : ''}`);
    }
  };
  console.log(`\nself time, code start and one first run ${withClaims ? 'of the whole pipeline' : 'before the first paint (no claims)'}, per page:`);
  print(selfTime);
  console.log('\ninclusive:');
  print(totalTime);
} finally {
  await browser.close();
  server.close();
}
