// Dates in ISO 8601 the way the Article carries them: a stated zone gives UTC, a local date-time stays
// local, a date alone stays a calendar date. No zone is ever invented.

/** "2025-04-07", or "2025-04-07T15:34:00" with a clock time: a local date-time, no zone invented. */
export function localIso(y: number, m: number, d: number, clock?: { h: number; mi: number; s: number }): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  const day = `${y}-${pad(m)}-${pad(d)}`;
  return clock ? `${day}T${pad(clock.h)}:${pad(clock.mi)}:${pad(clock.s)}` : day;
}

/**
 * A date the page states (a <meta>, Readability's) in ISO 8601, without inventing a zone: a stated offset
 * gives UTC; a local date-time stays local; a date alone stays a calendar date ("November 12, 2025" →
 * 2025-11-12), whatever zone the reader is in.
 */
export function toIsoDate(value: string | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  if (/(?:Z|[+-]\d\d:?\d\d|GMT|UTC)\s*$/i.test(value)) return date.toISOString();
  const clock = /\d:\d\d/.test(value) ? { h: date.getHours(), mi: date.getMinutes(), s: date.getSeconds() } : undefined;
  return localIso(date.getFullYear(), date.getMonth() + 1, date.getDate(), clock);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The Article's date as the reader shows it, "April 7, 2025": its calendar day in UTC (a date without zone is
 * read as UTC, so a calendar date stays that day); the text itself when it is no date. Written out rather
 * than by toLocaleDateString('en', { timeZone: 'UTC', … }), which gives the same text but loads the
 * runtime's time-zone data on first use: about 15 ms of a toolbar click in Chromium.
 */
export function readableDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(/Z|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const year = date.getUTCFullYear();
  // (years before 1 are written with an era: left to Intl)
  if (year < 1) return date.toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()}, ${year}`;
}
