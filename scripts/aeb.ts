// The article-extraction benchmark as the evaluation scripts read it (../shared/realpages/aeb, or AEB_DIR):
// its hand-checked article text and address by page id, and each page's HTML. A missing copy ends the
// script with a message saying where it should be.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Aeb {
  truth: Record<string, { articleBody: string; url: string }>;
  html(id: string): string;
}

export function readAeb(command: string): Aeb {
  const dir = process.env.AEB_DIR ?? '../shared/realpages/aeb';
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    console.error(`${command}: the benchmark is not at ${dir} (expected ground-truth.json and html/<id>.html.gz there).`);
    console.error('It ships in ../shared/realpages/aeb beside a checkout of this repository; set AEB_DIR to use another copy.');
    process.exit(2);
  }
  return {
    truth: JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')),
    html: (id) => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  };
}
