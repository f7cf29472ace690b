// Crypto Reader's Markdown beside the Obsidian Web Clipper's on the same pages. The clipper extracts with
// Defuddle and converts with Defuddle's createMarkdownContent (its own Turndown setup); both are run here
// from the defuddle package (a dev dependency, pinned). Two comparisons per page: the whole pipelines
// (what each user gets), and the two converters on the same HTML (Crypto Reader's cleaned article), so
// differences of extraction and of conversion can be told apart. Writes both files per page to
// out/compare-markdown/ to read side by side, and prints counts. Run: npm run compare:markdown
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Defuddle } from 'defuddle/node';
import { extractArticle } from '../lib/extract.ts';
import { toMarkdown } from '../lib/export/markdown.ts';
import { bodyHtml } from '../lib/export/body-html.ts';
import { parseHtml } from '../cli/parse-html.ts';

// createMarkdownContent is exported by defuddle/full, a browser bundle; its Node build (beside
// the package's main module, not in its exports) is the same module.
const require = createRequire(import.meta.url);
const { createMarkdownContent } = require(join(dirname(require.resolve('defuddle')), 'markdown.js')) as { createMarkdownContent(html: string, url: string): string };

const OUT = 'out/compare-markdown';

/** Pages with their addresses: the four real crypto pages, the test pages written for the reader, real pages with tables. */
const PAGES: { file: string; url: string }[] = [
  { file: 'test/fixtures/crypto/coindesk.com.html', url: 'https://www.coindesk.com/markets/2025/11/09/korean-investors-ditch-bitcoin-for-ai-chips-as-stock-market-soars' },
  { file: 'test/fixtures/crypto/cointelegraph.com.html', url: 'https://cointelegraph.com/news/article' },
  { file: 'test/fixtures/crypto/cryptonews.com--xrp.html', url: 'https://cryptonews.com/price-predictions/xrp-price-prediction/' },
  { file: 'test/fixtures/crypto/decrypt.co.html', url: 'https://decrypt.co/news/article' },
  { file: 'test/fixtures/pages/miners-table.html', url: 'https://news.example/pools' },
  { file: 'test/fixtures/pages/messy-crypto.html', url: 'https://news.example/solana' },
  { file: 'test/fixtures/readability/lwn-1/source.html', url: 'https://lwn.net/Articles/610697/' },
  { file: 'test/fixtures/readability/wikipedia/source.html', url: 'https://en.wikipedia.org/wiki/Mozilla' },
  { file: 'test/fixtures/readability/guardian-1/source.html', url: 'https://www.theguardian.com/article' },
];

/** Boilerplate the crypto pages carry (../shared/realpages/README.md lists what Readability leaks). */
const BOILERPLATE = /More For You|^Related:|Magazine:|Follow us on Google News|Daily Debrief|Newsletter|presale/gim;

interface Counts {
  words: number;
  links: number;
  images: number;
  tableRows: number;
  headings: number;
  listItems: number;
  codeBlocks: number;
  rawHtml: number;
  boilerplate: number;
}

function counts(markdown: string): Counts {
  const without = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\]\([^)]*\)/g, ']');
  return {
    words: without.match(/[\p{L}\p{N}]+/gu)?.length ?? 0,
    links: markdown.match(/(?<!!)\[[^\]]*\]\((?:https?|mailto):[^)]*\)/g)?.length ?? 0,
    images: markdown.match(/!\[[^\]]*\]\([^)]*\)/g)?.length ?? 0,
    tableRows: markdown.match(/^\|.*\|$/gm)?.filter((row) => !/^\|(?:\s*:?-+:?\s*\|)+$/.test(row)).length ?? 0,
    headings: markdown.match(/^#{1,6} /gm)?.length ?? 0,
    listItems: markdown.match(/^\s*(?:[-*+]|\d+\.)\s+\S/gm)?.length ?? 0,
    codeBlocks: (markdown.match(/^```/gm)?.length ?? 0) / 2,
    rawHtml: markdown.match(/<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/gi)?.length ?? 0,
    boilerplate: markdown.match(BOILERPLATE)?.length ?? 0,
  };
}

const bodyOf = (markdown: string) => markdown.slice(markdown.indexOf('\n---\n') + 5);

mkdirSync(OUT, { recursive: true });
const columns: (keyof Counts)[] = ['words', 'links', 'images', 'tableRows', 'headings', 'listItems', 'codeBlocks', 'rawHtml', 'boilerplate'];
console.log(['page', 'output', ...columns].join('\t'));
for (const { file, url } of PAGES) {
  const html = readFileSync(file, 'utf8');
  const article = extractArticle(parseHtml(html), { url });
  const ours = bodyOf(toMarkdown({ ...article, claims: [] }));
  const { document } = parseHTML(html);
  const defuddled = await Defuddle(document as unknown as Document, url, {});
  const clipper = createMarkdownContent(defuddled.content, url);
  const clipperOnOurs = createMarkdownContent(bodyHtml(article.blocks), url);
  const name = file.split('/').slice(-2).join('--').replace(/\.html$/, '');
  writeFileSync(join(OUT, `${name}.crypto-reader.md`), ours);
  writeFileSync(join(OUT, `${name}.obsidian-clipper.md`), clipper);
  writeFileSync(join(OUT, `${name}.clipper-converter-on-crypto-reader-html.md`), clipperOnOurs);
  for (const [label, markdown] of [['crypto-reader', ours], ['obsidian-clipper', clipper], ['clipper-converter, same html', clipperOnOurs]] as const) {
    const c = counts(markdown);
    console.log([name, label, ...columns.map((k) => c[k])].join('\t'));
  }
}
console.log(`\nBoth files of each page are in ${OUT}/ to read side by side.`);
