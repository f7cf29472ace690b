// Highlights and notes (issue 12): stretches of an article's text a person marked, each with an optional
// note, kept per article address. A highlight is named like a claim, by its block and character offsets
// into the block's text (ArticleBlock.text), and also by its own words and a few words either side: an
// article read again after it changed finds the highlight by its text, wherever it moved (anchorHighlights).
// Pure: utils/highlights.ts keeps them in extension storage, bounded below.
import { addressKey } from './address.ts';

export interface Highlight {
  /** Unique within its article (made when the highlight is). */
  id: string;
  /** The block and the offsets of the highlighted text in its text, as the article was when it was made. */
  block: number;
  start: number;
  end: number;
  /** The highlighted words, and up to CONTEXT_CHARACTERS of the block's text before and after them. */
  text: string;
  before: string;
  after: string;
  /** The person's note; empty when there is none. */
  note: string;
  /** When it was made (ms since 1970). */
  created: number;
}

/** A highlight where it stands in the article as shown now; null block when its text is no longer there. */
export interface PlacedHighlight extends Highlight {
  placed: { block: number; start: number; end: number } | null;
}

/** One article's highlights, with what the options page lists it by. */
export interface ArticleHighlights {
  /** The address key (lib/address.ts) the article is kept under. */
  address: number;
  url: string;
  title: string;
  /** When a highlight of it last changed (ms since 1970): the article changed least recently goes first when the store is full. */
  changed: number;
  highlights: Highlight[];
}

export interface HighlightStore {
  version: 1;
  articles: ArticleHighlights[];
}

/** Bounds of the store (about 6 MB at the very worst; a few hundred kB for a heavy user). */
export const HIGHLIGHT_LIMITS = {
  /** Articles kept: the one changed least recently goes first. */
  articles: 300,
  /** Highlights in one article. */
  perArticle: 200,
  /** Characters of one highlight: a longer selection is refused with words saying why. */
  text: 2000,
  /** Characters of one note: typing stops there. */
  note: 2000,
} as const;

/** Characters of context kept either side of a highlight's words. */
export const CONTEXT_CHARACTERS = 32;

export const EMPTY_HIGHLIGHT_STORE: HighlightStore = { version: 1, articles: [] };

/** A stretch of one block's text, as a selection in the reader gives it. */
export interface TextStretch {
  block: number;
  start: number;
  end: number;
}

/** A new highlight over `stretch` of the article whose block texts are `texts`; null for an empty or whitespace stretch. */
export function makeHighlight(texts: readonly string[], stretch: TextStretch, now: number, id = newId(now)): Highlight | null {
  const text = texts[stretch.block];
  if (text === undefined) return null;
  const start = Math.max(0, Math.min(stretch.start, text.length));
  const end = Math.max(start, Math.min(stretch.end, text.length));
  // trimmed to the words: a selection that took a space at either end highlights the words only
  const words = text.slice(start, end);
  const from = start + (words.length - words.trimStart().length);
  const to = end - (words.length - words.trimEnd().length);
  if (to <= from) return null;
  return {
    id,
    block: stretch.block,
    start: from,
    end: to,
    text: text.slice(from, to),
    before: text.slice(Math.max(0, from - CONTEXT_CHARACTERS), from),
    after: text.slice(to, to + CONTEXT_CHARACTERS),
    note: '',
    created: now,
  };
}

let counter = 0;
function newId(now: number): string {
  return `${now.toString(36)}-${(counter++).toString(36)}`;
}

/**
 * Where each highlight stands in the article whose block texts are `texts`: at its place when its words
 * are still there; else where its words are, preferring the place whose neighbouring words match and then
 * the block nearest the old one; else nowhere (placed: null), kept for the person to see and delete.
 */
export function anchorHighlights(highlights: readonly Highlight[], texts: readonly string[]): PlacedHighlight[] {
  return highlights.map((h) => ({ ...h, placed: placeOf(h, texts) }));
}

