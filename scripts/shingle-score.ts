// The article-extraction benchmark's score: \w+ tokens, 4-token shingles, precision and recall per page.
function shingles(text: string): Map<string, number> {
  const tokens = text.match(/\w+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page precision and recall, as the benchmark's evaluate.py counts them. */
export function score(output: string, truth: string): { precision: number; recall: number } {
  const predicted = shingles(output);
  const expected = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of predicted) {
    const inTruth = expected.get(key) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [key, count] of expected) fn += Math.max(0, count - (predicted.get(key) ?? 0));
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp + fn === 0 ? 0 : tp / (tp + fn) };
}
