// The page-side bench code (scripts/bench/page-entry.ts) bundled for injection into a page: minified for
// timing, or not, so that a profile names the functions of lib/.
import { build } from 'esbuild';

export async function benchPageCode({ minify }: { minify: boolean }): Promise<{ code: string }> {
  const bundle = await build({ entryPoints: ['scripts/bench/page-entry.ts'], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify, write: false, logLevel: 'error' });
  return { code: bundle.outputFiles[0].text };
}
