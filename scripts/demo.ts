// The main job, without a browser yet: clean the bundled demo page with the extension's own pipeline and
// write the exported article. Run: npm run demo (it builds the extension first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../lib/extract.ts';
import { toMarkdown, removedCounts } from '../lib/export/markdown.ts';
import { toJson } from '../lib/export/json.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { writeFileAtomic } from '../cli/write-atomic.ts';

const PAGE = 'demo/crypto-news-demo.html';
const OUT = 'out/demo';
const DEMO_URL = 'https://news.mirror-of-the-template.test/en/news/detail/privacy-paradigm';

const article = extractArticle(parseHtml(readFileSync(PAGE, 'utf8')), { url: DEMO_URL });
const markdown = join(OUT, 'crypto-news-demo.md');
const json = join(OUT, 'crypto-news-demo.json');
writeFileAtomic(markdown, toMarkdown(article));
writeFileAtomic(json, toJson(article));

const counts = removedCounts(article);
console.log(`Crypto Reader demo: ${PAGE}`);
console.log(`  "${article.title}" — ${article.byline ?? 'no byline'}, ${article.publishedTime ?? 'no date'}`);
console.log(`  detected as crypto news: ${article.detection.isCryptoNews} (${article.detection.signals.join(', ')})`);
console.log(`  kept ${article.blocks.length} blocks; removed ${Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(', ')}`);
for (const removal of article.removed.filter((r) => r.scope === 'sentence').slice(0, 3)) console.log(`    cut: "${removal.text.slice(0, 90)}…"`);
console.log(`  extension build: ${existsSync('.output/chrome-mv3/manifest.json') ? '.output/chrome-mv3' : 'not built (run npm run build)'}`);
console.log(`exported article: ${markdown}`);
console.log(`exported article (JSON): ${json}`);
