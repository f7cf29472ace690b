// Writes demo/crypto-news-demo.html: corpus page 002 rendered in the site's template (the page the demo
// and, later, the browser tests open). Run after changing scripts/site-template.ts: npm run demo:page
import { readFileSync, writeFileSync } from 'node:fs';
import { renderSitePage } from './site-template.ts';

export const DEMO_SOURCE = 'test/fixtures/corpus/002_d90fbac4610048b4.txt';
export const DEMO_PAGE = 'demo/crypto-news-demo.html';

writeFileSync(DEMO_PAGE, renderSitePage(readFileSync(DEMO_SOURCE, 'utf8')));
console.log(DEMO_PAGE);
