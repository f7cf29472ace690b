// The EPUB export in real Chromium (issue 12): chosen from the reader's Export menu, the book is downloaded
// through the downloads API and has the structure of an EPUB 3 (test/support/epub-structure.ts, XML parsed
// strictly by jsdom); the article's picture the page loaded from its own site is in the book, copied from
// the page (no request), its data table a table.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { unzipSync } from 'fflate';
import { clickToolbarButton, completedDownloads } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';
import { epubStructure } from '../support/epub-structure.ts';

/** The miners-table page with a chart of its own site in the article, as a news page has. */
function pageWithChart(): string {
  const page = readFileSync('test/fixtures/pages/miners-table.html', 'utf8');
  return page.replace(/<\/table>/, '</table>\n<figure><img src="/epub/chart.png" alt="Hashrate by miner, October"><figcaption>Hashrate by miner, October.</figcaption></figure>');
}

const session = useExtensionSession({
  answer(path, response) {
    if (path === '/epub/article.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(pageWithChart());
    } else if (path === '/epub/chart.png') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(readFileSync('public/icon/128.png'));
    } else {
      response.writeHead(404);
      response.end();
    }
  },
});

describe('EPUB export', () => {
  it('downloads a book with the structure of an EPUB 3, the article, its table and its picture', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/epub/article.html`);
    await expect.poll(() => page.evaluate(() => (document.querySelector('figure img') as HTMLImageElement | null)?.complete)).toBe(true);
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
    const title = await page.getByTestId('reader-title').innerText();

    await page.getByTestId('export').selectOption('epub');
    await expect.poll(() => page.getByTestId('status').innerText(), { timeout: 15_000 }).toMatch(/^Saved .+\.epub\.$/);
    const download = async () => (await completedDownloads(session.browser)).find((d) => d.mime === 'application/epub+zip')?.filename;
    await expect.poll(download, { timeout: 10_000 }).toBeTruthy();
    const bytes = new Uint8Array(readFileSync((await download())!));

    const epub = epubStructure(bytes, new JSDOM().window.DOMParser);
    expect(epub.metadata['dc:title']).toEqual([title]);
    expect(epub.metadata['dc:source']).toEqual([`${session.origin}/epub/article.html`]);
    const chapter = epub.xhtml.get('article.xhtml')!;
    expect(chapter.getElementsByTagName('table').length).toBe(1);
    const img = chapter.getElementsByTagName('img')[0];
    expect(img.getAttribute('src')).toBe('images/image-1.png');
    expect(img.getAttribute('alt')).toBe('Hashrate by miner, October');
    // the picture as the page drew it: a PNG of the chart's size
    const picture = unzipSync(bytes)['OEBPS/images/image-1.png'];
    expect(Array.from(picture.subarray(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(new DataView(picture.buffer, picture.byteOffset).getUint32(16)).toBe(128);
    await page.close();
  });
});
