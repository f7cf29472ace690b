// Whether a page gave an article worth opening the reader on. A sign-in page, an empty page or a page
// that is a picture must say so in words, not show a title over nothing.
import type { ArticleBlock, UnreadableReason } from './types.ts';
import { wordCount } from './text.ts';
import { isHidden } from './blocks/dom.ts';

/** Fewer words than this is not an article (a short news brief has a hundred or more). */
export const MIN_ARTICLE_WORDS = 50;

/** Below this, a page with a password field is a sign-in wall rather than an article that has a log-in box. */
const SIGN_IN_WALL_WORDS = 150;

/** Chinese and Japanese write words without spaces: about two characters a word. */
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CHARACTERS_PER_CJK_WORD = 2;

export interface PageSignals {
  /** The page shows a password field (not one hidden, or inside a pop-up a click would open). */
  hasPasswordField: boolean;
}

const HAS_HAN_OR_KANA = new RegExp(HAN_OR_KANA.source, 'u');

/** About how many words a text holds, in any script; past `atMost` (when given) the count may stop early. */
export function approximateWords(text: string, atMost = Infinity): number {
  if (!HAS_HAN_OR_KANA.test(text)) return wordCount(text, atMost);
  const cjk = text.match(HAN_OR_KANA)?.length ?? 0;
  return wordCount(text.replace(HAN_OR_KANA, ' ')) + Math.round(cjk / CHARACTERS_PER_CJK_WORD);
}

/** Why the article is not worth showing, or null when it is. */
export function unreadableReason(blocks: readonly ArticleBlock[], page: PageSignals): UnreadableReason | null {
  // (counted only as far as the largest bound below: a long article is not read twice)
  const words = approximateWords(blocks.filter((b) => b.type !== 'image').map((b) => b.text).join(' '), SIGN_IN_WALL_WORDS);
  if (page.hasPasswordField && words < SIGN_IN_WALL_WORDS) return 'sign-in';
  if (words >= MIN_ARTICLE_WORDS) return null;
  if (blocks.some((b) => b.type === 'image')) return 'images-only';
  return words === 0 ? 'no-text' : 'too-short';
}

/** A container a click opens over the page: a log-in pop-up is not a sign-in wall. */
const POP_UP = /(?:^|[-_\s])(?:modal|popup|pop-up|overlay|lightbox|drawer)(?:$|[-_\s])/i;

/**
 * Whether the page shows a password field: not one hidden (attribute or inline style), in a closed
 * <dialog> or a <template>, or in a pop-up (role="dialog", aria-modal, a class or id saying modal/popup).
 */
export function hasShownPasswordField(root: Document | Element): boolean {
  return Array.from(root.getElementsByTagName('input')).some((input) => {
    if (input.getAttribute('type')?.toLowerCase() !== 'password') return false;
    for (let el: Element | null = input; el; el = el.parentElement) {
      if (isHidden(el) || el.tagName === 'TEMPLATE' || (el.tagName === 'DIALOG' && !el.hasAttribute('open'))) return false;
      if (el.getAttribute('role') === 'dialog' || el.getAttribute('aria-modal') === 'true') return false;
      if (POP_UP.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return false;
    }
    return true;
  });
}
