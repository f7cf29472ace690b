// Read aloud in real Chromium (issue 12). Headless Chromium has no voice to speak with, so the browser's
// speech synthesis is stubbed, and only it: window.speechSynthesis in the reader's own (isolated) world,
// through the DevTools protocol, after the reader opened. The stub keeps each utterance it is given and
// ends it when the test says; everything else is the extension as built: the Listen button, the sentence
// marked as it is spoken, pausing and going on, a new speed, a claim read on its own.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { clickToolbarButton, RESULTS_DIR } from '../../scripts/browser-harness.ts';
import { useExtensionSession } from './session.ts';

const session = useExtensionSession();

/** Installed in the reader's world: a speech synthesis that speaks nothing, keeps what it was given, and ends an utterance on __finishSpeaking(). */
const STUB = `(() => {
  const spoken = [];
  let current = null;
  const synth = {
    speaking: false, pending: false, paused: false,
    speak(utterance) { current = utterance; spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang }); setTimeout(() => utterance.dispatchEvent(new Event('start')), 0); },
    cancel() { spoken.push({ cancelled: true }); current = null; },
    pause() {}, resume() {},
    getVoices() { return []; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.__spoken = spoken;
  window.__finishSpeaking = () => { const u = current; current = null; u && u.dispatchEvent(new Event('end')); };
  return true;
})()`;

/** The reader's (isolated) world of the page, where its content scripts run. */
async function readerWorld(page: Page): Promise<{ cdp: CDPSession; run(expression: string): Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(session.browser.extensionId));
  if (!world) throw new Error(`no isolated world of the extension in ${page.url()}`);
  return {
    cdp,
    async run(expression) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value;
    },
  };
}

/** The words marked as being read aloud. */
const spokenMark = (page: Page) =>
  page
    .locator('mark.speech-highlight')
    .allTextContents()
    .then((parts) => parts.join('').replace(/\s+/g, ' ').trim());

describe('read aloud', () => {
  it('marks the sentence being read, pauses and goes on, changes speed, and reads a claim on its own', async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.origin}/news/000_80ab6c6d0866ffcd.html`);
    await clickToolbarButton(session.browser, page);
    await expect.poll(() => page.getByTestId('reader-body').isVisible(), { timeout: 15_000 }).toBe(true);
    const world = await readerWorld(page);
    await world.run(STUB);
    const said = async () => ((await world.run('window.__spoken')) as { text?: string; rate?: number; cancelled?: boolean }[]).filter((u) => u.text !== undefined);

    // Listen: the title first, marked; then, as each utterance ends, the next sentence
    await page.getByTestId('read-aloud').click();
    const title = await page.getByTestId('reader-title').innerText();
    await expect.poll(said).toEqual([expect.objectContaining({ text: title, rate: 1 })]);
    await expect.poll(() => spokenMark(page)).toBe(title);
    await world.run('window.__finishSpeaking()');
    await expect.poll(async () => (await said()).length).toBe(2);
    const firstSentence = (await said())[1].text!;
    expect((await page.locator('[data-block="0"]').innerText()).startsWith(firstSentence.slice(0, 40))).toBe(true);
    await expect.poll(() => spokenMark(page)).toBe(firstSentence);
    await world.run('window.__finishSpeaking()');
    await expect.poll(async () => (await said()).length).toBe(3);
    const secondSentence = (await said())[2].text!;
    await expect.poll(() => spokenMark(page)).toBe(secondSentence);
    expect(await page.getByTestId('read-aloud-place').innerText()).toMatch(/^Sentence 3 of \d+$/);
    await page.screenshot({ path: join(RESULTS_DIR, 'read-aloud.png'), caret: 'initial' });

    // L pauses (the speech is cancelled, the sentence stays marked); L again reads that sentence from its start
    await page.keyboard.press('l');
    await expect.poll(() => page.getByTestId('read-aloud-toggle').innerText()).toContain('Go on');
    expect(await spokenMark(page)).toBe(secondSentence);
    await page.keyboard.press('l');
    await expect.poll(async () => (await said()).length).toBe(4);
    expect((await said())[3].text).toBe(secondSentence);

    // a new speed takes effect at once, from the sentence's start
    await page.getByTestId('read-aloud-rate').selectOption('1.5');
    await expect.poll(async () => (await said()).at(-1)).toEqual(expect.objectContaining({ text: secondSentence, rate: 1.5 }));

    // a claim read on its own: its sentence spoken and marked
    await page.getByTestId('read-aloud-stop').click();
    await expect.poll(() => page.getByTestId('read-aloud-bar').count()).toBe(0);
    const claim = page.getByTestId('claim').first();
    const claimText = (await claim.locator('.claim-text').innerText()).trim();
    await claim.click();
    await page.getByTestId('read-claim').click();
    await expect.poll(async () => (await said()).at(-1)?.text).toBe(claimText);
    await expect.poll(() => spokenMark(page)).toBe(claimText.replace(/\s+/g, ' '));

    // closing the reader silences it
    const before = ((await world.run('window.__spoken')) as unknown[]).length;
    await page.keyboard.press('Escape');
    await expect.poll(async () => ((await world.run('window.__spoken')) as { cancelled?: boolean }[]).slice(before).some((u) => u.cancelled)).toBe(true);
    await world.cdp.detach();
    await page.close();
  });
});
