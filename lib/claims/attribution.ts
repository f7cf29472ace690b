// Who stands behind a sentence, and how well it is sourced: named ("said Timothy Massad", "according to
// CoinGlass", "per CoinMarketCap", "JPMorgan analysts expect", "Chamath:" in a transcript), vague
// ("studies show", "according to reports") or none. Precision first: a speaker is shown only when the
// sentence credits its content to someone and the words found are a name (lib/claims/speaker-names.ts);
// otherwise none. The words are tables in lib/claims/speaker-words.ts.
import { GERMAN_ORGANISATION_NOUNS, GERMAN_REPORT_NOUNS, GERMAN_ROLE_ENDINGS, GERMAN_SAYING_PARTICIPLES, GERMAN_VAGUE_SOURCE_ENDINGS, NAME_JOINERS, NAME_PARTICLES, NOBODY_WORDS, NOT_SPEAKER_LABELS, ROLE_WORDS, SAYING_VERBS, SOURCE_NOUNS, SOURCE_VERBS, STANCE_VERBS_AFTER_NAME } from './speaker-words.ts';
import { isOrganisation, isOrganisationNoun, isRoleWord, SpeakerNames } from './speaker-names.ts';
import { wordsOf } from './claim-words.ts';
import { upTo } from './escape-regexp.ts';
import { isInside, quotationSpans, quotesOnlyAName } from './quotation-marks.ts';

export type Sourcing = 'named' | 'vague' | 'none';

export interface Attribution {
  speaker?: string;
  sourcing: Sourcing;
  /** Credited to a person by a pronoun ("he said", "sagte er") whose name was not sure enough to show. */
  person?: boolean;
}

/**
 * A saying verb as a pattern. "added" and "adds" followed by a figure or a thing add to a tally or a list,
 * not to what was said ("Danilo Gallinari added 25 points", "the economy added 200,000 jobs", "Connor
 * Clifton added a goal", "Anthony Beauvillier added his seventh"); "added the" stays: "he added the deal…".
 */
const sayingVerb = (verb: string) => (verb === 'added' || verb === 'adds' ? `${verb}(?!\\s+(?:[\\d$€£]|(?:another|a further|a|an|his|their|its|two|three|four|five|six|seven|eight|nine|ten)\\b))` : verb);
const SAYING = [...SAYING_VERBS, ...STANCE_VERBS_AFTER_NAME].map(sayingVerb);
const SAY = `(?:${SAYING.join('|')})`;
/**
 * The same without the forms that are also plural nouns ("writes", "reports", "notes", "claims"): after a
 * name and a comma they are mostly a list ("Privacy Cluster, …private reads, writes, and…").
 */
const NOUN_LIKE = new Set(['writes', 'notes', 'reports', 'claims', 'estimates', 'states', 'views', 'forecasts', 'projects', 'predicts', 'argues', 'explains', 'warns', 'thinks', 'sees']);
const SAY_AFTER_NAME = `(?:${SAYING.filter((verb) => !NOUN_LIKE.has(verb)).join('|')})`;
/** Saying, in progress: "The Democrats are alleging that…", "Goldman is warning" (not "is expected": a forecast of the name, not by it). */
const SAYING_IN_PROGRESS = String.raw`(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?:saying|alleging|claiming|arguing|warning|insisting|suggesting|predicting|forecasting|reporting|estimating|projecting|urging)`;
/** A verdict on something: "The White House called the impeachment process a sham", "Valve called 'Half Life: Alyx' “a flagship VR game”". */
const CALLED_IT_A = String.raw`(?:called|calls|branded|brands|dubbed|labeled|labelled)(?=\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+|its\s+|their\s+|[“"'‘]?\p{Lu})[^.;:,]{1,60}?\s+[“"'‘]?(?:a|an)\s)`;
/** Right after a name, "states" is mostly the noun ("Arab states", "member states"): a verb only before "that". */
const SAY_RIGHT_AFTER_NAME = `(?:${SAYING.filter((verb) => verb !== 'states').join('|')}|states(?=\\s+that\\b)|${SAYING_IN_PROGRESS}|${CALLED_IT_A})`;
const NOBODY = new Set<string>(NOBODY_WORDS);
const JOINER = new Set<string>(NAME_JOINERS);
const ARTICLES = new Set(['a', 'an', 'the']);
/** German articles opening a sentence: "Der Hafen rechnet…" names "Hafen". */
const LEADING_ARTICLES = new Set(['Der', 'Die', 'Das', 'Ein', 'Eine']);

/** A name's short form in brackets right after it: "Ministry of Trade, Industry and Energy (MOTIE) has unveiled", "Handelsverband Deutschland (HDE) rechnet". */
const SHORT_FORM_AFTER = String.raw`(?:\s+\(\p{Lu}[\p{Lu}\d&.-]{1,9}\))?`;
/** A run of capitalised words, joined by "of", "for", "&"…: a name, possibly with roles in front ("SEC Chairman Paul Atkins"). */
const CAPITALISED = String.raw`(?:[\p{Lu}][\p{L}\d.'’&-]*)`;
/** At most this many more words in a name: bounded, so a long run of capitals costs no more than a name. */
const MAX_NAME_WORDS = 7;
const NAME = String.raw`(?<![\p{L}\d])${CAPITALISED}(?:\s+(?:${CAPITALISED}|(?:${NAME_JOINERS.join('|')})(?=\s+\p{Lu}))){0,${MAX_NAME_WORDS}}`;
/**
 * A name with its particles, as written right after the saying verb: "sagte von Preen", "said de Blasio",
 * "said Laurence des Cars". Only there: elsewhere "des", "von" or "zu" before a capital is German ("die
 * Übersicht des Ausbruchs", "von Unternehmen").
 */
const PARTICLE = String.raw`(?:${NAME_PARTICLES.join('|')})\s+(?:(?:der|den|de|la)\s+)?`;
const PARTICLE_NAME = String.raw`(?:${PARTICLE})?(?<![\p{L}\d])${CAPITALISED}(?:\s+(?:${CAPITALISED}|(?:${[...NAME_JOINERS, ...NAME_PARTICLES].join('|')})(?=\s+\p{Lu}))){0,${MAX_NAME_WORDS}}`;

/** One unnamed person by what they are: "an official said", "a hospital employee said". */
const UNNAMED_ROLES = ['academic', 'relative', 'neighbour', 'neighbor', 'official', 'employee', 'person', 'resident', 'expert', 'executive', 'insider', 'teacher', 'student', 'voter', 'witness', 'diplomat', 'lawmaker', 'operative', 'aide', 'adviser', 'advisor'];

/** Unnamed people referred back to: "the man told doctors", "the insider added" (VAGUE, not DEFINITE_SOURCE). */
const UNNAMED_PERSON_NOUNS = ['man', 'woman', 'boy', 'girl', 'person', 'patient', 'victim', 'insider', 'resident', 'witness', 'neighbour', 'neighbor', 'relative', 'teenager'];

/**
 * Sentences that lean on unnamed sources. `needs`: words a pattern cannot match without (checked first,
 * from the sentence's words); `german`: read only in a German article.
 */
