// The reader's side of reading positions: on opening, the view scrolls to where the person left off in
// the article; while they read, where they are is measured once a frame and reported (at most every
// 0.3 s, and once more when the view closes or the page goes).
import { useEffect } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Article } from '../lib/types.ts';
import { blockOf, positionAt, type ReadingPosition } from '../lib/reading-position.ts';

/** How often, at most, a position is reported while the person scrolls. */
const REPORT_EVERY_MS = 300;

/** The blocks of the view and the scrolling element (the reader's dialog) whose top edge reads them, under its toolbar. */
function viewOf(layout: HTMLElement): { scroller: HTMLElement; blocks: HTMLElement[]; inset: number } | null {
  const scroller = layout.closest('dialog') as HTMLElement | null;
  if (!scroller) return null;
  const toolbar = scroller.querySelector('.toolbar') as HTMLElement | null;
  return { scroller, blocks: Array.from(layout.querySelectorAll<HTMLElement>('[data-block]')), inset: toolbar?.offsetHeight ?? 0 };
}

/** A block's top edge in the scroller's content. */
function topOf(element: HTMLElement, scroller: HTMLElement): number {
  return element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

export function useReadingPosition(layout: RefObject<HTMLElement | null>, article: Article, initial: ReadingPosition | null | undefined, report: ((position: ReadingPosition | null) => void) | undefined): void {
  // back to where the person left off: once, when the article is first shown
  // (in the next frame: the dialog opens in its own effect, after this one, and is laid out only then)
  useEffect(() => {
    if (!initial) return;
    const frame = requestAnimationFrame(() => {
      const view = layout.current && viewOf(layout.current);
      if (!view) return;
      const index = blockOf(initial, article.blocks.map((b) => b.text));
      const element = index === null ? undefined : view.blocks.find((b) => b.dataset.block === String(index));
      if (element) view.scroller.scrollTop = topOf(element, view.scroller) + initial.fraction * element.offsetHeight - view.inset;
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    const view = layout.current && viewOf(layout.current);
    if (!view || !report) return;
    const { scroller } = view;
    const current = () => {
      const blocks = Array.from(layout.current?.querySelectorAll<HTMLElement>('[data-block]') ?? []).map((element) => ({
        top: topOf(element, scroller),
        height: element.offsetHeight,
        text: article.blocks[Number(element.dataset.block)]?.text ?? '',
      }));
      return positionAt(blocks, scroller.scrollTop + view.inset);
    };
    // Where the person is, measured once a frame while they scroll (the view is gone by the time it
    // closes: Preact removes it before effects are cleaned up), reported at most every REPORT_EVERY_MS.
    let latest: ReadingPosition | null = null;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const measure = () => {
      frame = 0;
      if (scroller.isConnected) latest = current();
    };
    /** Report where the person is now, when a report is due. */
    const reportDue = () => {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
      if (frame) {
        cancelAnimationFrame(frame);
        measure();
      }
      report(latest);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(measure);
      timer ??= setTimeout(reportDue, REPORT_EVERY_MS);
    };
    // leaving the page (a reload, a link) within that time keeps it too: the reader is not closed then
    const window = scroller.ownerDocument.defaultView;
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window?.addEventListener('pagehide', reportDue);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      window?.removeEventListener('pagehide', reportDue);
      // closing within that time still keeps where the person was
      reportDue();
    };
  }, [article, report]);
}
