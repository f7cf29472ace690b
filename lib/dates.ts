// Lines that only say when: "4 hours ago", "vor 2 Stunden", "Updated Apr 7, 2025, 3:34 p.m. UTC",
// "Stand: 03.03.2025 14:05 Uhr", "2025年4月7日 15:34". readTimeLine says whether a short line is one and gives
// its ISO 8601 date where it can be computed. Pure. The words, one entry per language, are in date-words.ts;
// Date does the arithmetic.
import { LANGUAGES, ZONES, type Language, type TimeUnit } from './date-words.ts';
import { localIso } from './iso-date.ts';

export type { TimeUnit } from './date-words.ts';

export interface TimeLine {
  /** 'relative': "4 hours ago", "yesterday", "just now"; 'absolute': a calendar date and/or a clock time. */
  kind: 'relative' | 'absolute';
  /** The label the line opens with ("updated", "veröffentlicht am"), lower case, when it has one. */
  label?: string;
  /**
   * ISO 8601 as toIsoDate (lib/iso-date.ts) writes it: a stated zone gives UTC ("…T15:34:00.000Z"), a time
   * without zone stays local ("2025-04-07T15:34:00"), a date alone is a calendar date ("2025-04-07"). A
   * relative time has one only when `now` is given. Absent when the date is ambiguous or incomplete.
   */
  iso?: string;
}

/** Morning and afternoon before a clock time, in Korean, Japanese and Chinese ("오전 1:00", "午後3時", "下午3点"). */
const HALF_DAY = '오전|오후|午前|午後|上午|下午';
const AFTERNOON = new Set(['오후', '午後', '下午']);
/** The hour's sign after its number ("15時", "3点", "1시"). */
const HOUR_SIGN = '[時时点點시]';
const HOUR_SIGN_RE = new RegExp(HOUR_SIGN);
const UNIT_MS: Partial<Record<TimeUnit, number>> = { second: 1000, minute: 60_000, hour: 3_600_000 };
const BOUNDARY = '(?![\\p{L}\\p{N}])';
/** A date line is short. */
const MAX_LENGTH = 120;
/** Words a line may hold beyond its dates, in segments of their own ("Jane Doe · 4 hours ago"). */
const MAX_EXTRA_WORDS = 4;
/** Segments of a line: split at "|", "·", "•", "//" or a dash between spaces (not the dashes of "2025-04-07"), separators kept. */
const SEGMENTS = /(\s*[|·•]\s*|\s+(?:[-–—]|\/\/)\s+)/;

type DateForm = 'ymd' | 'dmy-dots' | 'numeric' | 'month-first' | 'day-first';

/** The tables compiled once, on first use. */
interface Readers {
  /** What every time line holds: a digit or a word of a relative time (a cheap test before the rest). */
  hint: RegExp;
  /** Any label (a quick test before finding whose it is). */
  label: RegExp;
  months: Map<string, number>;
  /**
   * The date forms: each read as it stands, or after a weekday ("Monday, April 7, 2025"), compiled on first
   * use (a weekday in each of the five costs the first run of a page more than all the rest).
   */
  dates: { form: DateForm; source: string; re: RegExp; afterWeekday?: RegExp }[];
  /** A weekday and what may follow it, up to what a date opens with (a digit or a month's first letter). */
  weekdayFirst: RegExp;
  /** An optional weekday before a date ("Monday, "). */
  weekday: string;
  clock: RegExp;
  zone: RegExp;
  /** What may stand between a date and its clock time, or a clock time and its date. */
  link: RegExp;
  /** Each language's readers, compiled on first use (a page meets few languages' words). */
  languages: LanguageEntry[];
}

interface LanguageEntry {
  language: Language;
  /** Whether a line may hold this language's relative time: one of its words is in it (a cheap test before the rest). */
  mayBeRelative: RegExp;
  /** A label and what follows it up to the date ("updated on: "), compiled on first use. */
  label?: RegExp;
  relative?: RelativeReaders;
}

interface RelativeReaders {
  ago: RegExp[];
  /** "just now" | "yesterday" | "today", in groups 1–3. */
  words: RegExp;
  unitOf(word: string): { unit: TimeUnit; count?: number };
}
let readers: Readers | undefined;

const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

