// Whether a page gave an article worth opening the reader on. A sign-in page, an empty page or a page
// that is a picture must say so in words, not show a title over nothing.
import type { ArticleBlock, UnreadableReason } from './types.ts';
import { wordCount } from './text.ts';

/** Fewer words than this is not an article (a short news brief has a hundred or more). */
export const MIN_ARTICLE_WORDS = 50;

/** Below this, a page with a password field is a sign-in wall rather than an article that has a log-in box. */
const SIGN_IN_WALL_WORDS = 150;

export interface PageSignals {
  /** The page has a password field. */
  hasPasswordField: boolean;
}

/** Why the article is not worth showing, or null when it is. */
export function unreadableReason(blocks: readonly ArticleBlock[], page: PageSignals): UnreadableReason | null {
  const words = wordCount(blocks.filter((b) => b.type !== 'image').map((b) => b.text).join(' '), SIGN_IN_WALL_WORDS);
  if (page.hasPasswordField && words < SIGN_IN_WALL_WORDS) return 'sign-in';
  if (words >= MIN_ARTICLE_WORDS) return null;
  if (blocks.some((b) => b.type === 'image')) return 'images-only';
  return words === 0 ? 'no-text' : 'too-short';
}
