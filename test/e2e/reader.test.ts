// The extension in real Chromium, as a person meets it: a crypto-news page cleans itself on load, any
// other page waits for the toolbar button, the article can be exported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { clickToolbarButton, completedDownloads, detectionAfter, launchWithExtension, readerText, recordDetections, RESULTS_DIR, startServer, type ExtensionBrowser } from '../../scripts/browser-harness.ts';

let server: Server;
let origin: string;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  ({ server, origin } = await startServer());
  browser = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a crypto-news page in the site template', () => {
  it('(a) is cleaned on load: the reader shows the article, no related or promotional text, claims, removal counts', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/news/002_d90fbac4610048b4.html`);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);

    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe('Why Regulators Need to Embrace the New Privacy Paradigm in Web3');
    const body = await readerText(page);
    expect(body).toContain('Key Takeaways');
    expect(body).toContain('studies from tech think tanks show that privacy-preserving tech reduces data leak risks by allowing selective disclosure.');
    for (const gone of ['You may also like', 'WEEX', 'Brand Alignment in the Privacy Era', 'Inter-agency Coordination', 'Sign up today', 'BTC $68,420']) expect(body).not.toContain(gone);

    // The claims come after the article's first paint (their code is injected then).
    const claims = page.getByTestId('claim');
    await expect.poll(() => claims.count()).toBeGreaterThan(5);
    // Choosing a claim highlights exactly its sentence in the article.
    for (const index of [0, 3]) {
      await claims.nth(index).click();
      const sentence = await claims.nth(index).locator('.claim-text').innerText();
      await expect.poll(() => page.locator('mark.claim-highlight').allInnerTexts().then((parts) => parts.join('').replace(/\s+/g, ' '))).toBe(sentence.replace(/\s+/g, ' '));
    }

    await page.getByTestId('toggle-removed').click();
    const related = Number(await page.getByTestId('removed-count-related').innerText());
    const promo = Number(await page.getByTestId('removed-count-promo').innerText());
    expect(related).toBeGreaterThan(10);
    expect(promo).toBeGreaterThan(5);

    // Any removed item can be shown in place again, and hidden again.
    await page.getByTestId('removed-promo').locator('summary').click();
    await page.getByTestId('removed-promo').getByRole('button', { name: 'Show in place' }).first().click();
    await expect.poll(() => page.getByTestId('restored-item').count()).toBe(1);
    expect(await page.getByTestId('restored-item').innerText()).toMatch(/Removed \(promo, [a-z-]+\)/);
    await page.getByTestId('removed-promo').getByRole('button', { name: 'Hide again' }).click();
    await expect.poll(() => page.getByTestId('restored-item').count()).toBe(0);

    await page.getByTestId('toggle-claims').click();
    await page.getByTestId('reader').evaluate((reader) => reader.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS_DIR, 'reader-light.png') });
    await page.getByTestId('display-settings').click();
    await page.getByTestId('theme').selectOption('dark');
    await page.getByTestId('display-settings').click();
    await page.screenshot({ path: join(RESULTS_DIR, 'reader-dark.png') });
    await page.getByTestId('display-settings').click();
    await page.getByTestId('theme').selectOption('auto');
    await page.close();
  });
});

describe('the claims panel', () => {
  it('(e) on a page with more than ten claims lists the ten most important first; "Show all" lists every claim, J moves on', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/news/000_80ab6c6d0866ffcd.html`);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    const panel = page.getByTestId('claims-sidebar');
    await expect.poll(() => panel.isVisible()).toBe(true);

    // The heading counts every claim; the list holds ten items first (once read: they come after the article's first paint).
    const items = panel.getByTestId('claim-item');
    await expect.poll(() => items.count()).toBe(10);
    const total = Number(await panel.locator('.panel-heading .count').innerText());
    expect(total).toBeGreaterThan(10);
    const toggle = panel.getByTestId('show-all-claims');
    expect(await toggle.innerText()).toBe(`Show all ${total} claims`);

    // Shown all, every claim is listed once (a summary bullet under the claim it restates).
    await toggle.click();
    await expect.poll(() => panel.getByTestId('claim').count()).toBe(total);
    expect(await items.count()).toBeGreaterThan(10);
    expect(await toggle.innerText()).toBe('Show fewer');

    // A claim past the first ten is chosen as any other: exactly its sentence highlighted; J chooses the next.
    const highlighted = () => page.locator('mark.claim-highlight').allInnerTexts().then((parts) => parts.join('').replace(/\s+/g, ' '));
    const eleventh = items.nth(10).getByTestId('claim').first();
    await eleventh.click();
    await expect.poll(highlighted).toBe((await eleventh.locator('.claim-text').innerText()).replace(/\s+/g, ' '));
    await page.keyboard.press('j');
    const twelfth = items.nth(11).getByTestId('claim').first();
    await expect.poll(() => twelfth.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(highlighted).toBe((await twelfth.locator('.claim-text').innerText()).replace(/\s+/g, ' '));
    await page.screenshot({ path: join(RESULTS_DIR, 'reader-claims-all.png') });

    await toggle.click();
    await expect.poll(() => items.count()).toBe(10);
    await page.close();
  });
});

