// How much of an element's text is link text: the one measure the rules and the restore pass read (a card,
// a link list, a teaser pointer, a lead that is not a menu). Whitespace does not count; an element inside a
// link is all link.
import { nonSpaceLength } from '../text.ts';

export interface LinkShareOptions {
  /** Count in-page links ("#section-2", a table of contents: the article's own outline) as text, not links. */
  awayOnly?: boolean;
}

export function linkShare(element: Element, { awayOnly = false }: LinkShareOptions = {}): number {
  const isCounted = (a: Element) => !awayOnly || !(a.getAttribute('href') ?? '').startsWith('#');
  const around = element.closest('a');
  if (around && isCounted(around)) return 1;
  const total = letters(element);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(element.querySelectorAll('a'))) if (isCounted(a)) linked += letters(a);
  return Math.min(1, linked / total);
}

function letters(element: Element): number {
  return nonSpaceLength(element.textContent ?? '');
}
