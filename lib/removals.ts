// The removal trail as a person reads it in the Removed panel and the exports: every item something
// they would recognise. Script text, JSON and markup are not items; separators ("," "|") are not either,
// and a fragment of one letter or digit (a share counter) is folded into the removal beside it.
import type { Removal } from './types.ts';

/** An item needs at least this many letters or digits to stand on its own. */
const MIN_ITEM_CHARACTERS = 2;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How much of a removal the code test reads: script and markup show in their first lines. */
const CODE_SAMPLE = 200;

/** Starts like a tag, a JSON object or array, or a comment. */
const MARKUP_START = /^\s*(?:<\/?[a-z!][^>]*>|\{\s*"|\[\s*[{"]|<!--|\/\/|\/\*)/i;
/** Tokens of script code. */
const CODE_TOKEN = /function\s*\(|=>|\)\s*;|\}\s*\)|\b(?:var|const|let)\s+\w+\s*=|\b(?:window|document)\.\w|\w\.push\(|\w\s*===?\s*\w/;
/** Characters that are frequent in code and rare in prose. */
const CODE_PUNCTUATION = /[{}()[\];=<>]/g;
/** Prose has few of them: a sentence with a parenthesis stays far below this share. */
const CODE_PUNCTUATION_SHARE = 0.06;

/** Whether text is script, JSON or markup rather than something a reader saw on the page. */
export function isCodeOrMarkup(text: string): boolean {
  const sample = text.slice(0, CODE_SAMPLE);
  if (MARKUP_START.test(sample)) return true;
  if (!CODE_TOKEN.test(sample)) return false;
  return (sample.match(CODE_PUNCTUATION)?.length ?? 0) / sample.length >= CODE_PUNCTUATION_SHARE;
}

/** Letters and digits in a removal's text, counted up to MIN_ITEM_CHARACTERS (all that matters). */
function lettersAndDigits(removal: Removal): number {
  let count = 0;
  for (const char of removal.text) if (LETTER_OR_DIGIT.test(char) && ++count >= MIN_ITEM_CHARACTERS) break;
  return count;
}

/** Too short to stand on its own (and not a picture). */
function isFragment(removal: Removal): boolean {
  return lettersAndDigits(removal) < MIN_ITEM_CHARACTERS && !removal.html?.includes('<img');
}

/**
 * The removals to list, in order: code, markup and separators left out, fragments joined to the
 * removal beside them by the same rule (the share counter "0" and "Share" → "0 Share"), or
 * left out when there is none. The removals themselves are not changed: a folded item is a new object.
 */
export function listedRemovals(removed: readonly Removal[]): Removal[] {
  const listed: Removal[] = [];
  const pending: Removal[] = []; // fragments waiting for the next removal of their rule
  for (const removal of removed) {
    if (isCodeOrMarkup(removal.text)) continue;
    if (isFragment(removal)) {
      if (lettersAndDigits(removal) === 0) continue; // separators: "," "|" "•" say nothing even joined
      const previous = listed[listed.length - 1];
      if (previous && besideEachOther(previous, removal)) listed[listed.length - 1] = joined(previous, removal);
      else pending.push(removal);
      continue;
    }
    const fragmentsBefore = pending.splice(0).filter((fragment) => besideEachOther(fragment, removal));
    listed.push(fragmentsBefore.reduceRight((item, fragment) => joined(fragment, item), removal));
  }
  return listed;
}

/** Same rule, stage and scope, at the same place in the Article: no kept text between them. */
function besideEachOther(a: Removal, b: Removal): boolean {
  return a.rule === b.rule && a.stage === b.stage && a.scope === b.scope && a.anchor !== undefined && a.anchor === b.anchor && a.offset === b.offset;
}

/** `a` came first (removals are listed in page order within a stage). */
function joined(a: Removal, b: Removal): Removal {
  const html = a.html !== undefined || b.html !== undefined ? `${a.html ?? ''}${b.html ?? ''}` : undefined;
  return { ...b, text: `${a.text} ${b.text}`, ...(html !== undefined ? { html } : {}) };
}
