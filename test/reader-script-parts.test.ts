// The reader's first paint needs only what it shows: its own script leaves out the code that reads claims,
// which the background injects after the paint (entrypoints/claims.ts). Checked on the modules esbuild
// bundles from each entrypoint (WXT's own imports left outside).
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

async function bundledModules(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    external: ['wxt', 'wxt/*', '@wxt-dev/*'],
    loader: { '.css': 'empty' },
  });
  return Object.keys(result.metafile!.inputs);
}

describe('the reader script and the claims script', () => {
  it('the reader script holds no code that reads claims (only the panel helpers of lib/claims)', async () => {
    const modules = await bundledModules('entrypoints/reader.content/index.tsx');
    expect(modules).toContain('lib/extract-page.ts');
    expect(modules).toContain('components/ClaimsSidebar.tsx');
    expect(modules.filter((path) => path.startsWith('lib/claims/')).sort()).toEqual(['lib/claims/languages.ts', 'lib/claims/restatements.ts']);
    expect(modules).not.toContain('lib/article-claims.ts');
    // nor the EPUB maker and its zip library: the background makes the book
    expect(modules.filter((path) => path.includes('fflate') || path === 'lib/export/epub.ts')).toEqual([]);
  });

  it('the claims script holds it', async () => {
    const modules = await bundledModules('entrypoints/claims.ts');
    expect(modules).toEqual(expect.arrayContaining(['lib/article-claims.ts', 'lib/claims/index.ts', 'lib/claims/attribution.ts', 'lib/claims/numbers.ts']));
    expect(modules).not.toContain('lib/extract-page.ts');
  });
});
