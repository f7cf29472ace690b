// Is a sentence a check-worthy claim, and of which type: quote, prediction, legal, causal, quantity,
// event (the first that applies, in that order — see docs/claims-labelling.md).
import type { NumberMention } from './numbers.ts';
import { piecesBetweenSpaces } from '../text.ts';
import { upTo } from './escape-regexp.ts';
import { inOpenQuotation, OPENS_QUOTATION, QUOTATIONS } from './quotation-marks.ts';
import { CAUSAL_CUES, EVENT_VERBS, GERMAN_NAMED, GERMAN_NOT_A_STATEMENT, GERMAN_STATEMENT_MIN_WORDS, LEGAL_LOOKALIKES, LEGAL_TERMS, NORMATIVE_CUES, REPORTED_FUTURE_CUES, NOT_A_CLAIM_STARTS, ANY_NOTICE, GATED_NOTICES, OPINION_STARTS, PAST_FORECAST_CUES, PhraseIndex, PREDICTION_CUES, startsWith, wordsOf } from './claim-words.ts';

export type ClaimType = 'quantity' | 'event' | 'quote' | 'prediction' | 'causal' | 'legal';

export interface SentenceFeatures {
  text: string;
  numbers: NumberMention[];
  assets: string[];
  speaker?: string;
  /** Credited to a named source, shown as the speaker or not sure enough to show ("the company said"). */
  named?: boolean;
  /** Spoken in a transcript turn. */
  spoken: boolean;
  vague: boolean;
  /** The article is in German (see germanStatement). */
  german?: boolean;
  /** Inside a quotation that runs over several sentences: the quoted person's words, with or without marks of its own. */
  quoted?: boolean;
}

