// Sentence splitting for news text. English: abbreviations ("U.S.", "Dr.", "vs.", "e.g."), initials,
// decimals ("$1.5 billion"), closing quotes ("…soon." He said) and ellipses ("is... a desire"). German:
// ordinals ("am 30. Oktober", "1. FC Köln", "im 3. Quartal") and abbreviations ("z. B.", "Nr.", "Mio.",
// "bzw."). French: "M. Macron", "p. ex.", guillemets after a space ("… Montréal. » Le …"). Quotes „…“,
// »…«, «…» close a sentence like ”. Chinese and Japanese: 。！？ end a sentence without a following space.
//
// Measured against Intl.Segmenter on hand-split real paragraphs (scripts/eval-sentences.ts,
// test/fixtures/sentences/gold.json): ICU alone splits after "Dr. Smith", "z. B. Vertreter", "30. Oktober",
// "M. Caldwell" and before an opening “ after 。, and is 2-7× slower; with these rules' merges on top it is
// no more accurate than the rules alone. So ICU is not used; the rules handle CJK and „“ «» quotes themselves.
import { isWhiteSpaceCode } from './text.ts';

export interface Sentence {
  text: string;
  /** Character offsets of the sentence in the text it was split from: text.slice(start, end). */
  start: number;
  end: number;
}

/** English words that end with a dot without ending the sentence, compared in lower case without the dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon',
  'capt', 'col', 'lt', 'sgt', 'pres', 'vs', 'etc', 'eg', 'ie', 'cf', 'al', 'approx', 'inc', 'corp', 'co',
  'ltd', 'llc', 'plc', 'no', 'nos', 'vol', 'fig', 'figs', 'p', 'pp', 'est', 'dept', 'univ', 'assn',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue',
  'wed', 'thu', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'am', 'pm', 'rt',
]);

/** English abbreviations that always precede a name. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'capt', 'col', 'lt', 'sgt', 'pres', 'no', 'nos', 'vol', 'fig', 'figs', 'p', 'pp', 'vs', 'cf', 'eg', 'ie', 'rt']);

/** Abbreviations shared by German and French text (English words like "am", "est" or "no" are left out). */
const COMMON_ABBREVIATIONS = ['dr', 'prof', 'st', 'ft', 'mt', 'etc', 'vs', 'cf', 'ca', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'mr', 'mrs', 'ms', 'vol', 'fig', 'p', 'pp', 'nr', 'bd', 'jan', 'feb', 'apr', 'aug', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec'];

/** German: lower case, without the dot. "So." (Sonntag) and "Art." (Artikel) are left out: they are also words. */
const GERMAN_ABBREVIATIONS = new Set([
  ...COMMON_ABBREVIATIONS,
  'abs', 'abt', 'allg', 'anm', 'aufl', 'bd', 'bde', 'betr', 'bspw', 'bzgl', 'bzw', 'chr', 'dipl', 'dt', 'ebd', 'ehem',
  'einschl', 'engl', 'entspr', 'erw', 'ev', 'evtl', 'exkl', 'ff', 'fr', 'frl', 'geb', 'gegr', 'gem', 'gest', 'ggf',
  'ggü', 'hl', 'hr', 'hrsg', 'hg', 'ing', 'inkl', 'insb', 'jh', 'jhd', 'jhdt', 'kap', 'kath', 'lt', 'max', 'mind',
  'min', 'mio', 'mrd', 'mtl', 'mo', 'di', 'mi', 'do', 'sa', 'mär', 'nachm', 'od', 'pkt', 'rd', 'sog', 'std', 'stk',
  'str', 'tel', 'tsd', 'usw', 'uvm', 'verh', 'vgl', 'vorm', 'zt', 'zzgl',
]);
const GERMAN_TITLES = new Set(['dr', 'prof', 'hr', 'fr', 'frl', 'st', 'dipl', 'ing', 'nr']);

const FRENCH_ABBREVIATIONS = new Set([
  ...COMMON_ABBREVIATIONS,
  'mm', 'mme', 'mmes', 'mlle', 'mlles', 'mgr', 'me', 'pr', 'ste', 'av', 'apr', 'env', 'ex', 'art', 'chap', 'éd',
  'coll', 'cie', 'boul', 'tél', 'janv', 'févr', 'avr', 'juil', 'déc', 'réf',
]);
const FRENCH_TITLES = new Set(['mm', 'mme', 'mmes', 'mlle', 'mlles', 'mgr', 'me', 'dr', 'pr', 'prof', 'st', 'ste']);

/** After an abbreviation such as "U.S." or "Inc." these words show that a new sentence did start. */
const SENTENCE_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at',
  'but', 'however', 'a', 'an', 'as', 'if', 'for', 'meanwhile', 'there', 'his', 'her', 'their', 'our',
  'after', 'since', 'when', 'while', 'according', 'still', 'yet', 'so', 'and', 'or', 'what', 'why', 'how',
]);
const GERMAN_STARTERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man',
  'im', 'am', 'in', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'seit', 'von', 'vor', 'zum', 'zur', 'für', 'auch', 'aber',
  'doch', 'dann', 'danach', 'dabei', 'damit', 'denn', 'deshalb', 'dies', 'diese', 'dieser', 'dieses', 'heute', 'hier',
  'jetzt', 'nun', 'und', 'oder', 'so', 'wenn', 'als', 'wie', 'was', 'wer', 'warum', 'laut', 'zudem', 'außerdem',
  'allerdings', 'trotzdem', 'bereits', 'sein', 'seine', 'ihre', 'unser', 'unsere',
]);
const FRENCH_STARTERS = new Set([
  'le', 'la', 'les', 'l', 'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'je', 'j', 'un', 'une', 'des', 'du',
  'ce', 'cet', 'cette', 'ces', 'c', 'mais', 'et', 'ou', 'en', 'au', 'aux', 'dans', 'pour', 'par', 'selon', 'depuis',
  'après', 'avant', 'alors', 'ainsi', 'puis', 'cependant', 'pourtant', 'enfin', 'donc', 'si', 'quand', 'lorsque',
  'comme', 'pourquoi', 'comment', 'son', 'sa', 'ses', 'leur', 'leurs',
]);

