/** A text as a regular expression that matches it literally ("S&P 500.", "EH/s"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * `(?:body){0,max}`, written so that V8 compiles the group once. V8 copies a repeated group once per
 * repetition when its bound is 3 or less, and the claims' largest patterns cost ten times as much to
 * compile for it (on every page's first reading: a fifth of a second for one of them). The empty
 * alternative changes nothing: an iteration that matches nothing ends the repetition (ECMAScript's
 * RepeatMatcher), so this matches what the plain repetition matches, in the same order. For a body that
 * captures nothing.
 */
export function upTo(max: number, body: string, { lazy = false } = {}): string {
  return `(?:${body}|){0,${max}}${lazy ? '?' : ''}`;
}
