// The one Article assembler of both modes: kept blocks, metadata and the removal trail in, an Article out.
// What the Article says beyond the blocks (date of last resort, direction, whether it is readable, its
// claims) is decided here once, the same way for a page and for a text dump.
import type { Article, ArticleBlock, Detection, PageMeta, Removal, StageRemoval } from './types.ts';
import { extractClaims } from './claims/index.ts';
import { readsClaimsIn } from './claims/languages.ts';
import { textDirection } from './direction.ts';
import { toIsoDate } from './iso-date.ts';
import { unreadableReason } from './readable.ts';

export interface ArticleParts {
  blocks: ArticleBlock[];
  meta: PageMeta;
  /** A date line of the article ("Updated Apr 7, 2025"): the date of last resort. */
  lineDate?: string;
  url?: string;
  /** The language and direction the page states, if any. */
  lang?: string | null;
  dir?: string | null;
  /** Removals of every stage, in the order the stages ran, anchored in `blocks`. */
  removed: readonly StageRemoval[];
  detection: Detection;
  /** The page shows a password field (a sign-in wall when the text is short). */
  hasPasswordField?: boolean;
  /** Read the claims now (the default); the reader reads them after its first paint (withClaims). */
  claims?: boolean;
}

export function assembleArticle(parts: ArticleParts): Article {
  const { blocks, meta } = parts;
  const lang = parts.lang || null;
  return {
    title: meta.title ?? '',
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    publishedTime: toIsoDate(meta.publishedTime) ?? parts.lineDate ?? null,
    url: parts.url ?? null,
    lang,
    dir: textDirection({ dir: parts.dir, lang }, blocks.map((b) => b.text).join(' ')),
    original: meta.original,
    unreadableReason: unreadableReason(blocks, { hasPasswordField: parts.hasPasswordField ?? false }),
    blocks,
    removed: parts.removed.map(withoutStagePosition),
    // Claims only in the languages lib/claims reads; for others the panel says so (lib/claims/languages.ts).
    claims: parts.claims === false ? [] : claimsOf(blocks, meta.siteName ?? null, parts.url ?? null, lang),
    detection: parts.detection,
  };
}

/** An Article assembled without its claims, with them: the same claims as assembling with them at once. */
export function withClaims(article: Article): Article {
  return { ...article, claims: claimsOf(article.blocks, article.siteName, article.url, article.lang) };
}

/** Claims only in the languages lib/claims reads; for others the panel says so (lib/claims/languages.ts). */
function claimsOf(blocks: ArticleBlock[], siteName: string | null, url: string | null, lang: string | null) {
  return readsClaimsIn(lang) ? extractClaims(blocks, { siteName, url, lang }) : [];
}

/** The Article's removal: the stage's block index left behind. */
function withoutStagePosition({ block: _block, ...removal }: StageRemoval): Removal {
  return removal;
}