function compile(): Readers {
  const languages = Object.values(LANGUAGES);
  const months = new Map<string, number>();
  for (const language of languages) language.months?.split(', ').forEach((names, i) => names.split('|').forEach((name) => months.set(name, i + 1)));
  const month = `(${alternation(months.keys())})\\.?`;
  const weekdays = languages.map((l) => l.weekdays).join('|');
  const monthInitials = [...new Set([...months.keys()].map((name) => name[0]))].join('');
  const year = '(\\d{4})(?:\\s*(?:г\\.?|r\\.?|года|roku|م)(?!\\p{L}))?';
  const forms: [DateForm, string][] = [
    // 2025-04-07 (its "t15:34" read as a clock time), 2025/04/07, 2025.04.07, 2025年4月7日, 4月7日(月), 2025년 11월 9일
    ['ymd', `(\\d{4})-(\\d{1,2})-(\\d{1,2})(?=t\\d|${BOUNDARY})|(\\d{4})\\s*[/.]\\s*(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})\\.?${BOUNDARY}|(?:(\\d{4})\\s*[年년]\\s*)?(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日号號일](?:\\s*[(（][^)）]{1,4}[)）])?`],
    // 07.04.2025 (dots: day first everywhere)
    ['dmy-dots', `(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})${BOUNDARY}`],
    // 04/07/2025, 04-07-2025 (the month: by the label's language, or a part over 12)
    ['numeric', `(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})${BOUNDARY}`],
    // April 7, 2025; Apr. 7th 2025
    ['month-first', `${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${year})?${BOUNDARY}`],
    // 7 April 2025; 7. April 2025; 7 de abril de 2025; 3 марта 2025 г.
    ['day-first', `(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°)?\\s*(?:de\\s+)?${month}(?:,?\\s*(?:de\\s+|del\\s+)?${year})?${BOUNDARY}`],
  ];
  const at = alternation(languages.flatMap((l) => l.at.split('|')).filter(Boolean));
  const hint = languages.flatMap(relativeWords);
  return {
    hint: new RegExp(`\\d|${hint.join('|')}`, 'u'),
    months,
    label: new RegExp(`(?:${alternation(languages.flatMap((l) => l.labels))})${BOUNDARY}`, 'yu'),
    dates: forms.map(([form, source]) => ({ form, source, re: new RegExp(`(?:${source})`, 'yu') })),
    weekdayFirst: new RegExp(`(?:${weekdays})\\.?,?\\s*[\\d${monthInitials}]`, 'yu'),
    weekday: `(?:(?:${weekdays})\\.?,?\\s*)?`,
    clock: new RegExp(`(?:(${HALF_DAY})\\s*)?(\\d{1,2})(?:\\s?[:h]\\s?(\\d{2})|\\.(\\d{2})(?=\\s*uhr)|${HOUR_SIGN}(?:\\s?(\\d{1,2})[分분])?)?(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*(uhr|hs?|horas|ч\\.?)${BOUNDARY})?(?:\\s*([ap])\\.?\\s?m\\.?${BOUNDARY}|\\s*([صم])${BOUNDARY})?`, 'yu'),
    zone: new RegExp(`\\s*\\(?(?:(utc|gmt)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?|([+-])(\\d{2}):?(\\d{2})|(${Object.keys(ZONES).join('|')}))\\)?${BOUNDARY}`, 'yu'),
    link: new RegExp(`t(?=\\d)|\\s*[,/|-]?\\s*(?:(?:${at}|on)\\s+)?`, 'yu'),
    languages: languages.map((language) => ({ language, mayBeRelative: new RegExp(relativeWords(language).join('|'), 'u') })),
  };
}

/** The words every relative time of a language holds: "ago", "vor", "just now", "gestern"… */
function relativeWords(language: Language): string[] {
  return [language.now, language.yesterday, language.today, ...language.ago.map((template) => template.replace('{n}', '').trim())];
}

function labelOf({ language }: LanguageEntry): RegExp {
  return new RegExp(`(${alternation(language.labels)})${BOUNDARY}\\s*:?\\s*`, 'yu');
}

function relativeReaders({ language }: LanguageEntry): RelativeReaders {
  const anchored = (source: string) => new RegExp(`^(?:${source})$`, 'u');
  let units: { re: RegExp; unit: TimeUnit; count?: number }[] | undefined;
  const count = `(?:(\\d+|${language.one})\\s*)${language.bareIsOne ? '?' : ''}(${alternation([...Object.values(language.units), ...(language.counted ?? []).map(([words]) => words)])})`;
  return {
    ago: language.ago.map((template) => new RegExp(template.replace('{n}', count) + BOUNDARY, 'yu')),
    words: new RegExp(`(?:(${language.now})|(${language.yesterday})|(${language.today}))${BOUNDARY}`, 'yu'),
    unitOf(word: string) {
      // the words that carry their own count first ("ساعتين"), then the units
      units ??= [
        ...(language.counted ?? []).map(([words, unit, count]) => ({ re: anchored(words), unit, count })),
        ...(Object.keys(language.units) as TimeUnit[]).map((unit) => ({ re: anchored(language.units[unit]), unit })),
      ];
      return units.find((u) => u.re.test(word))!;
    },
  };
}

