// Builds the command-line tool to plain JavaScript (dist/cli.mjs, and dist/render-worker.mjs for its
// worker threads), so that it starts without compiling
// TypeScript on every run (bin/crypto-reader.mjs runs it; through tsx only when the sources changed
// since). Its dependencies stay in node_modules. Run by npm run build and after npm install.
import { build } from 'esbuild';

await build({
  // the command, and the worker threads it starts on long runs (cli/render-pool.ts)
  entryPoints: { cli: 'cli/main.ts', 'render-worker': 'cli/render-worker.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: 'dist',
  // the pipeline in chunks of its own, loaded by the command only once it cleans (cli/main.ts): help and
  // wrong arguments answer without loading it
  splitting: true,
  chunkNames: '[name]-[hash]', // beside cli.mjs: render-pool finds ./render-worker.mjs from its chunk
  outExtension: { '.js': '.mjs' },
  sourcemap: 'linked',
  logLevel: 'warning',
});
