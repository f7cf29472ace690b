// Builds the command-line tool to plain JavaScript (dist/cli.mjs), so that it starts without compiling
// TypeScript on every run (bin/crypto-reader.mjs runs it; through tsx only when the sources changed
// since). Its dependencies stay in node_modules. Run by npm run build and after npm install.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: 'dist/cli.mjs',
  sourcemap: 'linked',
  logLevel: 'warning',
});
