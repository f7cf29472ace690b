// @vitest-environment jsdom
// Read aloud in the reader (issue 12), on a real corpus article, with the browser's speech synthesis
// stubbed (jsdom has none): Listen reads the title, then the article a sentence at a time, each marked while
// it is spoken; pause and go on; speed and voice (the article's language first) are kept as settings and
// take effect at once; a claim is read on its own; closing silences it; without speech synthesis there is
// no Listen button. In Chromium: test/e2e/read-aloud.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { readerProps } from '../support/reader-props.ts';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../lib/settings.ts';
import { cleanText } from '../../lib/clean-text.ts';
import { extractArticle } from '../../lib/extract.ts';
import { spokenParts, voicesFor } from '../../lib/read-aloud.ts';
import { readFileSync } from 'node:fs';
import { readCorpus } from '../support/fixtures.ts';
import { byTestId, mount } from '../support/mount.ts';
import '../support/jsdom-dialog.ts';

const article = cleanText(readCorpus('002_d90fbac4610048b4'));

/** A speech synthesis that speaks nothing: it keeps each utterance, ends it when told. */
class FakeUtterance extends EventTarget {
  lang = '';
  rate = 1;
  voice: { voiceURI: string } | null = null;
  constructor(public text: string) {
    super();
  }
}
const voices = [
  { voiceURI: 'de-1', name: 'Anna', lang: 'de-DE' },
  { voiceURI: 'en-2', name: 'Zed', lang: 'en-GB' },
  { voiceURI: 'en-1', name: 'Alex', lang: 'en-US' },
];
let spoken: FakeUtterance[];
let cancels: number;
const synth = {
  speak: (u: FakeUtterance) => void spoken.push(u),
  cancel: () => void cancels++,
  getVoices: () => voices,
  addEventListener() {},
  removeEventListener() {},
};
const finish = () => act(() => void spoken.at(-1)!.dispatchEvent(new Event('end')));

beforeEach(() => {
  spoken = [];
  cancels = 0;
  Object.assign(globalThis, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).speechSynthesis;
  delete (globalThis as Record<string, unknown>).SpeechSynthesisUtterance;
});

function reader(settings: Partial<ReaderSettings> = {}, onSettingsChange = vi.fn()) {
  const root = mount(<ReaderApp {...readerProps({ kind: 'article', article }, { initialSettings: { ...DEFAULT_SETTINGS, ...settings }, onSettingsChange })} />);
  return { root, dialog: root.querySelector('dialog')!, onSettingsChange };
}
const marked = (root: ParentNode) => Array.from(root.querySelectorAll('mark.speech-highlight'), (m) => m.textContent).join('');

describe('the parts read aloud', () => {
  it('are the title, then each sentence of the headings, paragraphs, list items and quotes, by block and offsets', () => {
    const parts = spokenParts(article);
    expect(parts[0]).toEqual({ block: -1, start: 0, end: article.title.length, text: article.title });
    for (const part of parts.slice(1)) expect(article.blocks[part.block].text.slice(part.start, part.end)).toBe(part.text);
    const read = new Set(parts.map((p) => p.block));
    article.blocks.forEach((b, i) => expect(read.has(i)).toBe(['heading', 'paragraph', 'list-item', 'quote'].includes(b.type) && /\p{L}/u.test(b.text)));
  });

  it('leave out pictures, captions and tables', () => {
    // a mining-pools page with a table and pictures, written for this project (test/fixtures/pages/)
    const html = readFileSync('test/fixtures/pages/miners-table.html', 'utf8');
    const page = extractArticle(new DOMParser().parseFromString(html, 'text/html'), { url: 'https://example.com/miners', claims: false });
    const skipped = page.blocks.flatMap((b, i) => (['image', 'caption', 'table', 'code'].includes(b.type) ? [i] : []));
    expect(skipped.length).toBeGreaterThan(0);
    expect(spokenParts(page).some((p) => skipped.includes(p.block))).toBe(false);
  });

  it('offer the voices of the article language first', () => {
    expect(voicesFor(voices, 'en').map((v) => v.name)).toEqual(['Alex', 'Zed', 'Anna']);
    expect(voicesFor(voices, 'de-AT').map((v) => v.name)).toEqual(['Anna', 'Zed', 'Alex']);
  });
});

