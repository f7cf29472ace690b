// The words around figures in each language lib/claims/numbers.ts reads: months, scale words ("million",
// "Milliarden", "milliards"), percent words, range words, qualifiers. English is the default and the
// fallback for any other language; German and French add their own. The separators of numbers are not
// here: they come from Intl for the language tag (numbers.ts, separatorsOf).

export interface NumberLanguage {
  /** Month names in lower case, January first; a month may have several spellings ("januar", "jänner"). */
  months: string[][];
  /** Whether month names are written with a capital (English, German) or in lower case (French). */
  monthsCapitalised: boolean;
  /** How a day is written before a month name, as a regex source with the day as group 1 ("15 January", "15. Januar", "1er janvier"). */
  dayBeforeMonth: string;
  /** Words before a month named with no day ("in January", "im Januar", "en janvier"). */
  monthPrepositions: string[];
  /** Group separators written in some countries of the language, besides those of the tag's CLDR data. */
  alsoGroups?: string[];
  /** Scale words after a number, as written → factor ("1.6 million", "2,6 Milliarden", "3 milliards"). */
  scales: Record<string, number>;
  /** Words for per cent after a number. */
  percentWords: string[];
  /** Quarters of a year: the ordinals of the four, each with its spellings, then the word ("third quarter", "dritten Quartal", "troisième trimestre"). */
  quarters: { ordinals: string[][]; words: string[] };
  /** Units of time after a number, in lower case → the unit of the figure ("15 Jahren" → years, "two weeks" → weeks). */
  durations: Record<string, string>;
  /** Words for "one" before a unit of time ("one day", "in einem Jahr", "un an"): the article is not a figure on its own. */
  oneWords: string[];
  /** Fractions as written, in lower case, one space between words → per cent ("die hälfte" → 50, "un tiers" → 33.3). */
  fractions: Record<string, number>;
  /** Words joining the two ends of a range ("5 to 10", "5 bis 10", "5 à 10"). */
  rangeWords: string[];
  /** Words joining two figures sharing a unit ("50- and 200-day"). */
  andWords: string[];
  /** Words before a figure that make it approximate or a bound. */
  qualifiers: string[];
  /** Frequent words of the language, in lower case, to tell a sentence's language when the caller does not. */
  markers: string[];
}

const ENGLISH: NumberLanguage = {
  // with the abbreviations of news style ("Nov. 6, 2019")
  months: [
    ['january', 'jan.', 'jan'], ['february', 'feb.', 'feb'], ['march', 'mar.', 'mar'], ['april', 'apr.', 'apr'], ['may'], ['june', 'jun.', 'jun'],
    ['july', 'jul.', 'jul'], ['august', 'aug.', 'aug'], ['september', 'sept.', 'sept', 'sep.', 'sep'], ['october', 'oct.', 'oct'], ['november', 'nov.', 'nov'], ['december', 'dec.', 'dec'],
  ],
  monthsCapitalised: true,
  dayBeforeMonth: String.raw`(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?`, // "30 October 2025", "the 5th of May"
  monthPrepositions: ['in', 'since', 'by', 'until', 'this', 'last', 'next', 'early', 'late', 'mid-', 'of', 'from', 'through', 'in early', 'in late', 'an', 'during', 'on', 'before', 'after', 'the', 'past'],
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 }, // lakh and crore: Indian English
  percentWords: ['percent', 'per cent'],
  quarters: { ordinals: [['first'], ['second'], ['third'], ['fourth']], words: ['quarter'] },
  durations: {
    year: 'years', years: 'years', month: 'months', months: 'months', week: 'weeks', weeks: 'weeks', day: 'days', days: 'days',
    hour: 'hours', hours: 'hours', minute: 'minutes', minutes: 'minutes', decade: 'decades', decades: 'decades',
    seconds: 'seconds', // not "second": an ordinal far more often ("the second quarter")
  },
  oneWords: ['one'],
  fractions: {
    half: 50, 'a third': 100 / 3, 'one third': 100 / 3, 'a quarter': 25, 'one quarter': 25, 'a fifth': 20, 'one fifth': 20,
    'two thirds': 200 / 3, 'three quarters': 75,
  },
  rangeWords: ['to'],
  andWords: ['and', 'or'],
  qualifiers: ['more than', 'less than', 'fewer than', 'over', 'under', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'up to', 'at least', 'at most', 'some', 'just under', 'just over', 'as much as', 'as many as'],
  markers: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'on', 'was', 'are', 'by', 'as', 'at', 'from', 'it', 'this', 'has', 'have', 'be', 'will', 'were', 'which', 'its', 'or', 'but', 'said', 'than'],
};