function placeOf(h: Highlight, texts: readonly string[]): PlacedHighlight['placed'] {
  if (texts[h.block]?.slice(h.start, h.end) === h.text) return { block: h.block, start: h.start, end: h.end };
  let best: { block: number; start: number; score: number } | null = null;
  texts.forEach((text, block) => {
    for (let at = text.indexOf(h.text); at >= 0; at = text.indexOf(h.text, at + 1)) {
      const context = sharedSuffix(text.slice(0, at), h.before) + sharedPrefix(text.slice(at + h.text.length), h.after);
      // context first (up to 64), then nearness to the old block (a tie-break below 1)
      const score = context + 1 / (1 + Math.abs(block - h.block));
      if (!best || score > best.score) best = { block, start: at, score };
    }
  });
  const found = best as { block: number; start: number } | null;
  return found ? { block: found.block, start: found.start, end: found.start + h.text.length } : null;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Whether `stretch` overlaps a placed highlight already: a highlight is not made twice over the same words. */
export function overlapsHighlight(placed: readonly PlacedHighlight[], stretch: TextStretch): boolean {
  return placed.some((h) => h.placed?.block === stretch.block && h.placed.start < stretch.end && stretch.start < h.placed.end);
}

/** The highlights kept for the article at `url` (none when there are none). */
export function highlightsOf(store: HighlightStore, url: string): Highlight[] {
  const address = addressKey(url);
  return store.articles.find((a) => a.address === address)?.highlights ?? [];
}

/**
 * The store with the article at `url` holding `highlights` (an article with none is dropped); a new object,
 * bounded by HIGHLIGHT_LIMITS: the article changed least recently goes first, each article keeps its
 * newest highlights, notes are cut to their limit.
 */
export function withArticleHighlights(store: HighlightStore, article: { url: string; title: string }, highlights: readonly Highlight[], now: number): HighlightStore {
  const address = addressKey(article.url);
  const others = store.articles.filter((a) => a.address !== address);
  if (highlights.length === 0) return { version: 1, articles: others };
  const kept = highlights
    .slice(-HIGHLIGHT_LIMITS.perArticle)
    .filter((h) => h.text.length <= HIGHLIGHT_LIMITS.text)
    .map((h) => (h.note.length > HIGHLIGHT_LIMITS.note ? { ...h, note: h.note.slice(0, HIGHLIGHT_LIMITS.note) } : h));
  const entry: ArticleHighlights = { address, url: article.url, title: article.title, changed: now, highlights: kept };
  return { version: 1, articles: [...others, entry].slice(-HIGHLIGHT_LIMITS.articles) };
}

/** The store without the highlight `id` of the article kept under `address` (or without all its highlights when `id` is absent). */
export function withoutHighlight(store: HighlightStore, address: number, id?: string): HighlightStore {
  const articles = store.articles
    .map((a) => (a.address !== address ? a : { ...a, highlights: id === undefined ? [] : a.highlights.filter((h) => h.id !== id) }))
    .filter((a) => a.highlights.length > 0);
  return { version: 1, articles };
}

/** Whether a stored value is a store of this version, with every field of the right type (anything else reads as empty). */
export function isHighlightStore(value: unknown): value is HighlightStore {
  const store = value as HighlightStore | null;
  return typeof store === 'object' && store !== null && store.version === 1 && Array.isArray(store.articles) && store.articles.every(isArticleHighlights);
}

function isArticleHighlights(value: ArticleHighlights): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isFinite(value.address) &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    Number.isFinite(value.changed) &&
    Array.isArray(value.highlights) &&
    value.highlights.every(isHighlight)
  );
}

/** Whether a value (a message's) is a list of highlights, every field of the right type. */
export function isHighlightList(value: unknown): value is Highlight[] {
  return Array.isArray(value) && value.every(isHighlight);
}

function isHighlight(h: Highlight): boolean {
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.id === 'string' &&
    [h.block, h.start, h.end, h.created].every(Number.isFinite) &&
    [h.text, h.before, h.after, h.note].every((s) => typeof s === 'string')
  );
}