/** Lower case, ASCII digits, bare alef, one apostrophe, colon and comma; bidi marks and tatweel dropped. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/[أإآ]/g, 'ا')
    .replace(/[’‘`]/g, "'")
    .replace(/：/g, ':')
    .replace(/[،，]/g, ',')
    .replace(/[\u200e\u200f\u061c\u0640]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Clock {
  h: number;
  mi: number;
  s: number;
  /** Minutes east of UTC; null when no zone (or an ambiguous one) is stated. */
  offset: number | null;
}

/** What one reader consumed (up to `end`), whether it named a date and a clock time, and its ISO date. */
interface Found {
  kind: TimeLine['kind'];
  end: number;
  iso?: string;
  dated: boolean;
  clocked: boolean;
}

/** What one segment of a line holds. */
interface Segment {
  line: TimeLine | null;
  dated: boolean;
  clocked: boolean;
  /** Only a clock time ("19:05"): it completes a date in the segment before it. */
  clockOnly: boolean;
  digits: boolean;
  words: number;
}

/** Lower-case words a byline beside a date may hold ("by Jane Doe", "von Anna Schmidt"). */
const BYLINE_WORDS = new Set(['by', 'von', 'par', 'por', 'di', 'da', 'de', 'del', 'van', 'der', 'den', 'und', 'and', 'et', 'y', 'e', 'przez', 'от']);
/** A reading time beside the date: "4 min read", "5 Min. Lesezeit", "3 min de lecture". */
const READING_TIME = /^\d+\s*min(?:ute)?s?\.?\s*(?:read|lesezeit|de lecture|de lectura|de leitura|czytania)$/i;

/**
 * Whether the words beside a date are a byline or a reading time ("Jane Doe · 4 hours ago"), not what the
 * date is about ("Jan 10, 2024 — Spot ETFs approved"): no lower-case word but the small words of bylines.
 */
function besideADate(segment: string): boolean {
  if (READING_TIME.test(segment.trim())) return true;
  return (segment.match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? []).every((word) => !/^\p{Ll}/u.test(word) || BYLINE_WORDS.has(word.toLowerCase()));
}

/**
 * Reads a short line that is only a relative time, a labelled date or a date and time, with at most a
 * byline or a reading time beside it (none with `bare`); null otherwise.
 */
export function readTimeLine(text: string, options: { now?: Date; bare?: boolean } = {}): TimeLine | null {
  const line = fold(text);
  if (!line || line.length > MAX_LENGTH) return null;
  readers ??= compile();
  if (!readers.hint.test(line)) return null;
  const parts = line.split(SEGMENTS);
  // The same segments with their letters' case, to tell a byline from a headline beside a date.
  const cased = text.replace(/[\u200e\u200f\u061c\u0640]/g, '').replace(/\s+/g, ' ').trim().split(SEGMENTS);
  let result: TimeLine | null = null;
  let extraWords = 0;
  let extrasBesideADate = cased.length === parts.length;
  let previous: Segment | undefined;
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i].replace(/^[([]\s*|\s*[)\]]$/g, '');
    if (!text) continue;
    const segment = readSegment(text, options.now);
    const dash = i > 0 && /[-–—]/.test(parts[i - 1]);
    // A range ("21.10.2019 – 27.10.2019", "14. – 20. Januar 2022", "13:15 – 19:00 Uhr") dates an event, not the page.
    if (dash && previous && ((segment.dated && (previous.dated || previous.digits)) || (segment.clockOnly && previous.clocked))) return null;
    if (segment.clockOnly && previous?.dated && !previous.clocked) {
      previous.clocked = true; // "Donnerstag, 10. Februar 2022 - 19:05"
      continue;
    }
    if (segment.line) {
      result ??= segment.line;
      if (segment.line.iso) result.iso ??= segment.line.iso;
    } else {
      extraWords += segment.words;
      extrasBesideADate &&= besideADate(cased[i]);
    }
    previous = segment;
  }
  return result && (extraWords === 0 || (!options.bare && extraWords <= MAX_EXTRA_WORDS && extrasBesideADate)) ? result : null;
}

