// Applies the element rules to a cloned document: containers recognised by class, id or label.
import type { Removal } from './types.ts';
import { ELEMENT_RULES } from './rules/index.ts';
import type { ElementRule } from './rules/types.ts';
import { visibleText } from './blocks/dom.ts';
import { sanitizedHtml } from './sanitize.ts';
import { setHtmlOnFirstRead } from './removal-html.ts';

/** A paragraph this long is the article's text, not a caption or a byline. */
const FIRST_PARAGRAPH_WORDS = 25;

/** Never removed by attribute alone: the page itself and its main article. */
const STRUCTURAL_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'H1']);

/** A container with more than this share of the page's paragraph text is the article, whatever its class. */
const MAX_SHARE_OF_TEXT = 0.5;

/** Remove matching containers from `document` (a clone) and return what went; `baseUrl` resolves the links of its HTML. */
export function applyElementRules(document: Document, baseUrl?: string, rules: readonly ElementRule[] = ELEMENT_RULES): Removal[] {
  const body = document.body;
  if (!body) return [];
  let paragraphTextLength: number | undefined; // measured only when a rule needs the guard
  const paragraphText = () => (paragraphTextLength ??= textOfParagraphs(body));
  const removed: Removal[] = [];
  // Where a container stood, as far as the reader can show it again: before the article's first real
  // paragraph (the top, anchor 0), or after it (left without an anchor: the end).
  // (not one in a <template>, never shown: linkedom's getElementsByTagName reaches into them, browsers' do not)
  const firstParagraph = Array.from(body.getElementsByTagName('p')).find((p) => (p.textContent ?? '').split(/\s+/).length >= FIRST_PARAGRAPH_WORDS && !p.closest('template')) ?? null;
  // The walk below meets the elements in document order: one before the first paragraph, or holding it,
  // comes before it is met (or before a removed container took it along).
  let firstParagraphMet = firstParagraph === null;
  // Elements the finders return may stand anywhere: their order is read from the element list
  // (linkedom's compareDocumentPosition is not reliable), once: when a finder removes one, or before the
  // walk takes the first paragraph away, so that it is still there to compare with.
  let order: Map<Element, number> | undefined;
  const readOrder = () => (order ??= new Map(Array.from(body.querySelectorAll('*'), (el, i) => [el, i])));
  const precedesFirstParagraph = (element: Element) => {
    if (!firstParagraph) return false;
    const places = readOrder();
    return (places.get(element) ?? Infinity) < (places.get(firstParagraph) ?? -1);
  };
  const remove = (element: Element, rule: ElementRule, atTop: boolean) => {
    const text = visibleText(element); // what a reader saw: not the text of its scripts and styles
    element.remove();
    if (!text) return;
    const removal: Removal = { rule: rule.name, category: rule.category, stage: 'elements', text, scope: 'block', ...(atTop ? { anchor: 0 } : {}) };
    // nothing changes a removed container again (the rules look only at the page's copy): its HTML can wait
    setHtmlOnFirstRead(removal, () => sanitizedHtml(element, baseUrl));
    removed.push(removal);
  };
  const byAttributes = rules.filter((r) => r.attributes);
  // Most elements match no rule: one combined test rules them out.
  const anyRule = new RegExp(byAttributes.map((r) => r.attributes!.source).join('|'), 'i');
  const visit = (element: Element): void => {
    // siblings, not Array.from(children): a live collection copied at every element cost more than the rules
    for (let child = element.firstElementChild, next: Element | null; child; child = next) {
      next = child.nextElementSibling; // read before the child may go
      const description = STRUCTURAL_TAGS.has(child.tagName.toUpperCase()) ? '' : describe(child);
      const rule = description && anyRule.test(description) ? byAttributes.find((r) => r.attributes!.test(description) && (!r.containersOnly || !INLINE_TAGS.has(child.tagName.toUpperCase()))) : undefined;
      if (child === firstParagraph) firstParagraphMet = true;
      if (rule && isSafeToRemove(child, rule, paragraphText)) {
        const takesFirstParagraph = firstParagraph !== null && child.contains(firstParagraph);
        if (takesFirstParagraph) readOrder();
        remove(child, rule, !firstParagraphMet);
        if (takesFirstParagraph) firstParagraphMet = true;
      } else visit(child);
    }
  };
  visit(body);
  for (const rule of rules) {
    for (const element of rule.find?.(document) ?? []) if (body.contains(element) && isSafeToRemove(element, rule, paragraphText)) remove(element, rule, precedesFirstParagraph(element));
  }
  return removed;
}

/** Elements that stand inside a sentence: a rule for containers leaves them alone. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'ABBR', 'SUP', 'SUB', 'SMALL', 'TIME', 'CITE', 'MARK', 'LABEL', 'FONT', 'CODE', 'Q', 'BDI']);

/** An id with more words than this is a slug made from a heading ("sharing-with-a-single-developer"), not a role. */
const MAX_ID_WORDS = 3;

/** "#id .class1 .class2 module-name test-id label" — what the attribute patterns are tested against. */
function describe(element: Element): string {
  if (!element.hasAttributes()) return '';
  let description = '';
  const id = element.getAttribute('id');
  if (id && id.split(/[-_\s]+/).length <= MAX_ID_WORDS) description += ` #${id}`;
  const classes = element.getAttribute('class');
  if (classes) description += ` .${classes.trim().replace(/\s+/g, ' .')}`;
  for (const attribute of DESCRIBED_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value) description += ` ${value.replace(/\s+/g, '-')}`;
  }
  return description.trim();
}

const DESCRIBED_ATTRIBUTES = ['aria-label', 'data-testid', 'data-module', 'data-module-name', 'data-component'];

function textOfParagraphs(element: Element): number {
  return Array.from(element.getElementsByTagName('p')).reduce((n, p) => n + (p.textContent ?? '').length, 0);
}

/**
 * What only the article holds: the page's title, its main area, its body as schema.org or the hAtom
 * microformat mark it (WordPress and Blogger themes: "entry-content"). A post written with <br> and no <p>
 * has no paragraph text for the share test below to see.
 */
const ARTICLE_MARKS = 'h1, main, [itemprop="articleBody"], .entry-content';

function isSafeToRemove(element: Element, rule: ElementRule, paragraphText: () => number): boolean {
  if (element.querySelector(ARTICLE_MARKS)) return false;
  // Related cards are often <article> elements; anything else holding an <article> is a wrapper.
  if (rule.category !== 'related' && element.getElementsByTagName('article').length > 0) return false;
  const total = paragraphText();
  return total === 0 || textOfParagraphs(element) / total <= MAX_SHARE_OF_TEXT;
}
