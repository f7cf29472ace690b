// Who stands behind a sentence, and how well it is sourced: named ("said Timothy Massad", "according to
// CoinGlass", "SEC Chairman Paul Atkins said", "Chamath:" in a transcript), vague ("studies show",
// "according to reports") or none.

export type Sourcing = 'named' | 'vague' | 'none';

export interface Attribution {
  speaker?: string;
  sourcing: Sourcing;
}

const SAY = String.raw`(?:said|says|stated|states|told|wrote|noted|notes|added|argued|argues|explained|warned|predicted|predicts|claimed|claims|posted|tweeted|announced|acknowledged|responded|believes|thinks|estimated|estimates|reported|reports|testified|revealed|disclosed|confirmed|expects|expected)`;

/** A run of capitalised words: a name, possibly with roles in front ("SEC Chairman Paul Atkins"). */
const NAME = String.raw`(?:[A-Z][\p{L}\d.'’&-]*)(?:\s+(?:[A-Z][\p{L}\d.'’&-]*|de|van|von|al))*`;

/** Words of a role or title in front of a name; dropped from the speaker. */
const ROLE_WORDS = new Set([
  'a', 'an', 'the', 'sec', 'chairman', 'chair', 'chairwoman', 'ceo', 'cfo', 'cto', 'coo', 'president', 'vice',
  'secretary', 'press', 'white', 'house', 'treasury', 'former', 'senator', 'sen.', 'governor', 'gov.', 'director',
  'founder', 'co-founder', 'commissioner', 'minister', 'spokesperson', 'analyst', 'economist', 'professor', 'prof.',
  'dr.', 'mr.', 'mrs.', 'ms.', 'chief', 'executive', 'officer', 'head', 'partner', 'general', 'counsel', 'rep.',
  'representative', 'judge', 'attorney', 'assistant', 'deputy', 'fed', 'federal', 'reserve', 'u.s.', 'us',
  'however', 'but', 'and', 'meanwhile', 'still', 'then', 'also', 'now', 'in', 'on', 'as',
]);

