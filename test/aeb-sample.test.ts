// Six pages of the article-extraction benchmark, cleaned by the CLI from .html.gz: Crypto Reader finds
// the article text the benchmark's ground truth holds, at least as well as Readability alone.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../cli/parse-html.ts';
import { score } from '../scripts/shingle-score.ts';

const truth: Record<string, { articleBody: string; url: string }> = JSON.parse(readFileSync('test/fixtures/aeb/ground-truth.json', 'utf8'));
const ids = Object.keys(truth).sort();

describe('benchmark sample through the CLI', () => {
  const run = spawnSync(process.execPath, ['bin/crypto-reader.mjs', 'clean', 'test/fixtures/aeb'], { encoding: 'utf8' });
  const articles: { input: string; blocks: { type: string; text: string }[] }[] = JSON.parse(run.stdout);

  it('cleans every .html.gz page', () => {
    expect(run.status).toBe(0);
    expect(articles.map((a) => a.input.match(/([0-9a-f]{64})/)?.[1]).sort()).toEqual(ids);
  });

  it.each(ids)('page %s: recall of the true article text at least 0.9, F1 no worse than Readability alone', (id) => {
    const article = articles.find((a) => a.input.includes(id))!;
    const ours = score(article.blocks.filter((b) => b.type !== 'image').map((b) => b.text).join('\n'), truth[id].articleBody);
    const html = gunzipSync(readFileSync(`test/fixtures/aeb/${id}.html.gz`)).toString('utf8');
    const alone = score(new Readability(parseHtml(html) as never).parse()?.textContent ?? '', truth[id].articleBody);
    const f1 = (s: { precision: number; recall: number }) => (2 * s.precision * s.recall) / (s.precision + s.recall || 1);
    expect(ours.recall).toBeGreaterThanOrEqual(0.9);
    expect(f1(ours)).toBeGreaterThanOrEqual(f1(alone) - 0.005);
  });
});
