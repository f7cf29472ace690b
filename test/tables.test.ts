// Tables as tables: a data table is one block with its rows and cells, through the reader's Article, the
// JSON, the HTML export and the Markdown (GFM); a table that lays out a page, or boxes one note, reads as
// text. On a test page written for it (a 10 × 5 table of mining pools) and on real pages of Readability's
// test set: LWN, laid out with tables around its data tables, and a Japanese page laid out with tables.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../lib/extract.ts';
import { isDataTable, tableGrid, tableRows } from '../lib/blocks/table.ts';
import { blocksFromDom } from '../lib/blocks/dom.ts';
import { toMarkdown } from '../lib/export/markdown.ts';
import { toStandaloneHtml } from '../lib/export/html.ts';
import { toPlainText } from '../lib/export/text.ts';
import { toJson } from '../lib/export/json.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { readFixture } from './support/fixtures.ts';

const table = (html: string) => parseHtml(`<html><body>${html}</body></html>`).querySelector('table')!;
const bodyOf = (markdown: string) => markdown.slice(markdown.indexOf('\n---\n') + 5);

describe('which tables hold data', () => {
  it('a header row, a caption, or many rows and columns make a data table', () => {
    expect(isDataTable(table('<table><tr><th>Coin</th><th>Price</th></tr><tr><td>BTC</td><td>$91,000</td></tr></table>'))).toBe(true);
    expect(isDataTable(table('<table><caption>Fees</caption><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'))).toBe(true);
    const grid = '<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>'.repeat(3);
    expect(isDataTable(table(`<table>${grid}</table>`))).toBe(true);
  });

  it('a single cell, a presentation table, a table holding tables or a cell of prose is layout', () => {
    expect(isDataTable(table('<table><tr><td>Note: figures are monthly averages.</td></tr></table>'))).toBe(false);
    expect(isDataTable(table('<table role="presentation"><tr><th>a</th><th>b</th></tr><tr><td>c</td><td>d</td></tr></table>'))).toBe(false);
    expect(isDataTable(table('<table><tr><td><table><tr><th>x</th></tr></table></td><td>y</td></tr></table>'))).toBe(false);
    expect(isDataTable(table(`<table><tr><th>Menu</th><th>Story</th></tr><tr><td>Home</td><td>${'A long paragraph of the article itself. '.repeat(20)}</td></tr></table>`))).toBe(false);
  });

  it('cells spanning columns and rows fill the places they cover, so every column lines up', () => {
    const spans = table(`<table>
      <thead><tr><th rowspan="2">Pool</th><th colspan="2">Blocks</th></tr><tr><th>Oct</th><th>Nov</th></tr></thead>
      <tbody><tr><td>Foundry</td><td>1,310</td><td>1,402</td></tr><tr><td colspan="3">Smaller pools are left out.</td></tr></tbody></table>`);
    expect(tableRows(spans)).toEqual({
      rows: [
        ['Pool', 'Blocks', ''],
        ['', 'Oct', 'Nov'],
        ['Foundry', '1,310', '1,402'],
        ['Smaller pools are left out.', '', ''],
      ],
      headerRows: 2,
    });
    expect(tableGrid(spans, (cell) => cell.tagName).rows[2]).toEqual(['TD', 'TD', 'TD']);
  });
});

describe('tables with odd markup (review findings)', () => {
  it('a grid of pictures is not dropped with its images: it reads as the pictures', () => {
    const cells = Array.from({ length: 12 }, (_, i) => `<td><img src="https://cdn.example/coin-${i}.png" alt=""></td>`);
    const grid = `<table><tr>${cells.slice(0, 4).join('')}</tr><tr>${cells.slice(4, 8).join('')}</tr><tr>${cells.slice(8).join('')}</tr></table>`;
    const prose = (topic: string) => `<p>${`${topic} moved as traders returned after a quiet week, analysts said in a note on Tuesday. `.repeat(4)}</p>`;
    const article = extractArticle(parseHtml(`<html><body><article><h1>Coins</h1>${prose('Bitcoin')}${grid}${prose('Ether')}</article></body></html>`), { url: 'https://news.example/coins' });
    expect(article.blocks.filter((b) => b.type === 'image')).toHaveLength(12);
    expect(article.blocks.filter((b) => b.type === 'table')).toHaveLength(0);
  });

  it('a footer cell with colspan="1000" spans the table\'s five columns, not a thousand (nor fifty)', () => {
    const wide = table(`<table><thead><tr><th>a</th><th>b</th><th>c</th><th>d</th><th>e</th></tr></thead>
      <tbody><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr><tr><td colspan="1000">Source: exchange data</td></tr></tbody></table>`);
    const { rows } = tableRows(wide);
    expect(rows.map((r) => r.length)).toEqual([5, 5, 5]);
    expect(rows[2]).toEqual(['Source: exchange data', '', '', '', '']);
  });

  it('script text inside a cell is not cell text', () => {
    expect(tableRows(table('<table><tr><th>Coin</th><th>Price</th></tr><tr><td>BTC<script>track()</script></td><td>$91,000</td></tr></table>')).rows[1]).toEqual(['BTC', '$91,000']);
  });
});

