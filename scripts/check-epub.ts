// The EPUB export against the whole EPUB 3 specification: epubcheck (Debian's package, Java) over a book
// of every fixture page (the corpus in the site template, the real crypto pages, Readability's test pages,
// the AEB sample, the 103 news pages of the claims sets, the pages written for the reader's tests). Prints each book's verdict and a count. Run: npm run check:epub
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toEpub } from '../lib/export/epub.ts';
import { extractArticle } from '../lib/extract.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { renderSitePage } from './site-template.ts';

const EPUBCHECK = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
if (!existsSync(EPUBCHECK)) {
  console.error(`check:epub: no epubcheck at ${EPUBCHECK}. Install Debian's: apt-get install epubcheck (or set EPUBCHECK_JAR).`);
  process.exit(2);
}

const pages: { name: string; html: string; url: string }[] = [];
for (const f of readdirSync('test/fixtures/corpus').sort()) pages.push({ name: `template/${f}`, html: renderSitePage(readFileSync(join('test/fixtures/corpus', f), 'utf8')), url: 'https://www.weex.com/news/a' });
for (const f of readdirSync('test/fixtures/crypto').filter((f) => f.endsWith('.html')).sort()) pages.push({ name: `crypto/${f}`, html: readFileSync(join('test/fixtures/crypto', f), 'utf8'), url: `https://${f.replace(/(--.*)?\.html$/, '')}/a` });
for (const d of readdirSync('test/fixtures/readability').sort()) pages.push({ name: `readability/${d}`, html: readFileSync(join('test/fixtures/readability', d, 'source.html'), 'utf8'), url: 'https://example.com/a' });
for (const f of readdirSync('test/fixtures/aeb').filter((f) => f.endsWith('.html.gz')).sort()) pages.push({ name: `aeb/${f}`, html: gunzipSync(readFileSync(join('test/fixtures/aeb', f))).toString('utf8'), url: 'https://example.com/a' });
for (const f of readdirSync('test/fixtures/claims-pages').filter((f) => f.endsWith('.html.gz')).sort()) pages.push({ name: `claims-pages/${f.slice(0, 40)}`, html: gunzipSync(readFileSync(join('test/fixtures/claims-pages', f))).toString('utf8'), url: 'https://example.com/a' });
for (const f of readdirSync('test/fixtures/pages').filter((f) => f.endsWith('.html')).sort()) pages.push({ name: `pages/${f}`, html: readFileSync(join('test/fixtures/pages', f), 'utf8'), url: 'https://example.com/a' });

const dir = mkdtempSync(join(tmpdir(), 'crypto-reader-epub-'));
let passed = 0;
try {
  for (const page of pages) {
    const file = join(dir, `${page.name.replace(/\W+/g, '-')}.epub`);
    writeFileSync(file, toEpub(extractArticle(parseHtml(page.html), { url: page.url })));
    const run = spawnSync('java', ['-jar', EPUBCHECK, '--quiet', file], { encoding: 'utf8' });
    const problems = `${run.stdout}${run.stderr}`.split('\n').filter((line) => /^(?:ERROR|FATAL|WARNING)/.test(line));
    if (run.status === 0 && problems.length === 0) passed++;
    console.log(`${page.name.padEnd(48)} ${run.status === 0 && problems.length === 0 ? 'valid' : `${problems.length} problems`}`);
    for (const problem of problems.slice(0, 5)) console.log(`  ${problem.slice(0, 240)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const version = spawnSync('java', ['-jar', EPUBCHECK, '--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
console.log(`\n${passed} of ${pages.length} books valid (${version})`);