/** Sentences that lean on unnamed sources. */
const VAGUE: RegExp[] = [
  /\b(?:studies|research|reports?|data|evidence|experts?|analysts?|observers|critics|sources|insiders|surveys?|estimates|historical precedence|user feedback)\b[^.;]{0,60}?\b(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|say|says|said|found|finds|reveal|reveals|note|notes|estimate|estimates|backs?)\b/i,
  /\baccording to (?:some |many |several |recent |media |news )?(?:reports?|sources|analysts|experts|estimates|observers|insiders|people familiar|a person familiar|industry (?:data|sources))\b/i,
  /\b(?:it is|it's|it was) (?:believed|reported|estimated|said|rumou?red)\b/i,
  /\b(?:some|many|most) (?:say|believe|argue|analysts|experts|observers|economists)\b/i,
];

/** Labels that look like a transcript speaker but are not people. */
const NOT_SPEAKERS = /^(?:editor'?s note|note|foreword|source|update|disclaimer|correction|key takeaways?|summary|original (?:article )?(?:title|author|source|link)|translation|image|photo|data)$/i;

/** "Jason Calacanis (referred to as Jason below):" or "Chamath:" opening a transcript turn. */
const TRANSCRIPT_TURN = /^([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})\s*(?:\((?:referred to as|hereinafter referred to as|hereafter)\s+([^)]+?)(?:\s+below)?\))?\s*:\s+\S/u;

export interface TranscriptTurn {
  speaker: string;
  /** Where the spoken text starts in the block. */
  offset: number;
}

/** Knows the speakers of an article: aliases from "(referred to as X below)", the last person named. */
export class SpeakerContext {
  private aliases = new Map<string, string>();
  /** Full names by their last word ("Teh" → "Allan Teh"), from the whole article; null when ambiguous. */
  private surnames = new Map<string, string | null>();
  lastNamed?: string;

  /** Learn the full names an article uses, so that "Teh said" can be told as Allan Teh. */
  learnNames(text: string): void {
    for (const m of text.matchAll(/\b([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2})\b/gu)) {
      const words = m[1].split(/\s+/).filter((w) => !ROLE_WORDS.has(w.toLowerCase()));
      if (words.length < 2) continue;
      const full = words.join(' ');
      const last = words[words.length - 1];
      const known = this.surnames.get(last);
      if (known === undefined) this.surnames.set(last, full);
      else if (known !== null && known !== full && !known.endsWith(full) && !full.endsWith(known)) this.surnames.set(last, null);
    }
  }

  /** A transcript turn at the start of a block, with the full name behind a short one. */
  turn(blockText: string): TranscriptTurn | null {
    const m = TRANSCRIPT_TURN.exec(blockText);
    if (!m || NOT_SPEAKERS.test(m[1])) return null;
    const name = m[1];
    if (m[2]) this.aliases.set(m[2].trim().toLowerCase(), name);
    const speaker = this.aliases.get(name.toLowerCase()) ?? name;
    const offset = blockText.indexOf(':', m[1].length) + 1;
    return { speaker, offset };
  }

  resolve(name: string): string {
    const alias = this.aliases.get(name.toLowerCase());
    if (alias) return alias;
    if (!name.includes(' ')) return this.surnames.get(name) ?? name;
    return name;
  }
}

/** Strip roles in front of a name: "SEC Chairman Paul Atkins" → "Paul Atkins", "Kraken CEO Arjun Sethi" → "Arjun Sethi". */
export function cleanName(run: string): string | undefined {
  let words = run.trim().split(/\s+/);
  const lastRole = words.map((w) => ROLE_WORDS.has(w.toLowerCase())).lastIndexOf(true);
  if (lastRole >= 0 && lastRole < words.length - 1) words = words.slice(lastRole + 1);
  const organisation = words.find((w) => /^[A-Z]{2,}$/.test(w)); // "An SEC spokesperson" → SEC
  while (words.length && ROLE_WORDS.has(words[0].toLowerCase())) words.shift();
  if (words.length === 0 && organisation) words = [organisation];
  const name = words.join(' ').replace(/[’']s$/, '').replace(/[,.]$/, '');
  return name && /^[A-Z]/.test(name) ? name : undefined;
}

const PRONOUN = /^(?:he|she|they|we|i)$/i;

// Compiled once: the patterns that find a named source in a sentence.
const PRONOUN_SAYS = new RegExp(String.raw`(?:^|[,”"’]\s*|\s)(he|she|they)\s+${SAY}\b|\b${SAY}\s+(he|she)\b`, 'iu');
const SAID_NAME = new RegExp(String.raw`\b${SAY}\s+(${NAME})`, 'u');
const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording to (?:(?:the|a|an|data|figures|numbers|from|[a-z][\p{L}-]*)\s+){0,6}?(${NAME})`, 'u');
const SPOKESPERSON = new RegExp(String.raw`(${NAME})\s+(?:spokesperson|spokesman|spokeswoman|representative)s?\s+(?:also\s+)?${SAY}`, 'u');
const NAME_SAID = new RegExp(String.raw`(${NAME})(?:,[^,]{1,100},)?\s+(?:also\s+|has\s+|had\s+|once\s+|previously\s+)?${SAY}\b`, 'u');
const DATA_FROM = new RegExp(String.raw`\b(?:data|figures|research|a report|a study|a survey) (?:from|by) (?:[a-z][\p{L}-]*\s+){0,4}?(${NAME})`, 'u');

/** Who the sentence attributes its content to, and how it is sourced. */
export function attribute(sentence: string, context: SpeakerContext): Attribution {
  const named = namedSource(sentence, context);
  if (named) {
    context.lastNamed = named;
    return { speaker: named, sourcing: 'named' };
  }
  const pronoun = PRONOUN_SAYS.exec(sentence);
  if (pronoun && context.lastNamed) return { speaker: context.lastNamed, sourcing: 'named' };
  if (VAGUE.some((pattern) => pattern.test(sentence))) return { sourcing: 'vague' };
  return { sourcing: 'none' };
}

function namedSource(sentence: string, context: SpeakerContext): string | undefined {
  // "…," said Timothy Massad / said Kraken CEO Arjun Sethi
  const inverted = SAID_NAME.exec(sentence);
  if (inverted) {
    const name = cleanName(inverted[1]);
    if (name && !PRONOUN.test(name)) return context.resolve(name);
  }
  // according to crypto advisory firm Architect Partners / according to data from … Galaxy Research
  const according = ACCORDING_TO.exec(sentence);
  if (according) {
    const name = cleanName(according[1]);
    if (name) return context.resolve(name);
  }
  // A Coinbase spokesperson responded / SEC Chairman Paul Atkins said / Teh said
  const spokes = SPOKESPERSON.exec(sentence);
  if (spokes) {
    const name = cleanName(spokes[1]);
    if (name) return context.resolve(name);
  }
  const subject = NAME_SAID.exec(sentence);
  if (subject) {
    const name = cleanName(subject[1]);
    if (name && !PRONOUN.test(name) && !/^(?:It|This|That|There|The|What)$/.test(name)) return context.resolve(name);
  }
  // data from analytics provider Dune shows
  const dataFrom = DATA_FROM.exec(sentence);
  if (dataFrom) return cleanName(dataFrom[1]);
  return undefined;
}
