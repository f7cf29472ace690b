// Figures in a sentence, normalised: "$19 billion" → 19e9 USD, "$508.2M" → 508.2e6 USD, "85%" → 85 %,
// "77%–81%" → 77..81 %, "1.6 million" → 1.6e6, "10 times" → 10 x, "January 15, 2026" → 2026-01-15,
// "285 MW" → 285 MW, "12.9 billion HKD" → 12.9e9 HKD, "2.5 BTC" → 2.5 BTC, "the 50- and 200-day" → 50 day
// and 200 day; in German and French "2,6 Milliarden Euro" → 2.6e9 EUR, "1.500" → 1500, "3,5 %" → 3.5 %,
// "12,5 millions d'euros" → 12.5e6 EUR, "30. Oktober 2025" / "le 30 octobre 2025" → 2025-10-30.
//
// How numbers are written depends on the language: findNumbers(sentence, lang) takes the BCP 47 tag of
// the text ("de", "fr-FR", "en-US"); the separators come from Intl for that tag, the words around figures
// (months, "Milliarden", "pour cent"…) from lib/claims/number-languages.ts, the units from
// lib/claims/units.ts. With no tag, a sentence is read as German or French only when its words say so
// (guessLanguage), otherwise as English, exactly as before the tag existed.
//
// It runs on every sentence of an article, so it is kept cheap: a sentence with no digit and no number
// word is left at once, and each pattern that needs a sign (a currency, "%", a month, "quarter"…) runs
// only on sentences that have it (Gate below); the patterns and gates are built once per language tag.
import { CURRENCIES, UNITS, type Unit } from './units.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { guessLanguage, NUMBER_LANGUAGES, numberLanguage, primarySubtag, type NumberLanguage } from './number-languages.ts';

export { guessLanguage };

export interface NumberMention {
  /** The figure as written. */
  text: string;
  /** The value; an ISO date string ("2026-01-15", "--10-10", "2026") for dates. */
  value?: number | string;
  /** Bounds of a range ("77%–81%", "$3-4 trillion"); years for a decade ("the 2020s": "2020" to "2029"). */
  min?: number | string;
  max?: number | string;
  /** "USD" (or another ISO currency), "%", "x", "date", "bp", "°F", "MW", "EH/s", "day", "count", or an asset ticker ("BTC") for an amount of coins. */
  unit: string;
  /** "over", "about", "up to"… when the figure is approximate or a bound. */
  qualifier?: string;
}

const ENGLISH = numberLanguage('en');
/** English month names in full; abbreviations ("Nov.") only where a day or year follows. */
const MONTHS = ENGLISH.months.map(([name]) => name);

/** Short scales after money or before a unit, in any language: "$508.2M", "$15K", "€5bn". */
const SCALE_LETTERS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, t: 1e12, tn: 1e12 };

/** A number not glued to letters on its left ("S-1", "Q3", "Web3" are names, not figures). */
const LEFT = String.raw`(?<![\p{L}\d.,]|\p{L}-)`;
/** Lengths and frame rates in lower case that follow a number with no space: "a gap of 22mm", "a 5km run", "a solid 60fps". */
const GLUED_LOWER_CASE_UNITS = ['mm', 'cm', 'km', 'fps'];
/** Units written as symbols, which may follow a number with no space: "80TB", "285MW", "1,000EH/s". */
const GLUED_UNIT_FORMS = [...UNITS.flatMap((unit) => unit.forms).filter((form) => form !== form.toLowerCase() && /^\p{L}/u.test(form) && !/\s/.test(form)), ...GLUED_LOWER_CASE_UNITS]
  .sort((a, b) => b.length - a.length).map((form) => form.replace(/[/]/g, '\\/')).join('|');
/** A figure ends at a non-digit; a letter right after it only as an ordinal, a scale, "x" or a unit's symbol ("19b-4" is a name). */
const RIGHT = String.raw`(?![\d])(?!(?!(?:st|nd|rd|th|bn|mn|tn|[kKmMbBtTxX]|${GLUED_UNIT_FORMS})(?![\p{L}\d-]))[\p{L}])`;

/**
 * Number words: "two", "twenty", "seventy-eight", "a few hundred", "two thousand"; German "sieben",
 * "zwölf". "one" and "ein" are left out: mostly a pronoun and an article; German "elf" too (an English word).
 */
const WORD_VALUES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, eineinhalb: 1.5, anderthalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5, viereinhalb: 4.5, fünfeinhalb: 5.5, sechseinhalb: 6.5, siebeneinhalb: 7.5, achteinhalb: 8.5, neuneinhalb: 9.5, zehneinhalb: 10.5,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** The number words as a regex alternation, compounds first ("seventy-eight"). */
const WORDS = `(?:${TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|${Object.keys(WORD_VALUES).join('|')}`;

/** The value of a number word: "seventy-eight" is 78. */
function wordValue(word: string): number {
  return word.toLowerCase().split('-').reduce((sum, part) => sum + (WORD_VALUES[part] ?? (part === 'one' ? 1 : 0)), 0);
}
/** After "a third": a noun it counts ("a third day"), not "of", another word of no noun or the end of a clause. */
const ORDINAL_BEFORE_NOUN = /^\s(?!(?:of|by|in|on|at|to|for|from|with|and|or|but|than|since|over|last|this|that|when|while|after|before|during|compared|as|so|less|more|fewer|lower|higher|smaller|larger|bigger|cheaper)\b)\p{Ll}/u; // "cut by a third by 2020" is a share
/** Ordinal words read as counts; "first" is left out (mostly "at first", "the first time"). */
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
/** Verbs of a multiple, by their first four letters: "doubled" is ×2, "quadrupling" ×4. */
const MULTIPLYING_VERBS: Record<string, number> = { doub: 2, trip: 3, quad: 4, twic: 2 };
/** German multiples by their first four letters: "das Doppelte", "verdreifacht", "um das Zehnfache". */
const GERMAN_MULTIPLES: Record<string, number> = { dopp: 2, drei: 3, vier: 4, 'fünf': 5, zehn: 10, hund: 100 };
const GERMAN_MULTIPLE_WORDS = String.raw`(doppelte|dreifache|vierfache|fünffache|zehnfache|hundertfache)n?|ver(doppel|dreifach|vierfach|fünffach|zehnfach|hundertfach)(?:t|te|ten|n|en|e|ung)?`;
/** Scales written as words after a number word that are no scale of the language's money: "three hundred", "three dozen". */
const WORD_SCALES: Record<string, number> = { hundred: 100, dozen: 12 };

/** Scales inside such a compound: "a 13.8-billion-year period". */
const COMPOUND_SCALES: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };

/** Time units that make a compound with a number: "the 200-day moving average", "a 10-year bond". */
const COMPOUND_TIME = 'day|week|month|year|hour|minute';

/**
 * Names with numbers in them are not figures: indexes, "24/7", the attacks of "9/11", retirement plans
 * named by their section of the tax code ("401(k)", "403(b)"), a season's weeks and a series' games and
 * rounds ("the Week 13 rematch", "Game 7", "the Phase 1 trade deal"), streets, districts and amendments
 * by their ordinal ("6th Avenue", "the 11th District"), the emergency number ("called 911", "Notruf 112").
 */
const NAMES_WITH_NUMBERS = /§§?\s?\d+[a-z]?(?:\s+(?:Abs\.|Absatz)\s?\d+)?(?:\s+(?:S\.|Satz)\s?\d+)?|\b(?:Abs\.|Art\.)\s?\d+|\b\d{3}\([a-z]\)|\b(?:Week|Game|Round|Stage|Phase)\s\d{1,2}\b(?![:.,]\d)|\b\d{1,3}(?:st|nd|rd|th)\s+(?:Avenue|Ave\b\.?|Street|St\b\.?|Road|District|Circuit|Amendment|Precinct|Ward)\b|\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing)\s+911\b|\b911\s+(?:calls?|dispatchers?|operators?|centers?|centres?)\b|\b(?:Notruf|Notrufnummer|Polizeinotruf)\s+11[02]\b|\b(?:\d{1,2}(?:st|nd|rd|th)[ -]century|24\/7|9\/11|S&P\s?500|Nasdaq-100|Dow\s?30|FTSE\s?100|Web\s?3|Fortune\s?500|COVID-19|G7|G20|Nasdaq\s?100)\b/gi;

/** A footnote's mark: "up to 1,000 alarms per shift[1]" (a reference, no figure). */
const FOOTNOTE_MARK = /\[\d{1,3}\]/g;

/** A street address: "1909 Jolinda Drive", "2134 Caldwell Place", "3170 W. County Road 600S" (a place, no figure). */
const STREET_ADDRESS = /(?<![\p{L}\d])\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:Drive|Dr\.|Street|St\.|Avenue|Ave\.|Road|Rd\.|Place|Pl\.|Lane|Ln\.|Boulevard|Blvd\.|Way|Court|Ct\.|Circle|Highway|Hwy\.|Parkway|Pkwy\.|Terrace)(?:\s+\d+[A-Z]?)?(?![\p{L}])/gu;

/**
 * Words that follow a name, not a count's noun: "Destiny 2 isn’t the only game", "Red Dead Redemption 2 only
 * renders", "Destiny 2 on Stadia" (a count's noun follows its number: "Messi 2 goals").
 */
const NAME_THEN_WORDS = String.raw`(?:is|isn[’']t|not|was|wasn[’']t|has|had|will|would|can|could|does|did|only|also|runs|ran|on|in|at|and|or|but|with|from|to|for|as|that|which)`;
/**
 * A product's or a law's number after its name: "Boeing 787-9", "the 777X", "iOS 13", "Proposition 4",
 * "Section 230" — a capitalised word (not a month, a day or a currency) and a number of at most three
 * digits, with no figure's sign, scale or unit after it. Only the number is masked.
 */
const MODEL_NUMBERS = new RegExp(String.raw`(?<![\p{L}\d])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|About|Nearly|Some|These|Those|Its|Their|His|Her|Our|Many|Only|Over|Around|Almost|Roughly|Just|More|Fewer|Less|At|In|On|By|Of|For|With|From|Since|After|Before|Until|To|Up|All|Another|The|Top|Page|Rs|Nr|No|Seite|Rund|Etwa|Fast|Über|Mit|Um|Ab|Bis|Seit|Vor|Nach|Im|Am)\b)([\p{Lu}][\p{L}]*\p{Ll}[\p{L}]*\s)(\d{1,3}(?:-\d{1,3}|[xX]|[A-Z]{1,3})(?![\d\p{L}])|\d{1,3}(?![\d,:%\p{L}-]|\.\d|\s?(?:%|percent|per cent|Prozent|million|billion|trillion|thousand|Millionen|Milliarden|Mio|Mrd|(?!${NAME_THEN_WORDS}\b)[\p{Ll}])))`, 'gu');
/** What MODEL_NUMBERS cannot match without (a capital, perhaps beyond ASCII, then no space or digit up to a space and a digit), tested first: it is slow. */
const MAY_HAVE_MODEL_NUMBER = /[A-Z\u00c0-\uffff][^\s\d]*\s\d/;
function maskModel(whole: string, name: string, number: string, at: number, text: string): string {
  // "beat Rublev 6-4", "defeat McLachlan 6-7 (4)": a score after a name, not a model ("Boeing 787-9", "Airbus 350-1000")
  const pair = /^(\d{1,3})-(\d{1,3})$/.exec(number);
  if (pair && Number(pair[1]) <= 199 && (Number(pair[1]) >= Number(pair[2]) || /^\s\(\d{1,2}\)/.test(text.slice(at + whole.length)))) return whole;
  return name + ' '.repeat(number.length);
}

