// Reading quotation marks, straight or curly, English, German („…“, »…«) and French («…»): where a sentence's
// quotations stand, whether it opens with one, whether its marks leave one open. One place for the claims
// code (index.ts, attribution.ts, classify.ts).

/** A sentence that opens with a quotation mark. */
export const OPENS_QUOTATION = /^["“„«]/;

/** A quotation of two characters or more, its words in group 1 (global: for matchAll). */
export const QUOTATIONS = /["“„«]([^"”“»]{2,})["”“»]/g;

/**
 * Where the sentence's quotations stand (from the opening mark to the closing one; to the end when
 * unclosed; from the start when the first mark closes a quotation opened in a sentence before:
 * "…to make informed decisions," Martins said.).
 */
export function quotationSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (const m of sentence.matchAll(/[“”„«»"]|’’|''/g)) {
    // two apostrophes close a quotation as ” does ("…voters,’’ Will Moy told the BBC")
    const mark = m[0] === '’’' || m[0] === "''" ? '”' : m[0];
    // (German closes with “: "…zurechtkommen“, erklärt Roland Baier." — English opens with it, after a space)
    if (open < 0 && spans.length === 0 && (mark === '”' || mark === '»' || ((mark === '"' || mark === '“') && closesStraight(sentence, m.index)))) spans.push([-1, m.index]);
    else if (open < 0 && (mark === '“' || mark === '„' || mark === '«' || mark === '"')) open = m.index;
    else if (open >= 0 && (mark === '”' || mark === '»' || mark === '"' || (mark === '“' && sentence[open] === '„'))) {
      spans.push([open, m.index]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, sentence.length]);
  return spans;
}

/** A straight mark (or German “) that closes: after a letter or a mark of the sentence, before a space, a mark or the end ("decisions," Martins). */
function closesStraight(sentence: string, at: number): boolean {
  return at > 0 && !/\s/.test(sentence[at - 1]) && (at === sentence.length - 1 || /[\s.,;:!?)\]]/.test(sentence[at + 1]));
}

/** Whether a position stands inside one of the spans (after its opening mark, before its closing one). */
export function isInside(spans: readonly [number, number][], at: number): boolean {
  return spans.some(([from, to]) => at > from && at < to);
}

/** Whether the span around a position quotes only a name of `length` letters: a title in marks (des „Handelsblatts“), not someone's words. */
export function quotesOnlyAName(spans: readonly [number, number][], at: number, length: number): boolean {
  return spans.some(([from, to]) => at > from && at < to && to - from - 1 <= length);
}

/**
 * Part of a quotation that opens or closes in another sentence ("That struck me as odd,” she said.",
 * "He wrote, “The long century is over."): the sentence's quotation marks do not pair up. German opens
 * with „ and closes with “; English opens with “.
 */
export function inOpenQuotation(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const german = text.includes('„');
  const opening = (text.match(german ? /[„«]/g : /[“«]/g) ?? []).length;
  const closing = (text.match(german ? /[“»]/g : /[”»]/g) ?? []).length;
  return opening !== closing;
}

/**
 * German books and some German papers quote »so« (nd, Spiegel): the marks the other way round from French
 * «ainsi» and Swiss «so», which the patterns read. A text whose first guillemet is » with a « after it is
 * written that way: its guillemets are swapped, one character for one, so that offsets stay as they are.
 */
export function guillemetsReadAsFrench(text: string): string {
  const first = text.search(/[«»]/);
  if (first < 0 || text[first] !== '»' || text.indexOf('«', first) < 0) return text;
  return text.replace(/[«»]/g, (mark) => (mark === '»' ? '«' : '»'));
}
