// Sentence splitting for English news text: abbreviations ("U.S.", "Dr.", "vs.", "e.g."), initials,
// decimals ("$1.5 billion"), closing quotes ("…soon." He said) and ellipses ("is... a desire").

export interface Sentence {
  text: string;
  /** Character offsets of the sentence in the text it was split from: text.slice(start, end). */
  start: number;
  end: number;
}

/** Words that end with a dot without ending the sentence, compared in lower case without the dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon',
  'capt', 'col', 'lt', 'sgt', 'pres', 'vs', 'etc', 'eg', 'ie', 'cf', 'al', 'approx', 'inc', 'corp', 'co',
  'ltd', 'llc', 'plc', 'no', 'nos', 'vol', 'fig', 'figs', 'p', 'pp', 'est', 'dept', 'univ', 'assn',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue',
  'wed', 'thu', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'am', 'pm',
]);

/** Abbreviations that always precede a name. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'capt', 'col', 'lt', 'sgt', 'pres', 'no', 'nos', 'vol', 'fig', 'figs', 'p', 'pp', 'vs', 'cf', 'eg', 'ie']);

/** After a dotted abbreviation such as "U.S." these words show that a new sentence did start. */
const SENTENCE_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at',
  'but', 'however', 'a', 'an', 'as', 'if', 'for', 'meanwhile', 'there', 'his', 'her', 'their', 'our',
  'after', 'since', 'when', 'while', 'according', 'still', 'yet', 'so', 'and', 'or', 'what', 'why', 'how',
]);

const TERMINATOR = /([.!?…]+|\.{3})(["'”’)\]]*)(\s+)/g;

/** Split text into sentences, keeping exact offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const endOfSentence = m.index + m[1].length + m[2].length;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!endsSentence(text.slice(start, m.index), m[1], m[2], next)) continue;
    pushSentence(sentences, text, start, endOfSentence);
    start = m.index + m[0].length;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

function endsSentence(before: string, marks: string, closers: string, next: string): boolean {
  const nextWord = next.match(/^["'“‘(\[]*([\p{L}\p{N}$]+)/u)?.[1] ?? '';
  if (!nextWord) return /^["'“‘(\[]/.test(next) || next === '';
  const startsUpper = /^[\p{Lu}\p{N}$]/u.test(nextWord) || /^["“‘(\[]/.test(next);
  // An ellipsis inside a sentence is followed by a lower-case word: "is... a desire".
  if (!startsUpper) return false;
  if (marks !== '.' || closers) return true;
  const lastToken = before.match(/(\S+)$/)?.[1] ?? '';
  const bare = lastToken.replace(/^["'“‘(\[]+/, '').toLowerCase();
  if (/^\p{L}$/u.test(bare)) return false; // an initial: "N. Smith"
  const isDotted = /^(?:\p{L}\.)+\p{L}$/u.test(bare); // "U.S", "e.g", "N.S"
  const nextLower = nextWord.toLowerCase();
  if (isDotted) return SENTENCE_STARTERS.has(nextLower);
  // After a title ("Dr.", "Mr.") a name follows; after "Inc." or "etc." a new sentence may start.
  if (ABBREVIATIONS.has(bare)) return !TITLES.has(bare) && SENTENCE_STARTERS.has(nextLower);
  return true;
}
