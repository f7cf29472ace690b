// Readability as the pipeline runs it on the page's clone: the same reading, three questions asked more
// cheaply. Each override gives Readability's (0.6.0) own answer on every element; the tests in
// test/readability-on-clone.test.ts hold the answers equal on every element of real pages, and fail if a new
// Readability renames a method.
// - Visible? Readability reads `element.style` for every element it walks: Chromium then makes a style
//   declaration object for each (answered without it, the bench pages took Readability 4% less time: a
//   scratch A/B taking turns, median of 31 rounds). An element without a style, hidden or aria-hidden
//   attribute is visible by every test of that question (an inline style lives in the attribute, also when
//   a script set it), so it is answered without; any other element gets Readability's own answer.
// - A byline? Readability measures every element's whole text before it looks at the element's attributes,
//   until it has a byline: the <html> and <body> elements' text, each wrapper's, again and again. The
//   attributes are asked first here; only an element they call a byline has its text measured.
// - Without content? Readability builds the whole text of every div, section, header and heading to see
//   whether it holds any: here the walk stops at its first visible character.
import { Readability } from '@mozilla/readability';

type VisibilityTest = (this: Readability<Element>, node: Element) => boolean;
type BylineTest = (this: Readability<Element>, node: Element, matchString: string) => boolean;

const readabilitys = Readability.prototype as unknown as { _isProbablyVisible: VisibilityTest; _isValidByline: BylineTest; REGEXPS: { byline: RegExp } };
const readabilitysVisibility = readabilitys._isProbablyVisible;
const readabilitysByline = readabilitys._isValidByline;
const BYLINE = readabilitys.REGEXPS.byline;

export class ReadabilityOnClone extends Readability<Element> {
  /** Readability's visibility test, answered without the style object when no attribute it reads is there. */
  _isProbablyVisible(node: Element): boolean {
    if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) return true;
    return readabilitysVisibility.call(this, node);
  }

  /** Readability's byline test, its text measured only when the element's attributes or names call it a byline. */
  _isValidByline(node: Element, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop');
    if (node.getAttribute('rel') !== 'author' && !itemprop?.includes('author') && !BYLINE.test(matchString)) return false;
    return readabilitysByline.call(this, node, matchString);
  }

  /** Readability's emptiness test (no text but spaces, no elements but <br> and <hr>), its text read up to the first visible character. */
  _isElementWithoutContent(node: Element): boolean {
    if (node.nodeType !== 1 || holdsVisibleCharacter(node)) return false;
    const children = node.children.length;
    return !children || children === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
  }
}

/** Whether any text under `root` has a character String.prototype.trim would keep (the text its textContent reads: text and CDATA nodes). */
function holdsVisibleCharacter(root: Node): boolean {
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if ((node.nodeType === 3 || node.nodeType === 4) && /\S/.test(node.nodeValue ?? '')) return true;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}