describe('reading aloud in the reader', () => {
  it('Listen reads the title, then sentence after sentence, each marked while it is spoken', () => {
    const { root } = reader();
    act(() => byTestId(root, 'read-aloud')!.click());
    expect(spoken.map((u) => u.text)).toEqual([article.title]);
    expect(marked(root)).toBe(article.title);
    const parts = spokenParts(article);
    finish();
    finish();
    expect(spoken.map((u) => u.text)).toEqual(parts.slice(0, 3).map((p) => p.text));
    expect(marked(root)).toBe(parts[2].text);
    expect(root.querySelector('mark.speech-highlight')!.closest('[data-block]')!.getAttribute('data-block')).toBe(String(parts[2].block));
    expect(byTestId(root, 'read-aloud-place')!.textContent).toBe(`Sentence 3 of ${parts.length}`);
  });

  it('L pauses (the speech is cancelled, the place kept) and goes on from the start of that sentence', () => {
    const { root, dialog } = reader();
    act(() => byTestId(root, 'read-aloud')!.click());
    finish();
    const before = cancels;
    act(() => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true, cancelable: true })));
    expect(cancels).toBeGreaterThan(before);
    expect(byTestId(root, 'read-aloud-toggle')!.textContent).toContain('Go on');
    // the end of a cancelled utterance does not move on
    act(() => void spoken[1].dispatchEvent(new Event('end')));
    expect(spoken).toHaveLength(2);
    act(() => byTestId(root, 'read-aloud-toggle')!.click());
    expect(spoken.map((u) => u.text).slice(-2)).toEqual([spoken[1].text, spoken[1].text]);
  });

  it('speed and voice are the settings; a change speaks the sentence again with it', () => {
    const onSettingsChange = vi.fn();
    const { root } = reader({ speechRate: 1.25, speechVoice: 'en-2' }, onSettingsChange);
    act(() => byTestId(root, 'read-aloud')!.click());
    expect(spoken[0]).toMatchObject({ rate: 1.25, voice: voices[1], lang: '' });
    const voiceMenu = byTestId(root, 'read-aloud-voice') as HTMLSelectElement;
    // the article states no language: the voices by language, then name
    expect(Array.from(voiceMenu.options, (o) => o.textContent)).toEqual(['Default voice', 'Anna (de-DE)', 'Zed (en-GB)', 'Alex (en-US)']);
    expect(voiceMenu.value).toBe('en-2');
    const rate = byTestId(root, 'read-aloud-rate') as HTMLSelectElement;
    rate.value = '2';
    act(() => void rate.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onSettingsChange).toHaveBeenCalledWith({ speechRate: 2 });
    expect(spoken.at(-1)).toMatchObject({ text: article.title, rate: 2 });
  });

  it('a chosen claim can be read on its own', () => {
    expect(article.claims.length).toBeGreaterThan(0);
    const { root } = reader();
    act(() => byTestId(root, 'claim')!.click());
    act(() => byTestId(root, 'read-claim')!.click());
    const claim = article.claims.find((c) => c.text === spoken[0].text);
    expect(claim).toBeDefined();
    expect(spoken).toHaveLength(1);
    expect(marked(root)).toBe(claim!.text);
    finish();
    expect(spoken).toHaveLength(1);
    expect(byTestId(root, 'read-aloud-bar')).toBeNull();
  });

  it('goes on when the claims arrive after the first paint (the same article, read further)', () => {
    const first = { ...article, claims: [] };
    const view = (a: typeof article, claimsPending: boolean) => <ReaderApp {...readerProps({ kind: 'article', article: a, claimsPending })} />;
    const root = mount(view(first, true));
    act(() => byTestId(root, 'read-aloud')!.click());
    const before = cancels;
    act(() => render(view({ ...first, claims: article.claims }, false), root));
    expect(cancels).toBe(before);
    expect(byTestId(root, 'read-aloud-bar')).not.toBeNull();
    expect(marked(root)).toBe(article.title);
    finish();
    expect(spoken).toHaveLength(2);
  });

  it('closing the reader silences it', () => {
    const { root } = reader();
    act(() => byTestId(root, 'read-aloud')!.click());
    const before = cancels;
    act(() => render(null, root));
    expect(cancels).toBeGreaterThan(before);
  });

  it('without speech synthesis there is no Listen button, and L does nothing', () => {
    delete (globalThis as Record<string, unknown>).speechSynthesis;
    const { root, dialog } = reader();
    expect(byTestId(root, 'read-aloud')).toBeNull();
    act(() => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true, cancelable: true })));
    expect(byTestId(root, 'read-aloud-bar')).toBeNull();
  });
});
