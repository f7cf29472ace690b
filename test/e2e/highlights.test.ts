// Highlights and notes in real Chromium (issue 12): words selected with the mouse are highlighted from the
// bar over the selection or with H, a note is typed in the Highlights panel; reloaded and reopened, the
// article shows them again; the Markdown export carries them (==words== and the note below); the options
// page lists them and deletes one.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbarButton, completedDownloads, RESULTS_DIR } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';

const session = useExtensionSession();

/** The text of the reader's highlight marks, one string per highlight (marks of one highlight joined). */
async function highlighted(page: Page): Promise<string[]> {
  const marks = await page.locator('mark.user-highlight').evaluateAll((all) => all.map((m) => [m.getAttribute('data-highlight'), m.textContent ?? ''] as const));
  const byId = new Map<string, string>();
  for (const [id, text] of marks) byId.set(id!, (byId.get(id!) ?? '') + text);
  return [...byId.values()].map((t) => t.replace(/\s+/g, ' ').trim());
}

async function openReader(page: Page): Promise<void> {
  await clickToolbarButton(session.browser, page);
  await expect.poll(() => page.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
}

/** The block's text as the reader shows it. */
const blockText = (page: Page, block: number) => page.locator(`[data-block="${block}"]`).innerText().then((t) => t.replace(/\s+/g, ' ').trim());

async function storedNotes(): Promise<string[]> {
  const stored = (await session.browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('highlights'),
  )) as { highlights?: { articles: { highlights: { note: string }[] }[] } };
  return stored.highlights?.articles.flatMap((a) => a.highlights.map((h) => h.note)) ?? [];
}

describe('highlights and notes', () => {
  it('survive a reload, go into the Markdown export, and are listed and deleted on the options page', async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const url = `${session.origin}/news/000_80ab6c6d0866ffcd.html`;
    await page.goto(url);
    await openReader(page);

    // a paragraph selected with the mouse (three clicks), highlighted with a note from the bar over it
    const first = page.locator('[data-block="2"]');
    const firstText = await blockText(page, 2);
    await first.click({ clickCount: 3 });
    await page.getByTestId('highlight-with-note').click();
    await expect.poll(() => highlighted(page)).toEqual([firstText]);
    const note = page.getByTestId('highlight-note');
    await expect.poll(() => note.evaluate((field) => field === (field.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.type('Check this figure against the filing.');

    // a few words of a later paragraph, dragged over with the mouse, highlighted with H
    const second = page.locator('[data-block="5"]');
    await second.scrollIntoViewIfNeeded();
    await second.scrollIntoViewIfNeeded();
  const box = (await second.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + 8, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press('h');
    await expect.poll(async () => (await highlighted(page)).length).toBe(2);
    const [, secondWords] = await highlighted(page);
    expect((await blockText(page, 5)).startsWith(secondWords)).toBe(true);
    expect(secondWords.split(' ').length).toBeGreaterThan(2);
    await expect.poll(storedNotes, { timeout: 10_000 }).toEqual(['Check this figure against the filing.', '']);
    await page.screenshot({ path: join(RESULTS_DIR, 'highlights.png'), caret: 'initial' });

    // reloaded and opened again: both highlights and the note are back
    await page.reload();
    await openReader(page);
    await expect.poll(() => highlighted(page)).toEqual([firstText, secondWords]);
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('highlight-note').first().inputValue()).toBe('Check this figure against the filing.');

    // the Markdown export: the words ==marked==, the note below
    const before = (await completedDownloads(session.browser)).length;
    await page.getByTestId('export').selectOption('md');
    await expect.poll(async () => (await completedDownloads(session.browser)).length, { timeout: 15_000 }).toBe(before + 1);
    const file = (await completedDownloads(session.browser)).find((d) => d.mime === 'text/markdown')?.filename;
    expect(file, JSON.stringify(await completedDownloads(session.browser))).toBeDefined();
    const markdown = readFileSync(file!, 'utf8');
    expect(markdown).toContain(`==${secondWords.split(' ').slice(0, 3).join(' ')}`);
    expect(markdown).toMatch(/\n> \*\*Note:\*\* Check this figure against the filing\./);

    // print preview: the highlights stay marked on paper, the notes follow the article
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(RESULTS_DIR, 'highlights-print.png'), fullPage: false });
    // the notes after the article, each under the words it is about
    await expect.poll(() => page.getByTestId('print-notes').isVisible()).toBe(true);
    expect((await page.getByTestId('print-notes').innerText()).replace(/\s+/g, ' ')).toContain(`${firstText} Check this figure against the filing.`);
    await page.getByTestId('print-notes').screenshot({ path: join(RESULTS_DIR, 'highlights-print-notes.png') });
    await page.emulateMedia({ media: 'screen' });

    // the options page lists both and deletes one
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('kept-highlight').count()).toBe(2);
    await options.getByTestId('kept-highlight').first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => options.getByTestId('kept-highlight').count()).toBe(1);
    await expect.poll(storedNotes).toHaveLength(1);
    await options.close();
    await page.close();
  });
});
