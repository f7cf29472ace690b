// Where the reader's pipeline spends its time in Chromium: the DevTools protocol's sampling profiler over
// repeated runs in the page (warm code), self time by function, summed over a few pages.
// Run: npm run profile:browser [-- --claims]   (--claims: the whole pipeline; without: before the first paint)
import { chromium } from 'playwright-core';
import { CHROMIUM, startServer } from './browser-harness.ts';
import { benchPageCode } from './bench/page-bundle.ts';

const PAGES = ['/news/004_e18a6cb7aaaa6a4f.html', '/general/nytimes-1.html', '/general/guardian-1.html', '/general/medium-1.html'];
const RUNS = 40;
const withClaims = process.argv.includes('--claims');

// Not minified, so that the profile names the functions of lib/.
const { code } = await benchPageCode({ minify: false });
const lines = code.split('\n');
const { server, origin } = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const selfTime = new Map<string, number>();
  const totalTime = new Map<string, number>();
  let total = 0;
  for (const path of PAGES) {
    await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: code });
    const run = (runs: number, claims: boolean) => page.evaluate(({ runs, claims }) => {
      for (let i = 0; i < runs; i++) (claims ? window.crBench.pipeline() : window.crBench.beforePaint());
    }, { runs, claims });
    await run(5, withClaims); // warm
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await run(RUNS, withClaims);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: { id: number; children?: number[]; callFrame: { functionName: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const keyOf = (id: number) => {
      const { functionName, lineNumber } = byId.get(id)!.callFrame;
      return `${functionName || '(anonymous)'}:${lineNumber}`;
    };
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i];
      selfTime.set(keyOf(id), (selfTime.get(keyOf(id)) ?? 0) + delta);
      total += delta;
      // inclusive: each function on the sample's stack, once
      const onStack = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) onStack.add(keyOf(at));
      for (const key of onStack) totalTime.set(key, (totalTime.get(key) ?? 0) + delta);
    });
    await cdp.detach();
  }
  console.log(`self time, ${withClaims ? 'the whole pipeline' : 'the pipeline before the first paint (no claims)'}, ${RUNS} warm runs on each of ${PAGES.length} pages:`);
  const print = (times: Map<string, number>) => {
    for (const [key, time] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      const line = Number(key.split(':').pop());
      console.log(`${((time / total) * 100).toFixed(1).padStart(5)}%  ${key.padEnd(34)} ${line >= 0 ? (lines[line] ?? '').trim().slice(0, 70) : ''}`);
    }
  };
  print(selfTime);
  console.log('\ninclusive time (the function and what it calls):');
  print(new Map([...totalTime].filter(([key]) => !/^\(|^(?:anonymous)|^(?:beforePaint|pipeline):/.test(key))));
} finally {
  await browser.close();
  server.close();
}
