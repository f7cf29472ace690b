// @vitest-environment jsdom
// Reading position in the reader (issue 12), on a real corpus article: opened with a saved position, the
// view scrolls to that block and that far into it; scrolled, it reports the block at the top of the view,
// at most every 0.3 s, and once more when it closes or the page goes. jsdom has no layout: each block is laid out here, 100
// px tall one under the other, and the dialog's scrolling is a plain number. In Chromium:
// test/e2e/reading-position.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { readerProps } from '../support/reader-props.ts';
import { cleanText } from '../../lib/clean-text.ts';
import { blockFingerprint } from '../../lib/template-blocks.ts';
import type { ReadingPosition } from '../../lib/reading-position.ts';
import { readCorpus } from '../support/fixtures.ts';
import { mount } from '../support/mount.ts';
import '../support/jsdom-dialog.ts';

const article = cleanText(readCorpus('002_d90fbac4610048b4'));
const BLOCK_HEIGHT = 100;

/** Lay the dialog's blocks out one under the other and give the dialog a scroll position of its own. */
function layOut(dialog: HTMLDialogElement): void {
  let scrollTop = 0;
  Object.defineProperty(dialog, 'scrollTop', { get: () => scrollTop, set: (value: number) => void (scrollTop = value), configurable: true });
  dialog.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 1000, height: 800 });
  for (const block of Array.from(dialog.querySelectorAll<HTMLElement>('[data-block]'))) {
    const index = Number(block.dataset.block);
    Object.defineProperty(block, 'offsetHeight', { get: () => BLOCK_HEIGHT, configurable: true });
    block.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 200 + index * BLOCK_HEIGHT - scrollTop, width: 600, height: BLOCK_HEIGHT });
  }
}

function reader(initialPosition: ReadingPosition | null, onPosition = vi.fn()) {
  const root = mount(<ReaderApp {...readerProps({ kind: 'article', article }, { initialPosition, onPosition })} />);
  return { root, dialog: root.querySelector('dialog')!, onPosition };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }));
afterEach(() => {
  // What the fake clock still holds (a frame, Preact's effects after a paint) runs now, while the document is
  // there: dropped with the fake clock, it left Preact waiting on real timers that fired after jsdom was gone.
  act(() => void vi.runOnlyPendingTimers());
  vi.useRealTimers();
});

describe('reading position in the reader', () => {
  it('opens where the person left off: the saved block at the top, that far into it', () => {
    const position = { block: 7, fraction: 0.5, text: blockFingerprint(article.blocks[7].text) };
    const { dialog } = reader(position);
    layOut(dialog);
    act(() => void vi.advanceTimersToNextFrame());
    const toolbar = (dialog.querySelector('.toolbar') as HTMLElement).offsetHeight;
    expect(dialog.scrollTop).toBe(200 + 7 * BLOCK_HEIGHT + BLOCK_HEIGHT / 2 - toolbar);
  });

  it('a block that moved is found by its text; one that is gone leaves the view at the start', () => {
    const moved = { block: 3, fraction: 0, text: blockFingerprint(article.blocks[9].text) };
    const first = reader(moved);
    layOut(first.dialog);
    act(() => void vi.advanceTimersToNextFrame());
    expect(first.dialog.scrollTop).toBe(200 + 9 * BLOCK_HEIGHT);
    act(() => render(null, first.root));
    const gone = reader({ block: 3, fraction: 0, text: blockFingerprint('No paragraph says this.') });
    layOut(gone.dialog);
    act(() => void vi.advanceTimersToNextFrame());
    expect(gone.dialog.scrollTop).toBe(0);
  });

  it('scrolled, reports the block at the top of the view at most every 0.3 s, and once more on closing', () => {
    const { root, dialog, onPosition } = reader(null);
    layOut(dialog);
    dialog.scrollTop = 200 + 12 * BLOCK_HEIGHT + 25;
    dialog.dispatchEvent(new Event('scroll'));
    dialog.scrollTop = 200 + 12 * BLOCK_HEIGHT + 50;
    dialog.dispatchEvent(new Event('scroll'));
    expect(onPosition).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(300));
    expect(onPosition).toHaveBeenCalledTimes(1);
    expect(onPosition).toHaveBeenLastCalledWith({ block: 12, fraction: 0.5, text: blockFingerprint(article.blocks[12].text) });
    // closed within 0.3 s of a scroll (a frame later, as a person's key press is): that position is reported as it closes
    dialog.scrollTop = 200 + 20 * BLOCK_HEIGHT;
    dialog.dispatchEvent(new Event('scroll'));
    act(() => void vi.advanceTimersToNextFrame());
    expect(onPosition).toHaveBeenCalledTimes(1);
    act(() => render(null, root));
    expect(onPosition).toHaveBeenLastCalledWith({ block: 20, fraction: 0, text: blockFingerprint(article.blocks[20].text) });
  });

  it('leaving the page within 0.3 s of a scroll (a reload: the reader is not closed) keeps that position', () => {
    const { dialog, onPosition } = reader(null);
    layOut(dialog);
    dialog.scrollTop = 200 + 30 * BLOCK_HEIGHT;
    dialog.dispatchEvent(new Event('scroll'));
    act(() => void vi.advanceTimersToNextFrame());
    expect(onPosition).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    expect(onPosition).toHaveBeenCalledWith({ block: 30, fraction: 0, text: blockFingerprint(article.blocks[30].text) });
    // and not again when the time is up
    act(() => void vi.advanceTimersByTime(300));
    expect(onPosition).toHaveBeenCalledTimes(1);
  });
});
