// Where a person left off in an article (issue 12, "reading position"): the block at the top of the view
// and how far into it, kept per article address so that reopening the article returns there. A block is
// named by its place and a hash of its text: an article read again after it changed finds the block by
// its text, wherever it moved. Pure; utils/reading-positions.ts keeps the positions in storage.
import { blockFingerprint } from './template-blocks.ts';

export interface ReadingPosition {
  /** The block at the top of the view. */
  block: number;
  /** How far into that block the top of the view is, 0 to 1. */
  fraction: number;
  /** The block's fingerprint (a hash of its text, lib/template-blocks.ts), to find it again in a changed article. */
  text: number;
}

/** Positions kept: the least recently read article's goes first. */
export const MAX_READING_POSITIONS = 300;

/** One position: [address hash, block, fraction, text hash]. */
type Entry = [number, number, number, number];

export interface ReadingPositions {
  version: 1;
  /** Least recently saved first. */
  entries: Entry[];
}

export const NO_READING_POSITIONS: ReadingPositions = { version: 1, entries: [] };

export function isReadingPositions(value: unknown): value is ReadingPositions {
  const positions = value as ReadingPositions | null;
  return typeof positions === 'object' && positions !== null && positions.version === 1 && Array.isArray(positions.entries) && positions.entries.every((e) => Array.isArray(e) && e.length === 4 && e.every(Number.isFinite));
}

/** Whether a value (a message's) is a position, or null (at the start). */
export function isReadingPosition(value: unknown): value is ReadingPosition | null {
  const p = value as ReadingPosition | null;
  return p === null || (typeof p === 'object' && [p.block, p.fraction, p.text].every(Number.isFinite));
}

/**
 * The position of a view scrolled to `top`, given each block's top edge and height in the same
 * coordinates (in order); null at the article's start, where there is nothing to come back to.
 */
export function positionAt(blocks: readonly { top: number; height: number; text: string }[], top: number): ReadingPosition | null {
  const index = blocks.findIndex((b) => b.top + b.height > top);
  if (index <= 0 && (blocks[0]?.top ?? 0) >= top) return null;
  const at = index < 0 ? blocks.length - 1 : index;
  const block = blocks[at];
  const fraction = block.height > 0 ? Math.min(1, Math.max(0, (top - block.top) / block.height)) : 0;
  return { block: at, fraction, text: blockFingerprint(block.text) };
}

/** The block a saved position points at in the article as it is now: the same text at the same place, or that text elsewhere; null when it is gone. */
export function blockOf(position: ReadingPosition, texts: readonly string[]): number | null {
  if (position.block < texts.length && blockFingerprint(texts[position.block]) === position.text) return position.block;
  const moved = texts.findIndex((text) => blockFingerprint(text) === position.text);
  return moved >= 0 ? moved : null;
}

export function positionOf(positions: ReadingPositions, address: number): ReadingPosition | null {
  const entry = positions.entries.find((e) => e[0] === address);
  return entry ? { block: entry[1], fraction: entry[2], text: entry[3] } : null;
}

/** The positions with this article's saved (or, at null, forgotten: read from its start); a new object. */
export function savePosition(positions: ReadingPositions, address: number, position: ReadingPosition | null, max = MAX_READING_POSITIONS): ReadingPositions {
  const others = positions.entries.filter((e) => e[0] !== address);
  const entries: Entry[] = position ? [...others, [address, position.block, Math.round(position.fraction * 1000) / 1000, position.text]] : others;
  return { version: 1, entries: entries.slice(-max) };
}
