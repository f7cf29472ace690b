// The main job: the built extension in Chromium on the bundled demo page (a corpus page in the site's
// template). The reader opens by itself; the script saves a screenshot and exports the article through
// the reader's own Export menu. With no display it runs headless and exits; with one it leaves the
// window open until you close it. Run: npm run demo
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { completedDownloads, launchWithExtension, startServer } from './browser-harness.ts';

const OUT = resolve('out/demo');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
process.env.HEADED = headed ? '1' : '';

mkdirSync(OUT, { recursive: true });
const { server, origin } = await startServer();
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/demo.html`);
  await page.getByTestId('reader').waitFor({ state: 'visible', timeout: 20_000 });
  const title = await page.getByTestId('reader-title').innerText();
  const claims = await page.getByTestId('claim').count();
  const allClaims = (await page.locator('#cr-claims-title').textContent())?.match(/\d+/)?.[0] ?? String(claims);
  const screenshot = join(OUT, 'reader.png');
  await page.screenshot({ path: screenshot });

  await page.getByTestId('export').selectOption('md');
  await page.getByTestId('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
  let download: { filename: string } | undefined;
  for (let tries = 0; tries < 50 && !download; tries++) {
    download = (await completedDownloads(browser)).find((d) => d.mime === 'text/markdown');
    if (!download) await page.waitForTimeout(200);
  }
  if (!download) throw new Error('the export did not finish downloading');
  const exported = join(OUT, 'crypto-news-demo.md');
  copyFileSync(download.filename, exported);

  console.log(`Crypto Reader opened "${title}" by itself, with ${allClaims} claims in the sidebar (${claims} shown first).`);
  console.log(`screenshot: ${screenshot}`);
  console.log(`exported article: ${exported}`);
  if (headed) {
    console.log('The browser stays open: close its window to end the demo.');
    await new Promise((done) => browser.context.on('close', done));
  }
} finally {
  await browser.close().catch(() => undefined);
  server.close();
}
