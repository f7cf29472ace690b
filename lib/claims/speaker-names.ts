// Whether the words a pattern found are a speaker's name, and which one. A name is a person or an
// organisation: never a time ("Late Monday"), a place ("Japan"), an asset ("Bitcoin"), a clause opener
// ("Despite", "Yet"), a stand-in for nobody ("Others"), a date line in capitals ("NEW DELHI") or the site
// itself ("Decrypt" on decrypt.co). A single word counts only when the article uses it as a name: the
// last name of a full name it gives, an acronym (SEC, NASA), or a capitalised word it uses mid-sentence
// more than once.
import { findAssets } from './assets.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { CLAUSE_OPENERS, CORPORATE_SUFFIXES, GERMAN_ORGANISATION_ENDINGS, GERMAN_ORGANISATION_NOUNS, GERMAN_ROLE_ENDINGS, GERMAN_VAGUE_SOURCE_ENDINGS, NAME_PARTICLES, ORGANISATION_WORDS, NOBODY_WORDS, ROLE_WORDS, STATE_NAMES, TIME_WORDS } from './speaker-words.ts';

const OPENERS = new Set<string>(CLAUSE_OPENERS);
const TIMES = new Set<string>(TIME_WORDS);
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)[.,]?$/;
const NOBODY = new Set<string>(NOBODY_WORDS);
const ROLES = new Set<string>(ROLE_WORDS);
/** German compounds ending in a role: "Flixbus-Manager", "Konzernchef". */
const GERMAN_ROLE_COMPOUND = new RegExp(`\\p{L}-?(?:${GERMAN_ROLE_ENDINGS.join('|')})$`, 'iu');
/** A role or title in front of a name: "Chairman", "spokesperson", "Flixbus-Manager". */
export const isRoleWord = (word: string): boolean => ROLES.has(word.toLowerCase()) || GERMAN_ROLE_COMPOUND.test(word);

/** Country and region names in English and German, from the runtime's own CLDR data (Intl.DisplayNames). */
let placeNames: Set<string> | undefined;
function places(): Set<string> {
  if (placeNames) return placeNames;
  placeNames = new Set(['europe', 'asia', 'africa', 'america', 'latin america', 'wall street', 'silicon valley', 'hong kong', 'washington', 'beijing', 'london', 'new york', 'brussels', 'tokyo', 'seoul', 'singapore', 'dubai']);
  for (const state of STATE_NAMES) placeNames.add(state);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const lang of ['en', 'de']) {
    const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const a of letters) for (const b of letters) {
      const name = regions.of(a + b);
      if (name) placeNames.add(name.toLowerCase());
    }
  }
  return placeNames;
}

/** Nationality words ("Taiwanese", "Jordanian", "Americans", "British") describe sources, they do not name one. */
const DEMONYM = /^[\p{Lu}][\p{Ll}]+(?:ese|ians?|ish|cans?|eans?)$/u;

/** A word ending so ends a sentence or a label: the next word's capital says nothing. */
const ENDS_SENTENCE = new Set(['.', '!', '?', ':', '"', '“', '”']);

/** A person's full name has at most this many words ("James P. Kennedy Jr."); longer runs are titles or lists. */
const MAX_FULL_NAME_WORDS = 4;
/** Parts of a country named "… of" a place, no person's surname: "the Western District of New York", "Cook County of Illinois". */
const UNITS_OF_A_PLACE = new Set(['District', 'County', 'State', 'City', 'Province', 'Region', 'Republic', 'Kingdom', 'Circuit', 'Division', 'Borough', 'Township', 'Diocese', 'Archdiocese', 'Parish', 'Islands']);
/** A one-word name the article writes alone this often is a name of its own, not the short form of a longer one it also writes. */
const WRITTEN_ALONE_AS_OWN_NAME = 3;

/** A capitalised adjective declined after an article, in a name: "Deutschen", "Statistischen", "Allgemeinen". */
const DECLINED_ADJECTIVE = /^\p{Lu}\p{Ll}*(?:sch|lich|ig|al|er|ein|ich)en$/u;

/** German nouns that are feminine by their ending or as the last part of a compound ("Zeitung", "Bundesbank", "Deutsche Bahn"). */
const FEMININE_NOUN = /(?:ung|heit|keit|schaft|tät|ion|bank|bahn|post|börse|kammer|agentur|partei|kasse|versicherung|gewerkschaft|allianz|stiftung|akademie|hochschule|universität|behörde)$/iu;