/** An ASCII digit (as \\d is in all the patterns). Every name of NAMES_WITH_NUMBERS has one. */
const DIGIT = /\d/;

/** Patterns that need a digit; "outOf" takes a digit or a number word; the others need a number word, a month or a quarter. */
const DIGIT_KINDS = new Set(['tally', 'decade', 'yearSpan', 'monthRange', 'slashFraction', 'split', 'resultLine', 'record', 'score', 'dimensions', 'zoneTime', 'suspended', 'money', 'percent', 'unit', 'date', 'numericDate', 'dayMonth', 'monthYear', 'time', 'compound', 'multiple', 'temperature', 'count']);
const NEEDS_DIGIT = 0;
const NEEDS_WORD = 1;
const NEEDS_EITHER = 2;

// ---------------------------------------------------------------------------------------------------
// Separators

interface Separators {
  /** Characters between groups of three digits ("1,500", "1.500", "1 500"). */
  group: string[];
  /** Decimal marks: the country's, and its language's where that is no group mark ("0,5 Prozent" in a Swiss text). */
  decimal: string[];
}

const SPACES = [' ', '\u00a0', '\u202f', '\u2009'];
const APOSTROPHES = ["'", '’'];

/**
 * The group and decimal separators of a language. They come from Intl.NumberFormat (CLDR) rather than a
 * hand table, so that any tag gets its convention. To them are added what people type instead: any
 * space where CLDR has a (narrow) no-break space ("1 500 000" in French), either apostrophe where it has
 * one, the dot wherever the decimal is a comma ("57.000 Euro" in Austria, where CLDR has a space), and
 * the separators of the language's other countries ("200’000" in a Swiss text tagged "de").
 */
function separatorsOf(tag: string, language: NumberLanguage): Separators {
  const parts = numberParts(tag);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const groups = new Set([group]);
  for (const family of [SPACES, APOSTROPHES]) if (family.includes(group)) for (const c of family) groups.add(c);
  if (decimal === ',') groups.add('.');
  for (const c of language.alsoGroups ?? []) groups.add(c);
  const decimals = new Set([decimal]);
  const languageDecimal = numberParts(primarySubtag(tag)).find((p) => p.type === 'decimal')?.value ?? '.';
  if (!groups.has(languageDecimal)) decimals.add(languageDecimal);
  return { group: [...groups], decimal: [...decimals] };
}

/** How CLDR writes 1234567.5 for a tag; a tag a page wrote wrong ("de-ere") gets its language's, one Intl does not know English's. */
function numberParts(tag: string): Intl.NumberFormatPart[] {
  for (const known of [tag, primarySubtag(tag)]) {
    try {
      return new Intl.NumberFormat(known).formatToParts(1234567.5);
    } catch {
      // the next, broader tag
    }
  }
  return new Intl.NumberFormat('en').formatToParts(1234567.5);
}

// ---------------------------------------------------------------------------------------------------
// A reader: the patterns and parsers for one language tag, built once

/**
 * What a pattern cannot match without, tested before it runs (cheapest first). A gate is only a
 * shortcut: each of its tests holds wherever its pattern could match, so that the figures found are the
 * same as without it.
 * - `includes`: strings one of which the sentence must hold, as written (for a case-sensitive pattern,
 *   or one that needs a sign with no case: "-", "%");
 * - `words`: number words (numberWord's, in lower case) one of which the sentence must have, for a
 *   pattern whose word is a word of its own, bounded as numberWord bounds it: by a character that is no
 *   letter, digit or "_". With `bounded`, the pattern bounds it by \b instead: the two agree only where
 *   all letters are ASCII ("halfé" has \b after "half" but no number word), so elsewhere the test is
 *   left out;
 * - `text`: a regex on the sentence as written (for a case-sensitive pattern);
 * - `lower`: regexes on the sentence in lower case (for a pattern with the i flag: the forms it matches
 *   in any case are all in lower case there), each tested once a sentence; `lowerWithoutDigit` likewise,
 *   for a sentence with no digit.
 */
interface Gate {
  includes?: string[];
  words?: string[];
  bounded?: boolean;
  /** The bit of `words` in Reader.wordGates. */
  wordBit?: number;
  text?: RegExp;
  lower?: RegExp[];
  lowerWithoutDigit?: RegExp;
}

interface Pattern {
  kind: string;
  pattern: RegExp;
  /** NEEDS_DIGIT, NEEDS_WORD (a number word, a month or a quarter) or NEEDS_EITHER, as DIGIT_KINDS says. */
  needs: number;
  gate?: Gate;
}

interface Reader {
  language: NumberLanguage;
  patterns: Pattern[];
  /** The alternation of numberWord (for anyNumberWordHint). */
  numberWords: string;
  /** Every number word of a sentence: a month, a quarter, "two", "years"…, as a word on its own. */
  numberWord: RegExp;
  /** numberWord made quicker, for a sentence whose letters are all ASCII (hintOf). */
  numberWordHint: RegExp;
  /** For each number word in lower case, the bits of the gates that need one of theirs. */
  wordGates: Map<string, number>;
  qualifier: RegExp;
  /** Each ordinal of a quarter in lower case → its number ("third" → 3, "dritten" → 3). */
  quarterOrdinals: ReadonlyMap<string, number>;
  parse: (text: string) => number;
}

const READERS = new Map<string, Reader>();

function readerFor(tag: string): Reader {
  const key = tag.toLowerCase();
  let reader = READERS.get(key);
  if (!reader) {
    // Pages state tags in many spellings ("en-US", "EN", "en-x-…"): the cache stays small.
    if (READERS.size >= MAX_READERS) READERS.clear();
    reader = buildReader(tag);
    READERS.set(key, reader);
  }
  return reader;
}

/** Readers kept at once; each holds about twenty compiled patterns. */
const MAX_READERS = 16;

const escape = escapeRegExp;
/** A gate regex for any of some literal words. */
const gateOf = (words: string[]) => new RegExp(anyOf(words));
/** A regex alternation of literal words, longest first so that "Millionen" wins over "Million". */
const anyOf = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Written forms of units: a space or hyphen in a form matches either, or a no-break space ("basis-point", "US Dollar"). */
const anyForm = (forms: string[]) => anyOf(forms).replace(/[ -]/g, String.raw`[\s-]`);
const formKey = (written: string) => written.replace(/[\s-]/g, ' ');
/** Currencies before a number, as one alternation: a form starting with a letter must not end a word ("Mrs 5" is not rupees), and a code needs a space after it ("EUR 5 million"; "USD0" is a token). */
function prefixForms(forms: readonly string[]): string {
  const longestFirst = [...forms].sort((a, b) => b.length - a.length);
  const words = longestFirst.filter((form) => /^\p{L}/u.test(form)).map((form) => escape(form) + (/^\p{L}+$/u.test(form) ? String.raw`(?=\s)` : ''));
  const signs = longestFirst.filter((form) => !/^\p{L}/u.test(form)).map(escape);
  // One guard before all the forms that open with a letter: the same matches as a guard before each (a
  // form with a letter and a sign never start alike), and far less to compile.
  return [String.raw`(?<![\p{L}\d])(?:${words.join('|')})`, ...signs].join('|');
}

/** Units written after a number, by written form: exact forms, and lower-case forms matched in any case (lib/claims/units.ts). */
const UNIT_BY_FORM = new Map<string, Unit>();
const UNIT_BY_LOWER_FORM = new Map<string, Unit>();
for (const unit of [...CURRENCIES.map(({ unit, after }) => ({ unit, forms: after })), ...UNITS]) {
  for (const form of unit.forms) {
    if (form === form.toLowerCase()) UNIT_BY_LOWER_FORM.set(formKey(form), unit);
    else UNIT_BY_FORM.set(formKey(form), unit);
  }
}
const UNIT_FORMS = anyForm([...UNIT_BY_FORM.keys(), ...UNIT_BY_LOWER_FORM.keys()]);

function unitWritten(written: string): Unit | undefined {
  const key = formKey(written);
  return UNIT_BY_FORM.get(key) ?? UNIT_BY_LOWER_FORM.get(key.toLowerCase());
}

/** Currencies written before a number: "$", "HK$", "EUR" → ISO code. */
const CURRENCY_BEFORE = new Map(CURRENCIES.flatMap(({ unit, before }) => before.map((form) => [form, unit] as const)));
const CURRENCY_PREFIX = prefixForms([...CURRENCY_BEFORE.keys()]);

/** Month names as written after a day: capitalised in English and German ("20 may lose" is no date), either way in French. */
function monthsAsWritten(language: NumberLanguage): string[] {
  const capitalised = language.months.flat().map((name) => name[0].toUpperCase() + name.slice(1));
  return language.monthsCapitalised ? capitalised : [...language.months.flat(), ...capitalised];
}

