// The article's pictures for the EPUB, copied from the pictures the page has already loaded (drawn on a
// canvas): no request is made. A picture from another site that does not allow it (no CORS) cannot be
// read back from the canvas ("tainted"): it stays a link in the book. The page is not changed.
import type { Article } from '../lib/types.ts';
import type { EmbeddedImage } from '../lib/export/epub.ts';
import { pictureSources } from '../lib/export/picture-sources.ts';

/** Pictures larger than this (either side) are scaled down: a book needs no 4,000-pixel photo. */
const MAX_SIDE = 1600;

export async function copyPageImages(article: Article): Promise<EmbeddedImage[]> {
  const sources = article.blocks.flatMap((block) => pictureSources(block.html ?? ''));
  const loaded = Array.from(document.images).filter((img) => img.complete && img.naturalWidth > 0);
  const copies: EmbeddedImage[] = [];
  for (const src of new Set(sources)) {
    const img = loaded.find((candidate) => candidate.currentSrc === src || candidate.src === src);
    const copy = img && (await copyOf(img, src));
    if (copy) copies.push(copy);
  }
  return copies;
}

async function copyOf(img: HTMLImageElement, src: string): Promise<EmbeddedImage | null> {
  const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(img.naturalWidth * scale);
  canvas.height = Math.round(img.naturalHeight * scale);
  const mime = /\.jpe?g(?:$|[?#])/i.test(src) ? 'image/jpeg' : 'image/png';
  try {
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, mime, 0.85));
    return blob ? { src, mime, bytes: new Uint8Array(await blob.arrayBuffer()) } : null;
  } catch {
    return null; // another site's picture the page may show but not share: a link in the book
  }
}