/** German month names; the ones English does not share end no sentence after an ordinal in any language. */
const GERMAN_MONTHS = new Set(['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']);
const ENGLISH_MONTHS = new Set(['april', 'august', 'september', 'november']);

/** Marks that can end a sentence; the CJK ones need no space after them. */
const MARKS = /[.!?…。！？｡]+/g;
const CJK_MARKS = new Set(['。', '！', '？', '｡']);
/** Closing quotes and brackets that belong to the sentence before them when they follow its mark directly. */
const CLOSERS = new Set(['"', "'", '”', '’', '“', '»', '«', '›', '‹', ')', ']', '」', '』', '）', '》', '】', '〕', '〉']);
/** Wikipedia's and other sites' reference marks: "[30]", "[a]", "[note 2]", "[citation needed]", one after another. */
const REFERENCE_MARKS = /(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])+/y;
/** Characters that open a quotation or bracket at the start of a sentence. */
const OPENERS = `"'“‘„‚«»‹›(\\[「『（【《〈`;
const LEADING_OPENERS = new RegExp(`^[${OPENERS}]+`);
/** The next sentence's first word; a hashtag or handle ("#Bitcoin", "@SEC") counts as one. */
const NEXT_WORD = new RegExp(`^[${OPENERS}]*[#@]?([\\p{L}\\p{N}$]+)`, 'u');
const STARTS_WITH_OPENER = new RegExp(`^[${OPENERS}]`);
/** An opening quote or bracket makes the next sentence start "upper case"; an apostrophe does not ("… 'em"). */
const OPENS_SENTENCE = new RegExp(`^[${OPENERS.replace("'", '')}]`);
/** Quotation marks that English does not use: after "U.S." or "e. V." they do open a new sentence. */
const FOREIGN_OPENER = /^[„‚«»‹›「『]/;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

type Language = 'en' | 'de' | 'fr' | 'other';