const QUOTED = /["“„«][^"”“»]{12,}["”“»]/;
/** Any words in double quotation marks. */
const QUOTED_WORDS = /["“„«][^"”“»]{3,}["”“»]/;

/**
 * Someone's words quoted in a sentence that credits no one: a quotation that opens it or runs over from
 * the sentence before, a phrase of at least MIN_QUOTED_WORDS words, or any phrase where unnamed people
 * say it ("analysts called it the “end of an era”"). A short term in quotation marks ("“tokenization”")
 * is a scare quote, and a title ("“The Irishman”") the name of a work.
 */
const MIN_QUOTED_WORDS = 4;
export function quotesSpeech(text: string, vague: boolean): boolean {
  if (OPENS_QUOTATION.test(text) || inOpenQuotation(text)) return true;
  for (const m of text.matchAll(QUOTATIONS)) {
    const words = m[1].trim().split(/\s+/);
    if (!isTitle(words) && (vague || words.length >= MIN_QUOTED_WORDS)) return true;
  }
  return false;
}

/** A title or a name in quotation marks ("Bowling Alone", „Per Anhalter durch die Galaxis“, „Science“): every word capitalised but the small ones. */
function isTitle(words: readonly string[]): boolean {
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORD.test(w));
}
const TITLE_SMALL_WORD = /^(?:of|the|a|an|and|in|on|to|for|at|with|der|die|das|des|dem|den|und|für|durch|im|mit|von|zu|zur|zum|auf)$/;

/** Someone's words in the sentence: a quotation, or part of one that runs over several sentences (a title in quotation marks is none). */
const quotes = (text: string) => OPENS_QUOTATION.test(text) || inOpenQuotation(text) || [...text.matchAll(QUOTATIONS)].some((m) => !namesAWork(m, text));
/**
 * A quotation that is the name of a work: a title after a word for a work ("his book “Bowling Alone”", "dem Buch
 * „Per Anhalter durch die Galaxis“", "in „Science“"). A capitalised term or slogan alone is someone's words all
 * the same ("the “Never Trumpers”", "der „Hofstaat“", "the “Crypto Capital of the World”").
 */
function namesAWork(m: RegExpMatchArray, text: string): boolean {
  const words = m[1].trim().replace(/[,.;:!?]+$/, '').split(/\s+/);
  if (!isTitle(words)) return false;
  const end = m.index! + m[0].length;
  return WORK_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index)) || TITLE_LIST_AFTER.test(text.slice(end, end + 8)) || TITLE_LIST_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index));
}
const WORK_BEFORE = /\b(?:book|film|movie|novel|article|essay|paper|journal|magazine|newspaper|show|series|episode|season|podcast|documentary|album|song|single|hit|titled|entitled|Buch|Film|Roman|Artikel|Titel|Überschrift|Fachmagazin|Magazin|Zeitschrift|Zeitung|Serie|Folge|Staffel|Sendung|Album|Lied|in)\s+(?:[\p{L}’'-]+\s+)?$/u;
/** Titles listed one after another ("hits including “Listen To The Music,” “Takin’ It To The Streets” and …"): a quotation right before or after. */
const TITLE_LIST_AFTER = /^,?\s*(?:and\s+|und\s+)?["“„«]/u;
const TITLE_LIST_BEFORE = /["”“»],?\s*(?:and\s+|und\s+)?$/u;

/** The vocabulary tables, read in one pass per sentence. */
const TABLES = new PhraseIndex({ prediction: PREDICTION_CUES, reportedFuture: REPORTED_FUTURE_CUES, pastForecast: PAST_FORECAST_CUES, legal: LEGAL_TERMS, causal: CAUSAL_CUES, event: EVENT_VERBS, normative: NORMATIVE_CUES });
type Table = 'prediction' | 'reportedFuture' | 'pastForecast' | 'legal' | 'causal' | 'event' | 'normative';
const has = (words: readonly string[], table: Table) => TABLES.found(words).has(table);
const LEGAL_ONLY = new PhraseIndex({ legal: LEGAL_TERMS });
const ANY_LEGAL_LOOKALIKE = new RegExp(LEGAL_LOOKALIKES.map((pattern) => pattern.source).join('|'), 'giu');
/** An investigation of an offence: "Die Polizei ermittelt nun wegen Nötigung", "ermitteln die Behörden wegen Betrugs". */
const GERMAN_INVESTIGATES_OFFENCE = /\bermittel(?:t|n|te|ten)\s+(?:[\p{L}-]+\s+){0,3}wegen\b/u;
/** A legal term, not counting those inside an everyday phrase ("the free weeklong trial"). */
function legalIn(words: readonly string[], text: string): boolean {
  // a section of a code cited ("§ 449 BGB") is law too
  if (!has(words, 'legal')) return text.includes('§') || words.some((word) => GERMAN_LEGAL_COMPOUND.test(word)) || (text.includes('ermittel') && GERMAN_INVESTIGATES_OFFENCE.test(text));
  ANY_LEGAL_LOOKALIKE.lastIndex = 0;
  if (!ANY_LEGAL_LOOKALIKE.test(text)) return true;
  return LEGAL_ONLY.found(wordsOf(text.replace(ANY_LEGAL_LOOKALIKE, ' '))).has('legal');
}
/** A German compound whose last noun is a law, a court or a duty, or a draft law: "Lieferkettensorgfaltspflichtengesetz", "EU-Verbandsklagenrichtlinie", "verpflichtet", "Gesetzentwurf". */
const GERMAN_LEGAL_COMPOUND = /\p{Ll}(?:gesetz|gesetzes|gesetzen|verordnung|richtlinie|gericht|gerichts|gerichtshof|urteil|verbot|pflicht)$|^verpflichtet$|^gesetz(?:es)?entwurfs?$/u;
const CAUSAL = { in: (words: readonly string[]) => has(words, 'causal') };
/** Something that happened: an event verb, or a passive or perfect ("was acquired", "has risen"). */
const PASSIVE_OR_PERFECT = new RegExp(`\\b(?:was|were|is|are|has|have|had)(?: (?:also|already|now|since|just|\\w+ly))? (?:been )?\\w+ed\\b|\\b(?:has|have|had)(?: (?:also|already|now|since|just|\\w+ly))? (?:been|become|risen|fallen|grown|gone|seen|taken|made|launched|announced|emerged)\\b`, 'i');
const NOT_A_CLAIM_START = startsWith(NOT_A_CLAIM_STARTS);
const PURE_OPINION = startsWith(OPINION_STARTS);
const NORMATIVE = { in: (words: readonly string[]) => has(words, 'normative') };

const wordsOfSentence = wordsOf; // remembers the last sentence read: isClaim and claimType read the same one

/**
 * The German perfect and passive: an auxiliary, then the participle ending the clause ("hat ein Verfahren
 * entwickelt", "wurde 2019 gegründet", "haben … optimiert").
 */
const GERMAN_PERFECT = /\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b[^.,;:]{0,100}?\s(?:(?:ge|ent|be|er|ver|zer|über)\p{Ll}{3,}(?:t|en)|\p{Ll}{3,}iert)(?=\s*(?:[.,;:]|$|und\b|worden\b))/u;

const isEvent = (text: string, words: readonly string[]) => has(words, 'event') || PASSIVE_OR_PERFECT.test(text) || GERMAN_PERFECT.test(text);

/** A capitalised word that is not the first of the sentence: a named person, company or place. */
const NAMED_ENTITY = /(?<=\S\s)(?:[A-Z][\p{L}]+|[A-Z]{2,})/u;

/** A named subject that did something, in the simple past: "Grisham also accused…", "The White House called…". */
const NAMED_SUBJECT_DID = /^(?:The\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,4}\s+(?:also\s+|then\s+|later\s+|\p{Ll}+ly\s+)?\p{Ll}+ed\b/u;

/** A named subject doing something now: "Toyota is rolling out…", "Ford is displaying…". */
const NAMED_SUBJECT_DOING = /^(?:The\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,4}\s+(?:is|are)\s+(?:now\s+|also\s+)?\p{Ll}+ing\b/u;

/** Sentences that address the reader ("you might need…", "we're seeing…") are not reports. */
const ADDRESSES_READER = /^(?:we|our|us)\b|\byou(?:r|['’]re|['’]ll|['’]ve)?\b/i;

/** A report of something done or under way (past, perfect, progressive), unlike a general truth. */
const REPORTED = /\b(?:has|have|had|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|un|ung|ought|aught|ade|ood|ent|et|it)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:also\s+)?\w+ing\b/i;

/** The words of a date or time stamp: what is left of "Updated Apr 7, 2025, 3:34 p.m. ET" without them is nothing. */
const STAMP_WORD = /^(?:updated:?|published|posted|last|on|at|am|pm|a\.m\.?|p\.m\.?|[ap]m|et|est|edt|pt|pst|pdt|utc|gmt|cet|cest|bst|ist|jst|kst|hkt|sgt|ago|hours?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|stand|aktualisiert|veröffentlicht|online|seit|heute|gestern|today|yesterday|uhr|am|vor|stunden|minuten|tagen|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|januar|februar|märz|mai|juni|juli|oktober|dezember|[\d:.,/|–-]+)$/i;

/** A stamp is short: "Updated Wednesday, November 19, 2025 at 3:34 p.m. EST" is 52 characters. */
const MAX_STAMP_LENGTH = 80;

const GLUED_STAMP = /\d[A-Za-z]{4}/;

/** A date or time stamp and nothing else ("Updated Apr 7, 2025, 3:34 p.m.", "Sat 8:31 PM, Feb 17, 2018"). */
function isTimestamp(text: string): boolean {
  if (text.length > MAX_STAMP_LENGTH) return false;
  // a date glued to the next stamp's label: "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m."
  if (!/\d/.test(text)) return false;
  const words = (GLUED_STAMP.test(text) ? text.replace(/(\d)(?=[A-Za-z]{4,})/g, '$1 ') : text).split(/[\s,|]+/).filter(Boolean);
  return words.every((w) => STAMP_WORD.test(w.replace(/[()]/g, '')) || STAMP_WORD.test(w.replace(/[().]/g, ''))); // "Nov." as "Nov"
}

/** The line under an embedded tweet: "— Name (@handle) November 18, 2019". */
const TWEET_ATTRIBUTION = /\(@\w{1,15}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|^[—–]\s*[^—–]{1,60}\(@\w{1,15}\)/;

/** Hashtags are topics, not words of the sentence ("#BanBitcoin trends" is not about a ban). */
const HASHTAG = /#[\p{L}\d_]+/gu;
const HAS_HASHTAG = /#[\p{L}\d_]/u;

/** A name, as bylines write it: capitalised words ("Matthew Digby", "Minh Do"). */
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}.'’-]+${upTo(3, String.raw`\s+\p{Lu}[\p{L}.'’-]+`)}`;
/** "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", "By Justine Coleman - 11/18/19 11:04 PM EST": who wrote it, and when. */
const BYLINE = new RegExp(String.raw`^By\s+${BYLINE_NAME}(?:\s*(?:,|and|&)\s*${BYLINE_NAME})*\s*(?:$|\||\s[-–—·]\s|\s(?:on|at|updated|published)\s)`, 'u');
/** "— David McKinley on Sunday, October 13th, 2019 in an article…": the line that says who said what is checked (fact-check pages). */
const SAID_ON_LINE = new RegExp(String.raw`^[—–]\s*${BYLINE_NAME}\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b`, 'u');
/** What is left of a quotation's attribution after the sentence split: "” she wrote in her letter." (nothing said in it). */
const ATTRIBUTION_FRAGMENT = /^["“”’]\s*(?:he|she|they|we|it)\s+(?:said|says|wrote|writes|added|adds|told\s+\S+)\b[^"“”]{0,60}$/u;
/** A gallery's counter: "Image 1 of / 23", "Photo 3/12". */
const GALLERY_COUNTER = /^(?:Image|Photo|Picture|Slide)\s+\d+\s*(?:of|\/)/i;

/** The gated notices a word opens (by their place in GATED_NOTICES), and those a pattern on the text opens instead. */
const NOTICES_OPENED_BY = new Map<string, number[]>();
GATED_NOTICES.forEach(({ words }, i) => words?.forEach((word) => NOTICES_OPENED_BY.set(word, [...(NOTICES_OPENED_BY.get(word) ?? []), i])));
const NOTICES_BY_GATE = GATED_NOTICES.filter((notice) => !notice.words);

/** Lines that are never claims: stamps, bylines, tweet attribution lines, gallery counters, disclaimers and notices. */
export function isNotice(text: string, words: readonly string[] = wordsOf(text)): boolean {
  // (the sentence's words looked up once each, not each notice's words searched for in the sentence)
  let tried: number[] | undefined;
  for (const word of words) {
    const opened = NOTICES_OPENED_BY.get(word);
    if (!opened) continue;
    for (const i of opened) {
      if (tried?.includes(i)) continue;
      (tried ??= []).push(i);
      if (GATED_NOTICES[i].pattern.test(text)) return true;
    }
  }
  for (const { gate, pattern } of NOTICES_BY_GATE) if (gate!.test(text) && pattern.test(text)) return true;
  return isTimestamp(text) || TWEET_ATTRIBUTION.test(text) || BYLINE.test(text) || SAID_ON_LINE.test(text) || ATTRIBUTION_FRAGMENT.test(text) || GALLERY_COUNTER.test(text) || ANY_NOTICE.test(text);
}

/** An announcement of a plan ("announced it would join the board"): the announcement is the news. */
const ANNOUNCED_PLAN = /\bannounc(?:ed|ing|es)\b[^.;]{0,120}?\bwould\b/i;

/**
 * The German future: "wird", "werden" or reported "werde" with an infinitive closing the clause ("wird …
 * leisten", "wird … übererfüllen können", "wird … verfügbar sein"), or after it at the end of a clause
 * ("dass … ein schottisches Gericht am Montag ein Machtwort sprechen werde"); with a participle it is the
 * passive ("wird … gefördert", "wird … gewonnen"). An infinitive shaped like a participle ("befolgen",
 * "beteiligen": "be…en" as "betrieben") is read as one: no future.
 */
const GERMAN_FUTURE = /\b(?:wird|werden|werde)\s[^.,;:?!]{0,160}?\s(\p{Ll}{2,}(?:en|ern|eln)|sein)(?=\s*(?:[.,;:!]|$|und\b|oder\b))|\s(\p{Ll}{2,}(?:en|ern|eln)|sein)\s+(?:wird|werden|werde)(?=\s*(?:[.,;:!]|$))/u;
/**
 * A participle, not an infinitive: with "ge" ("gewonnen", "hochgefahren", "auseinandergenommen"), or an
 * inseparable prefix and "-en" ("betrieben", "überwiesen"; "erweitern", "verändern" end in "-ern").
 */
const GERMAN_PARTICIPLE = /ge\p{Ll}{2,}en$|^(?:be|ver|er|ent|zer|über|unter|miss|hinter|wider)\p{Ll}*[^rl]en$/u;
function germanFuture(text: string): boolean {
  const m = GERMAN_FUTURE.exec(text);
  return !!m && !GERMAN_PARTICIPLE.test(m[1] ?? m[2]);
}

/** The last answer of isPrediction: isClaim and claimType ask it of one sentence up to three times. */
let lastPrediction: { words: readonly string[]; text: string; answer: boolean } | undefined;

function isPrediction(words: readonly string[], text: string): boolean {
  if (lastPrediction?.words === words && lastPrediction.text === text) return lastPrediction.answer;
  const answer = predicts(words, text);
  lastPrediction = { words, text, answer };
  return answer;
}

function predicts(words: readonly string[], text: string): boolean {
  // a plan announced with a deadline is a forecast ("has unveiled a plan to … by 2030"), one recounted is not ("had hoped to … by 2019")
  if (text.includes('20') && DEADLINE_AHEAD.test(text)) return !PAST_UNREAL.test(text);
  if (has(words, 'pastForecast')) return false;
  if ((text.includes('wird') || text.includes('werd')) && germanFuture(text)) return true;
  // German "soll … telefoniert haben": what someone is said to have done, a report of the past
  if ((text.includes('soll') || text.includes('solle')) && GERMAN_SAID_TO_HAVE.test(text)) return false;
  return has(words, 'prediction') || words.some(isWillContracted) || (has(words, 'reportedFuture') && !ANNOUNCED_PLAN.test(text)) || (text.includes('arget') && TARGET_FIGURE.test(text));
}
/**
 * German "sollen" with a perfect infinitive reports what someone is said to have done: "Ende vergangener
 * Woche soll Le Drian mit Maas telefoniert … haben", "in der Jaeger gedient haben soll". ("sein" is left
 * out: "sollen … installiert sein" is a state to come.)
 */
const GERMAN_SAID_TO_HAVE = /\b(?:soll|sollen|solle)\b[^.;:]{0,160}?\s\p{Ll}{3,}(?:t|en)\s+haben\b|\s\p{Ll}{3,}(?:t|en)\s+haben\s+(?:soll|sollen|solle)\b/u;
/**
 * A target is a forecast when it is a figure: "a year-end target of $150,000", "targets $3,000". The noun
 * alone is mostly something aimed at ("the target of a disinformation campaign", "have become targets").
 */
const TARGET_FIGURE = /\b(?:[Tt]arget|[Tt]argets|[Tt]argeting)\b[^.;:]{0,30}?[$€£¥]?\d/;
/** "there'll", "they'll", "it’ll": "will" contracted (wordsOf writes ’ as '). */
const isWillContracted = (word: string) => word.length > 3 && word.endsWith("'ll");
/**
 * A deadline in a year: "by 2030", "by the end of 2027", "bis 2030", "bis Ende 2026"; not after a past
 * participle ("legalized by 2016", "followed by 2017"), where "by" says who or when something was done.
 */
const DEADLINE_AHEAD = /(?<!\p{L}ed\s)\b(?:by|bis)\s+(?:(?:the\s+)?(?:end|middle|start)\s+of\s+|Ende\s+|Mitte\s+|Anfang\s+)?20\d\d\b/u;
/** A plan or forecast of the past: "had expected", "would have", "was slated to". */
const PAST_UNREAL = /\b(?:had|would have|might have|could have|was slated|were slated|was scheduled|were scheduled)\b/;

/** A duty a court, a law or a rule lays down: "the top court ruled that EU countries must identify…", "the law requires that banks must…". */
const LEGAL_DUTY = /\b(?:court|judge|law|laws|statute|regulation|ruling|ruled|rules|requires|required)\b[^.;]{0,80}?\bmust\b/i;

/** A question asks; it claims nothing (its figures are not read). */
export function isQuestion(sentence: string): boolean {
  return QUESTION_END.test(sentence);
}
const QUESTION_END = /\?["”’“»)]*\s*$/;

/** Words of the longest lead-in to a list that is no claim ("The newly selected five are:"). */
const LEAD_IN_MAX_WORDS = 8;

export function isClaim(f: SentenceFeatures): boolean {
  const text = f.text.trim();
  const plain = text.includes('#') ? text.replace(HASHTAG, '') : text;
  const words = wordsOfSentence(plain);
  const wordCount = piecesBetweenSpaces(text);
  if (isQuestion(text) || isNotice(text, plain === text ? words : wordsOf(text)) || isShouted(text)) return false;
  // A short lead-in to a list says nothing yet: "The newly selected five are:"
  if (text.endsWith(':') && wordCount < LEAD_IN_MAX_WORDS) return false;
  // A pick in a transcript is short: "I predict 4.6%."
  if (f.spoken && wordCount >= 3 && (isPrediction(words, text) || f.numbers.length > 0)) return true;
  const credited = !!f.speaker || !!f.named;
  // A named person's quotation is a claim even when short ("This worries me greatly.").
  if (credited && !f.spoken && OPENS_QUOTATION.test(text) && wordCount >= 3) return true;
  if (wordCount < 5 || NOT_A_CLAIM_START.test(text)) return false;
  const figures = f.numbers.filter((n) => n.unit !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(String(n.value)));
  if (PURE_OPINION.test(text) && figures.length === 0 && !isPrediction(words, text)) return false;
  if (figures.length > 0) return true;
  if (credited && !f.spoken && QUOTED.test(text)) return true;
  if (f.vague) return true;
  const typed = () => isPrediction(words, plain) || legalIn(words, plain) || CAUSAL.in(words) || isEvent(plain, words);
  if (f.spoken) return typed();
  if (credited) return true;
  // What should be done is opinion, unless a court or a law says it must ("ruled that EU countries must identify…").
  if (ADDRESSES_READER.test(text) || (NORMATIVE.in(words) && !LEGAL_DUTY.test(plain))) return false;
  if (f.german) return germanStatement(text, wordCount) || typed();
  // Without a name in it, only a report of something that happened or is under way is checkable.
  const named = NAMED_ENTITY.test(plain) || f.assets.length > 0;
  if (!named && !REPORTED.test(plain) && !isEvent(plain, words)) return false;
  return typed() || NAMED_SUBJECT_DID.test(plain) || NAMED_SUBJECT_DOING.test(plain);
}

/**
 * A line in capitals is a headline, most often of another article linked from this one ("LAUREN ALAINA SAYS
 * 'DWTS' HAS HELPED HER LOSE 25 POUNDS"): no sentence of the article's own. Short forms ("SEC", "NATO") leave
 * most of a sentence's letters in lower case.
 */
function isShouted(text: string): boolean {
  // (answered at once for nearly every sentence: a word in lower case)
  if (LOWER_CASE_RUN.test(text)) return false;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= SHOUTED_MIN_LETTERS && (text.match(/\p{Ll}/gu)?.length ?? 0) <= upper * 0.05;
}
const SHOUTED_MIN_LETTERS = 15;
const LOWER_CASE_RUN = /\p{Ll}{3}/u;

/** A German statement of fact that names someone (GERMAN_NAMED; GERMAN_NOT_A_STATEMENT says what is not one). */
function germanStatement(text: string, wordCount: number): boolean {
  if (wordCount < GERMAN_STATEMENT_MIN_WORDS || !/[.!”"“]$/.test(text)) return false;
  if (!GERMAN_NAMED.subject.test(text) && !GERMAN_NAMED.shortForm.test(text)) return false;
  const { reader, firstPerson, hypothetical, opener, link } = GERMAN_NOT_A_STATEMENT;
  if (reader.test(text) || hypothetical.test(text) || opener.test(text) || link.test(text)) return false;
  return !firstPerson.test(text) || QUOTED_WORDS.test(text) || OPENS_QUOTATION.test(text);
}

/**
 * A figure a claim rests on: written in digits, a share, a multiple, a measure ("two inches", "drei Euro"),
 * or a count in words from five up ("six safety systems", "a dozen Republicans"); "two founders", "three
 * companies" are a detail of an event.
 */
const SMALL_WORD_COUNT = 4;
function isQuantityFigure(n: NumberMention, text: string): boolean {
  // a date, a time of day or someone's age places or describes an event, and a score ("beat Rublev 6-4")
  // tells how it ended; no labelled claim rests on one alone
  if (n.unit === 'date' || n.unit === 'time' || n.unit === 'score' || isAge(n, text) || namesAModel(n, text) || isPointInTime(n, text)) return false;
  if (/\d/.test(n.text) || n.unit !== 'count') return true;
  return (typeof n.value === 'number' ? n.value : Number(n.max ?? 0)) > SMALL_WORD_COUNT;
}

/**
 * A span of time counted back or on from a moment dates an event, as a date does: "five years ago", "a
 * year later", "12 days earlier", German "vor drei Jahren", "drei Tage später". ("three days before the
 * filing deadline" measures the gap between two events: a quantity, as labelled.)
 */
function isPointInTime(n: NumberMention, text: string): boolean {
  if (!TIME_SPANS.has(n.unit)) return false;
  const at = text.indexOf(n.text);
  if (at < 0) return false;
  return SPAN_COUNTED_FROM_NOW.test(text.slice(at + n.text.length, at + n.text.length + 16)) || GERMAN_SPAN_BACK.test(text.slice(Math.max(0, at - 24), at));
}
const TIME_SPANS = new Set(['seconds', 'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'decade']);
const SPAN_COUNTED_FROM_NOW = /^\s+(?:ago|later|earlier|später|zuvor|danach|davor)\b/u;
const GERMAN_SPAN_BACK = /\bvor\s+(?:(?:über|mehr als|rund|knapp|fast|etwa|gut|genau)\s+)?$/u;

/** A size that names a model: "the 16-inch MacBook Pro", "a 13-inch iPad" (a capitalised name after it). */
function namesAModel(n: NumberMention, text: string): boolean {
  const digits = /^([\d.]+)(?:-inch)?$/.exec(n.text);
  const at = digits ? text.indexOf(n.text) : -1;
  return at >= 0 && MODEL_SIZE_AFTER.test(text.slice(at + digits![1].length));
}
const MODEL_SIZE_AFTER = /^-inch\s+\p{Lu}/u;

/** Someone's age: "the 55-year-old", "die 26-jährige", "die 32 Jahre alte Claudia Brandes", "Carsten Froß (54)". */
function isAge(n: NumberMention, text: string): boolean {
  if (typeof n.value !== 'number' || n.value < 1 || n.value > 120) return false;
  const at = text.indexOf(n.text);
  if (at < 0) return false;
  const after = text.slice(at + n.text.length, at + n.text.length + 12);
  const before = text.slice(Math.max(0, at - 40), at);
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return true;
  // after a name, in brackets ("Viviane Obenauf (35)") or between commas ("Zoe Anderson, 24, was", "Braun, 38 – who")
  if (text[at - 1] === '(') return after.startsWith(')') && /\p{Lu}\p{L}+\s$/u.test(before.slice(0, -1));
  return AGE_APPOSITIVE_BEFORE.test(before) && AGE_APPOSITIVE_AFTER.test(after);
}
const AGE_AFTER = /^(?:-old|-year-old|-years-old|\s+years\s+old|-[jJ]ährig|\s+Jahre\s+alt)/;
const AGE_BEFORE = /\b(?:aged|age of|im Alter von)\s+$/;
const AGE_APPOSITIVE_BEFORE = /\p{L}[\p{L}’'.-]*,\s$/u;
const AGE_APPOSITIVE_AFTER = /^(?:,\s|\s[–—]\s)/;

export function claimType(f: SentenceFeatures): ClaimType {
  const trimmed = f.text.trim();
  const text = trimmed.includes('#') ? trimmed.replace(HASHTAG, '') : trimmed;
  const words = wordsOfSentence(text);
  // A quotation credited to someone, even of a word ("said politicians have “vilified” educators"), also
  // when the name is not sure enough to show ("…,” Hege said." with Hege unknown). Uncredited, someone's
  // words all the same when more than a term is quoted (quotesSpeech).
  if (!f.spoken && ((f.speaker || f.named) ? f.quoted || quotes(text) : quotesSpeech(text, f.vague))) return 'quote';
  if (isPrediction(words, text)) return 'prediction';
  // A sentence with hashtags reports a discussion ("topics like #Web3Privacy dominate, … balancing regulation"): not law.
  if (legalIn(words, text) && !HAS_HASHTAG.test(f.text)) return 'legal';
  if (CAUSAL.in(words)) return 'causal';
  // A figure (isQuantityFigure) makes a quantity; "three companies" is still an event.
  if (f.numbers.some((n) => isQuantityFigure(n, text))) return 'quantity';
  if (f.spoken && !isEvent(text, words)) return 'quote';
  return 'event';
}
