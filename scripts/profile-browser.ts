// Where the reader's pipeline spends its time in Chromium: the DevTools protocol's sampling profiler over
// repeated runs in the page (warm code), self time by function, summed over a few pages.
// Run: npm run profile:browser [-- --claims]   (--claims: the whole pipeline; without: before the first paint)
import { PROFILE_PAGES as PAGES, ProfileTally, startProfiling, type CpuProfile } from './bench/profiler.ts';

const RUNS = 40;
const withClaims = process.argv.includes('--claims');

const { code, lines, origin, browser, close } = await startProfiling();
try {
  const page = await browser.newPage();
  const tally = new ProfileTally();
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
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    tally.add(profile);
    await cdp.detach();
  }
  console.log(`self time, ${withClaims ? 'the whole pipeline' : 'the pipeline before the first paint (no claims)'}, ${RUNS} warm runs on each of ${PAGES.length} pages:`);
  tally.print(tally.selfTime, lines);
  console.log('\ninclusive time (the function and what it calls):');
  tally.print(new Map([...tally.totalTime].filter(([key]) => !/^\(|^(?:anonymous)|^(?:beforePaint|pipeline):/.test(key))), lines);
} finally {
  await close();
}
