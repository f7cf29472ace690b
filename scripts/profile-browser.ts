// Where the reader's pipeline spends its time in Chromium: the DevTools protocol's sampling profiler over
// repeated runs in the page (warm code), self time by function, summed over a few pages.
// Run: npm run profile:browser [-- --claims]   (--claims: the whole pipeline; without: before the first paint)
import { chromium } from 'playwright-core';
import { CHROMIUM, startServer } from './browser-harness.ts';
import { benchPageCode } from './bench/page-bundle.ts';
import { ProfileTally, type CpuProfile } from './bench/profile-tally.ts';

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
  await browser.close();
  server.close();
}
