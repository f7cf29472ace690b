// A removal's sanitised HTML ("Show in place" in the Removed panel, the exports) is written when it is
// first read, not while the page is read: the reader paints the article first. Until then the removal
// holds the removed element, detached from the page's copy and never changed again; once written, the
// HTML is a plain property like any other (JSON, structuredClone and spreads read it as one).
import type { Removal } from './types.ts';

/**
 * Give `removal` the HTML `write` returns, written on its first read. Its copies (copyOfRemoval: the
 * reader's view without the site's learned blocks) share the writing: it is done once, for whichever is
 * read first, and then lets go of the element.
 */
export function setHtmlOnFirstRead(removal: Removal, write: () => string): void {
  let pending: (() => string) | null = write;
  let written = '';
  const html = () => {
    if (pending) {
      written = pending();
      pending = null;
    }
    return written;
  };
  Object.defineProperty(removal, 'html', {
    configurable: true,
    enumerable: true,
    get(this: Removal) {
      const value = html();
      Object.defineProperty(this, 'html', { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
    set(this: Removal, value: string) {
      Object.defineProperty(this, 'html', { value, configurable: true, enumerable: true, writable: true });
    },
  });
}

/**
 * Write every removal's HTML not yet written: the reader does this once the article is painted, so the
 * removals stop holding the page's copy.
 */
export function writeRemovalHtml(removed: readonly Removal[]): void {
  for (const removal of removed) void removal.html;
}

/** A copy of `removal` with `changes`, its HTML still written on first read. */
export function copyOfRemoval<T extends Removal>(removal: T, changes: Partial<T> = {}): T {
  return Object.assign(copyLeavingOut(removal), changes) as T;
}

/** A copy of `removal` without `key`, its HTML still written on first read. */
export function removalWithout<T extends Removal, K extends keyof T>(removal: T, key: K): Omit<T, K> {
  return copyLeavingOut(removal, key) as Omit<T, K>;
}

/**
 * The removal's properties in their order, `key` left out; the HTML as it stands: still to be written
 * (the one property setHtmlOnFirstRead makes a getter, whose writing the copy shares) or written. Plain
 * assignments: copying every property descriptor made each copy a slow object (7-12 µs a copy in Node,
 * under 2 µs so).
 */
function copyLeavingOut(removal: Removal, key?: PropertyKey): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(removal)) {
    if (name === key) continue;
    if (name === 'html') Object.defineProperty(copy, 'html', Object.getOwnPropertyDescriptor(removal, 'html')!);
    else copy[name] = removal[name as keyof Removal];
  }
  return copy;
}
