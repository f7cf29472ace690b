// The crypto-reader command, run as a person runs it: `node bin/crypto-reader.mjs clean …`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CORPUS_DIR, corpusNames } from './support/fixtures.ts';
import { main } from '../cli/main.ts';

const BIN = join(process.cwd(), 'bin/crypto-reader.mjs');

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let dir: string;
const good = () => join(dir, 'good.txt');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crypto-reader-cli-'));
  copyFileSync(join(CORPUS_DIR, '003_e9209a1ff0c83050.txt'), good());
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\n \t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 cr\xe8me: Bitcoin \xe0 100k\n', 'latin1'));
  writeFileSync(join(dir, 'notes.pdf'), 'not a page');
  writeFileSync(join(dir, 'broken.html.gz'), 'this is not gzip');
  symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt')); // a link to itself: exists, cannot be read
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crypto-reader clean --format json', () => {
  it('prints one JSON array of Articles, one per input in the order given', () => {
    const names = corpusNames();
    const { code, stdout, stderr } = run(['clean', ...names.map((n) => join(CORPUS_DIR, `${n}.txt`)).reverse()]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const articles = JSON.parse(stdout);
    expect(articles.map((a: { input: string }) => a.input)).toEqual(names.map((n) => join(CORPUS_DIR, `${n}.txt`)).reverse());
    for (const article of articles) {
      expect(Object.keys(article)).toEqual(expect.arrayContaining(['title', 'byline', 'publishedTime', 'original', 'blocks', 'removed', 'claims', 'detection']));
      expect(article.blocks[0]).toMatchObject({ type: expect.any(String), text: expect.any(String) });
      expect(article.removed[0]).toMatchObject({ rule: expect.any(String), category: expect.stringMatching(/^(related|duplicate|promo|chrome|boilerplate)$/), text: expect.any(String) });
    }
    expect(articles.at(-1).publishedTime).toBe('2026-01-02T11:00:01');
    const claims = articles.at(-1).claims;
    expect(claims.length).toBeGreaterThan(50);
    expect(claims[0]).toMatchObject({ text: expect.any(String), type: expect.any(String), block: expect.any(Number), start: expect.any(Number), end: expect.any(Number), sourcing: expect.any(String) });
  });

  it('cleans a folder, .html and .html.gz pages (DOM pipeline) with --url', () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    const html = readFileSync('test/fixtures/crypto/decrypt.co.html');
    writeFileSync(join(pages, 'a.html'), html);
    writeFileSync(join(pages, 'b.html.gz'), gzipSync(html));
    writeFileSync(join(pages, 'ignored.json'), '{}');
    const { code, stdout } = run(['clean', pages, '--url', 'https://decrypt.co/313234/tariffs']);
    expect(code).toBe(0);
    const [a, b] = JSON.parse(stdout);
    expect(a.title).toBe('Tariffs Are Just the Tip of the Iceberg, Warns Billionaire Investor Ray Dalio');
    expect(b.blocks).toEqual(a.blocks);
    expect(a.url).toBe('https://decrypt.co/313234/tariffs');
    expect(a.detection.signals).toContain('crypto-news-host:decrypt.co');
    expect(JSON.stringify(a.blocks)).not.toContain('Daily Debrief Newsletter');
  });
});