/** A segment made only of [label] time [[label] time]…; the first time gives the kind, the first date the ISO. */
function readSegment(text: string, now: Date | undefined): Segment {
  const r = readers!;
  const segment: Segment = { line: null, dated: false, clocked: false, clockOnly: false, digits: /\d/.test(text), words: text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0 };
  let at = 0;
  while (at < text.length) {
    const label = readLabel(text, at);
    if (label) at += label.length;
    const found = readRelative(text, at, now) ?? readAbsolute(text, at, !!label, label?.language);
    if (!found) {
      const clock = segment.line ? null : readClock(text, 0);
      return { ...segment, line: null, dated: false, clocked: false, clockOnly: !!clock && /^[\s.]*$/.test(text.slice(clock.end)) };
    }
    segment.line ??= { kind: found.kind, ...(label ? { label: label.label } : {}) };
    if (found.iso) segment.line.iso ??= found.iso;
    segment.dated ||= found.dated;
    segment.clocked ||= found.clocked;
    at = found.end + (/^[\s,;./]*/.exec(text.slice(found.end))?.[0].length ?? 0);
  }
  return segment;
}

/** The longest label at `at`, of any language ("publicado el" is Spanish, not Portuguese "publicado" + "el"). */
function readLabel(text: string, at: number): { label: string; length: number; language: Language } | null {
  const r = readers!;
  if (!exec(r.label, text, at)) return null;
  let best: { label: string; length: number; language: Language } | null = null;
  for (const entry of r.languages) {
    const m = exec((entry.label ??= labelOf(entry)), text, at);
    if (m && m[0].length > (best?.length ?? 0)) best = { label: m[1], length: m[0].length, language: entry.language };
  }
  return best;
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** "5 min ago", "vor einer Stunde", "منذ ساعتين"; "just now"; "yesterday" (with a clock time or not); "today, 14:05". */
function readRelative(text: string, at: number, now: Date | undefined): Found | null {
  const r = readers!;
  for (const entry of r.languages) {
    if (!entry.mayBeRelative.test(text)) continue;
    const { ago, words, unitOf } = (entry.relative ??= relativeReaders(entry));
    for (const re of ago) {
      const m = exec(re, text, at);
      if (!m) continue;
      const { unit, count } = unitOf(m[2]);
      const n = count ?? (/^\d+$/.test(m[1] ?? '') ? Number(m[1]) : 1);
      return { kind: 'relative', end: at + m[0].length, iso: now && before(now, n, unit), dated: false, clocked: false };
    }
    const m = exec(words, text, at);
    if (!m) continue;
    if (m[1]) return { kind: 'relative', end: at + m[0].length, iso: now?.toISOString(), dated: false, clocked: false };
    const clock = readClock(text, at + m[0].length + (exec(r.link, text, at + m[0].length)?.[0].length ?? 0));
    if (m[3] && !clock) continue; // "today" alone is too common a word
    const found: Found = { kind: 'relative', end: clock?.end ?? at + m[0].length, dated: false, clocked: !!clock };
    if (!now) return found;
    const day = new Date(now.getTime());
    if (m[2]) day.setDate(day.getDate() - 1);
    return { ...found, iso: isoOf(day.getFullYear(), day.getMonth() + 1, day.getDate(), clock?.clock) };
  }
  return null;
}

/** `now` minus count units: an instant for seconds to hours, a calendar date (the reader's) for days and longer. */
function before(now: Date, count: number, unit: TimeUnit): string {
  const ms = UNIT_MS[unit];
  if (ms) return new Date(now.getTime() - count * ms).toISOString();
  const day = new Date(now.getTime());
  if (unit === 'day' || unit === 'week') day.setDate(day.getDate() - count * (unit === 'week' ? 7 : 1));
  else if (unit === 'month') day.setMonth(day.getMonth() - count);
  else day.setFullYear(day.getFullYear() - count);
  return isoOf(day.getFullYear(), day.getMonth() + 1, day.getDate());
}

/** "15:34", "3:34 p.m.", "14.05 Uhr", "15h34", "15時34分", "오후 3:34", "午後3時", then an optional zone ("UTC", "+02:00", "(EDT)"). */
function readClock(text: string, at: number): { clock: Clock; end: number } | null {
  const r = readers!;
  const m = exec(r.clock, text, at);
  if (!m) return null;
  const [, half, hour, colon, dot, kanji, seconds, word, ampm, arabic] = m;
  const minutes = colon ?? dot ?? kanji;
  if (minutes === undefined && !word && !ampm && !arabic && !HOUR_SIGN_RE.test(m[0])) return null;
  let h = Number(hour);
  if (ampm || arabic) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'p' || arabic === 'م' ? 12 : 0);
  } else if (half) {
    if (h > 12) return null; // 午前0時 is midnight
    h = (h % 12) + (AFTERNOON.has(half) ? 12 : 0);
  }
  const mi = Number(minutes ?? 0);
  if (h > 23 || mi > 59) return null;
  let end = at + m[0].length;
  let offset: number | null = null;
  const z = exec(r.zone, text, end);
  if (z) {
    end += z[0].length;
    if (z[1]) offset = (z[2] === '-' ? -1 : 1) * (Number(z[3]) * 60 + Number(z[4] ?? 0));
    else if (z[5]) offset = (z[5] === '-' ? -1 : 1) * (Number(z[6]) * 60 + Number(z[7]));
    else offset = ZONES[z[8]];
  }
  return { clock: { h, mi, s: Number(seconds ?? 0), offset }, end };
}