const VAGUE: { pattern: RegExp; needs?: readonly string[]; german?: true }[] = [
  { pattern: /\b(?:studies|research|researchers|scientists|economists|reports?|data|evidence|experts?|analysts?|observers|critics|sources|insiders|surveys?|estimates|officials|executives|records|managers|forecasters|authorities)\b[^.;]{0,60}?\b(?:show|shows|showed|shown|stated|indicate|indicates|indicated|suggest|suggests|suggested|say|says|said|told|found|finds|reveal|reveals|revealed|note|notes|noted|argue|argued|estimate|estimates|expect|expects|called|believe|believes|warn|warns|warned|warning|reporting|urge|urges|urged|spotted|discovered|detected|put|puts|(?:are|remain)\s+(?:\p{Ll}+ly\s+)?(?:concerned|worried|troubled)|remain skeptical|remain sceptical)\b/iu },
  // The same, the verb first after a comma: "…dubbed the Black Death, say officials.", "…, said experts".
  { needs: ['say', 'says', 'said'], pattern: /,\s+(?:say|says|said)\s+(?:some\s+|many\s+|local\s+|health\s+)?(?:officials|experts|analysts|authorities|researchers|scientists|sources|observers|critics|economists|insiders|doctors)\b/i },
  // Reports received, data of a government, a document nobody is named for: "we received reports", "according to city data".
  { needs: ['reports', 'according'], pattern: /\b(?:received|receiving|had)\s+reports\b|\baccording to (?:government|city|state|federal|official|public|police|court)\s+(?:data|figures|records|statistics)\b|\baccording to (?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:invitation|document|documents|email|memo|flyer|letter|filing|copy|draft)\b/iu },
  // One unnamed person: "One academic told the authors", "an official said", "a hospital employee said".
  { needs: UNNAMED_ROLES, pattern: new RegExp(String.raw`\b(?:one|an?|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:${UNNAMED_ROLES.join('|')})\s+(?:who\s+[^,]{0,60},\s+)?(?:told|said|says|added|noted)\b`, 'iu') },
  { needs: ['according'], pattern: /\baccording to (?:(?:some|many|several|multiple|recent|earlier|previous|local|media|news|press|unnamed|two|three) ){0,2}(?:reports?|sources|analysts|experts|estimates|observers|insiders|people familiar|a person familiar|persons? familiar|industry (?:data|sources)|officials)\b/i },
  // Someone unnamed described: "according to a person at the fundraiser", "according to people who have spoken with lawmakers".
  { needs: ['according'], pattern: /\baccording to (?:a|an|one|two|three|several|some)\s+(?:[\p{L}-]+\s+){0,2}?(?:person|people|group|member|members|resident|residents|witness|witnesses|representative|spokesperson|spokesman|spokeswoman|official|aide|insider|employee)\b|\baccording to people\b/iu },
  { pattern: /\b(?:it is|it's|it was) (?:believed|reported|estimated|said|rumou?red|understood)\b/i },
  // Unnamed on purpose, or named by what they are: "One, who asked not to be named, said", "accused by critics", "authorities said", "the feds announced".
  { pattern: /\b(?:asked|requested|declined) not to be (?:named|identified)\b|\bon (?:the )?condition of anonymity\b|\b(?:by|from) (?:critics|opponents|skeptics|sceptics)\b|\b(?:authorities|the feds)(?:\s+also)?\s+(?:said|say|says|announced|told|reported)\b|\b(?:authorities|the feds)\s+announced\b/i },
  // Documents and groups nobody is named for: "according to court documents", "according to federal prison records", "According to scientists".
  { needs: ['according'], pattern: /\b[Aa]ccording to (?:(?:the|some|many|other)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(?:documents|records|filings|papers|statistics|scientists|researchers|economists|studies|polls)\b/u },
  // The same documents as the subject: "Court papers obtained by our correspondent showed that…", "Court records show"
  { needs: ['show', 'shows', 'showed', 'reveal', 'reveals', 'revealed', 'indicate', 'indicated'], pattern: /\b(?:[Cc]ourt|[Pp]olice|[Ii]nternal|[Ll]eaked|[Pp]ublic)\s+(?:papers|documents|records|filings)\s+(?:[^,.;]{0,60}?\s)?(?:show|shows|showed|reveal|reveals|revealed|indicate|indicated)\b/u },
  // Someone unnamed, referred back to: "the man told doctors", "…,” the insider added.", "According to the man, the steroids…"
  { needs: UNNAMED_PERSON_NOUNS, pattern: new RegExp(String.raw`(?:^|[,;”"]\s*)(?:the|The)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:${UNNAMED_PERSON_NOUNS.join('|')})\s+(?:also\s+|later\s+)?(?:said|says|told|tells|added|wrote|writes|explained|recalled|claimed|alleged)\b|\b[Aa]ccording to the\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:${UNNAMED_PERSON_NOUNS.join('|')})\b`, 'u') },
  // Someone's people, unnamed: "…, his doctors say", "her lawyers said".
  { pattern: /\b(?:his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:doctors|lawyers|attorneys|aides|advisers|advisors|colleagues|friends|relatives|family|supporters|critics|officials|representatives)\s+(?:have\s+|also\s+)?(?:say|says|said|told|argued|argue|warned|claimed)\b/iu },
  // An industry as a whole, no association named (German): "…, sagt die Branche", "fordert die Bioenergie-Branche".
  { german: true, pattern: /\b(?:sagt|sagte|sagen|fordert|forderte|warnt|warnte|kritisiert|kritisierte|klagt|klagte|beklagt|beklagte)\s+die\s+(?:[\p{L}]+-)?Branche\b|\b[Dd]ie\s+(?:[\p{L}]+-)?Branche\s+(?:sagt|fordert|warnt|kritisiert|klagt|beklagt|befürchtet|fürchtet|rechnet)\b/u },
  // The press of a country or a place, no outlet named: "State media have reported…", "Local media reported that…".
  { needs: ['media'], pattern: /\b(?:[Ss]tate|[Ll]ocal|[Ff]oreign|[Nn]ational|[Rr]egional|[Ss]ocial)[- ]media\s+(?:outlets\s+)?(?:have\s+|has\s+|also\s+)?(?:reported|report|reports|said|say|says|cited|quoted|showed|shows)\b/u },
  // Reported without a source: "WeWork is reportedly being investigated", "they allegedly found him", "according to a study".
  { needs: ['reportedly', 'allegedly', 'according'], pattern: /\b(?:reportedly|allegedly)\b|\baccording to (?:a|an|one) (?:new |recent |separate )?(?:study|report|survey|analysis|poll|estimate)\b/i },
  { pattern: /\b(?:some|many|most) (?:say|believe|argue|predict|predicting|expect|expecting|analysts|experts|observers|economists|investors)\b/i },
  { needs: ['familiar', 'close'], pattern: /\b(?:people|a person|sources) (?:familiar|close) (?:with|to)\b/i },
  // One unnamed source: "an insurgent source told Agence France-Presse", "a senior source said".
  { needs: ['source'], pattern: /\b(?:a|an|one|the)\s+(?:[\p{L}-]+\s+){0,2}source\s+(?:told|said|says|confirmed|added)\b|\baccording to (?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}source\b/iu },
  // Unnamed groups saying something: "Backers of tariffs say", "Some consumers reported", "Others reported".
  { pattern: /\b(?:some|many|most|other|others|backers|supporters|critics|opponents|proponents|advocates|defenders|skeptics|sceptics|users|consumers|customers|investors|traders|residents|relatives|neighbou?rs|witnesses|groups)\b(?:[\s,]+[\p{L}’'-]+){0,12}?[\s,]+(?:(?<!\bto[\s,]+)say|says|said|stated|argue|argued|claim|claimed|claiming|reported|believe|believed|estimated|estimate|pointed|warned|fear|feared|voiced|suggest|suggested|contend|contended|insist|insisted)\b/iu },
  // People described, not named: "Those in favor of punishment have said that…", "those who know him say".
  { pattern: /\b[Tt]hose\s+(?:who\s[^.;,]{0,60}?|in favou?r of\s[^.;,]{0,40}?|opposed to\s[^.;,]{0,40}?)\s(?:have\s+|had\s+)?(?:say|said|argue|argued|claim|claimed|suggest|suggested|warn|warned|contend|contended|insist|insisted)\b/u },
  // Reports of no one named beside the news: "…, with reports that Chris Hemsworth would be returning", "amid reports of job cuts".
  { needs: ['reports'], pattern: /\b(?:with|amid|amidst|after|following|despite|given)\s+(?:(?:new|fresh|recent|earlier|media|press|unconfirmed|conflicting|widespread|local)\s+)?reports\s+(?:that|of)\b|\bthere (?:are|were|have been) reports\b/iu },
  // Passive opinion without an agent: "is expected to", "is viewed as", "is seen as".
  { pattern: /\b(?:is|are|was|were)\s+(?:widely\s+|currently\s+)?(?:expected|viewed|seen|regarded|considered|thought|believed|reported|rumou?red|estimated)\s+(?:to|as)\b|\b(?:is|are|was|were)\s+(?:currently\s+)?estimated\s+at\b/i },
  // Accused by no one named: "Russia and the Syrian government have been accused of creating a humanitarian disaster".
  { pattern: /\b(?:has|have|had)\s+been\s+accused\s+of\b/i },
  { german: true, pattern: /\b(?:Schätzungen zufolge|schätzungsweise|es wird erwartet|gilt als)\b|^Erwartet wird\b/i },
  // Several unnamed, after the quotation or the claim: "…, sagen uns mehrere Anwälte.", "…, meinen einige Ökonomen."
  { german: true, pattern: /\b(?:sagen|sagten|meinen|meinten|glauben|warnen|kritisieren|berichten|berichteten)\s+(?:uns\s+|mir\s+)?(?:mehrere|einige|viele|zahlreiche|manche|zwei|drei|vier)\s+\p{Lu}/u },
  // Some unnamed, in German: "Manche sagen nun, …", "Viele fürchten …" (English: "some say" above).
  { german: true, pattern: /(?:^|[,;:]\s+)(?:Manche|Viele|Einige|Andere|manche|viele|einige|andere)\s+(?:sagen|meinen|glauben|warnen|fürchten|befürchten|kritisieren|behaupten|fordern)\b/u },
  // A report nobody is named for: "einem Bericht aus Südkorea zufolge", "einer Studie zufolge".
  { german: true, needs: ['zufolge'], pattern: new RegExp(String.raw`\b(?:einem|einer)\s+(?:\p{Ll}+\s+)?(?:${GERMAN_REPORT_NOUNS.join('|')})\b[^.;:]{0,40}?\bzufolge\b`, 'u') },
  // Concern voiced by unnamed experts: "raised concerns among current and former regulators".
  { needs: ['concern', 'concerns', 'criticism', 'warning', 'warnings', 'doubt', 'doubts'], pattern: /\b(?:concerns?|criticism|warnings?|doubts?) (?:from|among) (?:[\p{L}-]+ ){0,4}?(?:economists|regulators|analysts|experts|critics|observers|executives|investors)\b/iu },
  { german: true, pattern: /\b(?:Experten|Analysten|Beobachter|Fachleute|Berichten zufolge|Medienberichten|Spekulationen|Gerüchte|Gerüchten)\b|\b(?:in|aus)\s+\p{L}*[Kk]reisen\b|\b(?:eine|einer)\s+(?:\p{Ll}+\s+)?Quelle\b|\b(?:heißt|heisst|hieß|hiess) es\b|\b(?:nach|laut) \p{L}*[Ii]nformationen\b(?!\s+(?:der|des|von)\s+\p{Lu})/u },
  { german: true, pattern: new RegExp(String.raw`\blaut\s+(?:(?:der|dem|den|des|einer|einem|eines)\s+)?\p{L}*(?:${GERMAN_VAGUE_SOURCE_ENDINGS.join('|')})\b`, 'iu') },
];

/** "Jason Calacanis (referred to as Jason below):" or "Chamath:" opening a transcript turn. */
const TRANSCRIPT_TURN = /^([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*(?:\((?:referred to as|hereinafter referred to as|hereafter)\s+([^)]+?)(?:\s+below)?\))?\s*:\s+\S/u;

/**
 * Blocks back a pronoun ("he said") may point: only the paragraph that names the person. Across
 * paragraphs "he" or "she" may be anyone named between (on the development set, 3 of 20 such speakers
 * were someone else): the sourcing stays named, the speaker is not shown.
 */
const PRONOUN_REACH = 0;

/** An article is a transcript when several turns open its paragraphs and their speakers recur. */
const MIN_TURNS = 4;

export interface TranscriptTurn {
  speaker: string;
  /** Where the spoken text starts in the block. */
  offset: number;
}

/** Knows the speakers of an article: transcript aliases, the names it uses, the last person named. */
export class SpeakerContext {
  private aliases = new Map<string, string>();
  readonly names: SpeakerNames;
  lastNamed?: string;
  /** The block being read, and the block where lastNamed was named: a pronoun reaches back only so far. */
  block = 0;
  private lastNamedBlock = -Infinity;
  private isTranscript = false;
  /** Words of the people a sentence opens on without naming them ("A doctor on the scene told…"): "the doctor" later is still nobody named. */
  private unnamedOnes = new Set<string>();

  /** The last person named, if named in this block or the one or two before. */
  recentlyNamed(): string | undefined {
    return this.block - this.lastNamedBlock <= PRONOUN_REACH ? this.lastNamed : undefined;
  }

  /** A person named in full becomes the one a later "he" or "she" may mean. */
  named(speaker: string): void {
    if (!speaker.includes(' ') || isOrganisation(speaker)) return;
    this.lastNamed = speaker;
    this.lastNamedBlock = this.block;
  }

  /**
   * A German article: there "per" means by way of ("per Bahn"), not according to; the Konjunktiv I
   * reports someone's words; ", so X" names the one saying.
   */
  readonly german: boolean;

  constructor(options: { siteName?: string | null; url?: string | null; lang?: string | null } = {}) {
    this.names = new SpeakerNames(options);
    this.german = /^de\b/i.test(options.lang ?? '');
  }

  /** Read the whole article first: the names it uses, and whether it is a transcript. */
  learn(blockTexts: readonly string[]): void {
    for (const text of blockTexts) {
      this.names.learn(text);
      for (const m of text.matchAll(UNNAMED_OPENING)) for (const word of m[1].split(/\s+/)) this.unnamedOnes.add(word);
    }
    const labels = blockTexts.map((text) => TRANSCRIPT_TURN.exec(text)).filter((m): m is RegExpExecArray => !!m && isTurnLabel(m[1]) && SPEECH_AFTER_LABEL.test(m.input));
    const distinct = new Set(labels.map((m) => m[1]));
    this.isTranscript = labels.length >= MIN_TURNS && distinct.size * 2 <= labels.length;
  }

  /** Whether a sentence opened on someone so described and unnamed ("A doctor…" for "the doctor"). */
  introducedUnnamed(word: string): boolean {
    return this.unnamedOnes.has(word);
  }

  /** A transcript turn at the start of a block, with the full name behind a short one. */
  turn(blockText: string): TranscriptTurn | null {
    if (!this.isTranscript) return null;
    const m = TRANSCRIPT_TURN.exec(blockText);
    if (!m || !isTurnLabel(m[1])) return null;
    const name = m[1];
    if (m[2]) this.aliases.set(m[2].trim().toLowerCase(), name);
    const speaker = this.aliases.get(name.toLowerCase()) ?? name;
    const offset = blockText.indexOf(':', m[1].length) + 1;
    return { speaker, offset };
  }

  /** The speaker a candidate names: its full form, or undefined when the words are not a name. */
  resolve(candidate: string, options: { asSource?: boolean } = {}): string | undefined {
    const alias = this.aliases.get(candidate.toLowerCase());
    if (alias) return alias;
    return this.names.speaker(candidate, options);
  }
}

/** A transcript label is a person's name: not a note, a letter ("Q", "A"), a date line in capitals, or a figure. */
function isTurnLabel(label: string): boolean {
  return label.length >= 2 && !NOT_SPEAKER_LABELS.test(label) && !/\d/.test(label) && !(label.length > 3 && label === label.toUpperCase());
}

/** What follows a turn's label is speech: words, not a list of quantities ("1 Green, 1 Red…"). */
const SPEECH_AFTER_LABEL = /:\s+["“‘]?[\p{L}]/u;

/**
 * German "der", "dem", "den" after a name begin its object, not a part of it ("sagte Allendorf der
 * Frankfurter Allgemeinen Zeitung"); after "von" or "van" they belong to it ("Ursula von der Leyen").
 */
const GERMAN_OBJECT_AFTER_NAME = /(?<!\b(?:von|van|Von|Van))\s(?:der|dem|den)\s\p{Lu}.*$/u;

/** "fordert ihn auf", "forderte die Regierung auf": the separable "auffordern", asking someone to act. */
const GERMAN_ASKS_TO = /^\s+(?:\S+\s+){0,3}?auf\b/;
/** After "reported" or "maintained", an object or "to" rather than what was said. */
const NOT_SAYING_AFTER = /^\s+(?:to|a|an|its|his|her|their)\b/;
/** Verbs of making a thing public, whose object may be the thing itself rather than words ("revealed the second model"). */
const ACT_OF_MAKING_PUBLIC = /(?:announced|announces|revealed|reveals|unveiled|unveils|posted|posts|admitted|admits)$/;
/** A thing after such a verb: an article or a possessive, or a plural noun ("posted photos"), not a clause ("announced that", "revealed it would"). */
const THING_AFTER = /^\s+(?:to\s+)?(?:a|an|the|its|his|her|their|photos|pictures|images|videos|plans)\s/;

/** Role words that qualify the role after them ("Press Secretary", "Vice President", "Acting Director"), never a role of their own at a name's end. */
const ROLE_QUALIFIERS = new Set(['press', 'vice', 'former', 'acting', 'interim', 'deputy']);

/** Strip roles in front of a name: "SEC Chairman Paul Atkins" → "Paul Atkins", "An SEC spokesperson" → SEC. */
export function cleanName(run: string): string | undefined {
  let words = run.trim().replace(GERMAN_OBJECT_AFTER_NAME, '').split(/\s+/);
  // a word that only qualifies a role ("Press Secretary", "Vice President") ends no role: "Associated Press" is a name
  const lastRole = words.map((w, i) => isRoleWord(w) && !(i === words.length - 1 && ROLE_QUALIFIERS.has(w.toLowerCase()))).lastIndexOf(true);
  const office = words.some((w) => isRoleWord(w) && !ARTICLES.has(w.toLowerCase()));
  const organisation = words.find((w) => /^[A-Z]{2,}$/.test(w) && !isRoleWord(w));
  if (lastRole >= 0 && lastRole < words.length - 1) words = words.slice(lastRole + 1);
  else if (lastRole === words.length - 1) words = organisation ? [organisation] : [];
  // The rest of an office's title: "Secretary of State Mike Pompeo" → Mike Pompeo.
  while (office && words.length > 2 && JOINER.has(words[0].toLowerCase())) words = words.slice(2);
  // An office of an organisation and no one's name: "Sprecher von Siemens" is Siemens.
  if (office && words.length === 2 && JOINER.has(words[0].toLowerCase())) words = words.slice(1);
  while (words.length && (isRoleWord(words[0]) || LEADING_ARTICLES.has(words[0]))) words.shift();
  // After an office, "of" (German "von") leads to where it is held: "Supervisor Alfredo Pedroza of Napa County" → Alfredo Pedroza.
  const of = Math.max(words.indexOf('of'), words.indexOf('von'));
  if (office && of >= 2) words = words.slice(0, of);
  const name = words.join(' ').replace(/[’']s$/, '').replace(/[,.:;]$/, '');
  return name && (/^\p{Lu}/u.test(name) || STARTS_WITH_PARTICLE.test(name)) ? name : undefined;
}
const STARTS_WITH_PARTICLE = new RegExp(String.raw`^${PARTICLE}\p{Lu}`, 'u');

// Compiled once: the patterns that find a named source in a sentence.
/** German verbs of speech proper: "…“, sagte er." */
const GERMAN_SPEECH = '(?:sagte|sagt|erklärte|erklärt|betonte|betont|schrieb|warnte|warnt|meinte|meint|berichtete|ergänzte)';
/** Verbs of speech proper: with a pronoun ("he said", "she wrote") they point back to the last person named. */
const SPEECH = '(?:said|says|told|wrote|writes|added|explained|noted|notes|argued|warned|stated|replied|insisted|recalled|urged|recounted|points out|pointed out|thinks|believes)';
/** What a person is said to do besides ("She also revealed that…"); not of "it", where a company's announcing is mostly the news itself ("it announced an order of 50 jets"). */
const PERSON_SPEECH = `(?:${SPEECH.slice(3, -1)}|revealed|announced|acknowledged|admitted|claimed|confirmed|stressed|emphasized|emphasised|conceded|cautioned|reiterated|testified|predicted|estimated|suggested|described|disclosed|asserted|maintained|contended|complained)`;
/** "…," he said / she told lawmakers / "…," said he — not "The governor said he was waiting" (he is not the one saying). */
const PRONOUN_SAYS = new RegExp(String.raw`(?:^|[,”"’]\s*)(he|she)\s+(?:later\s+|also\s+)?${PERSON_SPEECH}\b|[”"’],?\s*${SPEECH}\s+(he|she)\b|\b(he|she)\s+(?:said|added|told\s+\p{L}+|wrote)\s*[:;,]\s*[“"]`, 'iu');
/** The same in German: "…“, sagte er.", "Er fordert…". */
const PRONOUN_SAYS_DE = new RegExp(String.raw`(?:[”"“],?|,)\s*${GERMAN_SPEECH}\s+(er|sie)\b|^(Er|Sie)\s+(?:${GERMAN_SPEECH}|fordert|forderte|kritisiert|kritisierte)\b`, 'u');
/** "…," they said / it added: a source the article named before, which one not sure enough to show. */
const OTHER_PRONOUN_SAYS = new RegExp(String.raw`[,”"’]\s*(?:they|it)\s+(?:later\s+|also\s+)?(?:${SPEECH.slice(3, -1)}|says|added)\b`, 'iu');
/** "He has consistently denied being unfair", "They criticised the company": a stance of someone named before. */
const PRONOUN_STANCE = new RegExp(String.raw`^(?:He|She|They|It)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|since\s+|always\s+|never\s+|again\s+|long\s+|\p{Ll}+ly\s+)?(?:${STANCE_VERBS_AFTER_NAME.join('|')}|denied)\b`, 'u');
/**
 * "He has always denied the allegations, saying…", "Bloomberg has attempted to apologize…, saying", "The
 * utilities commission is frustrated with both companies, saying…": the subject said it. After any verb
 * only "saying", "noting", "arguing" and "adding that" / "claiming that" ("adding to losses" and
 * "claiming the title" say nothing); a subject with no article ("Vice-chancellors have reacted…, saying")
 * is a group nobody named (VAGUE).
 */
const SUBJECT_DID_SAYING = /^(?:He|She|They|It|(?:The\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3})\s+(?:has|have|had)\s+(?:\p{Ll}+ly\s+|also\s+)?\p{Ll}+ed\b[^.;]{0,160}?,\s+(?:saying|adding|noting|arguing|claiming)\b|^(?:He|She|They|It|The\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s[^.;!?]{0,200}?,\s+(?:saying|noting|arguing|(?:adding|claiming)\s+that)\b/u;
/** "…,” the statement read.", "…, their letter reads": a document of someone the article named, quoted (a document "reads"; a person "says"). */
const DOCUMENT_READS = /[,”"“’]\s*(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|post|release|memo|note|filing|tweet|notice|message|email|e-mail|complaint|lawsuit|ruling|order)\s+(?:read|reads|continued|went on)\b/iu;
/** "according to the grid operator's assessment", "according to the company", "according to the report": a source the article named, described. */
const ACCORDING_TO_DESCRIBED = /\b(?:according to|per)\s+(?:the|its|his|her|their)\s+(?!(?:reports|sources|people|persons?|media|estimates|observers|insiders|experts|analysts|data)\b)\p{Ll}/iu;
/** German verbs that credit a described source: "sagte der Konzernchef", "berichtet ein Teilnehmer". */
const GERMAN_SAYING = ['sagte', 'sagt', 'erklärte', 'erklärt', 'erläutert', 'erläuterte', 'betonte', 'betont', 'berichtet', 'berichtete', 'meinte'];
const GERMAN_SAYS = `(?:${GERMAN_SAYING.join('|')})`;
/** The words GERMAN_DESCRIBED_SOURCE cannot match without. */
const GERMAN_DESCRIBED_WORDS = new Set([...GERMAN_SAYING, 'schreibt', 'schrieb', 'so']);
/** German: "sagte der Konzernchef", "berichtet die Sprecherin", "so der Firmenchef": a source the article named, described. */
const GERMAN_DESCRIBED_SOURCE = new RegExp(String.raw`(?:^|[,”"“]\s*|\s)(?:${GERMAN_SAYS}|schreibt|schrieb|so)\s+(?:(?:der|die|das)\s+(?!(?:[\p{L}]+-)?Branche\b)\p{Lu}|(?:ein|eine)\s+(?:\p{Lu}\S*\s+(?:des|der|von|vom)\s+(?:[\p{Ll}-]+\s+)?\p{Lu}|\S*[Ss]precher))|^(?:Ein|Eine)\s+\p{Lu}\S*\s+(?:des|der|von|vom)\s+(?:[\p{Ll}-]+\s+)?\p{Lu}[^,.;:]{0,60}?\s${GERMAN_SAYS}\b`, 'u');
/** "berichtet ein Teilnehmer", "so einer von ET-News‘ Insidern", "Ein BMW-Händler in Weimar erklärte": someone unnamed, of no named organisation (German). */
const GERMAN_UNNAMED_SOURCE = new RegExp(String.raw`(?:(?:^|[,”"“]\s*|\s)(?:${GERMAN_SAYS}|so)\s+(?:(?:ein|eine)\s+\p{Lu}|(?:einer|eine)\s+(?:der|von)\s)|^(?:Ein|Eine)\s+\p{Lu}[^\s,]*(?:\s+(?:in|aus|bei)\s+\p{Lu}\S*)?\s+${GERMAN_SAYS}\b)`, 'u');
/**
 * German "nach Informationen der Süddeutschen Zeitung", "nach Angaben des Unternehmens": a named source,
 * its name inflected (the speaker is not shown: "Süddeutschen" is not how the paper writes its name).
 */
/** "Laut dem CEO", "nach Angaben der Polizei": a source the article described, named before (German). */
const GERMAN_ACCORDING_TO_DESCRIBED = new RegExp(String.raw`\b(?:[Ll]aut|[Nn]ach Angaben)\s+(?:dem|der|des)\s+(?:CEO|CFO|\p{Lu}\p{Ll}*(?:${GERMAN_ROLE_ENDINGS.join('|')})(?:s|in|en)?|${GERMAN_ORGANISATION_NOUNS.join('|')})\b`, 'u');
const GERMAN_BY_ACCOUNT_OF = /\b(?:[Nn]ach|[Ll]aut) (?:Informationen|Angaben) (?:der|des|von|aus)\s+\p{Ll}*\p{Lu}/u; // "Nach Informationen von MDR THÜRINGEN", "nach Angaben von xAI"
/**
 * German "Wie das Unternehmen am Dienstag mitteilte, …", "…, wie der Konzern berichtete": a source the
 * article names, described, in a clause whose verb comes last.
 */
const GERMAN_AS_DESCRIBED_SAID = /(?:^|,\s*)[Ww]ie\s+(?:der|die|das)\s+\p{Lu}[^,;:]{0,80}?\s(?:mitteilte|mitteilt|berichtete|berichtet|sagte|sagt|erklärte|erklärt|bekanntgab|bekannt gab|ankündigte|schrieb|schreibt|meldete|meldet)\b/u;
/** German "…, wie Daten von CoinMarketCap zeigen", "wie Zahlen des Statistischen Bundesamts belegen": the maker of the data. */
const GERMAN_DATA_OF = new RegExp(String.raw`\b[Ww]ie\s+(?:aktuelle\s+|neue\s+|vorläufige\s+)?(?:Daten|Zahlen|Berechnungen|Erhebungen|Statistiken|Analysen)\s+(?:von|vom|des|der)\s+(${NAME})\s+(?:\p{Ll}+\s+)?(?:zeigen|zeigten|belegen|belegten|ergeben|ergaben|nahelegen)\b`, 'gu');
/** German "Das zeigen Mietzahlungsdaten des National Multifamily Housing Council", "belegen Zahlen des Bundesamts": the data's maker, after the verb. */
const GERMAN_DATA_SHOW = new RegExp(String.raw`\b(?:zeigen|zeigten|belegen|belegten|ergeben|ergaben)\s+(?:aktuelle\s+|neue\s+|vorläufige\s+)?\p{L}*(?:[Dd]aten|Zahlen|Statistiken|Erhebungen|Berechnungen)\s+(?:von|vom|des|der)\s+(${NAME})`, 'gu');
/** German "Analysten der Deutschen Bank erwarten", "Ökonomen des Ifo-Instituts rechnen": people of an organisation, for its desk. */
const GERMAN_SOURCE_OF = new RegExp(String.raw`\b(?:Analysten|Ökonomen|Volkswirte|Experten|Forscher|Wissenschaftler|Strategen)\s+(?:der|des|von|vom)\s+(${NAME})\s+(?:\p{Ll}+\s+)?(?:${GERMAN_SAYING.join('|')}|erwarten|rechnen|gehen|sehen|schätzen|prognostizieren|warnen)\b`, 'gu');

/** The words before the name at a German sentence's end that name the one saying (attribute() opens on them). */
const GERMAN_SO_WORDS = ['so', 'erzählt', 'erzählte'];
/** A German role noun, compounds too: "Projektleiter", "Nationalparkleiter", "Sprecherin". */
const GERMAN_ROLE_NOUN = String.raw`\p{Lu}[\p{L}-]*(?:${GERMAN_ROLE_ENDINGS.join('|')})`;
/**
 * German ", so Machtlinger.", "…“, so der stellvertretende Nationalparkleiter und Projektleiter Ulrich
 * Brendel.", "…“, erzählt Toni Wegscheider.": the one saying, named at the sentence's end after the
 * quotation, maybe after a description of roles ("erzählt" only here: "erzählt mir" elsewhere tells no one's words).
 */
const GERMAN_SO_NAME = new RegExp(String.raw`[,”"“]\s*(?:${GERMAN_SO_WORDS.join('|')})\s+(?:(?:der|die|unser|unsere)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}${GERMAN_ROLE_NOUN}(?:\s+und\s+${GERMAN_ROLE_NOUN})?\s+)?(?:(?:Dr|Prof)\.\s+)*(${PARTICLE_NAME})\s*[.,;]?\s*$`, 'u');
/** German "nach eigenen Angaben", "eigenen Angaben zufolge": by the subject's own account. */
const OWN_STATEMENTS = /\b(?:nach|laut)?\s*eigenen Angaben\b/i;
/**
 * German indirect speech: the Konjunktiv I of the reporting verbs ("seien", "liege", "könne", "werde")
 * says the sentence reports what someone said, in an article where someone was quoted.
 */
const INDIRECT_SPEECH_DE = /\b(?:sei|seien|habe|könne|werde|liege|lägen|müsse|solle|gebe|wolle|dürfe|stehe|gehe|komme|bleibe)\b/;

/** Role words as written in lower case inside a sentence ("study co-author", "spokesman"). */
const LOWER_CASE_ROLES = ROLE_WORDS.filter((w) => /^[a-z-]+$/.test(w)).join('|');
/** Lower-case role words between the verb and the name: "said study co-author Anezina Solomonidou". */
const ROLE_RUN = `(?:(?:${LOWER_CASE_ROLES})\\s+){0,4}`;
/** A description of a person after "said" and before the name, of words no role list holds: "said planetary geologist Rosaly Lopes". */
const DESCRIPTION_RUN = String.raw`(?:the\s+)?(?:(?!(?:in|on|at|by|for|with|from|to|of|about|that|this|it|its|he|she|they|we|his|her|their|and|but|or|as|when|after|before|last|next|earlier|later|nothing|a|an|one|another|some|several|many|two|three)\s)\p{Ll}[\p{Ll}-]*\s+){1,3}`;
/** A name, its role, a colon and a quotation: "Prof. Dr.-Ing. Andreas Reuter, Leiter des Fraunhofer IWES: „Durch seine …" (a press release's quote). */
const COLON_QUOTE = /:\s*[„“"«]/;
const NAME_COLON_QUOTE = new RegExp(String.raw`(?:^|,\s+)(${NAME})(?:,\s[^:“„"”]{1,120})?:\s*[„“"«]`, 'gu');
/** After a quotation: "…,” said planetary geologist Rosaly Lopes. */
const QUOTE_SAID_DESCRIBED = new RegExp(String.raw`[”"’]\s*,?\s*(?:said|says|added)\s+${DESCRIPTION_RUN}(${CAPITALISED}(?:\s+${CAPITALISED}){0,3})`, 'gu');
/** "…," said Timothy Massad / said study co-author Anezina Solomonidou / wrote 43-year-old Martin Taylor (never "said that Trump…"; after "told" and "tells" comes the listener) */
const SAY_BEFORE_NAME = `(?:${SAYING_VERBS.filter((verb) => verb !== 'told' && verb !== 'tells').join('|')})`;
/** The same with an organisation first: "said Department of Correction spokesman Jason Kersten" (the person, in group 2). */
const ROLES_BETWEEN = `(?:(?:${LOWER_CASE_ROLES})\\s+){1,4}`;
/** The same written with a capital, as a title before a name, maybe after the organisation's acronym: "Pan American Health Organization (PAHO) Director Carissa F. Etienne". */
const TITLE_BETWEEN = `(?:\\(\\p{Lu}{2,8}\\)\\s+)?(?:${ROLE_WORDS.filter((w) => /^[a-z]+$/.test(w)).map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\s+`;
const SAID_NAME = new RegExp(String.raw`(?:^|[,”"’“]\s*)${SAY_BEFORE_NAME}\s+(?:also\s+|auch\s+|zudem\s+|ebenfalls\s+)?(?:\d{1,3}-year-old\s+)?${ROLE_RUN}(${PARTICLE_NAME})(?:\s+(?:${ROLES_BETWEEN}|${TITLE_BETWEEN})(${NAME}))?`, 'gu');
/**
 * according to crypto advisory firm Architect Partners / according to data from … Galaxy Research / per
 * CoinMarketCap ("per" takes the name at once: "revenue per ad … RPM" is no source; "Per" inside a
 * name, "Revenue Per Thousand", neither)
 */
/** The words between "according to" and the name describe the source; a preposition would lead elsewhere ("…a group representing rural counties in California"). */
const ACCORDING_TO = new RegExp(String.raw`\b(?:(?:[Aa]ccording to|[Ll]aut|[Ss]ource:)\s+(?:(?!(?:in|on|at|of|for|across|near|with|within|about)\s)[\p{Ll}][\p{L}-]*\s+){0,6}?|(?:per|(?<!\p{L}\s)Per)\s+(?:the\s+|an?\s+(?=\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\s+(?:report|analysis|survey|study|poll|estimate|note|filing)\b))?)(${NAME})(?:\s+${ROLES_BETWEEN}(${NAME}))?`, 'gu');
/**
 * German verbs of saying in two parts, the name between them, after a quotation or opening the sentence:
 * "…», fügt Aseev hinzu.", "räumt Habeck ein", "hebt die Ministerin hervor", "führte Schmidt aus", "führt Facebook dazu aus".
 */
const GERMAN_SPLIT_SAYING_PARTS = ['hinzu', 'ein', 'hervor', 'aus'];
const GERMAN_SPLIT_SAYING = new RegExp(String.raw`(?:^|[,”"’“»«]\s*)(?:fügt|fügte|räumt|räumte|hebt|hob|führt|führte)\s+${ROLE_RUN}(${PARTICLE_NAME})\s+(?:(?:dazu|dabei|weiter|außerdem|ferner|noch|auch)\s+)?(?:${GERMAN_SPLIT_SAYING_PARTS.join('|')})\b`, 'gu');
/**
 * German "dem HDE zufolge", "Reuters zufolge": "zufolge" follows the one whose account it is (not after
 * "aus": "einem Bericht aus Südkorea zufolge" names where the report comes from, not who made it).
 */
const GERMAN_ZUFOLGE = new RegExp(String.raw`(?<!\baus\s)(${NAME})\s+zufolge\b`, 'gu');
/**
 * German words that point back to a source the article named: "demnach", "dem Bericht zufolge", "heißt es
 * in den Thesen" (a document of someone named). The sourcing is named; who it is, is not written there.
 */
const GERMAN_REFERS_BACK = new RegExp(String.raw`\b(?:demnach|demzufolge)\b|\b(?:dem|der)\s+(?:${GERMAN_REPORT_NOUNS.join('|')})\s+zufolge\b|\b(?:heißt|heisst|hieß|hiess)\s+es\s+(?:in|im)\s|\b(?:In|Im)\s+(?:der|dem|den|einer|einem)\s+\p{Lu}[\p{L}-]*\s+(?:heißt|heisst|hieß|hiess)\s+es\b`, 'u');
/** A website as the source: "laut bilderdiebstahl.de", "according to CoinMarketCap.com". */
const DOMAIN_SOURCE = /\b(?:[Aa]ccording to|[Ll]aut|[Pp]er)\s+((?:www\.)?[\p{L}\d][\p{L}\d-]*\.(?:com|de|org|net|io|info|co\.uk|ch|at|fr|eu))(?![\p{L}\d.])/gu;
/** A Coinbase spokesperson responded */
const SPOKESPERSON = new RegExp(String.raw`(${NAME})\s+(?:spokesperson|spokesman|spokeswoman|representative|journalist|reporter|correspondent|Sprecher|Sprecherin)s?\s+(?:(?:in|at|on)\s+[^,.;]{1,30}?\s+)?(?:also\s+)?${SAY}`, 'gu');
/** JPMorgan analysts expect / CoinGlass data shows / McKinsey charts show */
const SOURCE_SAYS = new RegExp(String.raw`(${NAME})(?:['’]s)?\s+(?:(?:latest|new|recent|own|annual|quarterly|monthly|weekly|daily|internal|preliminary|updated|fresh|first|second|third|final)\s+)?(?:${SOURCE_NOUNS.join('|')})\s+(?:also\s+|now\s+)?(?:have\s+|has\s+)?(?:${SOURCE_VERBS.join('|')})\b`, 'gu');
/**
 * SEC Chairman Paul Atkins said / the Financial Times recently reported / Teh, a partner at X, said / a
 * startup, World Liberty Financial, announced / Sanborn, president of X, a Seattle agency, said
 */
/** When it was said, between the name and the verb: "Clark in October revealed", "Microsoft last week announced". */
const WHEN = String.raw`(?:(?:on|in|last|this|earlier\s+this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|weekend)\s+|am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\s+)`;
const ADVERBS = upTo(3, String.raw`also\s+|then\s+|now\s+|still\s+|already\s+|himself\s+|herself\s+|itself\s+|themselves\s+|has\s+|had\s+|have\s+|since\s+|once\s+|twice\s+|always\s+|never\s+|first\s+|again\s+|later\s+|earlier\s+|previously\s+|continues\s+to\s+|continued\s+to\s+|[\p{Ll}]+ly\s+|${WHEN}`);
/**
 * The name right before the verb takes any saying verb; after a comma or an appositive, only those that are no
 * noun (an appositive holds no quotation mark: a quotation's last words are not one). "Paganini and his team
 * reported" credits the one named.
 */
const NAME_SAID = new RegExp(String.raw`(${NAME})${SHORT_FORM_AFTER}(?:\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|coauthors))?(?:\s+${ADVERBS}${SAY_RIGHT_AFTER_NAME}|(?:,([^,“”"]{1,160})(?:,[^,“”"]{1,100})?,|,)\s+${ADVERBS}${SAY_AFTER_NAME})\b`, 'gu');
/** An appositive that is itself a name ("…, World Liberty Financial, announced") is the one saying. */
const WHOLE_NAME = new RegExp(String.raw`^\s*${NAME}\s*$`, 'u');
/** "The US welcomed the exchange, saying…": a subject that did something and said why. */
const NAME_DID_SAYING = new RegExp(String.raw`^(?:The\s+)?(${NAME})\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+ed\b[^.;]{0,120}?,\s+(?:saying|adding|noting|arguing|warning|claiming)\b`, 'gu');

/**
 * "according to a paper published in the journal Nature Astronomy", "The results, published in the journal
 * Technology,": the journal or publisher a study appeared in. Not where its publishing is the news ("the
 * findings were published in the journal Current Biology"), nor "In their paper published in PNAS, the group
 * describes…", where the group says it.
 */
const PUBLISHED_IN = new RegExp(String.raw`\b(?:[Pp]aper|[Ss]tudy|[Rr]esearch|[Rr]esults|[Rr]eport|[Ff]indings|[Aa]rticle|[Aa]nalysis),?\s+(?:which\s+was\s+)?(?:published|released)\s+(?:online\s+)?(?:in|by)\s+(?:the\s+)?(?:journal\s+)?(${NAME})`, 'gu');
/** data from analytics provider Dune shows / data published by OpenAI / a research paper from a team at UMass Amherst */
const DATA_FROM = new RegExp(String.raw`\b(?:[Dd]ata|[Ff]igures|[Rr]esearch|[Aa] report|[Aa] study|[Aa] survey|[Aa] (?:research )?paper|[Ee]stimates|(?:[Aa]n?|[Tt]he) (?:official |new |recent |separate |joint )?(?:announcement|statement|blog post|post|tweet|press release))(?: (?:published|released|compiled|gathered|posted|issued))? (?:from|by) (?:[\p{Ll}][\p{L}-]*\s+){0,4}?(${NAME})`, 'gu');

/** "…, Morrison said.": an attribution that ends the sentence is the sentence's, whatever others it reports. */
const ENDS_WITH_SAID = new RegExp(String.raw`,(?:\s*[”"’])*\s+(${NAME})\s+(?:also\s+|later\s+)?(?:said|says|added|continued|wrote|testified|explained|noted|argued|recalled|told\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s*[.!]?[”"’]?\s*$`, 'u');

/** "“…,” Vindman testified, referring to…": the name right after a quotation closes, the sentence going on (ENDS_WITH_SAID reads those that end). */
const QUOTE_CLOSED_BY = new RegExp(String.raw`[,.!?]\s*[”"]\s+(${NAME})\s+(?:also\s+|later\s+)?(?:said|says|added|continued|wrote|testified|explained|noted|argued|recalled|insisted)(?=,)`, 'u');

/** A lower-case inflected word (an adjective or a genitive: "privater", "neuen") right before, not an article or a conjunction. */
const GERMAN_ADJECTIVE_BEFORE = /(?:^|\s)(?!(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen|und|oder|aber|auch|wie|sowie)\s)\p{Ll}+(?:er|en|es|em|e)\s+$/u;
/** A name, then "of the" (or "at", "from") before the body the name belongs to: "Dr. Joneigh Khaldun of the ". */
const PERSON_OF_BEFORE = new RegExp(String.raw`(${NAME})\s+(?:of|at|from)\s+(?:the\s+)?$`, 'u');
/** A name right after a preposition ("president of Chapter & Verse, an agency, said") is not the subject. */
const AFTER_PREPOSITION = /\b(?:of|at|for|from|with|by|in|on|to|about|atop|near|into|onto|across|inside|outside|under|above|below|around|beside|behind|beyond)\s+$|(?:^|\s)(?:[Ff]ür|[Mm]it|[Bb]ei|[Vv]on|[Vv]om|[Aa]us|[Zz]um|[Zz]ur|[Üü]ber|[Uu]nter|[Gg]egen|[Oo]hne|[Dd]urch|[Ss]eit|[Ww]egen)\s+(?:(?:der|die|das|dem|den|des|einer|einem|eines|ein|eine)\s+)?$/u;
/**
 * A name that opens a clause of time, condition or reference ("…when Sondland told officials…", "before
 * Meadows announced", "for which Lee said…") is not the sentence's source ("as X noted" is: not here).
 */
const SUBORDINATE_BEFORE = /\b(?:when|whenever|before|after|until|since|while|once|because|if|unless|which|whom)\s+(?:the\s+)?$|\b(?:which|whom)\s+(?:the|its|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;
/**
 * "…, the health commission said, according to Reuters": someone said it; the publication after only reports
 * it. Not someone unnamed: in "…,” one Weibo commenter said, per Feng" Feng is the source.
 */
const SAID_CLAUSE_BEFORE = /(?:^|[,”"])\s*(?=\S)(?!(?:one|a|an|some|another|many|several)\s)[^,”"]{1,80}?\b(?:said|says|told\s+[\p{L}-]+|stated|added)\s*,\s*$/iu;
/** The opening of what someone says, before a name in it: "to claim that", "argued that". */
const INSIDE_REPORTED_CLAUSE = /\b(?:claim|claimed|claims|claiming|argue|argued|argues|arguing|say|said|says|saying|believe|believes|believed|insist|insisted|insists)\s+that\s+(?:the\s+)?$/;
/**
 * A sentence that opens on someone unnamed saying something: "The loggers claimed that …", "Two witnesses
 * said …". A name after it is inside what they say ("…Ramdehol allegedly told them…"), not the speaker.
 */
const OPENS_ON_UNNAMED_SAYING = /^(?:The|Two|Three|Four|Some|Several|Many|Both|Other)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:also\s+)?(?:claimed|claim|claims|said|say|says|alleged|allege|alleges|told\s+\p{Ll}+|believe|believed|insisted|argued|testified)\s+(?:that\s+)?\S/u;
/** What closes a sentence after "…, say": the one saying, unnamed or described ("say officials.", "said the company."), in lower case. */
const INVERTED_SUBJECT_AFTER = /^\s+(?!(?:in|on|at|to|during|after|before|for|with|from|by|that|when|while|of|as|last|this|yesterday|today|earlier|later|also|again|recently)\b)(?:the\s+|a\s+|an\s+|some\s+|local\s+)?\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,3}\s*[.!]?["”’]?\s*$/u;
/** German puts the subject after the verb there: "Das behindert die Energiewende, sagt die Branche." */
const GERMAN_SUBJECT_AFTER = /^\s+(?:der|die|das|ein|eine|dessen|deren)\s/;
/** A verb right after a name: the name is the subject of what was said ("said Hartley had…"). */
const REPORTED_CLAUSE_AFTER = /^\s+(?:had|has|have|was|were|is|are|would|could|will|should|did|does|do|must|may|might|can|wanted|wants|knew|knows)\b/;
const SUBORDINATE_OPENING = /^(?:When|Whenever|Before|After|Until|Since|While|Once|Because|If|Unless)\s/;
const APPOSITIVE_PREPOSITION = /^\s*(?:in|on|at|under|for|with|from|to|by|of|after|before|during|since|over|while|when|as)\s/;

/**
 * "The company said", "the governor told lawmakers", "His office said": a source the article named before,
 * referred to by what it is. The sourcing is named; the speaker is left out (which one is not sure).
 */
const DESCRIBED_SOURCE = new RegExp(String.raw`(?:^|[,;]\s*|\s)(?:(?:prosecutors|police|investigators)\s+(?:also\s+)?${SAY}\b|(?:a|an)\s+${upTo(2, String.raw`[\p{L}-]+\s+`, { lazy: true })}(?:spokesperson|spokesman|spokeswoman|representative)\b(?:\s+(?:who|for)\s[^.;]{0,80}?)?\s+${SAY}\b|(?:the|his|her|its|their|\p{Lu}[\p{L}.-]*['’]s)\s+${upTo(3, String.raw`[\p{L}.'’-]+\s+`, { lazy: true })}(?:military|army|navy|embassy|campaign|affidavit|letter|indictment|memo|utility|company|firm|exchange|bank|fund|startup|platform|project|automaker|carmaker|retailer|lender|insurer|airline|carrier|manufacturer|maker|operator|developer|publisher|broker|brokerage|chain|governor|mayor|senator|minister|mp|lawmaker|congressman|congresswoman|chancellor|secretary|chairman|chairwoman|judge|ambassador|envoy|prosecutor|attorney|lawyer|lawyers|founder|owner|director|agency|office|union|unions|department|ministry|regulator|commission|court|police|government|administration|group|spokesperson|spokesman|spokeswoman|ceo|president|report|study|survey|filing|statement|lawsuit|complaint)(?:\s+(?:to|in|at|for|of)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*${upTo(2, String.raw`\s+\p{Lu}[\p{L}.-]*`)})?(?:,\s+(?:which|who)\s[^,]{1,120},)?\s+${upTo(2, String.raw`also\s+|later\s+|then\s+|always\s+|has\s+|had\s+|\p{Ll}+ly\s+`)}${SAY}\b)`, 'iu');

/**
 * "The doctors said", "the real estate agent said", "The 56-year-old said": someone the article introduced before, referred back
 * to by what they are; its last word is the group (not a passive, a clause or a group the vague sources
 * name: "the students were told", "the number who said", "the experts said").
 */
const NOT_A_DEFINITE_SOURCE = `(?:who|that|which|were|was|are|is|been|be|have|has|had|experts|authorities|feds|researchers|scientists|analysts|observers|critics|source|sources|officials|${UNNAMED_PERSON_NOUNS.join('|')})`;
const DEFINITE_SOURCE = new RegExp(String.raw`(?:^|[,;”"]\s*)(?:the|The)\s+(?:(?!${NOT_A_DEFINITE_SOURCE}\s)\p{Ll}[\p{Ll}-]*\s+){0,2}?(?!${NOT_A_DEFINITE_SOURCE}\s)(\p{Ll}[\p{Ll}-]*|\d{1,3}-year-old)\s+(?:also\s+|later\s+)?${SAY}\b`, 'u');
/** A sentence opening on someone unnamed: "A doctor on the scene told…", "An official said…" (the words up to the first capital or verb). */
const UNNAMED_OPENING = /(?:^|[.!?]\s+)(?:A|An)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/gu;

/** Verbs of making something public, before "by" and its maker (MADE_PUBLIC_BY). */
const MADE_PUBLIC_VERBS = ['announced', 'identified', 'published', 'released', 'unveiled', 'presented', 'estimated', 'projected', 'compiled', 'commissioned', 'surveyed', 'polled', 'flagged', 'spotted', 'reported']; // "analysts polled by Reuters", "the hack, first flagged by ZachXBT"

/** The word a verb of several words cannot match without, an auxiliary aside ("is hoping" needs "hoping", which few sentences have). */
function gateWordOf(verb: string): string {
  const words = wordsOf(verb);
  return words.find((word) => !AUXILIARIES.has(word)) ?? words[0];
}
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * Every pattern above needs one of these words (a saying verb, a source noun, "according", a word of
 * vague sourcing): a sentence with none of them is read no further, which spares most sentences the
 * patterns' cost.
 */
const ATTRIBUTION_WORDS = new Set<string>([
  // (a source's verbs need a source noun too)
  ...[...SAYING_VERBS, ...STANCE_VERBS_AFTER_NAME].map(gateWordOf), ...SOURCE_NOUNS, ...GERMAN_SAYING_PARTICIPLES, ...MADE_PUBLIC_VERBS,
  ...GERMAN_REPORT_NOUNS.map((noun) => noun.toLowerCase()), // "nach vorläufigen Daten der Bundesagentur"
  'fügt', 'fügte', 'räumt', 'räumte', 'hebt', 'hob', 'führt', 'führte', // German sayings in two parts (GERMAN_SPLIT_SAYING)
  'sei', 'seien', 'habe', 'könne', 'werde', 'liege', 'lägen', 'müsse', 'solle', 'gebe', 'wolle', 'dürfe', 'stehe', 'gehe', 'komme', 'bleibe', 'angaben', // German indirect speech
  'announcement', 'post', 'tweet', // "an official announcement from the Ethereum Foundation" (DATA_FROM)
  'forecast', 'target', 'targets', 'outlook', 'guidance', 'rating', // "Standard Chartered raised its forecast" (NAME_REVISED_FORECAST)
  'ökonomen', 'volkswirte', 'forscher', 'wissenschaftler', 'strategen', // "Ökonomen des Ifo-Instituts erwarten" (GERMAN_SOURCE_OF)
  'according', 'per', 'laut', 'zufolge', 'source', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespersons', 'representative', 'representatives', 'sprecher', 'sprecherin',
  'records', 'managers', 'received', 'receiving', 'reports', 'academic', 'official', 'employee', 'person', 'resident', 'teacher', 'student', 'voter', 'witness', 'diplomat', 'lawmaker', 'operative', 'aide', 'adviser', 'advisor', 'called',
  'studies', 'evidence', 'expert', 'experts', 'observers', 'critics', 'sources', 'insiders', 'surveys', 'believed', 'rumored', 'rumoured', 'understood',
  'heisst', 'hiess', 'reportedly', 'allegedly', 'relative', 'relatives', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'witnesses', 'heißt', 'hieß', 'demnach', 'demzufolge', 'spekulationen', 'gerüchte', 'gerüchten', 'quelle', 'fachleute', 'informationen', 'brancheninformationen', 'researchers', 'scientists', 'economists',
  'familiar', 'close', 'concern', 'concerns', 'criticism', 'warning', 'warnings', 'doubt', 'doubts', 'viewed', 'seen', 'regarded', 'considered', 'thought',
  'reporting', // "health authorities are reporting" (VAGUE)
  'papers', 'documents', // "Court papers … showed" (VAGUE)
  'zeigen', 'zeigten', 'belegen', 'belegten', 'ergaben', // "Das zeigen Mietzahlungsdaten des …" (GERMAN_DATA_SHOW)
  'want', 'wanted', 'agree', 'agreed', 'worry', 'worried', 'contend', 'contended', // an unnamed group's stance (UNNAMED_GROUP_SAYS)
  'sagen', 'sagten', 'meinen', 'meinten', 'glauben', 'warnen', 'kritisieren', 'berichten', 'berichteten', 'suggest', 'suggested', 'insist', 'insisted', // unnamed groups: "sagen uns mehrere Anwälte", "Some members of Congress have suggested" (VAGUE)
  'believe', 'argue', 'claiming', 'saying', 'adding', 'noting', 'arguing', 'suggesting', 'warning', 'continued', 'read', 'reads', 'recalled', 'testified', 'prosecutors', 'police', 'investigators', 'fear', 'feared', 'pointed', 'experten', 'analysten', 'beobachter', 'insider', 'berichten', 'medienberichten', 'schätzungen', 'schätzungsweise', 'gilt', 'erwartet',
]);

/** Someone the sentence leaves unnamed, one of a group: "einer der beiden", "one of them". */
const UNNAMED_ONE = /\b(?:[Ee]iner|[Ee]ine)\s+(?:der beiden|von beiden|von ihnen)\b|\b[Oo]ne of (?:them|the two)\b/;

/** Who the sentence attributes its content to, and how it is sourced. */
export function attribute(sentence: string, context: SpeakerContext): Attribution {
  const words = wordsOf(sentence);
  const german = context.german && (words.some((word) => GERMAN_SO_WORDS.includes(word) || GERMAN_INTENTION.has(word)) || GERMAN_COMPOUND_REPORT_HINT.test(sentence) || GERMAN_CIRCLES.test(sentence));
  if (!german && !words.some((word) => ATTRIBUTION_WORDS.has(word)) && !(sentence.includes('(') && CITES.test(sentence)) && !(sentence.includes(':') && COLON_QUOTE.test(sentence))) return { sourcing: 'none' };
  // "berichtet ein Teilnehmer": someone unnamed, before any name the sentence holds ("Ein Macron-Berater sagt")
  if (context.german && GERMAN_UNNAMED_SOURCE.test(sentence) && !GERMAN_DESCRIBED_SOURCE.test(sentence)) return { sourcing: 'vague' };
  const named = namedSource(sentence, words, context);
  if (named === true) return { sourcing: 'named' };
  if (named) {
    context.named(named);
    return { speaker: named, sourcing: 'named' };
  }
  const pronoun = PRONOUN_SAYS.exec(sentence) ?? (context.german ? PRONOUN_SAYS_DE.exec(sentence) : null);
  if (pronoun) {
    // "Und einer der beiden nimmt … auseinander, sagt er": the pronoun is someone the sentence leaves unnamed.
    if (UNNAMED_ONE.test(sentence.slice(0, pronoun.index))) return { sourcing: 'vague' };
    // "When Afghan President Ashraf Ghani announced the exchange, he said…": the name in the sentence first.
    const named = nameBefore(sentence.slice(0, pronoun.index), context) ?? context.recentlyNamed();
    if (named) {
      context.named(named);
      return { speaker: named, sourcing: 'named' };
    }
    // "he said" credits someone the article named, even when which one is not sure enough to show.
    return { sourcing: 'named', person: true };
  }
  // (the two source patterns that need a saying verb, and the German one its verbs, only where the sentence has one)
  const saying = words.some((word) => SAYING_WORD_SET.has(word));
  if ((saying && (DESCRIBED_SOURCE.test(sentence) || definiteSource(sentence, context))) || (words.some((word) => GERMAN_DESCRIBED_WORDS.has(word)) && GERMAN_DESCRIBED_SOURCE.test(sentence)) || GERMAN_BY_ACCOUNT_OF.test(sentence) || (context.german && GERMAN_ACCORDING_TO_DESCRIBED.test(sentence)) || OTHER_PRONOUN_SAYS.test(sentence) || SUBJECT_DID_SAYING.test(sentence) || PRONOUN_STANCE.test(sentence) || DOCUMENT_READS.test(sentence)) return { sourcing: 'named' };
  if (context.german && (GERMAN_REFERS_BACK.test(sentence) || GERMAN_AS_DESCRIBED_SAID.test(sentence))) return { sourcing: 'named' };
  if (THE_STUDY_TEAM.test(sentence)) return { sourcing: 'named' };
  if (VAGUE.some(({ pattern, needs, german }) => (!german || context.german) && (!needs || needs.some((word) => words.includes(word))) && pattern.test(sentence))) return { sourcing: 'vague' };
  if (unnamedGroupSays(sentence, context)) return { sourcing: 'vague' };
  if (ACCORDING_TO_DESCRIBED.test(sentence) || OWN_STATEMENTS.test(sentence)) return { sourcing: 'named' };
  if (context.german && INDIRECT_SPEECH_DE.test(sentence)) return { sourcing: 'named' };
  return { sourcing: 'none' };
}

/** Words that open no group of people: questions, conjunctions, pronouns, auxiliaries, prepositions ("How can universities say…"), and those that point back to people named ("Both men claimed…"). */
const NOT_GROUP_WORDS = ['both', 'all', 'the', 'a', 'an', 'have', 'has', 'had', 'since', 'also', 'long', 'now', 'still', 'how', 'what', 'why', 'when', 'where', 'who', 'whom', 'whose', 'which', 'if', 'as', 'so', 'but', 'and', 'yet', 'then', 'there', 'these', 'those', 'they', 'we', 'it', 'this', 'that', 'such', 'their', 'our', 'his', 'her', 'its', 'my', 'your', 'can', 'will', 'would', 'could', 'should', 'do', 'did', 'does', 'may', 'might', 'must', 'to', 'of', 'in', 'on', 'at', 'for', 'with'];
const NOT_A_GROUP_WORD = String.raw`(?:${[...NOT_GROUP_WORDS, ...NOT_GROUP_WORDS.map((word) => word[0].toUpperCase() + word.slice(1))].join('|')})\b`;
/**
 * A sentence opening on a group by what its people are, with no article and no name: "Protesters believe…",
 * "Prison union representatives have long warned…", "Industry executives believe…". Its first word is
 * capitalised only for opening the sentence when the article never capitalises it elsewhere ("Democrats
 * say" names a party).
 */
const UNNAMED_GROUP_SAYS = new RegExp(String.raw`^(?:(?:Some|Many|Most|Other|Several|Few|Two|Three|Four|Five|Dozens of|Hundreds of|Thousands of)\s+)?(?!${NOT_A_GROUP_WORD})(\p{L}\p{Ll}+)(${upTo(2, String.raw`\s+(?!${NOT_A_GROUP_WORD})\p{Ll}[\p{Ll}-]*`)})\s+${upTo(3, String.raw`(?:have|had|also|long|now|still|since)\s+`)}(?:${SAY}|believe|believed|fear|feared|worry|worried|agree|agreed|contend|contended|want|wanted)\b`, 'u');
function unnamedGroupSays(sentence: string, context: SpeakerContext): boolean {
  const m = UNNAMED_GROUP_SAYS.exec(sentence);
  if (!m) return false;
  const head = m[2].trim().split(/\s+/).pop();
  // a group named by a common noun ("Health bosses", "Prison union representatives"), or by one word the article never capitalises mid-sentence ("Protesters", not "Democrats")
  return head ? PLURAL_PEOPLE.test(head) : PLURAL_PEOPLE.test(m[1]) && !context.names.capitalisedMidSentence(m[1]);
}
/** A plural of people: "protesters", "representatives", "executives", "economists", "relatives", "authorities", "attorneys", "bosses", "businesses". */
const PLURAL_PEOPLE = /(?:ers|ors|ists|ants|ents|ians|ives|ies|ees|eys|sses|nesses|men|people)$/;

/**
 * The team of the study an article reports on, referred back to: "The researchers note that…", "…, the
 * authors said.", "As the authors explain, …" (named: the article names them or their paper; "researchers
 * say" without the article is VAGUE).
 */
const THE_STUDY_TEAM = /(?:^|[,;”"]\s*|\b[Aa]s\s+)[Tt]he\s+(?:study\s+)?(?:researchers|authors|scientists|team)\s+(?:also\s+)?(?:said|say|says|note|noted|notes|believe|believes|wrote|write|writes|explain|explained|explains|argue|argued|think|thinks|suggest|suggested|conclude|concluded)\b/;

/** A definite description saying something, of someone the article did not open on unnamed. */
function definiteSource(sentence: string, context: SpeakerContext): boolean {
  const m = DEFINITE_SOURCE.exec(sentence);
  return !!m && !context.introducedUnnamed(m[1]);
}

/** German "laut einer umfangreichen Studie der University of Oxford", "nach Angaben des Statistischen Bundesamts": a report and who made it. */
const GERMAN_REPORT_OF = new RegExp(String.raw`\b(?:[Nn]ach|[Ll]aut)\s+(?:(?:einer|einem|eines|der|dem|den|\p{Ll}+(?:en|er|em|es))\s+){0,3}(?:${GERMAN_REPORT_NOUNS.join('|')})\s+(?:der|des|von|vom|aus)\s+[„"“]?(${NAME})`, 'gu');

/** German "nach NDR-Recherchen", "laut Verdi-Angaben": the one whose research or account it is, in the compound. */
const REPORT_COMPOUND_TAIL = String.raw`-(?:Recherchen|Angaben|Informationen|Berechnungen|Daten|Zahlen|Schätzungen|Analysen|Berichten)\b`;
const GERMAN_COMPOUND_REPORT = new RegExp(String.raw`\b(?:[Nn]ach|[Ll]aut)\s+([\p{Lu}][\p{L}\d&]*)${REPORT_COMPOUND_TAIL}`, 'gu');

/**
 * German intentions of a company or person, named before the verb or right after it (the verb second):
 * "Zwischen den Städten plant die Bahn …", "Covestro plant …". The plan is sourced to them, but they do not
 * say it there, so no speaker is shown. Only in German: English "will" is the future.
 */
const GERMAN_INTENTION_VERBS = ['plant', 'planen', 'sieht', 'rechnet', 'rechnen']; // "rechnet Lyft mit einem Umsatzplus": the verb before its subject
const GERMAN_INTENTION = new Set(GERMAN_INTENTION_VERBS);
const GERMAN_NAME_WANTS = new RegExp(String.raw`(${NAME})${SHORT_FORM_AFTER}\s+(?:${GERMAN_INTENTION_VERBS.join('|')})\b|^[^,.;:]{0,40}?\s(?:${GERMAN_INTENTION_VERBS.join('|')})\s+(${NAME})`, 'gu');

/**
 * "in Konzernkreisen", "aus Regierungskreisen": sources by their circle (German). A word ending so: the
 * word's start is not looked for (a leading \p{L}* made the test try every letter of the sentence).
 */
const GERMAN_CIRCLES = /[Kk]reisen\b/;
const GERMAN_COMPOUND_REPORT_HINT = new RegExp(REPORT_COMPOUND_TAIL, 'u');

/** "A spokesperson for ALT5 Sigma stated": the organisation the spokesperson speaks for. */
const SPOKESPERSON_FOR = new RegExp(String.raw`(?<!,\s)\b(?:[Aa]n?|[Tt]he)\s+(?:spokesperson|spokesman|spokeswoman|representative)\s+(?:for|of|at)\s+(?:the\s+)?(${NAME})(?:,[^,“”"]{1,80},)?\s+(?:also\s+)?${SAY}`, 'gu');

/** "…fell to 40% in the latest Gallup survey", "in a new Pew Research Center report": the maker of the poll or report a figure comes from. */
const IN_NAMED_REPORT = new RegExp(String.raw`\b(?:in|by)\s+(?:the|a|an|its|their)\s+(?:(?:latest|new|recent|annual|quarterly|monthly|weekly|fresh|separate)\s+)?(${NAME})\s+(?:poll|survey|report|study|analysis|index|data)\b`, 'gu');

/** "Standard Chartered raised its forecast to $200,000", "Goldman cut its price target": a forecast of the one that made it. */
const NAME_REVISED_FORECAST = new RegExp(String.raw`(${NAME})\s+(?:has\s+|have\s+)?(?:raised|lowered|cut|lifted|boosted|reiterated|maintained|revised|trimmed|hiked|upgraded|downgraded)\s+(?:its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:forecast|forecasts|target|targets|estimate|estimates|outlook|projection|projections|guidance|rating)\b`, 'gu');

/** "Analysts at JPMorgan expect…", "economists from Goldman Sachs said": people of an organisation, who speak for its desk. */
const SOURCE_AT = new RegExp(String.raw`\b(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ss]cientists|[Ee]xperts)\s+(?:at|from|with)\s+(?:the\s+)?(${NAME})(?:,[^,“”"]{1,80},)?\s+(?:also\s+|now\s+)?(?:have\s+|had\s+)?(?:${[...SOURCE_VERBS, ...SAYING_VERBS].join('|')})\b`, 'gu');

/** "the Electoral Commission, which regulates…, issued a statement warning…", "with Israel saying…": the one stating. */
const NAME_STATES = new RegExp(String.raw`(${NAME})(?:,[^,“”"]{1,80},)?\s+(?:issued|released|put out|published)\s+a\s+statement\b|\bwith\s+(?:the\s+)?(${NAME})\s+(?:saying|arguing|claiming|warning|insisting|suggesting|noting|adding)\b`, 'gu');

/** A citation in brackets, as reports and science news write them: "(Copernicus Climate Change Service, 2023)". */
const CITATION = new RegExp(String.raw`\((${NAME}),\s+(?:19|20)\d\d[a-z]?\)`, 'gu');
const CITES = /\([^()]{2,80},\s+(?:19|20)\d\d[a-z]?\)/;
/** Not an author or a body in a citation: a month ("(Nov, 2008)", "Statistik von März"), a country's code ("(U.K., 2018)"). */
const NOT_CITED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b|^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;

/** "identified by MOTIE", "announced by president Moon Jae-in": the one who made it public. */
const MADE_PUBLIC_BY = new RegExp(String.raw`\b(?:${MADE_PUBLIC_VERBS.join('|')})\s+by\s+(?:the\s+)?(?:${LOWER_CASE_ROLES}\s+)?(${NAME})`, 'gu');
/** German perfect: "Habeck hat bereits vor Monaten einen … Brückenstrompreis vorgeschlagen" (the name opens the sentence). */
const GERMAN_NAME_HAS_SAID = new RegExp(String.raw`(?:^(?:(?:Der|Die|Das)\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}?(${NAME})\s+(?:hat|haben|hatte|hatten)|^[^,.;:]{0,60}?\s(?:hat|haben|hatte|hatten)\s+(?:der\s+|die\s+)?(${NAME}))\s[^.;:]{0,160}?\b(?:${GERMAN_SAYING_PARTICIPLES.join('|')})\b`, 'gu');

/** The patterns in order of how surely they name the one saying. */
const SOURCE_PATTERNS = [NAME_COLON_QUOTE, SAID_NAME, GERMAN_SPLIT_SAYING, QUOTE_SAID_DESCRIBED, ACCORDING_TO, GERMAN_REPORT_OF, GERMAN_COMPOUND_REPORT, GERMAN_ZUFOLGE, DOMAIN_SOURCE, SPOKESPERSON, SPOKESPERSON_FOR, SOURCE_AT, GERMAN_SOURCE_OF, GERMAN_DATA_OF, GERMAN_DATA_SHOW, SOURCE_SAYS, IN_NAMED_REPORT, NAME_REVISED_FORECAST, NAME_SAID, NAME_STATES, NAME_DID_SAYING, DATA_FROM, PUBLISHED_IN, MADE_PUBLIC_BY, GERMAN_NAME_HAS_SAID, GERMAN_NAME_WANTS, CITATION];
/** The words each pattern cannot match without: a sentence holding none of them skips the pattern. */
const SAYING_WORDS = [...SAYING_VERBS, ...STANCE_VERBS_AFTER_NAME].map(gateWordOf);
/** The same as a set: DESCRIBED_SOURCE and DEFINITE_SOURCE (whose verbs are SAY) need one. */
const SAYING_WORD_SET = new Set(SAYING_WORDS);
const NEEDS = new Map<RegExp, readonly string[]>([
  [SAID_NAME, SAYING_WORDS],
  [QUOTE_SAID_DESCRIBED, ['said', 'says', 'added']],
  [ACCORDING_TO, ['according', 'per', 'laut', 'zufolge', 'source']],
  [GERMAN_REPORT_OF, ['laut', 'nach']],
  [GERMAN_COMPOUND_REPORT, ['laut', 'nach']],
  [GERMAN_ZUFOLGE, ['zufolge']],
  [GERMAN_SPLIT_SAYING, GERMAN_SPLIT_SAYING_PARTS],
  [DOMAIN_SOURCE, ['according', 'laut', 'per']],
  [CITATION, []],
  [SPOKESPERSON_FOR, ['spokesperson', 'spokesman', 'spokeswoman', 'representative']],
  [NAME_STATES, ['statement', 'saying', 'arguing', 'claiming', 'warning', 'insisting', 'suggesting', 'noting', 'adding']],
  [GERMAN_NAME_WANTS, GERMAN_INTENTION_VERBS],
  [SPOKESPERSON, ['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'spokespersons', 'representatives', 'journalist', 'journalists', 'reporter', 'reporters', 'correspondent', 'correspondents', 'sprecher', 'sprecherin']],
  [SOURCE_AT, ['analysts', 'economists', 'strategists', 'researchers', 'scientists', 'experts']],
  [GERMAN_SOURCE_OF, ['analysten', 'ökonomen', 'volkswirte', 'experten', 'forscher', 'wissenschaftler', 'strategen']],
  [GERMAN_DATA_OF, ['daten', 'zahlen', 'berechnungen', 'erhebungen', 'statistiken', 'analysen']],
  [GERMAN_DATA_SHOW, ['zeigen', 'zeigten', 'belegen', 'belegten', 'ergeben', 'ergaben']],
  [SOURCE_SAYS, SOURCE_NOUNS],
  [IN_NAMED_REPORT, ['poll', 'survey', 'report', 'study', 'analysis', 'index', 'data']],
  [NAME_REVISED_FORECAST, ['forecast', 'forecasts', 'target', 'targets', 'estimate', 'estimates', 'outlook', 'projection', 'projections', 'guidance', 'rating']],
  [NAME_SAID, SAYING_WORDS],
  [NAME_DID_SAYING, ['saying', 'adding', 'noting', 'arguing', 'warning', 'claiming']],
  [DATA_FROM, ['data', 'figures', 'research', 'report', 'study', 'survey', 'paper', 'estimates', 'announcement', 'statement', 'post', 'tweet', 'release']],
  [MADE_PUBLIC_BY, MADE_PUBLIC_VERBS],
  [PUBLISHED_IN, ['published', 'released']],
  [GERMAN_NAME_HAS_SAID, GERMAN_SAYING_PARTICIPLES],
]);
/** Each pattern's bit, and for each word the bits of the patterns that need it (NEEDS, read once a sentence). */
const PATTERN_BIT = new Map(SOURCE_PATTERNS.map((pattern, i) => [pattern, 1 << i]));
const PATTERNS_NEEDING = new Map<string, number>();
for (const [pattern, needed] of NEEDS) for (const word of needed) PATTERNS_NEEDING.set(word, (PATTERNS_NEEDING.get(word) ?? 0) | PATTERN_BIT.get(pattern)!);

/**
 * Patterns whose construction marks the name as a source ("according to X", "X analysts expect"). A single
 * word before "said" is not enough on its own ("Hege said" is shown when the article names Hege again).
 */
const AS_SOURCE = new Set([ACCORDING_TO, GERMAN_REPORT_OF, GERMAN_COMPOUND_REPORT, GERMAN_ZUFOLGE, DOMAIN_SOURCE, CITATION, SPOKESPERSON, SPOKESPERSON_FOR, SOURCE_AT, GERMAN_SOURCE_OF, GERMAN_DATA_OF, GERMAN_DATA_SHOW, SOURCE_SAYS, IN_NAMED_REPORT, NAME_REVISED_FORECAST, DATA_FROM, PUBLISHED_IN, MADE_PUBLIC_BY]);

/** The speaker a sentence names, or `true` when it names a source whose name is too unsure to show. */
function namedSource(sentence: string, words: readonly string[], context: SpeakerContext): string | true | undefined {
  // which patterns the sentence holds a needed word of, in one pass over its words
  let open = 0;
  for (const word of words) open |= PATTERNS_NEEDING.get(word) ?? 0;
  const quotations = quotationSpans(sentence);
  const last = ENDS_WITH_SAID.exec(sentence);
  const lastName = last && cleanName(last[1]);
  const closingOutside = !!lastName && !isInside(quotations, last.index + last[0].lastIndexOf(last[1]));
  const closing = closingOutside && context.resolve(lastName);
  if (closing) return closing;
  // "…," Menear continued.: a name closing the sentence as the one saying is a source, shown or not.
  let unsure = closingOutside && !NOBODY.has(lastName.toLowerCase()) && !context.names.isPlace(lastName);
  const closedBy = !closingOutside ? QUOTE_CLOSED_BY.exec(sentence) : null;
  const closedByName = closedBy && cleanName(closedBy[1]);
  if (closedByName) {
    const speaker = context.resolve(closedByName);
    if (speaker) return speaker;
    if (!NOBODY.has(closedByName.toLowerCase()) && !context.names.isPlace(closedByName)) unsure = true;
  }
  const so = context.german ? GERMAN_SO_NAME.exec(sentence) : null;
  const soName = so && cleanName(so[1]);
  if (soName) return context.resolve(soName) ?? true;
  for (const pattern of SOURCE_PATTERNS) {
    if (pattern === CITATION ? !sentence.includes('(') || !CITES.test(sentence) : pattern === NAME_COLON_QUOTE ? !COLON_QUOTE.test(sentence) : !(open & PATTERN_BIT.get(pattern)!)) continue;
    for (const m of sentence.matchAll(pattern)) {
      // An appositive that is a role ("…, Deutschland-Chef von Flixbus, fordert") describes the name before it.
      const appositive = pattern === NAME_SAID && m[2] && WHOLE_NAME.test(m[2]) && !isRoleWord(m[2].trim().split(/\s+/)[0]);
      if (pattern === CITATION && NOT_CITED.test(m[1])) continue;
      if ((pattern === GERMAN_ZUFOLGE || pattern === GERMAN_SPLIT_SAYING) && !context.german) continue;
      // a web address is a name by its form (its words are written in lower case): a source unless it is the site's own
      if (pattern === DOMAIN_SOURCE) {
        if (!context.names.isSite(m[1]) && !isInside(quotations, m.index)) return m[1];
        continue;
      }
      if (pattern === GERMAN_NAME_WANTS) {
        const name = context.german && cleanName(m[1] ?? m[2]);
        if (name && context.resolve(name, { asSource: true })) unsure = true;
        continue;
      }
      const found = appositive || ((pattern === SAID_NAME || pattern === GERMAN_NAME_HAS_SAID || pattern === ACCORDING_TO || pattern === NAME_STATES) && m[2]) ? m[2] : m[1];
      const at = m.index + m[0].indexOf(found);
      // "On-chain data shows": a word capitalised for opening the sentence, its tail in lower case, is no name
      if (at === 0 && SENTENCE_CAPITAL_COMPOUND.test(found.trim())) continue;
      // Names inside a quotation are the quoted person's words ("“Ambassador Sondland replied…”").
      if (isInside(quotations, at) && !quotesOnlyAName(quotations, at, found.length)) continue;
      if (pattern === ACCORDING_TO && context.german && /^per\s/i.test(m[0])) continue;
      if (pattern === ACCORDING_TO) {
        const after = sentence.slice(at + found.length);
        // "according to a Taliban representative": someone of the body, unnamed (VAGUE), not the body
        if (INDEFINITE_BEFORE.test(sentence.slice(0, at)) && UNNAMED_MEMBER_AFTER.test(after)) continue;
        // "according to a new CBS News Battleground Tracker poll": which words name the maker, not sure
        if (REPORT_AFTER.test(after) && longName(found)) {
          unsure = true;
          continue;
        }
        // "laut der Ankündigung von X": the report, not a name (GERMAN_REPORT_OF reads who made it)
        if (GERMAN_REPORT_NOUN_SET.has(found.trim().split(/\s+/)[0])) continue;
        // "according to NPR’s Feng, Li Jifeng, a doctor at …, wrote": the one writing is the speaker
        if (namedSayerBefore(after, quotationSpans(after), context)) continue;
        // "…," he said, according to the Intelligencer: the one saying is the speaker, the publication only reports it.
        // ("…," one Weibo commenter said, per Feng: nobody named says it, Feng is the source.)
        const before = sentence.slice(0, m.index);
        const pronoun = PRONOUN_SAYS.exec(before);
        if (pronoun && !isInside(quotations, pronoun.index)) return nameBefore(sentence.slice(0, pronoun.index), context) ?? context.recentlyNamed() ?? true;
        if (namedSayerBefore(before, quotations, context) || SAID_CLAUSE_BEFORE.test(before)) continue;
      }
      if (pattern === PUBLISHED_IN && /\b[Ii]n\s+(?:their|the|a|its|his|her)\s+$/.test(sentence.slice(0, m.index))) continue;
      if (pattern === IN_NAMED_REPORT && longName(found)) {
        unsure = true;
        continue;
      }
      if (pattern === NAME_SAID && !appositive) {
        // "Dr. Joneigh Khaldun of the Michigan Department of … says": the person of the body says it
        const member = PERSON_OF_BEFORE.exec(sentence.slice(0, at));
        const person = member && !isInside(quotations, member.index) && cleanName(member[1]);
        const speaker = person && !isOrganisation(person) ? context.resolve(person) : undefined;
        if (speaker) return speaker;
      }
      if (pattern === NAME_SAID && !appositive && AFTER_PREPOSITION.test(sentence.slice(0, at))) continue;
      // "…allowed Mosseri to claim that Instagram wants…": a name inside what someone says is no speaker of the sentence
      if (pattern === NAME_SAID && !appositive && (INSIDE_REPORTED_CLAUSE.test(sentence.slice(0, at)) || OPENS_ON_UNNAMED_SAYING.test(sentence.slice(0, at)))) {
        unsure = true;
        continue;
      }
      // German capitalises nouns: in "Die Betreiber privater Bahnen fürchten" the word after an inflected adjective is no name.
      if (context.german && pattern === NAME_SAID && !/\s/.test(found.trim()) && GERMAN_ADJECTIVE_BEFORE.test(sentence.slice(0, at))) continue;
      // In a clause of time or reference the name is no sure speaker; what it says may still be the source ("after Bloomberg reported…").
      if (pattern === NAME_SAID && !appositive && (SUBORDINATE_BEFORE.test(sentence.slice(0, at)) || SUBORDINATE_OPENING.test(found))) {
        unsure = true;
        continue;
      }
      // "Vindman reported to him" (to whom one answers), "Biden has maintained a polling lead" (kept a thing): no saying.
      if (pattern === NAME_SAID && NOT_SAYING_AFTER.test(sentence.slice(m.index + m[0].length)) && /(?:reported|maintained|maintains)$/.test(m[0])) continue;
      // German "Geyer fordert ihn auf, …" (auffordern: asks someone to do something) says nothing.
      if (pattern === NAME_SAID && context.german && /(?:fordert|forderte)$/.test(m[0]) && GERMAN_ASKS_TO.test(sentence.slice(m.index + m[0].length))) continue;
      // "…, said Velázquez's reversal hurt her": a possessive after "said" begins what was said.
      if (pattern === SAID_NAME && !m[2] && /[’']s$/.test(m[1])) continue;
      // "…“, sagt Halas‘ Kollege Peter Nordlander": the name is whose colleague speaks, not the one speaking.
      if (pattern === SAID_NAME && !m[2] && /^[’‘']\s/.test(sentence.slice(m.index + m[0].length))) {
        unsure = true;
        continue;
      }
      // "…the disease dubbed the Black Death, say officials.": after a comma, the verb's subject follows it, closing the sentence.
      if (pattern === NAME_SAID && /^,\s+\p{L}+$/u.test(m[0].slice(m[1].length)) && (INVERTED_SUBJECT_AFTER.test(sentence.slice(m.index + m[0].length)) || (context.german && GERMAN_SUBJECT_AFTER.test(sentence.slice(m.index + m[0].length))))) continue;
      // "Michael Fitton, defending, said Hartley had 20 years of experience": a name a verb follows after "said" begins what was said.
      if (pattern === SAID_NAME && REPORTED_CLAUSE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      // An appositive that opens with a preposition is no appositive: "…to the Gold Standard, under questioning X, …".
      if (pattern === NAME_SAID && m[2] && !appositive && APPOSITIVE_PREPOSITION.test(m[2])) continue;
      const cleaned = cleanName(found);
      // "nach Informationen des Handelsblatts": the name as it is written on its own (Handelsblatt)
      const name = cleaned && GERMAN_OF_PATTERNS.has(pattern) ? germanNominative(cleaned, sentence.slice(0, at)) : cleaned;
      const speaker = name && context.resolve(name, { asSource: AS_SOURCE.has(pattern) });
      // "Audi has revealed the second production model", "Bennett posted photos of herself": a thing made public
      // is mostly what the name did, not words of theirs; the source is named ("Coinbase announced the
      // launch of…"), the speaker not sure enough to show.
      if (speaker && pattern === NAME_SAID && ACT_OF_MAKING_PUBLIC.test(m[0]) && THING_AFTER.test(sentence.slice(m.index + m[0].length))) {
        unsure = true;
        continue;
      }
      if (speaker) return speaker;
      // A single word used once as a name ("Valve announced"), or a country ("Poland also reported"): a
      // named source, though no speaker to show.
      if (name && (pattern === NAME_SAID || pattern === NAME_STATES) && (context.names.namesASource(name) || context.names.isPlace(name))) unsure = true;
      // "Figures from Louisiana…", "according to Japan": a government's data or word, named, with no speaker to show.
      // ("US officials said": people of a country, unnamed, are a vague source)
      if (name && AS_SOURCE.has(pattern) && (context.names.isPlace(name) || isOrganisationNoun(name)) && !(context.names.isPlace(name) && PEOPLE_AFTER.test(sentence.slice(at + found.length)))) unsure = true;
    }
  }
  return unsure || undefined;
}

/** "On-chain", "Third-party", "Real-time": a compound of common words, capitalised only at the start of a sentence. */
const SENTENCE_CAPITAL_COMPOUND = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;

/** After a place: people of it ("US officials", "Chinese researchers"), none of them named. */
const PEOPLE_AFTER = /^[’']?s?\s+(?:officials|executives|researchers|scientists|economists|analysts|experts|diplomats|lawmakers|authorities|sources)\b/;

/** A German genitive article right before a name: "des Handelsblatts", "eines „Spiegels“". */
const GENITIVE_ARTICLE_BEFORE = /\b(?:des|eines)\s+[„"“]?$/;
/** A German feminine article of the genitive or dative right before a name: "der Deutschen Bank". */
const FEMININE_ARTICLE_BEFORE = /\b(?:der|einer)\s+[„"“]?$/;
/** The German patterns whose name follows an article of the genitive or dative. */
const GERMAN_OF_PATTERNS = new Set<RegExp>([GERMAN_REPORT_OF, GERMAN_SOURCE_OF, GERMAN_DATA_OF, GERMAN_DATA_SHOW]);

/**
 * A German name after "des" or "der", as written on its own: "des Handelsblatts" → Handelsblatt, "der
 * Deutschen Bank" → Deutsche Bank (the adjective of a feminine name without its "-n").
 */
function germanNominative(name: string, before: string): string {
  if (GENITIVE_ARTICLE_BEFORE.test(before)) return withoutGenitive(name);
  if (!FEMININE_ARTICLE_BEFORE.test(before)) return name;
  const words = name.split(/\s+/);
  return words.map((word, i) => (i < words.length - 1 && /^\p{Lu}\p{Ll}+en$/u.test(word) && /^\p{Lu}/u.test(words[i + 1]) ? word.slice(0, -1) : word)).join(' ');
}

/**
 * A German name in the genitive, as written on its own: "Handelsblatts" → "Handelsblatt", "Bundesamtes für
 * Wirtschaft" → "Bundesamt für Wirtschaft", "Ifo-Instituts" → "Ifo-Institut". The noun that takes the
 * ending is the first word before "für", "der", "von" or "of", else the last; an ending after a capital
 * ("BVS") or a double "s" is the name's own.
 */
function withoutGenitive(name: string): string {
  const words = name.split(/\s+/);
  const joiner = words.findIndex((word, i) => i > 0 && /^(?:für|der|von|of)$/.test(word));
  const head = joiner > 0 ? joiner - 1 : words.length - 1;
  words[head] = words[head].replace(/(?<=\p{Ll}s)es$|(?<=\p{Ll}[^aeiouäöüs\P{Ll}])es$|(?<=\p{Ll}[^s])s$/u, '');
  return words.join(' ');
}

/** Before a name: an indefinite article ("according to a Taliban representative"). */
const INDEFINITE_BEFORE = /\b(?:a|an|one|ein|eine|einem|einer)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** After a name: someone of it left unnamed ("… representative", "… official"). */
const UNNAMED_MEMBER_AFTER = /^[’']?s?\s+(?:representative|spokesperson|spokesman|spokeswoman|official|aide|insider|employee|source|member|staffer)s?\b/i;
/** After a name: what it made ("… poll", "… survey"). */
const REPORT_AFTER = /^\s+(?:poll|survey|study|report|analysis|index|tracker|data)\b/i;
const GERMAN_REPORT_NOUN_SET = new Set<string>([...GERMAN_REPORT_NOUNS]);
/** Three words or more before a poll or report: its maker and its title, where the one ends is not sure. */
const longName = (name: string) => name.trim().split(/\s+/).length >= 3;

/** Whether a name the article knows says something, outside quotations, in `before` ("As … Dr. Sanjay Gupta noted at the time, …"). */
function namedSayerBefore(before: string, quotations: [number, number][], context: SpeakerContext): boolean {
  for (const m of before.matchAll(NAME_SAID)) {
    if (isInside(quotations, m.index)) continue;
    const name = cleanName(m[1]);
    if (name && context.resolve(name)) return true;
  }
  return false;
}

/**
 * The person the clause before a pronoun is about: a name of two or more words outside any quotation,
 * doing something ("When Afghan President Ashraf Ghani first announced the exchange, he said…").
 */
function nameBefore(text: string, context: SpeakerContext): string | undefined {
  const quotations = quotationSpans(text);
  const runs = [...text.matchAll(SUBJECT_RUN)].reverse();
  for (const m of runs) {
    if (isInside(quotations, m.index)) continue;
    const name = cleanName(m[1]);
    const speaker = name && context.resolve(name);
    if (speaker && speaker.includes(' ')) return speaker;
  }
  return undefined;
}
/** A name followed by a verb in the past or the present (with an adverb between at most). */
const SUBJECT_RUN = new RegExp(String.raw`(${NAME})\s+(?:[\p{Ll}]+ly\s+|first\s+|also\s+|then\s+)?(?:[\p{Ll}]+ed|${SAY})\b`, 'gu');
