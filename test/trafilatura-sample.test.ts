// A fixed sample of trafilatura's evaluation set (55 pages, copied by scripts/copy-trafilatura-sample.ts;
// none from the held-out part), scored as trafilatura scores it, Readability alone and Crypto Reader side by
// side. Floors sit at the level measured when they were set (npm run eval:trafilatura prints the full set).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluatePage } from '../scripts/trafilatura-page.ts';
import { addCounts, scores, type SegmentCounts } from '../scripts/segment-score.ts';

const SAMPLE = 'test/fixtures/trafilatura';
const data = JSON.parse(readFileSync(`${SAMPLE}/evaldata.json`, 'utf8'));

describe("trafilatura's evaluation, sample of 55 pages", () => {
  const zero: SegmentCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  let readability = zero;
  let ours = zero;
  for (const [url, item] of Object.entries<{ file: string; with: string[]; without: string[] }>(data)) {
    const result = evaluatePage(SAMPLE, url, item);
    readability = addCounts(readability, result.readability);
    ours = addCounts(ours, result.ours);
  }

  it('holds 55 pages with their segments', () => {
    expect(Object.keys(data)).toHaveLength(55);
    expect(ours.tp + ours.fn).toBe(162);
  });

  it('drops more boilerplate than Readability alone and keeps at least as much of the article', () => {
    expect(scores(ours).precision).toBeGreaterThan(scores(readability).precision + 0.05);
    expect(scores(ours).recall).toBeGreaterThanOrEqual(scores(readability).recall);
  });

  it('stays at the level measured (floors)', () => {
    expect(scores(ours).f).toBeGreaterThanOrEqual(FLOOR_F);
    expect(scores(ours).precision).toBeGreaterThanOrEqual(FLOOR_P);
  });
});

// Measured on 2026-11-25 (F 0.942, P 0.928, R 0.957; Readability alone F 0.895); floors a little under, never above.
const FLOOR_F = 0.94;
const FLOOR_P = 0.925;