/** Generational suffixes after a surname. */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** Pronouns inside a run ("Martha’s Vineyard and I"): not one name. */
const PRONOUN_WORD = /^(?:I|We|He|She|They|It|You|Me|Us|Him|Her|Them)$/;

/** Codes and short forms of places that are not in the region names ("US", "UK", "EU"). */
const PLACE_CODES = new Set(['us', 'u.s.', 'usa', 'uk', 'u.k.', 'eu', 'uae']);

/** A German noun of an unnamed source ("Marktprognosen", "Angaben"): never a speaker. */
const GERMAN_VAGUE_SOURCE = new RegExp(`(?:${GERMAN_VAGUE_SOURCE_ENDINGS.join('|')})$`, 'i');

/** "Showa Denko K.K. (SDK)": a name and the short form the article goes on to use. */
const SHORT_FORM = /([\p{Lu}][\p{L}\d.&'’-]*(?:,?\s+(?:[\p{Lu}][\p{L}\d.&'’-]*|of|for|and|&)){1,7})\s+\(([\p{Lu}][\p{Lu}\d&.]{1,9})\)/gu;

/** "Volkswagen (VW)", "Deutsche Bahn (DB)" in one word: a word and the short form it is given, when the short form's letters are the word's, in order. */
const ONE_WORD_SHORT_FORM = /(?<![\p{L}\d])([\p{Lu}][\p{Ll}][\p{L}\d&'’-]+)\s+\(([\p{Lu}][\p{Lu}\d&]{1,5})\)/gu;
function abbreviates(short: string, word: string): boolean {
  const [letters, lower] = [short.toLowerCase(), word.toLowerCase()];
  if (lower[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = lower.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A given name, then a surname with its particle: "Alexander von Preen", "Ursula von der Leyen", "Bill de Blasio". */
const PARTICLE_FULL_NAME = new RegExp(String.raw`(?<![\p{L}\d])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+((?:${NAME_PARTICLES.join('|')})\s+(?:(?:der|den|de|la)\s+)?\p{Lu}[\p{L}'’-]+)`, 'gu');
/** A particle between spaces: what PARTICLE_FULL_NAME needs (a cheap test before it; most blocks have none). */
const HAS_PARTICLE = new RegExp(String.raw`\s(?:${NAME_PARTICLES.join('|')})\s`);

const ORGANISATION_WORD = new Set<string>(ORGANISATION_WORDS);
const GERMAN_ORGANISATION_ENDING = new RegExp(`\\p{Ll}(?:${GERMAN_ORGANISATION_ENDINGS.join('|')})$`, 'u');
/** A name that is an organisation's (an acronym, "Bureau of Prisons", "Handelsverband Deutschland"), not a person's. */
export function isOrganisation(name: string): boolean {
  return name.split(/\s+/).some((word) => ORGANISATION_WORD.has(word.replace(/[.,]$/, '')) || /^[\p{Lu}\d&]{2,}$/u.test(word) || GERMAN_ORGANISATION_ENDING.test(word));
}
const GERMAN_ORGANISATION_NOUN = new Set<string>(GERMAN_ORGANISATION_NOUNS);
/** A German noun for an organisation named before ("des Konzerns"): a source, but not its name. */
export const isOrganisationNoun = (name: string) => GERMAN_ORGANISATION_NOUN.has(name);
const CORPORATE_SUFFIX = new Set<string>(CORPORATE_SUFFIXES);

/** Seen as a name this many times mid-sentence, a single capitalised word is one. */
const MIN_PROPER_USES = 2;

export class SpeakerNames {
  /** Full names by their last word ("Teh" → "Allan Teh"); null when two full names share it. */
  private surnames = new Map<string, string | null>();
  /** Short forms the article defines, by the short form: "SDK" → "Showa Denko K.K."; and those it uses without defining them: "California ISO" → "California Independent System Operator". */
  private shortForms = new Map<string, string>();
  /** Full names by their first word ("Walter" → "Walter A. Clyburn Reed"); null when two full names share it. */
  private firstNames = new Map<string, string | null>();
  /** Companies' full names by the name without its suffix ("Shanghai Electric" → "Shanghai Electric Group"); null when two share it. */
  private withoutSuffix = new Map<string, string | null>();
  /** Full names with a particle by the particle and surname ("von Preen" → "Alexander von Preen"); null when two share it. */
  private particleNames = new Map<string, string | null>();
  /** Capitalised words the article uses mid-sentence, and how often. */
  private properUses = new Map<string, number>();
  /** Words the article writes in lower case: "Recent", "Space", "Phase" opening a sentence are those words, not names. */
  private commonWords = new Set<string>();
  private texts: string[] = [];
  private wordUsesRead = false;
  /** The article's blocks joined, read when a name's other forms are looked for (articleText). */
  private allText?: string;
  private siteWords: Set<string>;

  /** A German article: names there are declined ("der Deutschen Bank"). */
  private german: boolean;

  constructor({ siteName, url, lang }: { siteName?: string | null; url?: string | null; lang?: string | null } = {}) {
    this.german = /^de\b/i.test(lang ?? '');
    this.siteWords = new Set<string>();
    if (siteName) this.siteWords.add(siteName.trim().toLowerCase());
    const host = url ? safeHost(url) : undefined;
    if (host) this.siteWords.add(host.replace(/^www\./, '').split('.')[0]);
  }

  /** Whether a name or a web address is the site's own ("decrypt.co", "Decrypt"): the site is never a speaker. */
  isSite(name: string): boolean {
    return this.siteWords.has(name.toLowerCase()) || this.siteWords.has(name.toLowerCase().replace(/^www\./, '').split('.')[0]);
  }

  /** Learn from one block of the article (read when a name first needs it: a transcript's turns never do). */
  learn(text: string): void {
    this.texts.push(text);
  }

  /** The full names the article uses, by their last word; and how it uses each word (see readWordUsesOf). */
  private readWordUses(): void {
    if (this.wordUsesRead) return;
    this.wordUsesRead = true;
    for (const text of this.texts) {
      this.readFullNamesOf(text);
      this.readWordUsesOf(text);
    }
  }

  private readFullNamesOf(text: string): void {
    if (HAS_PARTICLE.test(text)) for (const m of text.matchAll(PARTICLE_FULL_NAME)) keepUnique(this.particleNames, m[2], `${m[1]} ${m[2]}`, () => false);
    // (both short-form patterns need a bracket: most blocks have none)
    const bracketed = text.includes('(');
    if (bracketed) for (const m of text.matchAll(SHORT_FORM)) {
      // the long form starts with the short form's letter: "Ministry of Trade, Industry and Energy (MOTIE)", not "South Korea’s Ministry…"
      const words = m[1].split(/\s+/);
      const first = words.findIndex((word) => word[0] === m[2][0]);
      if (first >= 0 && !this.shortForms.has(m[2])) this.shortForms.set(m[2], words.slice(first).join(' '));
    }
    if (bracketed) for (const m of text.matchAll(ONE_WORD_SHORT_FORM)) if (abbreviates(m[2], m[1]) && !this.shortForms.has(m[2])) this.shortForms.set(m[2], m[1]);
    // A whole run of capitalised words ("SEC Chairman Paul Atkins", "Thomas Hervé"); its name is what follows
    // the last role word, without clause openers and times in front.
    for (const m of text.matchAll(/(?<![\p{L}\d])[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)+/gu)) {
      let words = m[0].split(/\s+/);
      // A word with a full stop ends a sentence, unless it is an initial or a suffix ("P.", "Jr."): "…2,000 BTC. Decrypt reported".
      const end = words.findIndex((w, k) => k < words.length - 1 && w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w) && !SUFFIX.test(w));
      if (end >= 0) words = words.slice(end + 1);
      let lastRole = words.length - 1;
      while (lastRole >= 0 && !isRoleWord(words[lastRole])) lastRole--;
      if (lastRole >= 0) words = words.slice(lastRole + 1);
      while (words.length && (OPENERS.has(words[0].toLowerCase()) || TIMES.has(words[0].toLowerCase().replace(/[.,]$/, '')))) words = words.slice(1);
      if (words.length < 2 || words.length > MAX_FULL_NAME_WORDS) continue;
      // a day of the week closing the run is no surname: "Am Dienstag" ("Chris Early" is a name)
      if (WEEKDAY.test(words[words.length - 1])) continue;
      const full = words.join(' ').replace(/[.,]$/, '');
      // "James P. Kennedy Jr." is Kennedy.
      const last = (SUFFIX.test(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1]).replace(/[.,]$/, '');
      // "Teh" and "Allan Teh" are one name; "Allan" and "Allan Teh" too
      keepUnique(this.surnames, last, full, (known) => known.endsWith(full) || full.endsWith(known));
      keepUnique(this.firstNames, words[0], full, (known) => known.startsWith(full) || full.startsWith(known));
      if (CORPORATE_SUFFIX.has(words[words.length - 1])) keepUnique(this.withoutSuffix, words.slice(0, -1).join(' '), full, () => false);
      // its leading words and the initials of the rest: "California ISO"
      for (let k = 1; k < words.length - 1; k++) {
        const initials = words.slice(k).map((w) => w[0]).join('');
        const short = `${words.slice(0, k).join(' ')} ${initials}`;
        if (/^\p{Lu}+$/u.test(initials) && !this.shortForms.has(short)) this.shortForms.set(short, full);
      }
    }
  }


  /** Capitalised mid-sentence (after a word, not after a sentence's end) is a use as a name; written in lower case, a common word. */
  private readWordUsesOf(text: string): void {
    let previous = '';
    for (const token of text.split(/\s+/)) {
      const word = trimToWord(token);
      if (word) {
        const letterCase = caseOf(word);
        if (letterCase === 'lower') this.commonWords.add(word);
        else if (letterCase === 'upper' && previous && !ENDS_SENTENCE.has(previous[previous.length - 1])) this.properUses.set(word, (this.properUses.get(word) ?? 0) + 1);
      }
      previous = token;
    }
  }

  /** A word that cannot start a name: a clause opener, a role, a place, or a word the article writes in lower case. */
  private isLeadingNonName(word: string): boolean {
    this.readWordUses();
    const lower = word.toLowerCase();
    // A word the article writes in lower case and never capitalised mid-sentence ("Recent", not "New" of New York).
    const common = this.commonWords.has(lower) && !this.properUses.has(word);
    return OPENERS.has(lower) || ROLES.has(lower) || places().has(lower) || PLACE_CODES.has(lower) || common;
  }

  /**
   * The speaker `candidate` names (its fullest form in the article), or undefined when it is not a name.
   * `asSource`: the sentence's construction already says it is a source ("according to X", "per X", "X
   * analysts expect", "a X spokesperson"), so a single word the article uses only here is taken too.
   */
  speaker(candidate: string, { asSource = false }: { asSource?: boolean } = {}): string | undefined {
    this.readWordUses();
    // a short form the article uses for a full name: "California ISO" (before "California" is taken for a place)
    const shortened = this.shortForms.get(candidate.trim()) ?? this.particleNames.get(candidate.trim());
    if (shortened) return shortened;
    let words = candidate.trim().split(/\s+/);
    while (words.length > 1 && this.isLeadingNonName(words[0])) words = words.slice(1);
    if (words.length === 0 || words.some((w) => PRONOUN_WORD.test(w))) return undefined;
    // "Vindman and Williams": each by its full name.
    if (words.length === 3 && words[1] === 'and') {
      const first = this.speaker(words[0]);
      const second = this.speaker(words[2]);
      return first && second ? `${first} and ${second}` : undefined;
    }
    // a person of a place or a firm: "Martin Taylor of Aberdeen", "Jane Smith of Bank of America" (an
    // organisation's own name keeps its "of": "Bank of America", "Federal Reserve Bank of New York")
    const of = words.indexOf('of');
    if (of >= 2 && of <= 3 && !isOrganisation(words.slice(0, of).join(' ')) && !UNITS_OF_A_PLACE.has(words[of - 1])) words = words.slice(0, of);
    const name = words.join(' ').replace(/[’']s$|(?<=s)[’']$/, ''); // "Bloomberg's", "CoinShares'"
    const lower = name.toLowerCase();
    // ("Das Unternehmen von Mark Zuckerberg": a company described by its owner, not named)
    if (this.siteWords.has(lower) || isOrganisationNoun(name) || (isOrganisationNoun(words[0]) && words[1] === 'von')) return undefined;
    // a group named by what its people are, whatever the words before ("Aktivisten", "Linke Aktivisten"): nobody named
    if (NOBODY.has(words[words.length - 1].toLowerCase())) return undefined;
    const suffixed = this.withoutSuffix.get(name);
    if (suffixed) return suffixed;
    // The last name of a full name the article gives, even one that is also a word, a place or a month ("Jordan", "May").
    const full = words.length === 1 ? this.surnames.get(name) ?? this.shortForms.get(name) : this.shortForms.get(name);
    if (full) return full;
    if (words.length === 1 && GERMAN_VAGUE_SOURCE.test(name)) return undefined;
    if (words.some((w) => TIMES.has(w.toLowerCase().replace(/[.,]$/, '')))) return undefined;
    if (NOBODY.has(lower) || this.isPlace(name) || this.siteWords.has(lower)) return undefined;
    if (DEMONYM.test(words[words.length - 1]) && this.surnames.get(words[words.length - 1]) === undefined) return undefined;
    if (isAsset(name)) return undefined;
    // A date line in capitals ("NEW DELHI"), not an acronym.
    if (words.length > 1 && name === name.toUpperCase() && /\p{L}{4}/u.test(name)) return undefined;
    if (words.length > 1) return this.asNamedElsewhere(words) ?? this.acronymInFull(words) ?? name;
    if (/^[A-Z][A-Z0-9&]{1,5}$/.test(name)) return name; // SEC, NASA, IMF
    // German genitive: "des Handelsblatts" is the Handelsblatt the article names
    const nominative = this.german ? this.genitiveOf(name) : undefined;
    if (nominative) return nominative;
    // The first word of a full name the article gives, and of no other: "Walter" for "Walter A. Clyburn Reed".
    const byFirst = this.firstNames.get(name);
    // (a person's: a name that ends in capitals is a product or a unit, "Apple TV", never Apple's full name;
    // two names the article writes apart, each on its own, are an owner and its thing: "Google" and "Stadia")
    if (byFirst && !this.commonWords.has(lower) && !/\s[\p{Lu}\d]+$/u.test(byFirst) && !this.ownerAndThing(name, byFirst)) return byFirst;
    if (name.length < 2 || OPENERS.has(lower) || ROLES.has(lower) || this.commonWords.has(lower)) return undefined;
    return asSource || this.usedAsName(name) ? name : undefined;
  }

  /**
   * A German name declined after its article ("der Süddeutschen Zeitung", "des Statistischen Bundesamtes")
   * in the form the article also writes it in ("die Süddeutsche Zeitung"): the adjectives' "-en" as "-e",
   * the last word without its genitive "-s" or "-es". Undefined when the article has no such form.
   */
  private asNamedElsewhere(words: readonly string[]): string | undefined {
    if (!this.german || !words.slice(0, -1).some((word) => DECLINED_ADJECTIVE.test(word))) return undefined;
    const adjectives = words.slice(0, -1).map((word) => (DECLINED_ADJECTIVE.test(word) ? word.slice(0, -1) : word));
    const last = words[words.length - 1];
    // a feminine noun keeps its form and makes the adjective's "-e" sure: "der Süddeutschen Zeitung" is the Süddeutsche Zeitung
    if (FEMININE_NOUN.test(last)) return [...adjectives, last].join(' ');
    const lasts = [last, ...(last.endsWith('es') ? [last.slice(0, -2)] : []), ...(last.endsWith('s') ? [last.slice(0, -1)] : [])];
    return lasts.map((form) => [...adjectives, form].join(' ')).find((form) => this.writes(form));
  }

  /** The article's text, its blocks joined (for the forms of a name it writes). */
  private articleText(): string {
    this.allText ??= this.texts.join('\n');
    return this.allText;
  }

  /** Whether the article writes this name as a whole word ("Süddeutsche Zeitung", "Handelsblatt"). */
  private writes(name: string): boolean {
    return new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])`, 'u').test(this.articleText());
  }

  /**
   * Whether `full` is two names the article also writes apart, again and again: "Google Stadia", where it
   * writes "Google" alone and "Stadia" alone ("Walter A. Clyburn Reed", called "Walter", is no "Reed" alone).
   */
  private ownerAndThing(first: string, full: string): boolean {
    const rest = full.slice(first.length).trim();
    const last = rest.split(/\s+/).pop()!;
    const alone = (pattern: string) => this.articleText().match(new RegExp(pattern, 'gu'))?.length ?? 0;
    return (
      alone(String.raw`(?<![\p{L}])${escapeRegExp(first)}(?![\p{L}])(?!\s+${escapeRegExp(rest)})`) >= WRITTEN_ALONE_AS_OWN_NAME &&
      alone(String.raw`(?<!${escapeRegExp(first)}\s+|\p{L})${escapeRegExp(last)}(?![\p{L}])`) >= WRITTEN_ALONE_AS_OWN_NAME
    );
  }

  /** A German name in the genitive ("Handelsblatts", "Konzerns") whose form without "-s" the article also writes. */
  private genitiveOf(name: string): string | undefined {
    if (!/\p{Ll}s$/u.test(name)) return undefined;
    const bare = name.slice(0, -1);
    return this.writes(bare) ? bare : undefined;
  }

  /**
   * "Chinese CDC" for an article that also writes "the Chinese Center for Disease Control and Prevention":
   * a word and an acronym are the name in full whose capitalised words after that word begin with the acronym's letters.
   */
  private acronymInFull(words: readonly string[]): string | undefined {
    if (words.length !== 2 || !/^[A-Z]{2,6}$/.test(words[1])) return undefined;
    const [first, acronym] = words;
    for (const m of this.articleText().matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(first)}((?:\s+(?:[\p{Lu}][\p{L}-]*|for|of|and|the)){2,8})`, 'gu'))) {
      const rest = m[1].trim().split(/\s+/);
      const initials = rest.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (!initials.startsWith(acronym)) continue;
      // the name ends at its last capitalised word ("…and Prevention said" → "…and Prevention")
      while (rest.length && !/^\p{Lu}/u.test(rest[rest.length - 1])) rest.pop();
      return [first, ...rest].join(' ');
    }
    return undefined;
  }

  /**
   * A single word that passes every test but the article's use of it as a name ("Valve announced" where
   * Valve occurs once): a source is named, though the speaker is not sure enough to show.
   */
  namesASource(candidate: string): boolean {
    const word = candidate.trim();
    return /^[\p{Lu}][\p{L}\d.'’&-]+$/u.test(word) && !this.usedAsName(word) && this.speaker(word, { asSource: true }) === word;
  }

  /** A country, a region or a city the article names: a government's voice, never a speaker shown. */
  isPlace(name: string): boolean {
    const lower = name.toLowerCase();
    return places().has(lower) || PLACE_CODES.has(lower);
  }

  /** Whether the article ever capitalises the word mid-sentence ("Democrats", not "protesters"). */
  capitalisedMidSentence(word: string): boolean {
    this.readWordUses();
    return this.properUses.has(word);
  }

  private usedAsName(word: string): boolean {
    return (this.properUses.get(word) ?? 0) >= MIN_PROPER_USES;
  }
}