describe('a page that is not crypto news', () => {
  it('(b) stays as it is on load; the toolbar button opens the reader, a second click closes it, the page is as before', async () => {
    const page = await browser.context.newPage();
    const mark = await recordDetections(browser);
    await page.goto(`${origin}/general/guardian-1.html`);
    expect((await detectionAfter(browser, mark, '/general/guardian-1.html')).detection.isCryptoNews).toBe(false);
    expect(await page.getByTestId('reader').count()).toBe(0);
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    await clickToolbarButton(browser, page);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('reader-title').innerText()).not.toBe('');

    await clickToolbarButton(browser, page);
    await expect.poll(() => page.getByTestId('reader').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});

describe('a single-page site', () => {
  it('(d) that moves to a crypto-news article with pushState: detection runs again and the reader opens by itself', async () => {
    const page = await browser.context.newPage();
    const mark = await recordDetections(browser);
    await page.goto(`${origin}/pages/spa/home`);
    expect((await detectionAfter(browser, mark, '/pages/spa/home')).detection.isCryptoNews).toBe(false);
    expect(await page.getByTestId('reader').count()).toBe(0);
    await page.evaluate(() => (window as unknown as { goToPage(url: string): Promise<void> }).goToPage('/news/002_d90fbac4610048b4.html'));
    expect(await detectionAfter(browser, mark, '/news/002_d90fbac4610048b4.html')).toMatchObject({ url: `${origin}/news/002_d90fbac4610048b4.html`, detection: { isCryptoNews: true } });
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe('Why Regulators Need to Embrace the New Privacy Paradigm in Web3');
    await page.close();
  });
});

describe('export', () => {
  it('(c) writes a Markdown file through the downloads API, with front matter and the cleaned body', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/news/000_80ab6c6d0866ffcd.html`);
    await expect.poll(() => page.getByTestId('reader').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('export').selectOption('md');
    await expect.poll(() => page.getByTestId('status').innerText(), { timeout: 10_000 }).toMatch(/Saved the-year-trump-embraced-cryptocurrency\.md/);

    // The download as the extension's own downloads API records it (under automation Chromium stores it
    // under a generated name in the driver's folder; the name the extension asked for is in the status).
    const file = await expect
      .poll(async () => (await completedDownloads(browser)).find((d) => d.mime === 'text/markdown')?.filename, { timeout: 10_000 })
      .toBeTruthy()
      .then(async () => (await completedDownloads(browser)).find((d) => d.mime === 'text/markdown')!.filename);
    const markdown = readFileSync(file, 'utf8');
    const [, frontMatter, body] = markdown.split(/^---$/m);
    expect(frontMatter).toContain('title: "The Year Trump Embraced Cryptocurrency"');
    expect(frontMatter).toContain(`url: "${origin}/news/000_80ab6c6d0866ffcd.html"`);
    expect(frontMatter).toContain('byline: "blockbeats"');
    expect(frontMatter).toContain('published: "2026-01-02T11:00:01"');
    expect(frontMatter).toMatch(/original:\n {2}url: "https:\/\/original\.example\.org\/article"\n {2}title: "What Trump’s Embrace of Crypto Has Unleashed"/);
    expect(frontMatter).toMatch(/removed:\n {2}related: [1-9]\d*\n {2}duplicate: [1-9]/);
    expect(frontMatter).toMatch(/claims:\n {2}- text: "/);
    expect(body).toContain('# The Year Trump Embraced Cryptocurrency');
    expect(body).toContain('"The line between betting, speculation, and investment has largely disappeared," said Timothy Massad');
    expect(body).not.toContain('You may also like');
    await page.close();
  });
});
