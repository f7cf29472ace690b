// An inline pointer to another story that ends a kept paragraph: "… said the analyst. Related: <a>…</a>".
// The label and its link go, the paragraph stays; the cut is logged like any other. A paragraph that is
// only such a pointer is the inline-related-link rule's (lib/rules/related.ts), not this.
import type { Removal } from './types.ts';
import { isBlockElement, ownText } from './blocks/dom.ts';
import { applyEditsToElement } from './dom-text.ts';
import { collapseWhitespace, wordCount } from './text.ts';
import { TEASER_LABELS } from './rules/related.ts';

/**
 * "Related:", "Read more:", "Lesen Sie auch:"…: the label of an inline pointer to another story, after the
 * end of a sentence (or a dash) and before the link that ends the paragraph. The same labels as the
 * inline-related-link rule's (lib/rules/related.ts), which takes a paragraph that is only such a pointer.
 */
const TEASER_LABEL = new RegExp(`(?:^|[.!?…;"”»)\\]]\\s*|\\s[-–—|]\\s*)(\\(?\\s*(?:${TEASER_LABELS.join('|')})\\s*[:：]\\s*)$`, 'iu');
/** What must stay of the paragraph for the cut to be worth it: otherwise the paragraph is only a pointer. */
const MIN_WORDS_KEPT = 5;

/** Cut "Related: <a>…</a>" and its kin from the end of paragraphs that say more than that. */
export function cutTeaserTails(container: Element): Removal[] {
  const removed: Removal[] = [];
  for (const el of Array.from(container.querySelectorAll('p, li'))) {
    const links = Array.from(el.querySelectorAll('a'));
    const link = links[links.length - 1];
    if (!link || hasBlockBetween(link, el)) continue;
    const text = ownText(el);
    const linkText = collapseWhitespace(link.textContent ?? '');
    const tail = /[\s.)\]»"”]*$/.exec(text)![0];
    const body = text.slice(0, text.length - tail.length);
    if (!linkText || !body.endsWith(linkText)) continue;
    const prefix = body.slice(0, body.length - linkText.length);
    const match = TEASER_LABEL.exec(prefix);
    if (!match) continue;
    const cutFrom = match.index + match[0].length - match[1].length;
    if (wordCount(text.slice(0, cutFrom)) < MIN_WORDS_KEPT) continue;
    const cut = text.slice(cutFrom);
    applyEditsToElement(el, [{ start: cutFrom, end: text.length, replacement: '' }]);
    removed.push({ rule: 'inline-teaser-link', category: 'related', stage: 'restore', text: collapseWhitespace(cut), scope: 'sentence' });
  }
  return removed;
}

function hasBlockBetween(inner: Element, outer: Element): boolean {
  for (let el = inner.parentElement; el && el !== outer; el = el.parentElement) if (isBlockElement(el)) return true;
  return false;
}