/** A calendar date with an optional clock time (after it or before it), or — after a label — a clock time alone. */
function readAbsolute(text: string, at: number, labelled: boolean, language: Language | undefined): Found | null {
  const r = readers!;
  let date = readDate(text, at, language);
  let clock: { clock: Clock; end: number } | null;
  if (date) clock = readClock(text, date.end + (exec(r.link, text, date.end)?.[0].length ?? 0));
  else {
    clock = readClock(text, at);
    if (!clock) return null;
    date = readDate(text, clock.end + (exec(r.link, text, clock.end)?.[0].length ?? 0), language);
    if (!date) return labelled ? { kind: 'absolute', end: clock.end, dated: false, clocked: true } : null;
  }
  // A date alone must name its year to stand as a line ("April 7" may head a diary entry).
  if (!date.hasYear && !clock && !labelled) return null;
  const iso = date.y !== undefined && date.m !== undefined ? isoOf(date.y, date.m, date.d, clock?.clock) : undefined;
  return { kind: 'absolute', end: Math.max(date.end, clock?.end ?? 0), iso, dated: true, clocked: !!clock };
}

/** A date; y and m are absent when the line leaves them open (no year; "03/04/2025" in English). */
interface DateFound {
  y?: number;
  m?: number;
  d: number;
  hasYear: boolean;
  end: number;
}

function readDate(text: string, at: number, language: Language | undefined): DateFound | null {
  const r = readers!;
  // A date after a weekday is read by the forms with the weekday before them (which also read it without).
  const weekdayFirst = exec(r.weekdayFirst, text, at) !== null;
  for (const date of r.dates) {
    const { form } = date;
    const re = weekdayFirst ? (date.afterWeekday ??= new RegExp(`${r.weekday}(?:${date.source})`, 'yu')) : date.re;
    const m = exec(re, text, at);
    if (!m) continue;
    const end = at + m[0].length;
    const n = (i: number) => (m[i] === undefined ? undefined : Number(m[i]));
    let y: number | undefined, month: number | undefined, d: number;
    if (form === 'ymd') [y, month, d] = m[1] ? [n(1), n(2), n(3)!] : m[4] ? [n(4), n(5), n(6)!] : [n(7), n(8), n(9)!];
    else if (form === 'dmy-dots') [y, month, d] = [n(3), n(2), n(1)!];
    else if (form === 'numeric') {
      const [a, b] = [n(1)!, n(3)!];
      const dayFirst = a > 12 || a === b || (b <= 12 && language?.dayFirst === true);
      const monthFirst = b > 12 || (a <= 12 && language?.dayFirst === false);
      if (dayFirst === monthFirst && a !== b) return a > 12 && b > 12 ? null : { y: n(4), d: a, hasYear: true, end };
      [y, month, d] = dayFirst ? [n(4), b, a] : [n(4), a, b];
    } else if (form === 'month-first') [y, month, d] = [n(3), r.months.get(m[1]), n(2)!];
    else [y, month, d] = [n(3), r.months.get(m[2]), n(1)!];
    if (month === undefined || !validDate(y ?? 2024, month, d)) continue;
    return { y, m: month, d, hasYear: y !== undefined, end };
  }
  return null;
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2199 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** toIsoDate's conventions: a zone gives UTC, no zone a local date-time, no time a calendar date. */
function isoOf(y: number, m: number, d: number, clock?: Clock): string {
  if (clock && clock.offset !== null) return new Date(Date.UTC(y, m - 1, d, clock.h, clock.mi, clock.s) - clock.offset * 60_000).toISOString();
  return localIso(y, m, d, clock);
}