describe('a table of mining pools (test page)', () => {
  const article = extractArticle(parseHtml(readFixture('pages/miners-table.html')), { url: 'https://news.example/pools' });
  const tables = article.blocks.filter((b) => b.type === 'table');

  it('is one block with its ten rows and five columns under a header row; the one-cell note box is a paragraph', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toBe(1);
    expect(tables[0].rows).toHaveLength(11);
    expect(tables[0].rows![0]).toEqual(['Pool', 'Hashrate (EH/s)', 'Share of blocks', 'Headquarters', 'Founded']);
    expect(tables[0].rows![10]).toEqual(['Braiins Pool', '12.2', '1.3%', 'Prague, Czechia', '2010']);
    expect(article.blocks.find((b) => b.text.startsWith('Hashrate is the average'))?.type).toBe('paragraph');
    expect(article.blocks.filter((b) => b.text === 'Foundry USA')).toHaveLength(0); // no cell as a block of its own
  });

  it('keeps <table>, <thead>, <th> and <td> in the block HTML and the HTML export', () => {
    expect(tables[0].html).toMatch(/^<table><thead><tr><th>Pool<\/th><th>Hashrate \(EH\/s\)<\/th>/);
    const html = toStandaloneHtml(article);
    expect(html).toContain('<tr><td>AntPool</td><td>201.7</td><td>22.0%</td><td>Beijing, China</td><td>2014</td></tr>');
    expect(html).not.toMatch(/<p>Foundry USA<\/p>|<td>[^<]*<\/td>\s*<\/p>/);
  });

  it('is a GFM table in Markdown, one line a row', () => {
    const md = bodyOf(toMarkdown(article));
    expect(md).toContain(
      [
        '| Pool | Hashrate (EH/s) | Share of blocks | Headquarters | Founded |',
        '| --- | --- | --- | --- | --- |',
        '| Foundry USA | 285.4 | 31.2% | Alabama, USA | 2019 |',
        '| AntPool | 201.7 | 22.0% | Beijing, China | 2014 |',
      ].join('\n'),
    );
    expect(md.match(/^\| .* \|$/gm)).toHaveLength(12);
  });

  it('is its rows in JSON and one row a line in plain text', () => {
    const json = JSON.parse(toJson(article));
    expect(json.blocks.find((b: { type: string }) => b.type === 'table').rows[3]).toEqual(['ViaBTC', '118.2', '12.9%', 'Shenzhen, China', '2016']);
    expect(toPlainText(article)).toContain('Pool | Hashrate (EH/s) | Share of blocks | Headquarters | Founded\nFoundry USA | 285.4 | 31.2% | Alabama, USA | 2019\n');
  });
});

describe('real pages laid out with tables', () => {
  it('LWN: the page-wide layout table is read as text; the release and contributor tables stay tables', () => {
    const article = extractArticle(parseHtml(readFixture('readability/lwn-1/source.html')), { url: 'https://lwn.net/Articles/610697/' });
    const tables = article.blocks.filter((b) => b.type === 'table');
    expect(tables.map((t) => t.rows![0][0])).toEqual(['Release', 'By changesets', 'By changed lines', 'By changesets', 'By changed lines', 'Companies supporting LibreOffice development']);
    expect(tables[0].rows!.slice(0, 3)).toEqual([
      ['Release', 'Date'],
      ['4.2.3', 'April 2014'],
      ['4.1.6', 'April 2014'],
    ]);
    expect(tables[1].rows![1]).toEqual(['Herbert Dürr', '63', '16.6%']);
    // Links inside cells survive into Markdown, with absolute addresses.
    expect(bodyOf(toMarkdown(article))).toContain('| [4.2.3](http://blog.documentfoundation.org/2014/04/10/libreoffice-4-2-3-is-now-available-for-download/) | April 2014 |');
    // The article's prose is there as paragraphs, not as cells.
    expect(article.blocks.filter((b) => b.type === 'paragraph').length).toBeGreaterThan(10);
  });

  it('hukumusume (Japanese, laid out with tables): no table block, the story reads as paragraphs', () => {
    const blocks = blocksFromDom(parseHtml(readFixture('readability/hukumusume/source.html')));
    expect(blocks.filter((b) => b.type === 'table')).toHaveLength(0);
    expect(blocks.some((b) => b.type === 'paragraph' && b.text.includes('イヌ'))).toBe(true);
  });
});
