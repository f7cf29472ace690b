// Highlights and notes in extension storage: one typed, versioned, bounded item (lib/highlights.ts says
// what it holds). Anyone reads it; the background alone writes it ('save-highlights', 'delete-highlights'),
// one change after another, so that two tabs saving at once never lose one's highlights. The reader asks
// it to keep an article's highlights as they change (a highlight made or deleted at once, a note after a
// pause in typing, and at once when the reader closes or the page goes); the options page lists them all
// and deletes. Nothing is kept from a private window (the background sees where a message came from).
import { storage } from 'wxt/utils/storage';
import { oneAfterAnother } from './one-after-another.ts';
import { EMPTY_HIGHLIGHT_STORE, highlightsOf, isHighlightStore, withArticleHighlights, withoutHighlight, type Highlight, type HighlightStore } from '../lib/highlights.ts';

export const highlightsItem = storage.defineItem<HighlightStore>('local:highlights', { fallback: EMPTY_HIGHLIGHT_STORE, version: 1 });

/** The store as kept; anything unreadable reads as empty. */
export async function readHighlightStore(): Promise<HighlightStore> {
  const stored = await highlightsItem.getValue();
  return isHighlightStore(stored) ? stored : EMPTY_HIGHLIGHT_STORE;
}

/** The highlights kept for the article at `url`. */
export async function highlightsAt(url: string): Promise<Highlight[]> {
  return highlightsOf(await readHighlightStore(), url);
}

/** The background's changes to the store, one after another. */
const serially = oneAfterAnother();
function change(update: (store: HighlightStore) => HighlightStore): Promise<HighlightStore> {
  return serially(async () => {
    const next = update(await readHighlightStore());
    await highlightsItem.setValue(next);
    return next;
  });
}

/** Background: keep the article's highlights (all of them, as they are now; none: the article is dropped). */
export function saveHighlights(article: { url: string; title: string }, highlights: readonly Highlight[]): Promise<HighlightStore> {
  return change((store) => withArticleHighlights(store, article, highlights, Date.now()));
}

/** Background: delete one highlight of the article kept under `address` (or all of them); the store after. */
export function deleteHighlight(address: number, id?: string): Promise<HighlightStore> {
  return change((store) => withoutHighlight(store, address, id));
}

/** How long the reader waits after a note is typed in before keeping it. */
const SAVE_AFTER_MS = 400;

/**
 * A saver for one article: a highlight made or deleted is kept at once (the person may leave the page the
 * next moment); a note typed in, after a short pause in typing, or at once on flush(). `keep` sends the
 * highlights to the one that writes them (the background).
 */
export function highlightSaver(keep: (highlights: Highlight[]) => Promise<unknown>, onError: (error: Error) => void): { save(highlights: Highlight[]): void; flush(): void } {
  let pending: Highlight[] | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let kept = '';
  const idsOf = (highlights: readonly Highlight[]) => highlights.map((h) => h.id).join(' ');
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const highlights = pending;
    pending = null;
    kept = idsOf(highlights);
    void keep(highlights).catch(onError);
  };
  return {
    save(highlights) {
      pending = highlights;
      if (idsOf(highlights) !== kept) flush();
      else timer ??= setTimeout(flush, SAVE_AFTER_MS);
    },
    flush,
  };
}