function buildReader(tag: string): Reader {
  const language = numberLanguage(tag);
  const sep = separatorsOf(tag, language);
  const groupClass = `[${sep.group.map((c) => escape(c)).join('')}]`;
  const decimal = `[${sep.decimal.map((c) => escape(c)).join('')}]`;
  // Grouped or not, one guard on each side: the same matches, in the same order, as each form guarded on
  // its own, and half the pattern to compile (on each page's first reading, most of the claims' start).
  const number = (left: string) => String.raw`${left}(?:\d{1,3}(?:${groupClass}\d{3})+(?:${decimal}\d+)?|\d+(?:${decimal}\d+)?)${RIGHT}`;
  const NUM = number(LEFT);
  /** After a currency sign the number needs no guard on its left ("Rs.200", "EUR5m"). */
  const NUM_AFTER_SIGN = number('');
  const scaleWords = anyOf(Object.keys(language.scales));
  /** Scales after money or before a unit may be one letter ("$508.2M", "$15K"); after a bare number only words count. */
  const MONEY_SCALE = String.raw`(?:[\s-]?(${scaleWords}|tn|bn|mn|[kKmMbBtT])(?![\p{L}\d-]))?`; // "$508.2M", "$23-million"
  /** The same before a unit, which a hyphen may join: "1.2-billion-yuan". */
  const UNIT_SCALE = String.raw`(?:[\s-]?(${scaleWords}|tn|bn|mn|[kKmMbBtT])(?![\p{L}\d]))?`;
  const SCALE = String.raw`(?:\s(${scaleWords})(?![\p{L}]))?`;
  const DASH = String.raw`\s?(?:-(?:${anyOf(language.rangeWords)})-|-|–|—|${anyOf(language.rangeWords)})\s?`; // "5-10", "5 to 10", "one-to-seven"
  const months = anyOf(language.months.flat());
  const english = language === ENGLISH;
  const german = primarySubtag(tag) === 'de';
  const monthNames = english ? MONTHS.join('|') : months;
  /** A month of the language in lower case, followed by a space and a digit (for the gates of dates). */
  const monthThenDigit = (names: string[]) => new RegExp(String.raw`(?:${anyOf(names)})\s+\d`);
  const durations = [...new Set([...Object.keys(ENGLISH.durations), ...Object.keys(language.durations), 'century'])];
  const fractions = fractionsOf(language);
  /** Each ordinal of a quarter in lower case → its number (English and the language's own). */
  const quarterOrdinals = new Map([ENGLISH, language].flatMap(({ quarters }) => quarters.ordinals.flatMap((spellings, i) => spellings.map((word) => [word, i + 1] as const))));
  const quarterWords = [...new Set([...ENGLISH.quarters.words, ...language.quarters.words])];
  /** The last word of each fraction ("half", "thirds", "hälfte"): a fraction has one. */
  const fractionTails = [...new Set(Object.keys(fractions).map((phrase) => phrase.split(' ').pop()!))];
  // Any month, as its first three letters ("mar" for "March", "Mar.", "mars", "Märzen"): with none, no date.
  const monthGate = gateOf([...new Set([...ENGLISH.months.flat(), ...language.months.flat(), ...monthsAsWritten(language)].map((name) => name.toLowerCase().slice(0, 3)))]);
  // A month then a digit: "March 15" for date, "March 2018" for monthYear; the same test in English.
  const dateGate = monthThenDigit(ENGLISH.months.flat());
  // Only where the gate costs less than the pattern would on the sentences it keeps the pattern from.
  const gates: Record<string, Gate> = {
    suspended: { includes: ['-'] },
    money: { text: gateOf([...CURRENCY_BEFORE.keys()]) },
    percent: { includes: ['%', ...language.percentWords] },
    date: { lower: [monthGate, dateGate] },
    dayMonth: { lower: [monthGate] },
    monthYear: { lower: [monthGate, english ? dateGate : monthThenDigit(language.months.flat())] },
    monthRange: { lower: [monthGate] },
    slashFraction: { includes: ['/'] },
    split: { includes: [':'] },
    score: { text: /\d[-–:]\d/ },
    record: { text: /\d[-–]\d{1,2}[-–]\d/ },
    resultLine: { text: /^\p{Lu}[^:]{0,60}\d,\s\p{Lu}[^:]{0,60}\d(?:,\s\S+)?:\s/u },
    zoneTime: { text: /\d{4}\s?(?:GMT|UTC)/ },
    halfYear: { text: /half|H[12]\b|Halbjahr|hälfte/ },
    outOf: { lower: [/out\sof/] },
    oneIn: { lower: [/\b(?:one|1)\sin\s|\bein(?:er|e|es)\svon\s/] },
    quarter: { words: [...quarterWords, 'q1', 'q2', 'q3', 'q4'], bounded: true, lower: [new RegExp(`${anyOf(quarterWords)}|q[1-4]`)] },
    month: { words: english ? MONTHS : language.months.flat() },
    compound: { includes: ['-'], lower: [new RegExp(`-(?:${COMPOUND_TIME})`)] },
    // with no digit, a number word before the unit ("two years", or "ten" in "often years"), or "a decade"
    duration: { words: durations, bounded: true, lowerWithoutDigit: gateOf([...Object.keys(WORD_VALUES), ...language.oneWords, 'a half', 'decade', 'century']) },
    fraction: { words: fractionTails, bounded: true, lower: [gateOf(fractionTails)] },
    word: { words: Object.keys(WORD_VALUES) },
    one: { lower: [new RegExp(String.raw`(?:^|[^\p{L}])(?:${anyOf(language.oneWords)})\s|\ba\s(?:million|billion|trillion)\b`, 'u')] },
    wordMultiple: { lower: [/times|doubl|tripl|quadrupl|twice|fold/] },
    germanMultiple: { lower: [/doppel|fach/] },
    ordinal: { words: [...Object.keys(ORDINALS), 'one'], lower: [new RegExp(`${Object.keys(ORDINALS).join('|')}|only one|just one`)] },
    temperature: { includes: ['degree'] },
    // a figure then "times", "x", "×" or "fold"
    multiple: { text: /\d\s?(?:[xX×]|times|-?fold|-?fach)/ },
    dimensions: { text: /\d\s?[x×]\s?\d/ },
    // a clock time has minutes, "a.m."/"p.m." or "Uhr" (the pattern finds bare hours too, which are no time)
    time: { text: /\d(?::[0-5]\d|\s?[ap]\.?m|\.[0-5]\d\s?uhr|\s?uhr)/i },
    decade: { text: /0['’]?s/ },
    yearSpan: { includes: ['/'] },
    aDuration: { lower: [/\ba (?:day|week|month|year)\b/] },
  };

  const patterns: { kind: string; pattern: RegExp }[] = [
    // the 50- and 200-day moving averages, 5- to 10-year bonds
    { kind: 'suspended', pattern: new RegExp(String.raw`(${NUM})-\s(${anyOf([...language.andWords, ...language.rangeWords])})\s(${NUM})-(\p{L}+(?:\/\p{L}+)?)`, 'gdu') },
    // $1.5 billion, $508.2M, US$3-4 trillion, $15K+, €20, HK$3 billion, EUR 5 million, ₹500 crore
    { kind: 'money', pattern: new RegExp(String.raw`(${CURRENCY_PREFIX})\s?(${NUM_AFTER_SIGN})(?:${DASH}(?:${CURRENCY_PREFIX})?(${NUM_AFTER_SIGN}))?${MONEY_SCALE}\+?`, 'gu') },
    // 77%–81%, 14-17%, 85%, 5 percent, 3,5 Prozent, "top up to 80-percent"
    { kind: 'percent', pattern: new RegExp(String.raw`(${NUM})(?:\s?%?${DASH}(${NUM}))?(?:\s?|-(?=\p{L}))(?:%|${language.percentWords.map((w) => escape(w) + String.raw`\b`).join('|')})`, 'gu') },
    // January 15, 2026 / October 10th / December 16
    { kind: 'date', pattern: new RegExp(String.raw`\b(${anyOf(ENGLISH.months.flat())})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'giu') },
    // 30.10.2025 (German)
    ...(german ? [{ kind: 'numericDate', pattern: /(?<![\p{L}\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu }] : []),
    // (6.10.), am 1.12.: a day and month with no year, in brackets or after a word of dates (German; "1.2." alone may number a section)
    ...(german ? [{ kind: 'numericDate', pattern: /(?:(?<=\()|(?<=\b(?:am|vom|ab|bis|zum|seit|dem)\s))(\d{1,2})\.(\d{1,2})\.(?![\d\p{L}])/gu }] : []),
    // a vote's tally with "zu" or "to": "stimmten mit 322 zu 306", "voted 322 to 306"
    { kind: 'tally', pattern: /(?<=\b(?:mit|voted|vote of)\s)(\d{1,3})\s(?:zu|to)\s(\d{1,3})(?![\d.,%])/gu },
    // 30 October 2025, 30. Oktober 2025, 3. März, le 1er janvier
    { kind: 'dayMonth', pattern: new RegExp(String.raw`(?<![\p{L}\d.,])${language.dayBeforeMonth}(${anyOf(monthsAsWritten(language))})(?![\p{L}-])(?:,?\s+(\d{4})(?!\d))?`, 'gu') },
    // 285 MW, 75 to 100 basis points, 12.9 billion HKD, 2,6 Milliarden Euro, 12,5 millions d'euros, 2.5 BTC
    { kind: 'unit', pattern: new RegExp(String.raw`(${NUM})(?:${DASH}(${NUM}))?${UNIT_SCALE}(?:\s|-)?(${UNIT_FORMS})(?![\p{L}\d])`, 'giu') },
    // January to October 2023, Januar bis November 2021: months of one year
    { kind: 'monthRange', pattern: new RegExp(String.raw`(?<![\p{L}])(${months})(?![\p{L}])\s*(?:-|–|${anyOf([...language.rangeWords, 'through', 'until'])})\s*(${months})(?![\p{L}])\s+(\d{4})(?!\d)`, 'giu') },
    // ~1/3 of the hours, 2/3 of voters: a share written as a fraction (not a date "9/11" nor "24/7")
    { kind: 'slashFraction', pattern: /~\s?([1-9])\/([2-9]|10)(?![\d/.,])|(?<![\d/.,~])([1-9])\/([2-9]|10)(?=\s+of\b)/gu },
    // a near-50:50 weight distribution, "die Chancen auf 50:50": a split of a whole, its first share in per cent
    { kind: 'split', pattern: /(?<![\d:.,])([1-9]\d?):([1-9]\d?)(?![\d:]|[.,]\d)/g },
    // "Wild 4, Sabres 1: Zach Parise scored twice…": a round-up's result line, two teams and their goals, before a colon
    { kind: 'resultLine', pattern: /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}(\d{1,3}),\s(?:\p{Lu}[\p{L}.'’-]*\s){1,3}(\d{1,3})(?=(?:,\s(?:OT|SO|\d?OT))?:\s)/gu },
    // "improved to 14-0-1", "(3-0-2)", "a 1-6-2 skid": a team's record of wins, losses and draws or overtime losses
    { kind: 'record', pattern: /(?<![\p{L}\d.,:/$€£–-])\d{1,2}([-–])\d{1,2}\1\d{1,2}(?![\d:/%]|[.,]\d|[-–][\p{L}\d])/gu },
    // a 2-1 win, beat Rublev 6-4, 7-6 (5) (its tiebreak too), a 5-4 ruling, "führen mit 2:1", 0:3 verloren, 98:87: a score or a tally
    { kind: 'score', pattern: /(?<![\p{L}\d.,:/$€£–-])(\d{1,3})([-–:])(\d{1,3})(?![\d:/%]|[.,]\d|[-–][\p{L}\d]|\s?(?:%|percent|per cent|Prozent|ratio|Verhältnis)\b|\s?Uhr\b)(?:\s\(\d{1,2}\))?/gu },
    // March 2018, Nov. 2019, Oktober 2025 (a month of a year)
    { kind: 'monthYear', pattern: new RegExp(String.raw`(?<![\p{L}])(${months})(?![\p{L}])\s+(\d{4})(?!\d)`, 'giu') },
    // (0100 GMT), 1430 UTC: a time written as four digits before its time zone
    { kind: 'zoneTime', pattern: /(?<![\d:.,])([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC)\b/g },
    // 4:30 a.m., 15:47, 5 p.m., 17.15 Uhr
    { kind: 'time', pattern: /(?<![\d:.,])(\d{1,2})(?::([0-5]\d)|\.([0-5]\d)(?=\s?Uhr))?(?![\d:])(?:\s?([ap])\.?m\.?(?![\p{L}])|\s?(Uhr)(?![\p{L}]))?/giu },
    // eight out of ten
    { kind: 'outOf', pattern: new RegExp(String.raw`(${NUM}|${WORDS})\sout\sof\s(${NUM}|${WORDS})(?![\p{L}\d])`, 'giu') },
    // one in four attacks, 1 in 10 adults, einer von vier Angriffen: a share (not "one in 2020"; "Es war eines von sechs Start-ups" is one of a set)
    { kind: 'oneIn', pattern: new RegExp(String.raw`(?<![\p{L}\d_])(?:(?:one|1)\sin\s(?!(?:19|20)\d\d(?!\d))(${NUM}|${WORDS})|(?<!\b(?:war|ist|sei|wäre|wurde|wird|als|nur)\s)(?:einer|eine|eines)\svon\s(${NUM}|${WORDS}))(?![\p{L}\d]|[.,]\d)`, 'giu') },
    // third quarter, Q3, im dritten Quartal; with its year: "the third quarter of 2024", "Q3 2024", "das dritte Quartal 2023"
    { kind: 'quarter', pattern: new RegExp(String.raw`(?<![\p{L}\d_])(?:(${anyOf([...quarterOrdinals.keys()])})[ -](?:${anyOf(quarterWords)})|Q([1-4]))(?![\p{L}\d_])(?:\s(?:of\s|des\sJahres\s|de\s)?((?:19|20)\d\d)(?!\d))?`, 'giu') },
    // the first half of 2019, H1 2020, im ersten Halbjahr 2019, in der zweiten Jahreshälfte 2019 (a half year, with its year or not)
    { kind: 'halfYear', pattern: /(?<![\p{L}\d])(?:(first|second)\s+half(?:\s+of)?|H([12])|(ersten|zweiten)\s+(?:Halbjahr(?:es|s)?|Jahreshälfte|Hälfte))(?![\p{L}\d])(?:\s+(?:des\s+Jahres\s+)?((?:19|20)\d\d)(?!\d))?/gu },
    // in January, since August, this September, im Oktober, en mars (a month with no day); both months of
    // "in August and September", "im Dezember und Januar" ("may or may not" is no month: capitals only)
    { kind: 'month', pattern: new RegExp(String.raw`(?:(?<=\b(?:${language.monthPrepositions.join('|')})\s(?:mid-)?)|(?<=\b(?:${monthNames})\s(?:${MONTH_AND})\s)|(?=(?:${monthNames})\s(?:${MONTH_AND})\s(?:${monthNames})(?![\p{L}\d_])))(${monthNames})(?![\p{L}\d_])(?!\s+\d)`, 'giu') },
    // the 200-day moving average, a 10-year bond, a six-month review
    { kind: 'compound', pattern: new RegExp(String.raw`(?:(${NUM})(?:-(million|billion|trillion))?|(?<![\p{L}\d_-])(${WORDS}))-(${COMPOUND_TIME})(?![\p{L}\d])`, 'giu') },
    // 5 to 10 years, two months, one day, two and a half years, a year and a half, a decade; 15 Jahren, in einem Jahr
    { kind: 'duration', pattern: new RegExp(String.raw`(?:(${NUM})|(?<![\p{L}\d_])(${WORDS}|${anyOf(language.oneWords)}))([\s-]and[\s-]a[\s-]half)?(?:${DASH}(${NUM}|${WORDS}))?\s(${anyOf(durations)})(\sand\sa\shalf)?(?![\p{L}\d_])|(?<![\p{L}\d_])an?\s(${anyOf(durations)})\sand\sa\shalf(?![\p{L}\d_])|\b(a) (decade|century)\b`, 'giu') },
    // half, a third, two-thirds, die Hälfte, un tiers; not a period or a name: "the first half of 2019", "Half-Life", "a year and a half"
    { kind: 'fraction', pattern: new RegExp(String.raw`(?<!(?:first|second) )(?<!and a )(?<![\p{L}\d_])(${Object.keys(fractions).map((phrase) => escape(phrase).replace(/ /g, '[- ]')).sort((a, b) => b.length - a.length).join('|')})(?![\p{L}\d_])(?!-)(?! (?:of the time|way|hour))`, 'giu') },
    // three times as contagious, doubled, quadrupled (English number words)
    // twice the rate, to triple that figure
    // verdoppelt, verdreifachen, das Dreifache, um das Zehnfache (German)
    ...(german ? [{ kind: 'germanMultiple', pattern: new RegExp(String.raw`(?<![\p{L}])(?:${GERMAN_MULTIPLE_WORDS})(?![\p{L}])`, 'giu') }] : []),
    ...(english ? [{ kind: 'wordMultiple', pattern: new RegExp(String.raw`(?<![\p{L}\d_])(?:(${WORDS})(?:\stimes(?=\s(?:as|more|less|higher|lower|larger|bigger|greater|faster|smaller|the)\b)|-?fold(?![\p{L}\d_]))|(doubled|doubling|tripled|tripling|quadrupled|quadrupling|twice|(?<=\b(?:to|than|will|would|could|may|might|can)\s)(?:double|triple|quadruple))(?![\p{L}\d_-]))`, 'giu') }] : []),
    // one of a scale or a unit: "a million people", "one megawatt", "einer Million Einheiten", "ein bis zwei
    // Gigawatt", "ein Prozent" ("one" alone is mostly no figure: "one of them"; "a" only before a scale)
    { kind: 'one', pattern: new RegExp(String.raw`(?<![\p{L}\d_-])(?:(${anyOf(language.oneWords)})|(a)(?=\s(?:million|billion|trillion)\b))(?:\s(?:${anyOf(language.rangeWords)})\s(${WORDS}))?\s(?:(${scaleWords})(?![\p{L}\d_-])(?:\s(${UNIT_FORMS}))?|(${language.percentWords.map(escape).join('|')})|(${UNIT_FORMS}))(?![\p{L}\d_])`, 'giu') },
    // two thousand people, a few hundred, three companies, four to six
    { kind: 'word', pattern: new RegExp(String.raw`(?<![\p{L}\d_])(?:(a few|several)\s)?(${WORDS})(?:\s(?:${anyOf(language.rangeWords)})\s(${WORDS}))?(?:\s(thousand|million|billion|hundred|dozen|${scaleWords}))?(?:\s(${language.percentWords.map(escape).join('|')})|\s(${UNIT_FORMS}))?(?![\p{L}\d_])(?![- ](?:way|fold)\b|-state\b|\sstate\s+solution)`, 'giu') }, // ("a two-state solution", "a three-way race"; "nine state charges" counts)
    // its third public hearing, the fourth repeat, only one title (English: "the 77th floor is a count"; "first" is mostly no count, "a second" mostly a moment)
    ...(english ? [{ kind: 'ordinal', pattern: new RegExp(String.raw`(?<![\p{L}\d_-])(?:(?<!\ba\s)(second)|(${Object.keys(ORDINALS).filter((word) => word !== 'second').join('|')})|(?<=\b(?:only|just)\s)(one))(?=\s(?!(?:of|is|was|are|were|and|or|to|in|on|at|for|by|that|which|who|time|place|half|quarter|amendment|less|more|fewer|lower|higher|smaller|larger|bigger|cheaper)\b)\p{Ll}[\p{Ll}-]*)`, 'gu') }] : []),
    // 10 times, 3.2x, 10X, tenfold
    // "1800 x 1920 per eye", "a 1,920×1,080 display": a screen's or a thing's dimensions, one figure (not a multiple and a year)
    { kind: 'dimensions', pattern: /(?<![\d.,])(\d{2,5})\s?[x×]\s?(\d{2,5})(?![\d.,]|\s?(?:%|percent))/g },
    { kind: 'multiple', pattern: new RegExp(String.raw`(${NUM})(?:-(${NUM}))?\s?(?:times\b|x\b|X\b|×|-fold\b|fold\b|-fach(?:e|en|er|es|em)?\b|fach(?:e|en|er|es|em)?\b)`, 'gu') }, // "500-fach größer"
    // 70-degree Fahrenheit, 21 degrees Celsius
    { kind: 'temperature', pattern: new RegExp(String.raw`(${NUM})[- ]degrees?\s+(Fahrenheit|Celsius)`, 'gu') },
    // the 2020s, the 1990s, the 1990's, the 1880s (a decade: its first and last year); the 1800s, the 1500s (a century; "the 1900s" may be either: neither)
    { kind: 'decade', pattern: /(?<![\p{L}\d])(?:(19[1-9]|20\d|1[5-8][1-9])0|(1[0-8])00)['’]?s(?![\p{L}\d])/gu },
    // "bis 2040/50": a span of years, the second written short
    { kind: 'yearSpan', pattern: /(?<![\p{L}\d\/])((?:19|20)\d\d)\/(\d\d)(?![\d\/])/gu },
    // "within a week", "after a week", "a day after" (one of a unit of time; "a year ago" says when, not how long)
    ...(english ? [{ kind: 'aDuration', pattern: /(?:(?<=\b(?:within|after|for|over)\s(?:(?:more|less) than\s|about\s|nearly\s|almost\s)?)a\s(day|week|month|year)\b(?!\s+ago)|\ba\s(day|week|month|year)\s(?=(?:after|before|later|earlier)\b))/giu }] : []),
    // 1.6 million traders, 250 companies, 1.500 Mitarbeiter, 2026 (a year)
    { kind: 'count', pattern: new RegExp(String.raw`(${NUM})${SCALE}(?:\s+([\p{L}]+))?`, 'gu') },
  ];

  const numberWords = String.raw`${german ? `${GERMAN_MULTIPLE_WORDS}|` : ''}${WORDS}|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)-?fold|doubled|doubling|tripled|tripling|quadrupled|quadrupling|twice|double|triple|quadruple|${Object.keys(ORDINALS).join('|')}|one|${MONTHS.join('|')}${english ? '' : `|${months}`}|${anyOf(quarterWords)}|Q[1-4]|${anyOf([...new Set([...fractionTails, ...durations])])}|${anyOf(language.oneWords)}|a million|a billion|a trillion`;
  const groups = new RegExp(groupClass, 'g');
  const decimals = new RegExp(decimal, 'g');
  const wordGates = new Map<string, number>();
  Object.values(gates).filter((gate) => gate.words).forEach((gate, i) => {
    gate.wordBit = 1 << i;
    for (const word of gate.words!) wordGates.set(word, (wordGates.get(word) ?? 0) | gate.wordBit);
  });
  return {
    language,
    patterns: patterns.map(({ kind, pattern }) => ({
      kind,
      pattern,
      needs: kind === 'outOf' || kind === 'oneIn' || kind === 'compound' || kind === 'halfYear' ? NEEDS_EITHER : DIGIT_KINDS.has(kind) ? NEEDS_DIGIT : NEEDS_WORD,
      // every gate of one shape, for quick property reads
      gate: gates[kind] && { includes: undefined, words: undefined, bounded: false, wordBit: 0, text: undefined, lower: undefined, lowerWithoutDigit: undefined, ...gates[kind] },
    })),
    numberWords,
    numberWord: new RegExp(String.raw`(?<![\p{L}\d_])(?:${numberWords})(?![\p{L}\d_])`, 'giu'),
    numberWordHint: hintOf(numberWords, 'gi'),
    wordGates,
    quarterOrdinals,
    qualifier: new RegExp(String.raw`(?:(${language === ENGLISH ? language.qualifiers.join('|') : anyOf([...ENGLISH.qualifiers, ...language.qualifiers])})\s+)$`, 'i'),
    parse: (text) => (onlyDigits(text) ? Number(text) : Number(text.replace(groups, '').replace(decimals, '.'))),
  };
}

// ---------------------------------------------------------------------------------------------------
// Finding figures

interface Found {
  start: number;
  end: number;
  mention: NumberMention;
}

const withoutFootnoteMarks = (text: string) => (text.includes('[') ? text.replace(FOOTNOTE_MARK, blank) : text);

/**
 * The figures of a sentence, in order. `lang` is the BCP 47 tag of its text ("de", "fr-FR", "en-US"); it
 * decides the separators ("1.500" is 1500 in German, 1.5 in English) and the words read around figures.
 * Without it the sentence's own words decide (German, French or, by default, English).
 */
export function findNumbers(sentence: string, lang?: string): NumberMention[] {
  const digits = DIGIT.test(sentence);
  const unnamed = digits ? withoutFootnoteMarks(sentence.replace(NAMES_WITH_NUMBERS, blank).replace(STREET_ADDRESS, blank)) : sentence;
  // No digit and no number word of any language the guess may give: no figure, whatever the language.
  if (!lang && !(digits && DIGIT.test(unnamed)) && !mayHaveNumberWord(unnamed, anyNumberWordHint())) return [];
  const reader = readerFor(lang || guessLanguage(sentence));
  // English capitalises names, not nouns: "Boeing 787-9" is a name there; German "Vom 30. September" a date.
  const masked = digits && reader.language === ENGLISH && MAY_HAVE_MODEL_NUMBER.test(unnamed) ? unnamed.replace(MODEL_NUMBERS, maskModel) : unnamed;
  const hasDigit = digits && (masked === sentence || DIGIT.test(masked));
  const reading = new Reading(masked, reader, hasDigit);
  const hasWord = reading.words.length > 0;
  if (!hasDigit && !hasWord) return [];

  const found: Figure[] = [];
  for (const { kind, pattern, needs, gate } of reader.patterns) {
    if (needs === NEEDS_DIGIT ? !hasDigit : needs === NEEDS_WORD ? !hasWord : !hasDigit && !hasWord) continue;
    if (gate && !reading.open(gate)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) {
      const figures = kind === 'suspended' ? suspended(m, sentence, reader) : single(kind, m, sentence, reader, found);
      for (const figure of figures) {
        if (overlaps(found, figure.claims[0], figure.claims[1])) continue;
        // a qualifier ends in a space, right before the figure
        const qualifier = figure.start > 0 && SPACE.test(sentence[figure.start - 1]) ? reader.qualifier.exec(sentence.slice(Math.max(0, figure.start - 20), figure.start)) : null;
        if (qualifier) figure.mention.qualifier = qualifier[1].toLowerCase();
        found.push(figure);
      }
    }
  }
  return belowZero(sentence, sharedUnits(sentence, datesOfNextDate(sentence, changeUnits(sentence, toRanges(sentence, betweenRanges(sentence, found.sort(byStart), reader), reader), reader)))).map(mentionOf);
}

/** Before a temperature below zero: "minus 40 Grad", "-5 °C", "−10 degrees" (a minus sign, not a dash between words). */
const MINUS_BEFORE = /(?:^|[\s(])(?:minus\s|[-−])$/i;
const TEMPERATURES = new Set(['°C', '°F']);

/** "minus 40 Grad" is -40 °C, not 40. */
function belowZero(sentence: string, figures: Found[]): Found[] {
  return figures.map((figure) => {
    const { mention, start } = figure;
    if (!TEMPERATURES.has(mention.unit) || typeof mention.value !== 'number') return figure;
    const sign = MINUS_BEFORE.exec(sentence.slice(Math.max(0, start - 7), start));
    if (!sign) return figure;
    const minus = sign[0].replace(/^[\s(]/, '');
    return { ...figure, start: start - minus.length, mention: { ...mention, text: minus + mention.text, value: -mention.value } };
  });
}

/** Units a bare number of the same sentence may share: measured quantities, not money or counts. */
const SHARED_UNITS = new Set(UNITS.map((unit) => unit.unit).filter((unit) => unit !== 'count' && unit !== 'USD'));
/** After a bare number that shares a unit: the end of a clause or a closed-class word, not a noun of its own ("50,116." and "the 46,797 he saw", not "50,116 homes"). */
const CLAUSE_END = /^\s*(?:[,.;:)—–]|$|(?:in|on|at|by|for|and|or|but|from|to|than|as|a|an|the|per|last|this|that|which|he|she|it|they|we|i|you)\b)/;
/** How far apart the two values may be (a factor): "50,270 megawatts … 50,116" are figures of one kind. */
const SAME_MAGNITUDE = 10;

/**
 * "Demand reached 50,270 megawatts, followed by 2017 with 50,116": a bare number after a measured figure
 * of about the same size is written without the unit it shares.
 */
function sharedUnits(sentence: string, figures: Found[]): Found[] {
  let measured: NumberMention | undefined;
  return figures.map((figure) => {
    const { mention } = figure;
    if (SHARED_UNITS.has(mention.unit)) measured = mention;
    const value = mention.value;
    if (!measured || mention.unit !== 'count' || typeof value !== 'number' || typeof measured.value !== 'number' || !/^[\d.,\s]+$/.test(mention.text)) return figure;
    const ratio = value / measured.value;
    if (!(ratio <= SAME_MAGNITUDE && ratio >= 1 / SAME_MAGNITUDE) || !CLAUSE_END.test(sentence.slice(figure.start + mention.text.length))) return figure;
    return { ...figure, mention: { ...mention, unit: measured.unit } };
  });
}

/** The word of a change between its two figures, after "from" ("from 19 to 7 percent", "von 19 auf sieben Prozent", "de 19 à 7 %"). */
const CHANGE_BETWEEN = /^\s+(?:to|auf|à)\s+$/i;

/**
 * "von 19 auf sieben Prozent", "von 2 auf 5 Milliarden Euro": the bare number a change starts from has the
 * unit (and scale) of the one it changes to.
 */
function changeUnits(sentence: string, figures: Found[], reader: Reader): Found[] {
  return figures.map((a, i) => {
    const b = figures[i + 1];
    if (!b || a.mention.unit !== 'count' || b.mention.unit === 'count' || b.mention.unit === 'date' || typeof b.mention.value !== 'number' || !onlyDigitsOrSeparators(a.mention.text)) return a;
    if (!CHANGE_BETWEEN.test(sentence.slice(a.start + a.mention.text.length, b.start)) || !FROM_BEFORE.test(sentence.slice(Math.max(0, a.start - 6), a.start))) return a;
    const scale = scaleOfSecond(b, reader)?.scale ?? 1;
    return { ...a, mention: { ...a.mention, value: (a.mention.value as number) * scale, unit: b.mention.unit } };
  });
}

/** Between a day or month and the date it runs or changes to: "vom 1. bis einschließlich 26. Januar", "vom 9. zum 10. Mai 1940", "von Oktober auf November 2021", "1 to 26 January". */
const TO_DATE = /^\.?\s*(?:bis(?:\s+einschließlich)?|zum|auf|-|–|to|until|through)\s*$/;
/** Between two months of a span or a list: "August and September", "Januar und Februar 2023". */
const MONTH_AND = 'and|und|or|oder|et';
const AND_BETWEEN_MONTHS = new RegExp(`^\\s*(?:${MONTH_AND})\\s*$`);
/** A date with its day: "--01-26", "1940-05-10". */
const DAY_DATE = /^(\d{4}|-)-\d\d-\d\d$/;
/** A month with no year ("--10"), and a date with a year ("2021-11", "2021-11-05"). */
const MONTH_ONLY = /^--\d\d$/;
const WITH_YEAR = /^\d{4}-\d\d/;

/**
 * "vom 1. bis 26. Januar": the bare day a span starts on is a date of the month (and year) of the date it
 * runs to ("1." is 1 January); "von Oktober auf November 2021": a month without its year has the year of
 * the date it runs or changes to.
 */
function datesOfNextDate(sentence: string, figures: Found[]): Found[] {
  return figures.map((a, i) => {
    const b = figures[i + 1];
    const next = b?.mention.value;
    const between = b ? sentence.slice(a.start + a.mention.text.length, b.start) : '';
    if (!b || b.mention.unit !== 'date' || typeof next !== 'string' || !(TO_DATE.test(between) || (MONTH_ONLY.test(String(a.mention.value)) && AND_BETWEEN_MONTHS.test(between)))) return a;
    const value = a.mention.value;
    if (a.mention.unit === 'count' && /^\d{1,2}$/.test(a.mention.text) && typeof value === 'number' && value >= 1 && value <= 31 && DAY_DATE.test(next)) {
      return { ...a, mention: { ...a.mention, value: `${next.slice(0, -2)}${String(value).padStart(2, '0')}`, unit: 'date' } };
    }
    if (a.mention.unit === 'date' && typeof value === 'string' && MONTH_ONLY.test(value) && WITH_YEAR.test(next)) {
      return { ...a, mention: { ...a.mention, value: `${next.slice(0, 4)}-${value.slice(2)}` } };
    }
    return a;
  });
}

/** "between 8 percent and 20 percent", "zwischen 2014 und 2021": two figures of one unit are the bounds of a range. */
const BETWEEN_BEFORE = /\b(?:between|zwischen|entre)\s+(?:about\s+|roughly\s+|rund\s+|etwa\s+)?~?$/i;
const AND_BETWEEN = /^\s+(?:and|und|et)\s+~?$/;

const isYear = (value: unknown) => typeof value === 'string' && /^\d{4}$/.test(value);
const isMonthOfYear = (value: unknown) => typeof value === 'string' && /^\d{4}-\d\d$/.test(value);

/** The number a figure's text starts with ("10" of "10 million"). */
const LEADING_NUMBER = /^\d[\d.,\s'’]*/;

/**
 * "seating 242 to 330 passengers", "5 bis 10 Mitarbeiter", "5 to 10 million": two bare counts (or two
 * years) joined by the language's range word are the bounds of a range, the scale of the second applying
 * to both; "from 242 to 330" stays two figures (a change, as fromTo reads it).
 */
function toRanges(sentence: string, figures: Found[], reader: Reader): Found[] {
  return joinPairs(figures, (a, b) => {
    const low = a.mention.value;
    const high = b.mention.value;
    const counts = typeof low === 'number' && typeof high === 'number' && a.mention.unit === 'count' && b.mention.unit === 'count' && onlyDigitsOrSeparators(a.mention.text);
    // "25 to 30 times your expenses": a bare number takes the unit (and scale) of the second, as between … and … does
    if (typeof low === 'number' && typeof high === 'number' && a.mention.unit === 'count' && b.mention.unit !== 'count' && onlyDigitsOrSeparators(a.mention.text)) {
      const second = scaleOfSecond(b, reader);
      if (!second || !(low < second.written) || !isRangeWordBetween(sentence.slice(a.end, b.start), reader) || FROM_BEFORE.test(sentence.slice(Math.max(0, a.start - 6), a.start))) return null;
      return { ...rangeOf(sentence, a, b, lowEnd(low, second.written, second.scale), high), unit: b.mention.unit };
    }
    // "from January 2015 to December 2019": a period of months, from its start or not
    const months = isMonthOfYear(low) && isMonthOfYear(high) && low! < high!;
    // "from 1905 to 1907", "from 2004 – 2014": a period of years too (years do not change as counts do)
    const years = isYear(low) && isYear(high) && low! < high!;
    if (!(counts ? (low as number) < (high as number) : months || years)) return null;
    const between = sentence.slice(a.end, b.start);
    const second = counts ? scaleOfSecond(b, reader)! : null;
    // "350–375 million": counts joined by a dash when the scale written once makes them one range
    const scaledByDash = !!second && second.scale > 1 && /^[–-]$/.test(between);
    const joined = isRangeWordBetween(between, reader) || scaledByDash || ((months || years) && /^\s(?:through|until|bis)\s$/.test(between)) || (years && /^\s?[–—-]\s?$/.test(between));
    if (!joined || (counts && FROM_BEFORE.test(sentence.slice(Math.max(0, a.start - 6), a.start)))) return null;
    return second ? rangeOf(sentence, a, b, lowEnd(low as number, second.written, second.scale), high!) : rangeOf(sentence, a, b, low!, high!);
  });
}

function onlyDigitsOrSeparators(text: string): boolean {
  return /^\d[\d.,\s'’]*$/.test(text);
}

const RANGE_WORD_BETWEEN = /^\s?(\p{L}+)\s$/u;

function isRangeWordBetween(between: string, reader: Reader): boolean {
  // a count's end may take the space before its noun ("242 " of "242 to")
  const word = RANGE_WORD_BETWEEN.exec(between)?.[1];
  return word !== undefined && reader.language.rangeWords.includes(word.toLowerCase());
}

function betweenRanges(sentence: string, figures: Found[], reader: Reader): Found[] {
  return joinPairs(figures, (a, b) => {
    const low = a.mention.value;
    const high = b.mention.value;
    const bounds = (typeof low === 'number' && typeof high === 'number') || (isYear(low) && isYear(high));
    // "zwischen 500.000 und 5 Mio. EUR", "between 2 and 3 million dollars": a bare number takes the unit (and scale) of the second
    const sharesUnit = a.mention.unit === 'count' && b.mention.unit !== 'count' && onlyDigitsOrSeparators(a.mention.text);
    // ("between 350 and 375 million": two counts, the scale written once)
    const sharesScale = a.mention.unit === 'count' && b.mention.unit === 'count' && typeof low === 'number' && onlyDigitsOrSeparators(a.mention.text);
    if (!bounds || (a.mention.unit !== b.mention.unit && !sharesUnit)) return null;
    if (!AND_BETWEEN.test(sentence.slice(a.start + a.mention.text.length, b.start)) || !BETWEEN_BEFORE.test(sentence.slice(Math.max(0, a.start - 20), a.start))) return null;
    if (!sharesUnit && !sharesScale) return rangeOf(sentence, a, b, low!, high!);
    const second = scaleOfSecond(b, reader);
    if (!second) return sharesScale ? rangeOf(sentence, a, b, low!, high!) : null;
    const mention = rangeOf(sentence, a, b, lowEnd(low as number, second.written, second.scale), high!);
    return { ...mention, unit: b.mention.unit };
  });
}

/** The second bound's number as written and the scale its text adds ("5 Mio. EUR": 5, ×10⁶), which a bare first bound shares. */
function scaleOfSecond(b: Found, reader: Reader): { written: number; scale: number } | null {
  const leading = b.mention.text.match(LEADING_NUMBER);
  if (!leading) return null;
  const written = reader.parse(leading[0].trim());
  const scale = (b.mention.value as number) / written;
  // a scale word is a whole power ("23,1 Millionen": 10⁶, not 1000000.0000000001)
  return { written, scale: scale > 1 ? Math.round(scale) : scale };
}

/** Each pair of neighbouring figures that `join` reads as one figure becomes that figure, from the first's start to the second's end. */
function joinPairs(figures: Found[], join: (a: Found, b: Found) => NumberMention | null): Found[] {
  const joined: Found[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    const mention = b ? join(a, b) : null;
    if (mention && b) {
      joined.push({ start: a.start, end: b.end, mention });
      i++;
    } else joined.push(a);
  }
  return joined;
}

/** Two figures as the bounds of one range: the first's qualifier and unit, the text from the first to the second. */
function rangeOf(sentence: string, a: Found, b: Found, min: number | string, max: number | string): NumberMention {
  const { value: _low, ...first } = a.mention;
  return { ...first, text: sentence.slice(a.start, b.start + b.mention.text.length), min, max };
}

const NONE: string[] = [];
const SPACE = /\s/;
/** A letter beyond ASCII (or a character that is one to \b under the i flag, as "ſ" and the Kelvin sign are). */
const NON_ASCII_LETTER = /[^\P{L}A-Za-z]/u;
/** Any character beyond ASCII: without one, there is no such letter (a quicker test than NON_ASCII_LETTER's). */
const NON_ASCII = /[^\x00-\x7f]/;

/** A sentence (names with numbers masked) as one reader reads it: its number words, and the tests of the gates, with what they share worked out once. */
class Reading {
  /** The number words of the sentence as written: what reader.numberWord finds. */
  readonly words: readonly string[];
  /** Whether the sentence's letters are all ASCII letters (then \b bounds a word as numberWord does). */
  private asciiLetters?: boolean;
  /** The bits of Reader.wordGates of the number words. */
  private wordBits?: number;
  /** The sentence in lower case; null where a letter folds to another one only under the i flag ("ſ" is "s"): then those tests are left out. */
  private lower?: string | null;
  /** The answers of the regexes tested on `lower` (gates share some). */
  private lowerAnswers?: Map<RegExp, boolean>;

  constructor(
    private readonly text: string,
    private readonly reader: Reader,
    private readonly hasDigit: boolean,
  ) {
    // The hint finds the number words where all letters are ASCII; it misses none elsewhere but with "ſ" or "K".
    const hinted = text.match(reader.numberWordHint);
    if (hinted === null && !text.includes('ſ') && !text.includes('\u212a')) this.words = NONE;
    else this.words = this.lettersAreAscii() ? (hinted ?? NONE) : (text.match(reader.numberWord) ?? NONE);
  }

  private lettersAreAscii(): boolean {
    this.asciiLetters ??= !(NON_ASCII.test(this.text) && NON_ASCII_LETTER.test(this.text));
    return this.asciiLetters;
  }

  open(gate: Gate): boolean {
    if (gate.includes && !includesAny(this.text, gate.includes)) return false;
    if (gate.wordBit) {
      if (this.wordBits === undefined) {
        this.wordBits = 0;
        // a compound ("seventy-eight") opens the gates of its first word
        for (const word of this.words) this.wordBits |= this.reader.wordGates.get(lowerWord(word).split('-')[0]) ?? 0;
      }
      if (!(this.wordBits & gate.wordBit) && (!gate.bounded || this.lettersAreAscii())) return false;
    }
    if (gate.text && !gate.text.test(this.text)) return false;
    if (gate.lowerWithoutDigit && !this.hasDigit && !this.lowerTest(gate.lowerWithoutDigit)) return false;
    if (gate.lower) for (const regex of gate.lower) if (!this.lowerTest(regex)) return false;
    return true;
  }

  private lowerTest(regex: RegExp): boolean {
    this.lowerAnswers ??= new Map();
    let answer = this.lowerAnswers.get(regex);
    if (answer === undefined) {
      if (this.lower === undefined) this.lower = this.text.includes('ſ') ? null : this.text.toLowerCase();
      answer = this.lower === null || regex.test(this.lower);
      this.lowerAnswers.set(regex, answer);
    }
    return answer;
  }
}

function includesAny(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

/**
 * numberWord made quicker: with \b and without the u flag, which irregexp runs about twice as fast.
 * Every number word starts and ends with an ASCII letter or digit, so \b holds on both sides of one that
 * numberWord finds; where all letters are ASCII, the two bounds are the same, and so are the words
 * found. Elsewhere the hint may find more ("yearé"), and misses none but with "ſ" or the Kelvin sign,
 * which the i flag matches to "s" and "k" only with the u flag.
 */
function hintOf(numberWords: string, flags: string): RegExp {
  return new RegExp(String.raw`\b(?:${numberWords})\b`, flags);
}

function mayHaveNumberWord(text: string, hint: RegExp): boolean {
  return hint.test(text) || text.includes('ſ') || text.includes('\u212a');
}

/** A number word in lower case, as the i flag reads it ("ſ" is "s"). */
function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

/** A name with a number, blanked out. */
function blank(name: string): string {
  return ' '.repeat(name.length);
}

/** Whether a figure already found takes part of [start, end). */
function overlaps(found: readonly Found[], start: number, end: number): boolean {
  for (const f of found) if (start < f.end && end > f.start) return true;
  return false;
}

function byStart(a: Found, b: Found): number {
  return a.start - b.start;
}

function mentionOf(f: Found): NumberMention {
  return f.mention;
}

/** numberWordHint for any number word of the languages guessLanguage may return. */
let ANY_NUMBER_WORD_HINT: RegExp | undefined;
function anyNumberWordHint(): RegExp {
  ANY_NUMBER_WORD_HINT ??= hintOf(Object.keys(NUMBER_LANGUAGES).map((tag) => readerFor(tag).numberWords).join('|'), 'i');
  return ANY_NUMBER_WORD_HINT;
}

/** A figure, and the stretch of the sentence it claims (a count's noun is claimed but not part of the figure). */
type Figure = Found & { claims: [number, number] };
const NO_FIGURE: Figure[] = [];

/** The figure of a match; none where it is no figure, or overlaps one `found` already (findNumbers would drop it). */
function single(kind: string, m: RegExpExecArray, sentence: string, reader: Reader, found: readonly Found[]): Figure[] {
  // a bare number is no time (clockTime)
  if (kind === 'time' && !m[2] && !m[3] && !m[4] && !m[5]) return NO_FIGURE;
  const start = m.index;
  let claims: [number, number] = [start, start + m[0].length];
  if (overlaps(found, claims[0], claims[1])) {
    // "21.000 Zwei-Personen-Haushalte": the noun after a count may hold a figure of its own; the count stands without it
    if (kind !== 'count' || !m[3]) return NO_FIGURE;
    claims = [start, claims[1] - m[3].length];
    if (overlaps(found, claims[0], claims[1])) return NO_FIGURE;
  }
  const mention = toMention(kind, m, sentence.slice(claims[0], claims[1]).trim(), reader);
  if (!mention) return NO_FIGURE;
  let end = claims[1];
  if (kind === 'count' && m[3] && end === start + m[0].length) {
    // "250 companies": the noun is not part of the figure
    end -= m[3].length;
    mention.text = sentence.slice(start, end).trim();
  }
  if (mention.min !== undefined && mention.max !== undefined && mention.unit !== 'date' && FROM_BEFORE.test(sentence.slice(Math.max(0, start - 6), start))) return fromTo(start, end, claims, mention);
  return [{ start, end, claims, mention }];
}

/** "from 10% to 25%": a change, two figures, not a range. */
const FROM_BEFORE = /\b(?:from|von|de)\s+$/i;
/** Split at the word between the two figures; "from 30-600 MW" (a dash) stays a range. */
const TO_BETWEEN = /^(.*?\S)\s+(to|bis|auf|à)\s+(\S.*)$/i;

function fromTo(start: number, end: number, claims: [number, number], range: NumberMention): Figure[] {
  const parts = TO_BETWEEN.exec(range.text);
  const unit = range.unit;
  // German "von 100.000 bis 5 Mio. EUR" is a range; "von 5 auf 10" a change
  if (!parts || parts[2].toLowerCase() === 'bis') return [{ start, end, claims, mention: range }];
  const firstEnd = start + parts[1].length;
  const secondStart = end - parts[3].length;
  return [
    { start, end: firstEnd, claims: [claims[0], firstEnd], mention: { text: parts[1], value: range.min, unit } },
    { start: secondStart, end, claims: [secondStart, claims[1]], mention: { text: parts[3], value: range.max, unit } },
  ];
}

/** "the 50- and 200-day moving averages": two figures sharing the unit written after the second; "5- to 10-year": a range. */
function suspended(m: RegExpExecArray, sentence: string, reader: Reader): Figure[] {
  const [, first, joiner, second, written] = m;
  // a unit as in units.ts, or a lower-case word ("day", "mile"); a capitalised one is a noun ("18- bis 30-Jährige")
  const unit = unitWritten(written)?.unit ?? (written === written.toLowerCase() ? written : 'count');
  const start = m.index;
  const end = start + m[0].length;
  if (reader.language.rangeWords.includes(joiner.toLowerCase())) {
    return [{ start, end, claims: [start, end], mention: { text: m[0], min: reader.parse(first), max: reader.parse(second), unit } }];
  }
  const secondStart = m.indices![3][0];
  return [
    { start, end: start + first.length, claims: [start, start + first.length + 1], mention: { text: first, value: reader.parse(first), unit } },
    { start: secondStart, end, claims: [secondStart, end], mention: { text: sentence.slice(secondStart, end), value: reader.parse(second), unit } },
  ];
}

/** The unit of a unit of time as written ("Jahren" → years). */
function durationUnit(word: string, reader: Reader): string {
  const lower = word.toLowerCase();
  return reader.language.durations[lower] ?? ENGLISH.durations[lower] ?? (lower === 'century' ? 'centuries' : lower);
}

/** The fractions a reader knows: English ones in every language (as before there were others), and the language's own. */
function fractionsOf(language: NumberLanguage): Record<string, number> {
  return language === ENGLISH ? ENGLISH.fractions : { ...ENGLISH.fractions, ...language.fractions };
}

function scaleOf(word: string | undefined, reader: Reader): number {
  if (!word) return 1;
  const scales = reader.language.scales;
  return scales[word] ?? scales[word.toLowerCase()] ?? ENGLISH.scales[word.toLowerCase()] ?? SCALE_LETTERS[word.toLowerCase()] ?? 1;
}

function monthNumber(name: string, language: NumberLanguage): number {
  const lower = name.toLowerCase();
  return language.months.findIndex((spellings) => spellings.includes(lower)) + 1;
}

function isoDate(year: string | undefined, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}`;
}

const YEAR = /^(?:19|20)\d{2}$/;
/** Before an earlier year ("in 1761", "a 1761 work", "Caillebotte’s 1877 A Boating Party"), unlike before a count ("1500 people"). */
const EARLIER_YEAR = /^1[0-8]\d{2}$/;
const BEFORE_A_YEAR = /(?:\b(?:in|since|until|till|circa|a|an|im|seit|depuis|year|jahr|jahre)|['’]s|\bc\.)\s$/i; // ("bis in das Jahr 1229")
function isEarlierYear(m: RegExpExecArray, reader: Reader): boolean {
  if (!EARLIER_YEAR.test(m[1])) return false;
  // a title after it is English ("1877 A Boating Party"): German capitalises every noun ("1400 Dateien")
  return BEFORE_A_YEAR.test(m.input.slice(Math.max(0, m.index - 8), m.index)) || (!!m[3] && reader.language === ENGLISH && /^\p{Lu}/u.test(m[3]));
}

/** "4:30 a.m." → "04:30", "5 p.m." → "17:00", "17.15 Uhr" → "17:15"; a bare number is no time. */
function clockTime(text: string, m: RegExpExecArray): NumberMention | null {
  const [, hours, colonMinutes, dotMinutes, meridiem, uhr] = m;
  const minutes = colonMinutes ?? dotMinutes;
  if (!minutes && !meridiem && !uhr) return null;
  let hour = Number(hours);
  if (meridiem ? hour < 1 || hour > 12 : hour > 24) return null;
  if (meridiem?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (meridiem?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return { text, value: `${String(hour).padStart(2, '0')}:${minutes ?? '00'}`, unit: 'time' };
}

/** A figure with its value, or its bounds when it is a range. */
/**
 * The low end of a range whose scale is written once, after the high end: "2 bis 3 Mrd." is 2 and 3
 * billion, but "100.000 bis 5 Mio. EUR" is 100,000 to 5 million (a low end above the high one as written
 * is no multiple of the scale).
 */
function lowEnd(low: number, high: number | undefined, scale: number): number {
  return high !== undefined && low > high ? low : low * scale;
}

/** "21.000 Zwei-Personen-Haushalte": a number word opening a German compound names a kind of thing, not a figure ("Zwei-Stunden-Takt" is a duration). */
const COMPOUND_AFTER = /^-(\p{Lu}\p{Ll}+)/u;
function modifiesGermanNoun(m: RegExpExecArray, reader: Reader): boolean {
  const next = COMPOUND_AFTER.exec(m.input.slice(m.index + m[0].length));
  return !!next && !(next[1].toLowerCase() in reader.language.durations) && !(next[1].toLowerCase() in ENGLISH.durations);
}

function amount(text: string, low: number, high: number | undefined, unit: string): NumberMention {
  return high === undefined ? { text, value: low, unit } : { text, min: low, max: high, unit };
}

/** Whether a number is written with digits only ("2026", not "1,500"): no separator to take out. */
function onlyDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The value of a number word ("eight") or of a number. */
function wordOrNumber(word: string, reader: Reader): number {
  return /^\p{L}/u.test(word) ? wordValue(word) : reader.parse(word);
}

/**
 * Scores that may be ascending: a pair of a list of sets ("7-5, 3-6, 7-6 (5)": a won set, descending, before
 * or after it, a comma between; "18-24, 25-34" are ranges), or a team's record (RECORD_BEFORE).
 */
const SCORE_BEFORE = /(\d{1,3})[-–](\d{1,3})(?:\s\(\d{1,2}\))?,\s$/;
const SCORE_AFTER = /^,\s(\d{1,3})[-–](\d{1,3})(?![\d%])/;
function besideScores(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const won = (pair: RegExpExecArray | null) => !!pair && Number(pair[1]) > Number(pair[2]);
  return won(SCORE_BEFORE.exec(m.input.slice(Math.max(0, m.index - 14), m.index))) || won(SCORE_AFTER.exec(m.input.slice(end, end + 10))) || (RECORD_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index)) && RECORD_AFTER.test(m.input.slice(end, end + 12)));
}
/** A team's record in brackets after its name, a losing one too: "the Huskies (4-7, 3-4)", "the Wildcats (2-8, 0-7)"; the brackets hold the records alone. */
const RECORD_BEFORE = /\p{Lu}[\p{L}'’.-]*\s\((?:\d{1,3}[-–]\d{1,3},\s)?$/u;
const RECORD_AFTER = /^(?:,\s\d{1,3}[-–]\d{1,3})?\)/;

/** Written like scores, and no score: "24-7" (all the time). */
const NO_SCORES = new Set(['24-7', '24–7']);

/**
 * "6-4", "2-1", "110-98", "2:1", "0:3": two small numbers apart a dash or a colon are a score (or a vote's
 * tally) when they could be nothing else: with a dash, the first is no smaller (an ascending "10-20" is a
 * range, "787-9" a model); with a colon, not a clock time ("18:30" has two digits of minutes and no more
 * than 59; "2:1" and "98:87" have not) and not a share of a whole ("50:50", found before as a split).
 */
function score(text: string, first: string, separator: string, second: string, amongScores: boolean): NumberMention | null {
  const [a, b] = [Number(first), Number(second)];
  if (a > 199 || b > 199 || NO_SCORES.has(text)) return null;
  // a set lost in a tennis match is ascending: "3-6" among the other sets, "6-7 (4)" with its tiebreak
  const lostSet = amongScores || /\(\d{1,2}\)$/.test(text);
  if (separator === ':' ? second.length === 2 && a <= 23 && b <= 59 : a < b && !lostSet) return null;
  return { text, value: `${a}${separator === ':' ? ':' : '-'}${b}`, unit: 'score' };
}

/** A number word written with a capital inside a sentence, a capitalised word after it: part of a name ("10 rare pygmy whales on Ninety Mile beach"). */
function isNameWithNumberWord(m: RegExpExecArray, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const at = m.index + m[0].indexOf(word);
  const before = m.input.slice(0, at).trimEnd();
  if (before === '' || /[.!?:;“"‘'(\[—–-]$/.test(before)) return false;
  return /^[\s-]\p{Lu}/u.test(m.input.slice(at + word.length));
}

function toMention(kind: string, m: RegExpExecArray, text: string, reader: Reader): NumberMention | null {
  const parse = reader.parse;
  switch (kind) {
    case 'money': {
      const unit = CURRENCY_BEFORE.get(m[1]) ?? 'USD';
      const scale = scaleOf(m[4], reader);
      const high = m[3] ? parse(m[3]) : undefined;
      return amount(text, lowEnd(parse(m[2]), high, scale), high === undefined ? undefined : high * scale, unit);
    }
    case 'percent':
      return amount(text, parse(m[1]), m[2] ? parse(m[2]) : undefined, '%');
    case 'unit': {
      const unit = unitWritten(m[4]);
      if (!unit) return null; // a form in the wrong case: "10 mw" (coin tickers match in any case: "5 Eth")
      const scale = scaleOf(m[3], reader) * (unit.factor ?? 1);
      const high = m[2] ? parse(m[2]) : undefined;
      return amount(text, lowEnd(parse(m[1]), high, scale), high === undefined ? undefined : high * scale, unit.unit);
    }
    case 'date': {
      const value = isoDate(m[3], monthNumber(m[1], ENGLISH), Number(m[2]));
      return value ? { text, value, unit: 'date' } : null;
    }
    case 'tally':
      // ("mit 1 zu 1" is a ratio, one for one, not a vote)
      return Number(m[1]) + Number(m[2]) > 2 ? { text, value: text, unit: 'score' } : null;
    case 'numericDate': {
      const value = isoDate(m[3], Number(m[2]), Number(m[1]));
      return value ? { text, value, unit: 'date' } : null;
    }
    case 'dayMonth': {
      const value = isoDate(m[3], monthNumber(m[2], reader.language), m[1] === '1er' ? 1 : Number(m[1]));
      return value ? { text, value, unit: 'date' } : null;
    }
    case 'monthRange': {
      const [first, last] = [monthNumber(m[1], reader.language), monthNumber(m[2], reader.language)];
      return first < last ? { text, min: `${m[3]}-${String(first).padStart(2, '0')}`, max: `${m[3]}-${String(last).padStart(2, '0')}`, unit: 'date' } : null;
    }
    case 'slashFraction': {
      const [numerator, denominator] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
      return numerator < denominator ? { text: text.replace(/^~\s?/, ''), value: Math.round((numerator / denominator) * 10000) / 100, unit: '%' } : null;
    }
    case 'split': {
      const [first, second] = [Number(m[1]), Number(m[2])];
      return first + second === 100 ? { text, value: first, unit: '%' } : null;
    }
    case 'score':
      return score(text, m[1], m[2], m[3], besideScores(m));
    case 'dimensions':
      return { text, value: `${m[1]}×${m[2]}`, unit: 'dimensions' };
    case 'resultLine':
      return { text, value: `${m[1]}-${m[2]}`, unit: 'score' };
    case 'record':
      return { text, value: text.replace(/–/g, '-'), unit: 'score' };
    case 'monthYear':
      return { text, value: `${m[2]}-${String(monthNumber(m[1], reader.language)).padStart(2, '0')}`, unit: 'date' };
    case 'time':
      return clockTime(text, m);
    case 'halfYear': {
      const half = m[2] ?? (/^(?:first|ersten)$/.test(m[1] ?? m[3]) ? '1' : '2');
      // "the first half" alone is no date (a game's, a film's): with its year, or written H1
      if (!m[4] && !m[2]) return null;
      return { text, value: m[4] ? `${m[4]}-H${half}` : `H${half}`, unit: 'date' };
    }
    case 'zoneTime':
      return { text, value: `${m[1]}:${m[2]}`, unit: 'time' };
    case 'outOf': {
      const share = (wordOrNumber(m[1], reader) * 100) / wordOrNumber(m[2], reader);
      return Number.isFinite(share) ? { text, value: Math.round(share * 10) / 10, unit: '%' } : null;
    }
    case 'oneIn': {
      const of = wordOrNumber(m[1] ?? m[2], reader);
      return of >= 2 ? { text, value: Math.round((100 / of) * 10) / 10, unit: '%' } : null;
    }
    case 'quarter': {
      // "third-quarter earnings": an adjective of the results, no date a claim rests on (with no year given)
      if (!m[3] && m[1] && text.includes('-')) return null;
      const quarter = `Q${m[2] ?? reader.quarterOrdinals.get(m[1].toLowerCase())}`;
      return { text, value: m[3] ? `${m[3]}-${quarter}` : quarter, unit: 'date' };
    }
    case 'month':
      // "may or may not": where months are written with a capital, a month is
      if (reader.language.monthsCapitalised && /^\p{Ll}/u.test(text)) return null;
      return { text, value: `--${String(monthNumber(m[1], reader.language)).padStart(2, '0')}`, unit: 'date' };
    case 'compound':
      // "the 200-day moving average", "a 13.8-billion-year period"
      return { text, value: m[1] ? parse(m[1]) * (m[2] ? COMPOUND_SCALES[m[2].toLowerCase()] : 1) : wordValue(m[3]), unit: m[4].toLowerCase() };
    case 'duration': {
      // groups: 1 a number, 2 a number word, 3 "and a half", 4 the range's end, 5 the unit, 6 "and a half"; 7 "a year and a half"; 8-9 "a decade"
      if (m[8]) return { text, value: m[9].toLowerCase() === 'decade' ? 10 : 100, unit: 'years' };
      if (m[7]) return { text, value: 1.5, unit: durationUnit(m[7], reader) };
      const half = m[3] || m[6] ? 0.5 : 0;
      const first = m[1] ?? m[2];
      const low = reader.language.oneWords.includes(first.toLowerCase()) ? 1 : wordOrNumber(first, reader);
      return amount(text, low + half, m[4] ? wordOrNumber(m[4], reader) + half : undefined, durationUnit(m[5], reader));
    }
    case 'fraction': {
      // "Half Life: Alyx" is a name
      if (/^\p{Lu}/u.test(m[1]) && /^\s\p{Lu}/u.test(m.input.slice(m.index + m[0].length))) return null;
      // "for a third day" is an ordinal (a count), "a third of the cost" a fraction
      if (/^a\s/i.test(m[1]) && ORDINAL_BEFORE_NOUN.test(m.input.slice(m.index + m[0].length))) return null;
      return { text, value: fractionsOf(reader.language)[m[1].toLowerCase().replace(/-/g, ' ')], unit: '%' };
    }
    case 'one': {
      // groups: 1 a word for one, 2 "a", 3 the range's end, 4 a scale, 5 its unit, 6 a word for per cent, 7 a unit
      const scale = scaleOf(m[4], reader);
      const unit = m[6] ? { unit: '%', factor: 1 } : m[5] || m[7] ? unitWritten(m[5] ?? m[7]) : undefined;
      // a word the unit pattern took without regard to case ("einen Link" is no LINK)
      if ((m[5] || m[7]) && !unit) return null;
      const factor = unit?.factor ?? 1;
      return amount(text, scale * factor, m[3] ? wordValue(m[3]) * scale * factor : undefined, unit?.unit ?? 'count');
    }
    case 'word': {
      if (modifiesGermanNoun(m, reader)) return null;
      // a number word in capitals before a name is part of it: "the SIX Swiss Exchange"
      if (/^\p{Lu}{3,}$/u.test(m[2]) && /^\s\p{Lu}\p{Ll}/u.test(m.input.slice(m.index + m[0].length))) return null;
      // in English, a capitalised number word inside a sentence before another capitalised word is a name: "Ninety Mile Beach", "Three Mile Island"
      if (reader.language === ENGLISH && isNameWithNumberWord(m, m[2])) return null;
      const scale = scaleOf(m[4], reader) * (WORD_SCALES[m[4]?.toLowerCase() ?? ''] ?? 1);
      const value = wordValue(m[2]) * scale;
      if (m[1]) return { text, min: value * 2, max: value * 5, unit: 'count' }; // "a few hundred"
      // "Seventy-eight percent", "sieben Prozent", "drei Euro", "two bitcoins"
      const unit = m[5] ? { unit: '%', factor: 1 } : m[6] ? unitWritten(m[6]) : undefined;
      const factor = unit?.factor ?? 1;
      return amount(text, value * factor, m[3] ? wordValue(m[3]) * scale * factor : undefined, unit?.unit ?? 'count');
    }
    case 'multiple':
      // "10 times", "3.2x", "1-2x" (a range)
      return amount(text, parse(m[1]), m[2] ? parse(m[2]) : undefined, 'x');
    case 'ordinal':
      return { text, value: m[3] ? 1 : ORDINALS[m[1] ?? m[2]], unit: 'count' };
    case 'wordMultiple':
      return { text: text.trim(), value: m[1] ? wordValue(m[1]) : MULTIPLYING_VERBS[m[2].toLowerCase().slice(0, 4)], unit: 'x' };
    case 'germanMultiple':
      return { text, value: GERMAN_MULTIPLES[(m[1] ?? m[2]).toLowerCase().slice(0, 4)], unit: 'x' };
    case 'temperature':
      return { text, value: parse(m[1]), unit: m[2].toLowerCase() === 'fahrenheit' ? '°F' : '°C' };
    case 'yearSpan':
      return Number(m[2]) > Number(m[1].slice(2)) ? { text, min: m[1], max: `${m[1].slice(0, 2)}${m[2]}`, unit: 'date' } : null;
    case 'aDuration':
      return { text: text.trim(), value: 1, unit: durationUnit(m[1] ?? m[2], reader) };
    case 'decade':
      return m[1] ? { text, min: `${m[1]}0`, max: `${m[1]}9`, unit: 'date' } : { text, min: `${m[2]}00`, max: `${m[2]}99`, unit: 'date' };
    case 'count': {
      if (!m[2] && (YEAR.test(m[1]) || isEarlierYear(m, reader))) return { text: m[1], value: m[1], unit: 'date' };
      return { text, value: parse(m[1]) * scaleOf(m[2], reader), unit: 'count' };
    }
  }
  return null;
}
