// The export formats on a real article and on a hostile one: Markdown front matter, standalone HTML,
// JSON, and what page content can and cannot do in them.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../lib/clean-text.ts';
import { extractArticle } from '../lib/extract.ts';
import { toMarkdown } from '../lib/export/markdown.ts';
import { toStandaloneHtml } from '../lib/export/html.ts';
import { toJson } from '../lib/export/json.ts';
import { EXPORT_FORMATS } from '../lib/export/index.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { readCorpus, readFixture } from './support/fixtures.ts';

const article = cleanText(readCorpus('000_80ab6c6d0866ffcd'), { url: 'https://news.mirror.test/a' });

describe('Markdown', () => {
  const md = toMarkdown(article);
  const frontMatter = md.split('\n---\n')[0];

  it('opens with YAML front matter: title, url, byline, published, original, removed counts, claims', () => {
    expect(frontMatter).toMatch(/^---\ntitle: "The Year Trump Embraced Cryptocurrency"\nurl: "https:\/\/news\.mirror\.test\/a"\nbyline: "blockbeats"\n/);
    expect(frontMatter).toContain('published: "2026-01-02T11:00:01"');
    expect(frontMatter).toContain('  translator: "Peggy, BlockBeats"');
    expect(frontMatter).toMatch(/removed:\n {2}related: \d+\n {2}duplicate: 1\n {2}promo: 0\n {2}chrome: \d+\n {2}boilerplate: 0/);
    expect(frontMatter.match(/^ {2}- text: /gm)).toHaveLength(article.claims.length);
  });

  it('keeps hostile text inert: no raw HTML, no front matter break-out', () => {
    const hostile = { ...article, title: 'Evil"\n---\ninjected: true <script>alert(1)</script>', blocks: [{ type: 'paragraph' as const, text: '<img src=x onerror=alert(1)> # not a heading' }], claims: [] };
    const out = toMarkdown(hostile);
    expect(out).toContain('title: "Evil\\"\\n---\\ninjected: true <script>alert(1)</script>"');
    const body = out.slice(out.indexOf('\n---\n') + 5);
    expect(body).not.toMatch(/^---$/m);
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; # not a heading');
    expect(body).not.toMatch(/<script|<img/);
  });

  it('escapes what strict YAML parsers refuse raw: DEL, C1 controls, line separators; a page\'s "---" stays text (issue 10)', () => {
    const title = 'Fees\u007f fell\u0085 again\u2028today';
    const out = toMarkdown({ ...article, title, blocks: [{ type: 'paragraph' as const, text: '---' }], claims: [] });
    const titleLine = out.split('\n').find((line) => line.startsWith('title: '))!;
    expect(titleLine).toBe('title: "Fees\\u007f fell\\u0085 again\\u2028today"');
    expect(JSON.parse(titleLine.slice('title: '.length))).toBe(title);
    const frontMatter = out.slice(0, out.indexOf('\n---\n'));
    expect(frontMatter).not.toMatch(/[\u007f-\u009f\u2028\u2029]/);
    expect(out.slice(out.indexOf('\n---\n') + 5)).toContain('\\---');
  });
});

describe('Markdown from the page\'s markup (Turndown with GFM)', () => {
  const page = `<html lang="en"><head><title>Fees</title></head><body><article><h1>Fees</h1>
    <p>${'Exchange fees fell across the market this quarter, as the largest venues competed for volume. '.repeat(3)}</p>
    <p>Read the <a href="/reports/q3">full report</a> and <em>compare</em> the <strong>maker</strong> rates; <del>0.1%</del> is gone, \`code\` stays: <code>fee_bps</code>.</p>
    <h2>How the rates moved</h2>
    <ol><li>Maker fees fell to 0.02%.</li><li>Taker fees fell to 0.05%.</li></ol>
    <ul><li>Rebates grew.</li><li>Tiers shrank.</li></ul>
    <blockquote><p>"Fees are a race to zero," one trader said.</p></blockquote>
    <pre>fee = volume * rate\nrebate = 0</pre>
    <p><img src="/img/chart.png" alt="Fee chart [Q3]"></p>
    <p>${'Smaller exchanges kept their fees, betting that users value other features more than price. '.repeat(3)}</p>
    </article></body></html>`;
  const md = toMarkdown(extractArticle(parseHtml(page), { url: 'https://news.example/markets/fees' }));
  const body = md.slice(md.indexOf('\n---\n') + 5);

  it('keeps links with absolute addresses, emphasis, strikethrough and code', () => {
    expect(body).toContain('Read the [full report](https://news.example/reports/q3) and *compare* the **maker** rates; ~~0.1%~~ is gone, \\`code\\` stays: `fee_bps`.');
  });

  it('keeps headings, numbered and bulleted lists, quotes, code blocks and images', () => {
    expect(body).toContain('## How the rates moved');
    expect(body).toContain('1. Maker fees fell to 0.02%.\n2. Taker fees fell to 0.05%.');
    expect(body).toContain('- Rebates grew.\n- Tiers shrank.');
    expect(body).toContain('> "Fees are a race to zero," one trader said.');
    expect(body).toContain('```\nfee = volume * rate\nrebate = 0\n```');
    expect(body).toContain('![Fee chart \\[Q3\\]](https://news.example/img/chart.png)');
  });
});