const GERMAN: NumberLanguage = {
  months: [['januar', 'jänner'], ['februar', 'feber'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
  monthsCapitalised: true,
  dayBeforeMonth: String.raw`(\d{1,2})(?:\.\s?|\s)`, // "30. Oktober 2025", "3. März", "am 15 April" (its full stop left out)
  monthPrepositions: ['im', 'seit', 'bis', 'ab', 'von', 'anfang', 'ende', 'mitte'],
  // Switzerland and Liechtenstein: "200’000 Franken"; a space as DIN 5008 has it: "30 000 Liter"
  alsoGroups: ['’', "'", ' ', '\u00a0', '\u202f', '\u2009'],
  // "Billion" is 10¹², not the English billion
  scales: { Tausend: 1e3, 'Tsd.': 1e3, Tsd: 1e3, Million: 1e6, Millionen: 1e6, 'Mio.': 1e6, Mio: 1e6, 'Mill.': 1e6, Milliarde: 1e9, Milliarden: 1e9, 'Mrd.': 1e9, Mrd: 1e9, 'Mia.': 1e9, Billion: 1e12, Billionen: 1e12 },
  percentWords: ['Prozent', 'prozentige', 'prozentigen', 'prozentiger', 'prozentiges', 'prozentigem'], // "3,5 Prozent", "eine 72-prozentige Umwandlung"
  // declined after the article: "das dritte Quartal", "im dritten Quartal", "des ersten Quartals"
  quarters: { ordinals: [['erste', 'ersten', 'erstes'], ['zweite', 'zweiten', 'zweites'], ['dritte', 'dritten', 'drittes'], ['vierte', 'vierten', 'viertes']], words: ['quartal', 'quartals'] },
  durations: {
    jahr: 'years', jahre: 'years', jahren: 'years', jahres: 'years', monat: 'months', monate: 'months', monaten: 'months', monats: 'months',
    woche: 'weeks', wochen: 'weeks', tag: 'days', tage: 'days', tagen: 'days', stunde: 'hours', stunden: 'hours', minute: 'minutes', minuten: 'minutes',
    jahrzehnt: 'decades', jahrzehnte: 'decades', jahrzehnten: 'decades',
  },
  // "eines Tages" is "one day" in a story, not a figure
  oneWords: ['ein', 'eine', 'einem', 'einen', 'einer'],
  fractions: {
    'die hälfte': 50, 'der hälfte': 50, 'ein drittel': 100 / 3, 'einem drittel': 100 / 3, 'zwei drittel': 200 / 3,
    'ein viertel': 25, 'einem viertel': 25, 'drei viertel': 75, 'ein fünftel': 20,
  },
  rangeWords: ['bis'],
  andWords: ['und', 'oder'],
  qualifiers: ['mehr als', 'weniger als', 'weit über', 'über', 'unter', 'rund', 'etwa', 'circa', 'ca.', 'knapp', 'fast', 'bis zu', 'mindestens', 'höchstens', 'gut', 'nahezu', 'annähernd'],
  markers: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'für', 'auf', 'den', 'dem', 'wird', 'wurde', 'wurden', 'sich', 'eine', 'einen', 'einer', 'ein',
    'im', 'zum', 'zur', 'auch', 'bei', 'nach', 'hat', 'haben', 'hatte', 'sind', 'noch', 'wie', 'vom', 'aus', 'werden', 'dass', 'über', 'oder', 'aber', 'wenn',
    'durch', 'bis', 'sein', 'seine', 'seiner', 'seinen', 'ihre', 'ihren', 'ihrer', 'sowie', 'weitere', 'bereits', 'zufolge', 'seit', 'rund', 'etwa', 'knapp',
    'milliarden', 'millionen', 'mrd', 'mio', 'prozent',
  ],
};

const FRENCH: NumberLanguage = {
  months: [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
  monthsCapitalised: false,
  dayBeforeMonth: String.raw`(1er|\d{1,2})\s`, // "le 30 octobre 2025", "le 1er janvier"
  monthPrepositions: ['en', 'depuis', 'fin', 'début', 'dès'],
  // "billion" is 10¹², not the English billion
  scales: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, Md: 1e9, Mds: 1e9, billion: 1e12, billions: 1e12 },
  percentWords: ['pour cent', 'pour-cent'],
  quarters: { ordinals: [['premier'], ['deuxième', 'second'], ['troisième'], ['quatrième']], words: ['trimestre'] },
  durations: {
    an: 'years', ans: 'years', année: 'years', années: 'years', mois: 'months', semaine: 'weeks', semaines: 'weeks', jour: 'days', jours: 'days',
    heure: 'hours', heures: 'hours', minute: 'minutes', minutes: 'minutes', décennie: 'decades', décennies: 'decades',
  },
  oneWords: ['un', 'une'],
  fractions: { 'la moitié': 50, 'un tiers': 100 / 3, 'deux tiers': 200 / 3, 'un quart': 25, 'trois quarts': 75 },
  rangeWords: ['à'],
  andWords: ['et', 'ou'],
  qualifiers: ['plus de', 'moins de', 'environ', 'près de', 'presque', "jusqu'à", 'jusqu’à', 'au moins', 'au plus', 'quelque', 'autour de'],
  markers: [
    'le', 'la', 'les', 'et', 'est', 'des', 'une', 'un', 'du', 'dans', 'pour', 'que', 'qui', 'sur', 'avec', 'pas', 'par', 'au', 'aux', 'ce', 'cette', 'sont',
    'été', 'il', 'elle', 'ont', 'mais', 'leur', 'leurs', 'selon', 'entre', 'depuis', 'être', 'avait', 'ses', 'ces', 'milliards', 'environ',
  ],
};

export const NUMBER_LANGUAGES: Record<string, NumberLanguage> = { en: ENGLISH, de: GERMAN, fr: FRENCH };

/** The vocabulary for a BCP 47 tag ("de-AT" → German); English for any language not listed. */
export function numberLanguage(tag: string): NumberLanguage {
  return NUMBER_LANGUAGES[primarySubtag(tag)] ?? ENGLISH;
}

export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

/** Numbers only a decimal-comma language writes: "7.300" (a dot and three digits), "2,6" (a comma and one or two). */
const DECIMAL_COMMA_NUMBERS = /(?<![\d.,])\d{1,3}(?:\.\d{3}(?![\d.,])|,\d{1,2}(?![\d,]))/g;

/** The languages in the order guessLanguage weighs them, and for each marker word the languages it is a marker of (by index). */
const GUESSED = Object.entries(NUMBER_LANGUAGES);
const MARKER_OF = new Map<string, number[]>();
GUESSED.forEach(([, language], index) => {
  for (const word of language.markers) {
    const of = MARKER_OF.get(word) ?? [];
    if (!of.includes(index)) of.push(index);
    MARKER_OF.set(word, of);
  }
});
const ENGLISH_INDEX = GUESSED.findIndex(([, language]) => language === ENGLISH);

/** Whether the code point of `text` at `index` (or of the surrogate pair ending there, `before`) is a letter (\p{L}). */
const LETTER = /^\p{L}$/u;
function letterAt(text: string, index: number, before: boolean): boolean {
  const c = text.charCodeAt(index);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let codePoint = text.codePointAt(index)!;
  if (before && c >= 0xdc00 && c <= 0xdfff && index > 0) {
    const pair = text.codePointAt(index - 1)!;
    if (pair > 0xffff) codePoint = pair;
  }
  return LETTER.test(String.fromCodePoint(codePoint));
}

/**
 * Markers of lower-case text as whole words: `markerWords(words)` finds them where no ASCII letter is
 * next to them, which is quick; countMarkers then rejects those next to another letter, so that a word
 * counts as `text.match(/\p{L}+/gu)` would give it ("für" in "fürs" does not count, "die" before "𝐀"
 * neither). A marker rejected that way hides no other: any marker overlapping it would have a letter next
 * to it.
 */
const markerWords = (words: string[]) =>
  new RegExp(`(?<![a-z])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![a-z])`, 'g');
/** The markers of English, and those of the other languages. */
const ENGLISH_MARKERS = markerWords([...MARKER_OF].filter(([, of]) => of.includes(ENGLISH_INDEX)).map(([word]) => word));
const OTHER_MARKERS = markerWords([...MARKER_OF].filter(([, of]) => of.some((index) => index !== ENGLISH_INDEX)).map(([word]) => word));

/** Adds to `hits` (one slot a language of GUESSED) the words of `lower` that `markers` finds, for the languages `english` says (English, or the others). */
function countMarkers(lower: string, markers: RegExp, english: boolean, hits: number[]): void {
  markers.lastIndex = 0;
  for (let m = markers.exec(lower); m; m = markers.exec(lower)) {
    const end = m.index + m[0].length;
    if (m.index > 0 && lower.charCodeAt(m.index - 1) >= 128 && letterAt(lower, m.index - 1, true)) continue;
    if (end < lower.length && lower.charCodeAt(end) >= 128 && letterAt(lower, end, false)) continue;
    for (const index of MARKER_OF.get(m[0])!) if ((index === ENGLISH_INDEX) === english) hits[index]++;
  }
}

/**
 * The language of a text when the caller does not say: German or French when it has at least two signs
 * of it, and more than it has English words. The signs are frequent words of the language and numbers
 * written with a decimal comma. English otherwise, so that English text reads exactly as it always did.
 *
 * It reads any length of text: findNumbers guesses per sentence when it is given no tag; a caller that
 * knows a sentence's article can instead guess once from the article's text (or its first paragraphs)
 * and pass the tag to each findNumbers call. The two can differ on a sentence that quotes another
 * language, or one with too few words to tell (read as English on its own).
 */
export function guessLanguage(text: string): string {
  const lower = text.toLowerCase();
  const hits = GUESSED.map(() => 0);
  countMarkers(lower, OTHER_MARKERS, false, hits);
  const commaNumbers = /\d/.test(text) ? (text.match(DECIMAL_COMMA_NUMBERS)?.length ?? 0) : 0;
  // English unless another language has two signs: then only are the English words counted.
  if (!hits.some((n, index) => index !== ENGLISH_INDEX && n + commaNumbers >= 2)) return 'en';
  countMarkers(lower, ENGLISH_MARKERS, true, hits);
  const english = hits[ENGLISH_INDEX];
  let best = 'en';
  let bestHits = english;
  GUESSED.forEach(([tag, language], index) => {
    if (tag === 'en') return;
    const n = hits[index] + (language === ENGLISH ? 0 : commaNumbers);
    if (n >= 2 && n > bestHits) {
      best = tag;
      bestHits = n;
    }
  });
  return best;
}
