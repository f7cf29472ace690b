#!/usr/bin/env node
// Entry point of the crypto-reader command. It runs the CLI as npm run build compiled it (dist/cli.mjs:
// plain JavaScript, it starts at once); in a checkout whose sources changed since that build, or with
// none, it runs the TypeScript itself through tsx, as it always did.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/cli.mjs`;

/** Whether the build is newer than every source it was built from (cli/ and lib/). */
function builtIsCurrent() {
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  for (const folder of ['cli', 'lib']) {
    for (const entry of readdirSync(`${root}${folder}`, { recursive: true })) {
      if (statSync(`${root}${folder}/${entry}`).mtimeMs > builtAt) return false;
    }
  }
  return true;
}

// A reader that stops reading (`crypto-reader clean … | head`) ends the run quietly, without a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
let main;
if (builtIsCurrent()) ({ main } = await import(built));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