/** Split text into sentences, keeping exact offsets. `lang` is the text's BCP 47 language; without it German and French are recognised by their common words. */
export function splitSentences(text: string, lang?: string): Sentence[] {
  const sentences: Sentence[] = [];
  const language = new LanguageOf(text, lang);
  let start = 0;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const markStart = m.index;
    const markEnd = markStart + m[0].length;
    // After 。 the quotes “ and ‘ open the next sentence (Chinese); after "." they may close this one (German „…“).
    const cjk = CJK_MARKS.has(text[markEnd - 1]);
    let end = markEnd;
    while (end < text.length && CLOSERS.has(text[end]) && !(cjk && (text[end] === '“' || text[end] === '‘'))) end++;
    // Reference marks right after the mark belong to the sentence they cite: "…same-sex marriage.[30][31] Yagan claims…".
    if (text[end] === '[') {
      REFERENCE_MARKS.lastIndex = end;
      if (REFERENCE_MARKS.test(text)) end = REFERENCE_MARKS.lastIndex;
    }
    // A French closing guillemet after a space: "… de Montréal. » Le règlement …".
    let next = skipSpace(text, end);
    if (next > end && (text[next] === '»' || text[next] === '›') && (next + 1 === text.length || isSpace(text[next + 1]))) {
      end = next + 1;
      next = skipSpace(text, end);
    }
    MARKS.lastIndex = Math.max(next, markEnd);
    if (next === text.length) continue;
    if (next === end && !endsWithoutSpace(text, markStart, markEnd)) continue;
    if (!isSentenceEnd(text, markStart, markEnd, end, next, language)) continue;
    pushSentence(sentences, text, start, end);
    start = next;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

/**
 * Whether the marks at text[markStart, markEnd) (followed by closing quotes up to `end`, then by the
 * next sentence's first character at `next`) end a sentence. Exported for scripts/eval-sentences.ts.
 */
export function isSentenceEnd(text: string, markStart: number, markEnd: number, end: number, next: number, lang?: string | LanguageOf): boolean {
  const language = lang instanceof LanguageOf ? lang : new LanguageOf(text, lang);
  // 。 ends a sentence; after a closing bracket a particle continues it: 「行きます。」と言った.
  if (CJK_MARKS.has(text[markEnd - 1])) return !(end > markEnd && /\p{Script=Hiragana}/u.test(text[next] ?? ''));
  const marks = text.slice(markStart, markEnd);
  const closers = text.slice(markEnd, end);
  // "[…]" and "(...)" mark an omission inside a sentence.
  if ((text[markStart - 1] === '[' || text[markStart - 1] === '(') && /^[\])]/.test(closers)) return false;
  const following = text.slice(next, next + 40);
  const nextWord = following.match(NEXT_WORD)?.[1] ?? '';
  if (!nextWord) return STARTS_WITH_OPENER.test(following) || following === '';
  // Caseless scripts (Chinese, Arabic, …) count as upper case, and so do hashtags.
  const startsUpper = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}$]/u.test(nextWord) || OPENS_SENTENCE.test(following) || /^[#@]/.test(following);
  // An ellipsis inside a sentence is followed by a lower-case word: "is... a desire".
  if (!startsUpper) return false;
  if (marks !== '.' || closers) return true;
  const tokenStart = lastTokenStart(text, markStart);
  let bare = text.slice(tokenStart, markStart).replace(LEADING_OPENERS, '').toLowerCase();
  // A German compound ends in its abbreviation: "Hotline-Nr.", "Telefon-Nr."; a title after "then-" or "ex-": "then-Rep. Esteban Torres".
  const hyphen = bare.lastIndexOf('-');
  if (hyphen > 0) {
    const tail = bare.slice(hyphen + 1);
    if ((GERMAN_ABBREVIATIONS.has(tail) && language.get() === 'de') || language.titles().has(tail)) bare = tail;
  }
  const nextLower = nextWord.toLowerCase();
  // „Wir …: a quotation that opens with a capital; „tubeless ready“ after "z.B." continues the sentence.
  const opensQuote = FOREIGN_OPENER.test(following) && /^[\p{Lu}\p{Lt}]/u.test(nextWord);
  if (/^\p{L}$/u.test(bare)) {
    // "z. B.", "e. V.", "u. a.": a spaced abbreviation, which may end a sentence; otherwise an initial: "N. Smith", "M. Macron".
    return precededBySingleLetter(text, tokenStart) && (opensQuote || language.starts(nextLower));
  }
  if (/^\d{1,3}$/.test(bare)) {
    // An ordinal: "am 30. Oktober", "1. FC Köln", "im 3. Quartal", "des 19. Jahrhunderts".
    if (GERMAN_MONTHS.has(nextLower) && !ENGLISH_MONTHS.has(nextLower)) return false;
    return opensQuote || SENTENCE_STARTERS.has(nextLower) || language.get() !== 'de' || GERMAN_STARTERS.has(nextLower);
  }
  const isDotted = /^(?:\p{L}\.)+\p{L}$/u.test(bare); // "U.S", "e.g", "N.S", "z.B", "e.V"
  if (isDotted) return opensQuote || language.starts(nextLower);
  if (!ABBREVIATIONS.has(bare) && !GERMAN_ABBREVIATIONS.has(bare) && !FRENCH_ABBREVIATIONS.has(bare)) return true;
  // After a title ("Dr.", "Mr.") a name follows; after "Inc." or "etc." a new sentence may start.
  if (language.abbreviations().has(bare)) return !language.titles().has(bare) && language.starts(nextLower);
  return true;
}

