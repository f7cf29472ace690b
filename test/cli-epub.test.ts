// @vitest-environment jsdom
// `crypto-reader clean … --format epub --out DIR` (issue 12): one EPUB 3 book per input, each with the
// structure an EPUB must have (test/support/epub-structure.ts), the corpus page and a real crypto page.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.ts';
import { CORPUS_DIR } from './support/fixtures.ts';
import { epubStructure } from './support/epub-structure.ts';

describe('crypto-reader clean --format epub', () => {
  it('writes one book per input into --out, each an EPUB 3 with the article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crypto-reader-epub-cli-'));
    try {
      copyFileSync(join(CORPUS_DIR, '003_e9209a1ff0c83050.txt'), join(dir, 'corpus-page.txt'));
      copyFileSync('test/fixtures/crypto/decrypt.co.html', join(dir, 'decrypt.html'));
      const out = join(dir, 'books');
      const stderr: string[] = [];
      const code = await main(['clean', join(dir, 'corpus-page.txt'), join(dir, 'decrypt.html'), '--format', 'epub', '--out', out], { stdout: () => undefined, stderr: (t) => stderr.push(t) });
      expect(stderr).toEqual([]);
      expect(code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['corpus-page.epub', 'decrypt.epub']);
      for (const name of readdirSync(out)) {
        const epub = epubStructure(new Uint8Array(readFileSync(join(out, name))));
        expect(epub.metadata['dc:title']![0].length).toBeGreaterThan(10);
        expect(epub.xhtml.get('article.xhtml')!.body.textContent!.length).toBeGreaterThan(1000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
