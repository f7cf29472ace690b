// How a line of text reads: list item, caption, heading or paragraph. Used by the text adapter, where
// there is no markup to say so.
import type { BlockType } from '../types.ts';
import { wordCount } from '../text.ts';

/** "• ", "- ", "· ", "* ", "1. ", "2) " at the start of a line. */
export const LIST_MARKER = /^(?:[•·▪‣◦*\-–]|\d{1,2}[.)])\s+/;

/** Image captions and data-source notes: "Image Source: …", "Note: Data as of …", "Source: …". */
const CAPTION = /(?:^|\.\s)(?:image|photo|picture|chart|graphic)\s*(?:source|credit)s?\s*:|^(?:note|source|data source|chart|image|photo)\s*:/i;

/** "Jason:", "David Sacks (referred to as Sacks below):" — a speaker in a transcript, not a heading. */
const SPEAKER_PREFIX = /^[\p{Lu}][\p{L}.'’ -]{0,40}(?:\([^)]{0,80}\))?\s*:\s/u;

/** Sentence-final punctuation that a heading does not end with. */
const ENDS_LIKE_PROSE = /[.!,;:…"”'’)]$/;

export function classifyLine(line: string): { type: BlockType; text: string } {
  if (LIST_MARKER.test(line)) return { type: 'list-item', text: line.replace(LIST_MARKER, '') };
  if (CAPTION.test(line)) return { type: 'caption', text: line };
  if (looksLikeHeading(line)) return { type: 'heading', text: line };
  return { type: 'paragraph', text: line };
}

function looksLikeHeading(line: string): boolean {
  if (line.length > 150 || !/^[\p{Lu}\p{N}"“「'‘$(]/u.test(line)) return false;
  const words = wordCount(line);
  // FAQ questions are headings; a question put by a speaker in a transcript is not.
  if (line.endsWith('?')) return words <= 20 && !SPEAKER_PREFIX.test(line);
  return words <= 15 && !ENDS_LIKE_PROSE.test(line);
}
