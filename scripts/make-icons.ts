// Renders assets/icon.svg to the extension's toolbar/store icons, public/icon/{16,32,48,128}.png, with
// Chromium (transparent background). WXT finds public/icon/<size>.png by itself and lists them as the
// manifest's `icons`. Run after changing the SVG: npm run icons
//   --preview=<file.png>  also writes a strip of the four sizes on a light and a dark toolbar colour,
//                         with the 16 and 32 px renders enlarged pixel for pixel, to judge them.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const SOURCE = 'assets/icon.svg';
const OUT_DIR = 'public/icon';
const SIZES = [16, 32, 48, 128] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Writes through a temporary name in the same folder, so a reader never sees a half-written file. */
function writeAtomic(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

const dataUrl = (mime: string, data: Buffer | string) => `data:${mime};base64,${Buffer.from(data).toString('base64')}`;

/** One PNG of the SVG at size × size pixels, rasterised at that size (not downscaled), alpha kept. */
async function render(page: Page, svg: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img id="icon" src="${dataUrl('image/svg+xml', svg)}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** The four renders at their real size on a light and a dark bar, plus 16 px ×8 and 32 px ×4. */
async function preview(page: Page, pngs: Map<number, Buffer>, file: string): Promise<void> {
  const img = (size: number, scale = 1) =>
    `<img src="${dataUrl('image/png', pngs.get(size)!)}" width="${size * scale}" height="${size * scale}" style="image-rendering:pixelated">`;
  const row = (bg: string, fg: string, label: string) =>
    `<div style="background:${bg};color:${fg};display:flex;align-items:center;gap:24px;padding:16px 24px">` +
    `<span style="width:48px;font:12px sans-serif">${label}</span>` +
    SIZES.map((s) => img(s)).join('') +
    img(16, 8) +
    img(32, 4) +
    `</div>`;
  await page.setViewportSize({ width: 800, height: 400 });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;display:inline-block">` +
      row('#f1f3f4', '#202124', 'light') +
      row('#ffffff', '#202124', 'white') +
      row('#202124', '#e8eaed', 'dark') +
      row('#000000', '#e8eaed', 'black') +
      `</body></html>`,
  );
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  writeAtomic(file, await page.locator('body').screenshot());
  console.log(file);
}

const svg = readFileSync(SOURCE, 'utf8');
const previewArg = process.argv.slice(2).find((a) => a.startsWith('--preview='));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const pngs = new Map<number, Buffer>();
  for (const size of SIZES) {
    const png = await render(page, svg, size);
    pngs.set(size, png);
    const path = join(OUT_DIR, `${size}.png`);
    writeAtomic(path, png);
    console.log(`${path} (${png.length} bytes)`);
  }
  if (previewArg) await preview(page, pngs, previewArg.slice('--preview='.length));
} finally {
  await browser.close();
}
