// Sentence splitting measured on hand-split real paragraphs (test/fixtures/sentences/gold.json: German,
// French, Chinese, Japanese and English snippets from ../shared/realpages and ../shared/corpus, each
// with its source). Compares the hand-written splitter as it was before `lang` (kept below as
// `legacySplit`), Intl.Segmenter alone, Intl.Segmenter with the abbreviation/ordinal merges of
// lib/sentences.ts on top, and lib/sentences.ts itself (with the gold language, and without any).
// Prints per method: share of paragraphs split exactly right, boundary precision and recall (a boundary is
// the start offset of every sentence but the first), per language; then the time to split a long corpus
// article. Scores are printed for the tuning set (paragraphs looked at while the rules were written), the
// check set (split by hand afterwards, not tuned on) and both. `--errors` lists the paragraphs the final
// splitter gets wrong; `--errors-of "Intl.Segmenter alone"` those of another method.
//
//   npx tsx scripts/eval-sentences.ts [--errors] [--runs 200]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSentenceEnd, LanguageOf, splitSentences, type Sentence } from '../lib/sentences.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
interface GoldParagraph {
  /** "tuning": looked at while the rules were written; "check": split by hand afterwards, not tuned on. */
  set: 'tuning' | 'check';
  source: string;
  lang: string;
  text: string;
  sentences: string[];
}
const gold: GoldParagraph[] = JSON.parse(readFileSync(join(root, 'test/fixtures/sentences/gold.json'), 'utf8')).paragraphs;
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
/** `--errors` lists the final splitter's misses; `--errors-of <method prefix>` another method's. */
const errorsOf = args.includes('--errors-of') ? args[args.indexOf('--errors-of') + 1] : 'final, with';
const runs = Number(args[args.indexOf('--runs') + 1]) || 200;

type Splitter = (text: string, lang: string) => Sentence[];

