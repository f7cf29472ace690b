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
  return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(removal)), changes) as T;
}

/** A copy of `removal` without `key`, its HTML still written on first read. */
export function removalWithout<T extends Removal, K extends keyof T>(removal: T, key: K): Omit<T, K> {
  const descriptors = Object.getOwnPropertyDescriptors(removal) as PropertyDescriptorMap;
  delete descriptors[key as string];
  return Object.defineProperties({}, descriptors) as Omit<T, K>;
}