describe('Markdown of hostile markup (review finding)', () => {
  it('a link title or an image alt cannot carry HTML into the file', () => {
    const hostile = {
      ...article,
      claims: [],
      blocks: [
        { type: 'paragraph' as const, text: 'x', html: '<p><a href="https://a.example/(x)" title="a\\&quot; <img src=x onerror=alert(2)> &quot;">link</a> and <em>&lt;script&gt;alert(3)&lt;/script&gt;</em></p>' },
        { type: 'image' as const, text: '', html: `<img src="https://img.example/a.png" alt="<b title='&quot; onload=alert(5) x=&quot;'>">` },
      ],
    };
    const body = toMarkdown(hostile).split('\n---\n')[1];
    expect(body).not.toMatch(/<img|<b\b|<script|onerror/); // the link's title is left out; the alt is text
    expect(body).toContain('[link](https://a.example/%28x%29)');
    expect(body).toContain('*&lt;script&gt;alert(3)&lt;/script&gt;*');
    expect(body).toContain('![&lt;b title=\'" onload=alert(5) x="\'&gt;](https://img.example/a.png)');
  });
});

describe('standalone HTML', () => {
  it('is a whole document with the article, its claims and what was removed, under a CSP that forbids scripts', () => {
    const html = toStandaloneHtml(article);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    expect(html).toContain('<h1>The Year Trump Embraced Cryptocurrency</h1>');
    expect(html).toContain('<section class="claims"><h2>Claims</h2>');
    expect(html).toContain('<li>related: ');
  });

  it('escapes the page: scripts and handlers in a hostile page never reach it', () => {
    const page = `<html><head><title>T&lt;script&gt;</title></head><body><article><h1>Title</h1>
      <p>${'Bitcoin rose on Tuesday as traders returned, analysts said in a note to clients. '.repeat(4)}<script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">link</a></p>
      <p>${'Markets were calm after the announcement, with volumes near their monthly average. '.repeat(4)}<img src="https://img.test/a.png" onerror="alert(3)"></p></article></body></html>`;
    const html = toStandaloneHtml(extractArticle(parseHtml(page), { url: 'https://news.test/x' }));
    expect(html).not.toMatch(/<script>alert|javascript:|onclick|onerror/);
    // A remote image is a link to it: opening the file asks no server for anything (issue 10).
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('<a class="remote-image" href="https://img.test/a.png" rel="noopener noreferrer" referrerpolicy="no-referrer">[Image: image]</a>');
  });

  it('keeps no secrets: no remote loads, no referrer, no opener (issue 10)', () => {
    const page = `<html><head><title>Fees</title></head><body><article><h1>Fees</h1>
      <p>${'Ether fees fell 40% in a week as traders moved to cheaper networks, data from a tracker shows. '.repeat(4)}<a href="https://source.test/fees">the tracker</a></p>
      <figure><img src="https://images.news.test/fee-chart.png" alt="Fee chart"><figcaption>Fees by week</figcaption></figure>
      <p>${'The drop followed an upgrade that cut the cost of posting data by an order of magnitude for rollups. '.repeat(4)}</p></article></body></html>`;
    const html = toStandaloneHtml(extractArticle(parseHtml(page), { url: 'https://news.test/fees' }));
    const csp = html.match(/Content-Security-Policy" content="([^"]+)"/)![1];
    expect(csp).toContain("img-src data:;");
    expect(csp).not.toMatch(/https?:/);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(html).not.toContain('<img src="https://images.news.test');
    expect(html).toContain('[Image: Fee chart]');
    const links = [...html.matchAll(/<a\s[^>]*>/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) expect(link).toMatch(/rel="noopener noreferrer" referrerpolicy="no-referrer"/);
  });

  it('states the article\'s language and direction', () => {
    const rtl = extractArticle(parseHtml(readFixture('pages/rtl-article.html')), { url: 'https://news.example/ar' });
    expect(toStandaloneHtml(rtl)).toContain('<html lang="ar" dir="rtl">');
    expect(toStandaloneHtml(article)).toContain('<html lang="und" dir="ltr">');
  });
});

describe('JSON and the registry', () => {
  it('is the Article as it is', () => {
    expect(JSON.parse(toJson(article))).toEqual(JSON.parse(JSON.stringify(article)));
  });

  it('names each format with its extension and media type', () => {
    expect(Object.entries(EXPORT_FORMATS).map(([name, f]) => [name, f.extension, f.mime])).toEqual([
      ['json', 'json', 'application/json'],
      ['md', 'md', 'text/markdown'],
      ['txt', 'txt', 'text/plain'],
      ['html', 'html', 'text/html'],
    ]);
  });
});
