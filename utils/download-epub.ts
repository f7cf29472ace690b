// The reader asks the background to make and save the EPUB (the zip code lives there, out of the reader's
// script); pictures go as base64, a message carrying text.
import type { Article } from '../lib/types.ts';
import type { EmbeddedImage } from '../lib/export/epub.ts';
import { sendToBackground } from './messages.ts';
import { base64Of } from '../lib/base64.ts';

export function downloadEpub(filename: string, article: Article, images: EmbeddedImage[]): Promise<{ downloadId: number }> {
  return sendToBackground('download-epub', { filename, article, images: images.map(({ src, mime, bytes }) => ({ src, mime, base64: base64Of(bytes) })) });
}
