// Where a first run of the reader's pipeline spends its time in Chromium (what a click meets: the code has
// never run in the page). For each page a fresh load, the bench code injected, then one run under the
// DevTools protocol's sampling profiler; the code's own start (module evaluation) is timed apart.
// Run: npx tsx scripts/profile-cold.ts [--claims]
import { PROFILE_PAGES as PAGES, ProfileTally, startProfiling, type CpuProfile } from './bench/profiler.ts';

const withClaims = process.argv.includes('--claims');

const { code, lines, origin, browser, close } = await startProfiling();
try {
  const tally = new ProfileTally();
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
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    console.log(`${path}: code start ${startMs.toFixed(1)} ms, first run ${runMs.toFixed(1)} ms, second ${secondMs.toFixed(1)} ms`);
    tally.add(profile);
    await page.close();
  }
  console.log(`\nself time, code start and one first run ${withClaims ? 'of the whole pipeline' : 'before the first paint (no claims)'}, per page:`);
  tally.print(tally.selfTime, lines, { top: 40, per: PAGES.length });
  console.log('\ninclusive:');
  tally.print(tally.totalTime, lines, { top: 40, per: PAGES.length });
} finally {
  await close();
}
