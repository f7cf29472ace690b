// Where the reader's script leaves its key handler for entrypoints/reader-keys.ts: a symbol on the global
// of the extension's isolated world, shared by its content scripts and out of the page's reach.

/** Returns true when the reader took the key (the page then never sees it). */
export type ReaderKeyHandler = (event: KeyboardEvent) => boolean;

export const READER_KEYS = Symbol.for('crypto-reader.keys');