/** Remember `full` under `key`; a second, different name under the same key (`same` says whether it is one) makes the key ambiguous (null). */
function keepUnique(names: Map<string, string | null>, key: string, full: string, same: (known: string) => boolean): void {
  const known = names.get(key);
  if (known === undefined) names.set(key, full);
  else if (known !== null && known !== full && !same(known)) names.set(key, null);
}

/** A token without the punctuation around it ("“Smith,” → Smith); by character, not by regex (it runs on every word). */
function trimToWord(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isLetterOrDigit(token[start])) start++;
  while (end > start && !isLetterOrDigit(token[end - 1])) end--;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

function isLetterOrDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return char.toLowerCase() !== char.toUpperCase();
}

/** Whether a word starts with a lower-case letter, or with an upper-case one (ASCII without case conversion). */
function caseOf(word: string): 'lower' | 'upper' | 'none' {
  const code = word.charCodeAt(0);
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 65 && code <= 90) return 'upper';
  if (code < 128) return 'none';
  const first = word[0];
  return first !== first.toUpperCase() ? 'lower' : first !== first.toLowerCase() ? 'upper' : 'none';
}

/** A coin's name or ticker alone ("Bitcoin", "ETH") is an asset, not a speaker; "Ethereum Foundation" or "Tether Holdings" is an organisation. */
function isAsset(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 2 || (words.length === 2 && ORGANISATION_WORD.has(words[1]))) return false;
  return findAssets(name).length > 0;
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
