// What a person waits for between a toolbar click and the article's first paint: the built extension in
// Chromium, a real click (Extensions.triggerAction) a second after the page's load (a crypto-news page has
// been read ahead by then, another has not), and the DevTools protocol's sampling profiler on the tab from
// just before the click to the paint. Prints each click's time and the costliest functions (the names of
// the built, minified bundle, with their line and column in it).
// Run: npm run build && npx tsx scripts/profile-click.ts [page.html]   (default: the first corpus page in the site template)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAINT_WATCH, clickToolbarButton, launchWithExtension, serve, storeSettings } from './browser-harness.ts';
import { ProfileTally, type CpuProfile } from './bench/profiler.ts';
import { renderSitePage } from './site-template.ts';

const ROUNDS = 5;
const file = process.argv[2];
const firstCorpusPage = () => join('test/fixtures/corpus', readdirSync('test/fixtures/corpus').sort()[0]);
const body = file ? readFileSync(file) : Buffer.from(renderSitePage(readFileSync(firstCorpusPage(), 'utf8')));

const { server, origin } = await serve((path, response) => {
  response.writeHead(path === '/page.html' ? 200 : 404, { 'content-type': 'text/html' });
  response.end(path === '/page.html' ? body : 'not found');
});
const extension = await launchWithExtension();
try {
  await storeSettings(extension, { autoClean: false });
  const tally = new ProfileTally();
  const clicks: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const page = await extension.context.newPage();
    // only the local server answers: the page's scripts, fonts and trackers get no network
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    await page.goto(`${origin}/page.html`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(PAINT_WATCH);
    await clickToolbarButton(extension, page);
    clicks.push((await page.evaluate('window.crPaint.then((paint) => paint - window.crClickAt)')) as number);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    tally.add(profile);
    await cdp.detach();
    await page.close();
  }
  console.log(`${file ?? firstCorpusPage()}: click to paint ${clicks.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
  console.log(`\nself time, ${ROUNDS} clicks (ms per click):`);
  tally.print(tally.selfTime, [], { per: ROUNDS });
  console.log('\ninclusive time (the function and what it calls):');
  tally.print(tally.totalTime, [], { per: ROUNDS });
} finally {
  await extension.close();
  server.close();
}
