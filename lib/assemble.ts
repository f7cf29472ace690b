// The one Article assembler of both modes: kept blocks, metadata and the removal trail in, an Article out.
// What the Article says beyond the blocks (date of last resort, direction, whether it is readable, its
// the removals) is decided here once, the same way for a page and for a text dump. Its claims are read
// apart (lib/article-claims.ts): the reader paints the article before the code that reads them is loaded.
import type { Article, ArticleBlock, Detection, PageMeta, Removal, StageRemoval } from './types.ts';
import { textDirection } from './direction.ts';
import { toIsoDate } from './iso-date.ts';
import { unreadableReason } from './readable.ts';
import { removalWithout } from './removal-html.ts';

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
  detection?: Detection;
  /** The page shows a password field (a sign-in wall when the text is short). */
  hasPasswordField?: boolean;
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
    // read apart, by withClaims (lib/article-claims.ts)
    claims: [],
    ...(parts.detection && { detection: parts.detection }),
  };
}

/** The Article's removal: the stage's block index left behind (its HTML still written on first read). */
function withoutStagePosition(removal: StageRemoval): Removal {
  return removalWithout(removal, 'block');
}
