// The site memory in real Chromium (issue 13): four articles of one site, each with the same teaser box
// that no static rule removes. The reader learns it from the first two it shows, removes it on the third
// (listed under "Learned on this site"); shown in place there, it is kept on the fourth. The options page
// lists the site and forgets it.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbarButton, readerText, RESULTS_DIR } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';
import { TEASER_HEADING, TEASER_TEXT, teaserPage } from '../support/teaser-pages.ts';
import { blockFingerprint } from '../../lib/template-blocks.ts';

const session = useExtensionSession({
  answer(path, response) {
    const story = path.match(/^\/site\/story-([0-3])\.html$/);
    response.writeHead(story ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(story ? teaserPage(Number(story[1])) : 'not found');
  },
});

/** The pages are recognised as the corpus template: their memory is the template's, whatever the domain. */
const MEMORY_KEY = 'site-memory:template:corpus-template';
const TEASER = blockFingerprint(TEASER_TEXT);

interface StoredMemory {
  entries: number[][];
  kept: number[];
}

async function storedMemory(): Promise<StoredMemory | undefined> {
  const items = (await session.browser.worker.evaluate(
    (key) => (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(key),
    MEMORY_KEY,
  )) as Record<string, StoredMemory | undefined>;
  return items[MEMORY_KEY];
}

/** How many article addresses the memory has seen the teaser on. */
async function teaserAddresses(): Promise<number> {
  const entry = (await storedMemory())?.entries.find((e) => e[0] === TEASER);
  return entry ? entry.length - 1 : 0;
}

/** Open article `i` in the reader with a real toolbar click. */
async function openStory(i: number): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.origin}/site/story-${i}.html`);
  await clickToolbarButton(session.browser, page);
  await expect.poll(() => page.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
  return page;
}

describe('learning a site’s template as articles are read', () => {
  it('removes a teaser seen on two other articles, shows it in place on request, and keeps it from then on', async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    for (const i of [0, 1]) {
      const page = await openStory(i);
      expect(await readerText(page)).toContain(TEASER_TEXT);
      // remembered once the reader has shown the article (and read its claims)
      await expect.poll(teaserAddresses, { timeout: 15_000 }).toBe(i + 1);
      await page.close();
    }

    const third = await openStory(2);
    const body = await readerText(third);
    expect(body).not.toContain(TEASER_TEXT);
    expect(body).not.toContain(TEASER_HEADING);
    expect(body).toContain('Key Takeaways'); // a heading every article has, over the article's own list
    await third.getByTestId('toggle-removed').click();
    const learned = third.getByTestId('removed-learned');
    expect(await learned.locator('summary').innerText()).toBe('Learned on this site 2');
    await learned.locator('summary').click();
    await third.screenshot({ path: join(RESULTS_DIR, 'site-memory-learned.png'), caret: 'initial' });

    // shown in place: the memory keeps it on the site from now on
    await learned.locator('li', { hasText: 'Editorial independence' }).getByRole('button', { name: 'Show in place' }).click();
    await expect.poll(() => readerText(third)).toContain(TEASER_TEXT);
    expect(await third.getByTestId('status').innerText()).toBe('Shown again: the reader will keep this block on this site.');
    await expect.poll(async () => (await storedMemory())?.kept ?? []).toContain(TEASER);
    await third.close();

    const fourth = await openStory(3);
    const fourthBody = await readerText(fourth);
    expect(fourthBody).toContain(TEASER_TEXT);
    expect(fourthBody).toContain(TEASER_HEADING);
    expect(await fourth.getByTestId('toggle-removed').innerText()).toMatch(/\d/);
    await fourth.getByTestId('toggle-removed').click();
    expect(await fourth.getByTestId('removed-learned').count()).toBe(0);
    await fourth.close();
  });

  it('the options page lists the site with its fingerprints, and forgets it', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const site = options.getByTestId('learned-site');
    await expect.poll(() => site.count()).toBe(1);
    expect(await site.locator('.site').innerText()).toBe('corpus-template (one template on several domains)');
    expect(await site.locator('.count').innerText()).toMatch(/^\d+ fingerprints$/);
    await options.screenshot({ path: join(RESULTS_DIR, 'site-memory-options.png'), fullPage: true, caret: 'initial' });
    await site.getByRole('button', { name: 'Forget this site' }).click();
    await expect.poll(() => options.getByTestId('learned-none').isVisible()).toBe(true);
    expect(await storedMemory()).toBeUndefined();
    await options.close();
  });
});
