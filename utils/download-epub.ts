// The reader asks the background to make and save the EPUB (the zip code lives there, out of the reader's
// script); pictures go as base64, a message carrying text.
import type { Article } from '../lib/types.ts';
import type { EmbeddedImage } from '../lib/export/epub.ts';
import { sendToBackground } from './messages.ts';

export function downloadEpub(filename: string, article: Article, images: EmbeddedImage[]): Promise<{ downloadId: number }> {
  return sendToBackground('download-epub', { filename, article, images: images.map(({ src, mime, bytes }) => ({ src, mime, base64: base64Of(bytes) })) });
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