// ---- The splitter before this change (lib/sentences.ts at d24f3ed), for the comparison. ----
const L_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon',
  'capt', 'col', 'lt', 'sgt', 'pres', 'vs', 'etc', 'eg', 'ie', 'cf', 'al', 'approx', 'inc', 'corp', 'co',
  'ltd', 'llc', 'plc', 'no', 'nos', 'vol', 'fig', 'figs', 'p', 'pp', 'est', 'dept', 'univ', 'assn',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue',
  'wed', 'thu', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'am', 'pm',
]);
const L_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'capt', 'col', 'lt', 'sgt', 'pres', 'no', 'nos', 'vol', 'fig', 'figs', 'p', 'pp', 'vs', 'cf', 'eg', 'ie']);
const L_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at',
  'but', 'however', 'a', 'an', 'as', 'if', 'for', 'meanwhile', 'there', 'his', 'her', 'their', 'our',
  'after', 'since', 'when', 'while', 'according', 'still', 'yet', 'so', 'and', 'or', 'what', 'why', 'how',
]);
const L_TERMINATOR = /([.!?…]+|\.{3})(["'”’)\]]*)(\s+)/g;
function legacySplit(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  L_TERMINATOR.lastIndex = 0;
  for (let m = L_TERMINATOR.exec(text); m; m = L_TERMINATOR.exec(text)) {
    const endOfSentence = m.index + m[1].length + m[2].length;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!legacyEnds(text.slice(start, m.index), m[1], m[2], next)) continue;
    push(sentences, text, start, endOfSentence);
    start = m.index + m[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}
function legacyEnds(before: string, marks: string, closers: string, next: string): boolean {
  const nextWord = next.match(/^["'“‘(\[]*([\p{L}\p{N}$]+)/u)?.[1] ?? '';
  if (!nextWord) return /^["'“‘(\[]/.test(next) || next === '';
  const startsUpper = /^[\p{Lu}\p{N}$]/u.test(nextWord) || /^["“‘(\[]/.test(next);
  if (!startsUpper) return false;
  if (marks !== '.' || closers) return true;
  const lastToken = before.match(/(\S+)$/)?.[1] ?? '';
  const bare = lastToken.replace(/^["'“‘(\[]+/, '').toLowerCase();
  if (/^\p{L}$/u.test(bare)) return false;
  const isDotted = /^(?:\p{L}\.)+\p{L}$/u.test(bare);
  const nextLower = nextWord.toLowerCase();
  if (isDotted) return L_STARTERS.has(nextLower);
  if (L_ABBREVIATIONS.has(bare)) return !L_TITLES.has(bare) && L_STARTERS.has(nextLower);
  return true;
}
// ----

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** Intl.Segmenter alone: its segments, trimmed. */
function icuSplit(text: string, lang: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { segment, index } of segmenter(lang).segment(text)) push(out, text, index, index + segment.length);
  return out;
}

const CLOSING = /["'”’“»«›‹)\]」』）》】〕〉]/;
/** Intl.Segmenter, then a boundary is dropped where lib/sentences.ts says the marks before it end no sentence. */
function hybridSplit(text: string, lang: string): Sentence[] {
  const language = new LanguageOf(text, lang);
  const out: Sentence[] = [];
  let start = 0;
  for (const { index } of segmenter(lang).segment(text)) {
    if (index === 0) continue;
    let end = index;
    while (end > start && /\s/.test(text[end - 1])) end--;
    let markEnd = end;
    while (markEnd > start && CLOSING.test(text[markEnd - 1])) markEnd--;
    let markStart = markEnd;
    while (markStart > start && /[.!?…。！？｡]/.test(text[markStart - 1])) markStart--;
    if (markStart < markEnd && !isSentenceEnd(text, markStart, markEnd, end, index, language)) continue;
    push(out, text, start, index);
    start = index;
  }
  push(out, text, start, text.length);
  return out;
}

const methods: [string, Splitter][] = [
  ['current (before lang)', (text) => legacySplit(text)],
  ['Intl.Segmenter alone', icuSplit],
  ['Intl.Segmenter + merges', hybridSplit],
  ['final, with lang', (text, lang) => splitSentences(text, lang)],
  ['final, no lang', (text) => splitSentences(text)],
];

function goldStarts(p: GoldParagraph): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const sentence of p.sentences) {
    const i = p.text.indexOf(sentence, at);
    if (i < 0) throw new Error(`gold sentence not in its text: ${sentence} (${p.source})`);
    starts.push(i);
    at = i + sentence.length;
  }
  return starts.slice(1);
}

interface Score {
  paragraphs: number;
  exact: number;
  tp: number;
  predicted: number;
  gold: number;
  badOffsets: number;
}
const empty = (): Score => ({ paragraphs: 0, exact: 0, tp: 0, predicted: 0, gold: 0, badOffsets: 0 });

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const errors: string[] = [];
for (const set of ['tuning', 'check', 'all'] as const) {
  const paragraphs = gold.filter((p) => set === 'all' || p.set === set);
  const languages = ['all', ...new Set(paragraphs.map((p) => p.lang))];
  console.log(
    `\n== ${set === 'all' ? 'both sets' : `${set} set`}: ${paragraphs.length} paragraphs (${languages.slice(1).map((l) => `${l} ${paragraphs.filter((p) => p.lang === l).length}`).join(', ')}), ${paragraphs.reduce((n, p) => n + p.sentences.length, 0)} sentences`,
  );
  console.log(`${'method'.padEnd(26)}${'lang'.padEnd(5)} exact   prec.   recall  F1      (tp/pred/gold)`);
  for (const [name, split] of methods) {
    const scores = new Map(languages.map((l) => [l, empty()]));
    for (const p of paragraphs) {
      const sentences = split(p.text, p.lang);
      const predicted = sentences.slice(1).map((s) => s.start);
      const expected = goldStarts(p);
      const tp = predicted.filter((s) => expected.includes(s)).length;
      const exact = sentences.length === p.sentences.length && sentences.every((s, i) => s.text === p.sentences[i]);
      const badOffsets = sentences.some((s) => p.text.slice(s.start, s.end) !== s.text || s.text !== s.text.trim()) ? 1 : 0;
      for (const l of ['all', p.lang]) {
        const score = scores.get(l)!;
        score.paragraphs++;
        score.exact += exact ? 1 : 0;
        score.tp += tp;
        score.predicted += predicted.length;
        score.gold += expected.length;
        score.badOffsets += badOffsets;
      }
      if (set === 'all' && !exact && (showErrors || args.includes('--errors-of')) && name.startsWith(errorsOf)) {
        errors.push(`${p.source} [${p.set}, ${p.lang}]\n  gold: ${JSON.stringify(p.sentences)}\n  got:  ${JSON.stringify(sentences.map((s) => s.text))}`);
      }
    }
    for (const l of languages) {
      const s = scores.get(l)!;
      const precision = s.predicted ? s.tp / s.predicted : 1;
      const recall = s.gold ? s.tp / s.gold : 1;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      console.log(
        `${(l === 'all' ? name : '').padEnd(26)}${l.padEnd(5)}${pct(s.exact, s.paragraphs)}  ${pct(s.tp, s.predicted)}  ${pct(s.tp, s.gold)}  ${(100 * f1).toFixed(1).padStart(5)}%  (${s.tp}/${s.predicted}/${s.gold})${s.badOffsets ? `  ${s.badOffsets} with wrong offsets` : ''}`,
      );
    }
  }
}
if (errors.length) console.log(`\n${errorsOf} misses ${errors.length}:\n${errors.join('\n')}`);

// ---- Time: a long corpus article, whole and paragraph by paragraph (as the cleaning calls it). ----
const article = readFileSync(join(root, 'test/fixtures/corpus/004_e18a6cb7aaaa6a4f.txt'), 'utf8');
const paragraphs = article.split(/\n+/).filter((p) => p.trim());
/** Median over 9 rounds, the methods interleaved, of the mean time per split. */
const rounds = 9;
const samples = new Map<string, { whole: number[]; paragraphs: number[] }>(methods.map(([name]) => [name, { whole: [], paragraphs: [] }]));
function time(split: Splitter, input: string[], n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) for (const p of input) split(p, 'en');
  return Number(process.hrtime.bigint() - t0) / 1e6 / n;
}
for (const [, split] of methods) time(split, paragraphs, 20); // warm up
for (let round = 0; round < rounds; round++) {
  for (const [name, split] of methods) {
    samples.get(name)!.whole.push(time(split, [article], Math.ceil(runs / rounds)));
    samples.get(name)!.paragraphs.push(time(split, paragraphs, Math.ceil(runs / rounds)));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nTime per split of test/fixtures/corpus/004_e18a6cb7aaaa6a4f.txt (${article.length} chars; whole, and as ${paragraphs.length} paragraphs as the cleaning calls it), median of ${rounds} rounds of ${Math.ceil(runs / rounds)}:`);
const base = samples.get(methods[0][0])!;
for (const [name] of methods) {
  const s = samples.get(name)!;
  const whole = median(s.whole);
  const byParagraph = median(s.paragraphs);
  console.log(`  ${name.padEnd(26)} whole ${whole.toFixed(3).padStart(7)} ms (${(whole / median(base.whole)).toFixed(2)}×)   by paragraph ${byParagraph.toFixed(3).padStart(7)} ms (${(byParagraph / median(base.paragraphs)).toFixed(2)}×)`);
}
