// trafilatura's evaluation score (tests/comparison.py): per page, each `with` segment found in the
// whitespace-collapsed output is a true positive (else a false negative), each `without` segment found
// a false positive (else a true negative); counts are summed over all pages before P, R and F.
export interface SegmentCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface EvalItem {
  with: string[];
  without: string[];
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function countSegments(output: string, item: EvalItem): SegmentCounts & { missed: string[]; leaked: string[] } {
  const text = collapse(output);
  const missed = item.with.filter((segment) => !text.includes(collapse(segment)));
  const leaked = item.without.filter((segment) => text.includes(collapse(segment)));
  return { tp: item.with.length - missed.length, fn: missed.length, fp: leaked.length, tn: item.without.length - leaked.length, missed, leaked };
}

export function addCounts(a: SegmentCounts, b: SegmentCounts): SegmentCounts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

export function scores(c: SegmentCounts): { precision: number; recall: number; accuracy: number; f: number } {
  const precision = c.tp / Math.max(c.tp + c.fp, 1);
  const recall = c.tp / Math.max(c.tp + c.fn, 1);
  const accuracy = (c.tp + c.tn) / Math.max(c.tp + c.tn + c.fp + c.fn, 1);
  return { precision, recall, accuracy, f: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The held-out part of the set: pages whose file hash starts with b–f (about 30%). No rule is tuned on them. */
export function isHeldOut(file: string): boolean {
  return parseInt(file.replace(/^html\//, '')[0], 16) >= 11;
}
