// Renders every corpus dump as the site serves it (scripts/site-template.ts), for reading and for the
// parity test's pages on disk: npm run render:corpus [-- DIR]   (default out/template)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSitePage } from './site-template.ts';
import { writeFileAtomic } from '../cli/write-atomic.ts';

const source = 'test/fixtures/corpus';
const target = process.argv[2] ?? 'out/template';
for (const file of readdirSync(source).filter((f) => f.endsWith('.txt')).sort()) {
  const path = join(target, file.replace(/\.txt$/, '.html'));
  writeFileAtomic(path, renderSitePage(readFileSync(join(source, file), 'utf8')));
  console.log(path);
}
