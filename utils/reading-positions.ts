// Reading positions in extension storage: a typed, versioned, bounded item (lib/reading-position.ts says
// what it holds). The reader reads it; the background alone writes it ('save-reading-position'), one
// change after another, so that two tabs saving at once never lose one's position. Nothing is kept from
// a private window (the background sees where a message came from).
import { storage } from 'wxt/utils/storage';
import { oneAfterAnother } from './one-after-another.ts';
import { addressKey } from '../lib/address.ts';
import { isReadingPositions, NO_READING_POSITIONS, positionOf, savePosition, type ReadingPosition, type ReadingPositions } from '../lib/reading-position.ts';

const positionsItem = storage.defineItem<ReadingPositions>('local:reading-positions', { fallback: NO_READING_POSITIONS, version: 1 });

async function readPositions(): Promise<ReadingPositions> {
  const stored = await positionsItem.getValue();
  return isReadingPositions(stored) ? stored : NO_READING_POSITIONS;
}

/** Where the person left off in the article at `url`, if they did. */
export async function readingPositionOf(url: string): Promise<ReadingPosition | null> {
  return positionOf(await readPositions(), addressKey(url));
}

const serially = oneAfterAnother();

/** Background: keep where the person is in the article at `url` (null: at its start, nothing to keep). */
export function saveReadingPosition(url: string, position: ReadingPosition | null): Promise<void> {
  return serially(async () => positionsItem.setValue(savePosition(await readPositions(), addressKey(url), position)));
}
