// The reader's keyboard in real Chromium (issue 12): "?" shows the list of shortcuts over the reader, Esc
// closes the list and not the reader, a second Esc closes the reader; T changes the theme, + the text size.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickToolbarButton, RESULTS_DIR } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';

const session = useExtensionSession();

describe('keyboard shortcuts', () => {
  it('? lists them; Esc closes the list, then the reader; T and + change the display', async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.origin}/news/002_d90fbac4610048b4.html`);
    await clickToolbarButton(session.browser, page);
    const reader = page.getByTestId('reader');
    await expect.poll(() => reader.isVisible(), { timeout: 15_000 }).toBe(true);

    await page.keyboard.press('Shift+?');
    const help = page.getByTestId('shortcuts-help');
    await expect.poll(() => help.isVisible()).toBe(true);
    const rows = await help.getByTestId('shortcut').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' '))).toEqual(expect.arrayContaining(['J Next claim', 'T Next theme: system, light, sepia, dark', '? This list of shortcuts']));
    await page.screenshot({ path: join(RESULTS_DIR, 'shortcuts-help.png'), caret: 'initial' });

    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(await reader.isVisible()).toBe(true);

    await page.keyboard.press('t');
    await expect.poll(() => reader.getAttribute('data-theme')).toBe('light');
    const size = () => reader.evaluate((dialog) => (dialog as HTMLElement).style.getPropertyValue('--reader-font-size'));
    const before = await size();
    await page.keyboard.press('+');
    await expect.poll(size).toBe(`${parseInt(before, 10) + 1}px`);

    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    await page.close();
  });
});