describe('other formats and --out', () => {
  it('prints Markdown with front matter and plain text', () => {
    const md = run(['clean', good(), '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^---\ntitle: "MSTR’s Potential Index Removal: Implications and Insights"\n/);
    expect(md.stdout).toContain('\n## Key Takeaways\n');
    const txt = run(['clean', good(), '--format', 'txt']);
    expect(txt.stdout.split('\n')[0]).toBe('MSTR’s Potential Index Removal: Implications and Insights');
    expect(txt.stdout).not.toContain('WEEX');
  });

  it('writes one whole file per input into --out and leaves no temporary files', () => {
    const out = join(dir, 'out');
    const { code, stdout } = run(['clean', CORPUS_DIR, '--format', 'md', '--out', out]);
    expect(code).toBe(0);
    const written = readdirSync(out).sort();
    expect(written).toEqual(corpusNames().map((n) => `${n}.md`));
    expect(stdout.trim().split('\n')).toHaveLength(5);
    // The body is the reviewed cleaned article; the front matter adds the claims.
    const body = (md: string) => md.slice(md.indexOf('\n---\n') + 5);
    for (const name of corpusNames()) {
      const written = readFileSync(join(out, `${name}.md`), 'utf8');
      expect(body(written)).toBe(body(readFileSync(`test/expected/corpus/${name}.md`, 'utf8')));
      expect(written).toMatch(/\nclaims:\n  - text: "/);
    }
  });

  it('reports an --out it cannot write to, and writes nothing there', () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where the folder should be');
    const { code, stderr } = run(['clean', good(), '--out', blocked]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/good\.txt: could not write/);
    expect(readFileSync(blocked, 'utf8')).toBe('a file where the folder should be');
  });
});

describe('bad input', () => {
  const cases: [string, RegExp][] = [
    ['missing.txt', /missing\.txt: no such file or folder/],
    ['loop.txt', /loop\.txt: cannot be read \(a symbolic link that leads back to itself\)/],
    ['empty.txt', /empty\.txt: is empty$/m],
    ['blank.txt', /blank\.txt: is empty \(only whitespace\)/],
    ['binary.txt', /binary\.txt: looks binary/],
    ['notes.pdf', /notes\.pdf: unsupported file type/],
    ['broken.html.gz', /broken\.html\.gz: is not valid gzip data/],
  ];

  it.each(cases)('%s: one line on stderr naming it, the other files still cleaned, exit code 1', (name, message) => {
    const before = sha(good());
    const { code, stdout, stderr } = run(['clean', join(dir, name), good()]);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^crypto-reader: /);
    expect(lines[0]).toContain(join(dir, name));
    expect(lines[0]).toMatch(message);
    const articles = JSON.parse(stdout);
    expect(articles).toHaveLength(1);
    expect(articles[0].input).toBe(good());
    expect(sha(good())).toBe(before);
  });

  it('never modifies its inputs', () => {
    const inputs = corpusNames().map((n) => join(CORPUS_DIR, `${n}.txt`));
    const before = inputs.map(sha);
    run(['clean', ...inputs, '--corpus', '--format', 'md', '--out', join(dir, 'out2')]);
    expect(inputs.map(sha)).toEqual(before);
  });

  it('explains usage errors with exit code 2', () => {
    expect(run([]).code).toBe(2);
    expect(run(['clean']).stderr).toMatch(/nothing to clean/);
    expect(run(['clean', good(), '--format', 'pdf']).stderr).toMatch(/--format must be json, md, txt, html or epub/);
    const epubToStdout = run(['clean', good(), '--format', 'epub']);
    expect(epubToStdout.code).toBe(2);
    expect(epubToStdout.stderr).toMatch(/--format epub writes one book per input: give --out DIR/);
    expect(run(['clean', good(), '--url', 'not a url']).stderr).toMatch(/--url must be an http\(s\) address/);
    // a space in the host is no address a browser would open (issue 10)
    const spaced = run(['clean', good(), '--url', 'http://a b/c']);
    expect(spaced.code).toBe(2);
    expect(spaced.stderr).toMatch(/--url must be an http\(s\) address, not "http:\/\/a b\/c"/);
    expect(run(['frobnicate', good()]).stderr).toMatch(/unknown command "frobnicate"/);
    expect(run(['--help']).code).toBe(0);
  });
});

describe('--corpus', () => {
  it('removes the related cards that recur across pages even where the "You may also like" heading is missing', () => {
    const corpus = join(dir, 'corpus-no-heading');
    mkdirSync(corpus);
    for (const name of corpusNames()) {
      const text = readFileSync(join(CORPUS_DIR, `${name}.txt`), 'utf8').replace(/^You may also like$/m, '');
      writeFileSync(join(corpus, `${name}.txt`), text);
    }
    const card = 'Token Cannot Compound, Where Is the Real Investment Opportunity?';
    const single = JSON.parse(run(['clean', join(corpus, '000_80ab6c6d0866ffcd.txt')]).stdout)[0];
    expect(single.blocks.map((b: { text: string }) => b.text)).toContain(card);

    const [first] = JSON.parse(run(['clean', corpus, '--corpus']).stdout);
    const texts = first.blocks.map((b: { text: string }) => b.text);
    expect(texts).not.toContain(card);
    expect(texts.join('\n')).not.toContain('Inter-agency Coordination');
    expect(first.removed.some((r: { rule: string; category: string }) => r.rule === 'recurring-block' && r.category === 'boilerplate')).toBe(true);
    // The article itself is whole: its last paragraph is still there.
    expect(texts).toContain("Weeks later, Plume announced another potential key connection: a business partnership with the Trump family's crypto company, World Liberty.");
  });
});

describe('charset', () => {
  it('reads a windows-1252 text file as a browser would, and a UTF-16 file with its byte-order mark', () => {
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café crème: Bitcoin à 100k\n', 'utf16le')]));
    for (const name of ['latin1.txt', 'utf16.txt']) {
      const { code, stdout, stderr } = run(['clean', '--format', 'txt', join(dir, name)]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('Café crème: Bitcoin à 100k');
    }
  });
});

describe('fixes from review', () => {
  it('--out pointing at the input folder refuses to write over the inputs', () => {
    const folder = join(dir, 'same-folder');
    mkdirSync(folder);
    copyFileSync(good(), join(folder, 'page.txt'));
    const before = sha(join(folder, 'page.txt'));
    const { code, stderr } = run(['clean', folder, '--format', 'txt', '--out', folder]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/page\.txt: its output .*page\.txt would overwrite an input; choose another --out folder/);
    expect(sha(join(folder, 'page.txt'))).toBe(before);
  });

  it('--out given as a symlink to the input folder refuses too: real paths are compared (issue 10)', () => {
    const folder = join(dir, 'linked-folder');
    mkdirSync(folder);
    copyFileSync(good(), join(folder, 'page.txt'));
    symlinkSync(folder, join(dir, 'link-to-inputs'));
    const before = sha(join(folder, 'page.txt'));
    const { code, stderr } = run(['clean', folder, '--format', 'txt', '--out', join(dir, 'link-to-inputs')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/page\.txt: its output .*page\.txt would overwrite an input; choose another --out folder/);
    expect(sha(join(folder, 'page.txt'))).toBe(before);
  });

  it('a closed pipe ends the run quietly: `clean … | head -c 100` prints no EPIPE stack trace (issue 10)', () => {
    const inputs = corpusNames().map((n) => JSON.stringify(join(CORPUS_DIR, `${n}.txt`))).join(' ');
    const result = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} clean ${inputs} --format md | head -c 100 >/dev/null`], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('control characters in a file name are printed escaped, not sent to the terminal (issue 10)', () => {
    const folder = join(dir, 'escapes');
    mkdirSync(folder);
    const name = '\u001b[31mred\u0007.txt';
    writeFileSync(join(folder, name), '');
    const { code, stderr } = run(['clean', join(folder, name)]);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(stderr).toContain('\\x1b[31mred\\x07.txt');
  });

  it('a page with a few stray NUL bytes past its start is read, as browsers read it (trafilatura page 9b02f838e67002d9, issue 10)', () => {
    const page = join(dir, 'stray-nul.html');
    const article = '<p>Bitcoin miners sold 4,200 BTC in October, the most in a month since the halving, data from Hashrate Index shows.</p>';
    writeFileSync(page, Buffer.concat([Buffer.from(`<html><head><title>Miners sell</title></head><body><article><h1>Miners sell</h1>${article.repeat(80)}`), Buffer.alloc(11), Buffer.from('</article></body></html>')]));
    const { code, stdout } = run(['clean', page, '--format', 'txt']);
    expect(code).toBe(0);
    expect(stdout).toContain('Bitcoin miners sold 4,200 BTC');
  });

  it('a compression bomb is refused at 32 MB with a clear message, memory bounded (issue 10)', () => {
    const bomb = join(dir, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.concat([Buffer.from('<p>'), Buffer.alloc(100 * 2 ** 20, 0x61), Buffer.from('</p>')]), { level: 9 }));
    const { code, stderr } = run(['clean', bomb, good(), '--format', 'txt']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bomb\.html\.gz: expands to more than 32 MB, more than any web page/);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('--corpus with the same page twice (a copy) keeps the article', () => {
    const corpus = join(dir, 'corpus-with-copy');
    mkdirSync(corpus);
    for (const name of corpusNames()) copyFileSync(join(CORPUS_DIR, `${name}.txt`), join(corpus, `${name}.txt`));
    copyFileSync(join(CORPUS_DIR, '003_e9209a1ff0c83050.txt'), join(corpus, 'zz-copy.txt'));
    const articles = JSON.parse(run(['clean', corpus, '--corpus']).stdout);
    const copy = articles.find((a: { input: string }) => a.input.endsWith('zz-copy.txt'));
    expect(copy.blocks.length).toBeGreaterThan(20);
    expect(copy.blocks.map((b: { text: string }) => b.text)).toContain('The Problem at Hand');
  });

  it('a date without a zone is the same date in every time zone', () => {
    const page = join(dir, 'dated.html');
    writeFileSync(page, `<html><head><meta property="article:published_time" content="November 12, 2025"><title>T</title></head><body><article><h1>T</h1><p>${'Bitcoin rose on Tuesday, traders said. '.repeat(20)}</p></article></body></html>`);
    for (const TZ of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC']) {
      const result = spawnSync(process.execPath, [BIN, 'clean', page], { encoding: 'utf8', env: { ...process.env, TZ } });
      expect(JSON.parse(result.stdout)[0].publishedTime, TZ).toBe('2025-11-12');
    }
  });
});

describe('npx crypto-reader', () => {
  it('runs the bin entry of the package after npm ci', () => {
    const result = spawnSync('npx', ['--no-install', 'crypto-reader', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: crypto-reader clean/);
  });
});

describe('the compiled command (dist/cli.mjs, issue 11)', () => {
  // npm test builds first (npm run build compiles the CLI): the command runs that build, not tsx.
  it('is built from the current sources and cleans the corpus as the TypeScript does', async () => {
    const built = join(process.cwd(), 'dist/cli.mjs');
    expect(existsSync(built), 'npm run build writes dist/cli.mjs').toBe(true);
    const { main: builtMain } = (await import(built)) as { main: typeof main };
    const outputs: string[] = [];
    for (const entry of [builtMain, main]) {
      let stdout = '';
      const code = await entry(['clean', CORPUS_DIR, '--format', 'md', '--corpus', '--now', '2026-01-15T12:00:00Z'], { stdout: (text) => (stdout += text), stderr: () => {} });
      expect(code).toBe(0);
      outputs.push(stdout);
    }
    expect(outputs[0].length).toBeGreaterThan(10_000);
    expect(outputs[0]).toBe(outputs[1]);
  });
});

describe('what the command loads (issue 11: it starts at once)', () => {
  it('checks --format against the export formats and EPUB, from a list that loads nothing', async () => {
    const { CLI_FORMATS } = await import('../cli/formats.ts');
    const { EXPORT_FORMATS } = await import('../lib/export/index.ts');
    expect([...CLI_FORMATS]).toEqual([...Object.keys(EXPORT_FORMATS), 'epub']);
  });

  it('answers --help, a wrong argument and a missing file without loading the pipeline (no DOM library, no Readability)', () => {
    // A module hook that writes down every module the command resolves (node:module register, in Node 20)
    const hooks = `import { appendFileSync } from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(process.env.LOADED_LOG, r.url + '\\n'); return r; }`;
    const register = join(dir, 'log-loaded.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));\n`);
    const loaded = (args: string[]) => {
      const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
      const result = spawnSync(process.execPath, ['--import', register, BIN, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC', LOADED_LOG: log } });
      return { code: result.status, urls: existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [] };
    };
    for (const args of [['--help'], ['clean', join(dir, 'no-such-page.html')], ['clean', good(), '--format', 'pdf']]) {
      const { code, urls } = loaded(args);
      expect(code, args.join(' ')).not.toBeNull();
      expect(urls.some((url) => url.endsWith('/bin/crypto-reader.mjs')), 'the hook saw the command start').toBe(true);
      expect(urls.filter((url) => /linkedom|readability|turndown|jszip/i.test(url)), args.join(' ')).toEqual([]);
    }
    // cleaning loads them
    expect(loaded(['clean', good()]).urls.some((url) => /linkedom|readability/i.test(url))).toBe(true);
  });
});
