// The reader's keys, before the page's: a listener on the window, registered at document_start so it
// runs ahead of any the page adds, hands Escape to the reader when it is open (the reader's script sets
// the handler on this extension's own isolated world, where the page cannot see or replace it). A page
// whose keydown handler swallows Escape cannot keep the reader open. Nothing is added to the page.
import { READER_KEYS, type ReaderKeyHandler } from '../utils/reader-keys.ts';

export default defineUnlistedScript({
  main() {
    const world = globalThis as unknown as Record<symbol, ReaderKeyHandler | undefined>;
    window.addEventListener(
      'keydown',
      (event) => {
        if (world[READER_KEYS]?.(event)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      },
      true,
    );
  },
});
