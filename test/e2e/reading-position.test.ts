// Reading position in real Chromium (issue 12): scrolled into an article, closed, and opened again, the
// reader returns to where the person left off; an article read from its start opens at its start.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbarButton, RESULTS_DIR } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';

const session = useExtensionSession();

/** The reader's dialog, inside its shadow root (a string: the page runs it as it is). */
const DIALOG = `document.querySelector('[data-crypto-reader]').shadowRoot.querySelector('dialog')`;

/** The block at the top of the reader's view, under its toolbar. */
function blockAtTop(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const dialog = ${DIALOG};
    const below = dialog.querySelector('.toolbar').getBoundingClientRect().bottom;
    const block = [...dialog.querySelectorAll('[data-block]')].find((b) => b.getBoundingClientRect().bottom > below + 1);
    return Number(block.dataset.block);
  })()`) as Promise<number>;
}

async function openReader(page: Page): Promise<void> {
  await clickToolbarButton(session.browser, page);
  await expect.poll(() => page.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
}

async function storedBlock(): Promise<number | undefined> {
  const stored = (await session.browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { entries: number[][] } | undefined>> } } } }).chrome.storage.local.get('reading-positions'),
  )) as Record<string, { entries: number[][] } | undefined>;
  return stored['reading-positions']?.entries.at(-1)?.[1];
}

describe('reading position', () => {
  it('reopening an article returns to where the reader left off', async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/news/000_80ab6c6d0866ffcd.html`);
    await openReader(page);
    expect(await blockAtTop(page)).toBe(0);

    // scroll block 30 to the top, as a person reading would
    await page.evaluate(`(() => {
      const dialog = ${DIALOG};
      const block = dialog.querySelector('[data-block="30"]');
      const toolbar = dialog.querySelector('.toolbar').offsetHeight;
      dialog.scrollTop += block.getBoundingClientRect().top - dialog.getBoundingClientRect().top - toolbar;
    })()`);
    expect(await blockAtTop(page)).toBe(30);
    await expect.poll(storedBlock, { timeout: 10_000 }).toBe(30);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('reader').count()).toBe(0);
    await openReader(page);
    await expect.poll(() => blockAtTop(page)).toBe(30);
    await page.screenshot({ path: join(RESULTS_DIR, 'reading-position.png'), caret: 'initial' });
    await page.close();

    // another article opens at its start
    const other = await session.browser.context.newPage();
    await other.goto(`${session.origin}/news/004_e18a6cb7aaaa6a4f.html`);
    await openReader(other);
    expect(await blockAtTop(other)).toBe(0);
    await other.close();
  });
});
