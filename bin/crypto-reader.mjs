#!/usr/bin/env node
// Entry point of the crypto-reader command: runs the TypeScript CLI through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
// A reader that stops reading (`crypto-reader clean … | head`) ends the run quietly, without a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