/** The language rules to apply: from `lang` when given, else guessed from the text's common words, once, when first needed. */
export class LanguageOf {
  private language: Language | undefined;

  constructor(
    private readonly text: string,
    lang?: string,
  ) {
    if (lang) this.language = primaryLanguage(lang);
  }

  get(): Language {
    this.language ??= guessLanguage(this.text);
    return this.language;
  }

  abbreviations(): Set<string> {
    const language = this.get();
    return language === 'de' ? GERMAN_ABBREVIATIONS : language === 'fr' ? FRENCH_ABBREVIATIONS : ABBREVIATIONS;
  }

  titles(): Set<string> {
    const language = this.get();
    return language === 'de' ? GERMAN_TITLES : language === 'fr' ? FRENCH_TITLES : TITLES;
  }

  starts(word: string): boolean {
    if (SENTENCE_STARTERS.has(word)) return true;
    const language = this.get();
    return language === 'de' ? GERMAN_STARTERS.has(word) : language === 'fr' ? FRENCH_STARTERS.has(word) : false;
  }
}

function primaryLanguage(lang: string): Language {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'de' || primary === 'fr' ? primary : primary === '' ? 'en' : 'other';
}

const GERMAN_WORDS = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'auf', 'dem', 'den', 'des', 'ein', 'eine', 'sich', 'von', 'zu', 'im', 'wird', 'wurde', 'sind', 'auch', 'bei', 'nach', 'über', 'werden', 'hat']);
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'que', 'pour', 'dans', 'par', 'sur', 'pas', 'il', 'au', 'aux', 'qui', 'ce', 'sont', 'avec', 'été']);
const ENGLISH_WORDS = new Set(['the', 'and', 'is', 'of', 'to', 'that', 'for', 'with', 'on', 'was', 'are', 'it', 'this', 'by', 'from', 'has', 'have', 'be', 'as']);

/** German or French when their common words clearly outnumber English ones; English otherwise. */
function guessLanguage(text: string): Language {
  let de = 0;
  let fr = 0;
  let en = 0;
  for (const [word] of text.slice(0, 1000).toLowerCase().matchAll(/\p{L}+/gu)) {
    if (GERMAN_WORDS.has(word)) de++;
    if (FRENCH_WORDS.has(word)) fr++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  if (de >= 2 && de > 2 * en && de > fr) return 'de';
  if (fr >= 2 && fr > 2 * en && fr > de) return 'fr';
  return 'en';
}

/** A CJK full stop needs no space after it; nor do "!" and "?" between CJK characters. */
function endsWithoutSpace(text: string, markStart: number, markEnd: number): boolean {
  if (CJK_MARKS.has(text[markEnd - 1])) return true;
  return /^[!?]+$/.test(text.slice(markStart, markEnd)) && CJK_CHAR.test(text[markStart - 1] ?? '') && CJK_CHAR.test(text[markEnd] ?? '');
}

function lastTokenStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return i;
}

/** Whether the token before `tokenStart` is a single letter with a dot: the "z." of "z. B.". */
function precededBySingleLetter(text: string, tokenStart: number): boolean {
  let i = tokenStart;
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i >= 2 && text[i - 1] === '.' && /\p{L}/u.test(text[i - 2]) && (i === 2 || !/[\p{L}\p{N}.]/u.test(text[i - 3]));
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text[at])) at++;
  return at;
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && isWhiteSpaceCode(char.charCodeAt(0));
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
