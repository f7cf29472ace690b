// Readability as the pipeline runs it on the page's clone: the same reading, with less work. Each override
// gives Readability's (0.6.0) own answer; the tests in test/readability-on-clone.test.ts hold the answers
// equal on every element of real pages and the articles equal, and fail if a new Readability renames a method.
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
// - The page kept for a second try. Readability serialises the whole <body> before it reads the page, to
//   parse it again should the article come out too short (under 500 characters) and it try again with
//   looser rules: most pages never need it. Here a copy of the body is kept instead (a deep clone, cheaper
//   than the HTML), and a second try gets the HTML of that copy: the very HTML Readability would have kept,
//   parsed as it would have.
// - Its log. Readability writes the article's HTML into a log message that goes nowhere unless it was asked
//   to debug: that one reading of the article's HTML is answered with nothing.
//   (These two: Readability's parse 16% faster on the bench pages than with the tests above alone, a
//   scratch A/B taking turns, median of 15 rounds.)
import { Readability } from '@mozilla/readability';

type VisibilityTest = (this: Readability<Element>, node: Element) => boolean;
type BylineTest = (this: Readability<Element>, node: Element, matchString: string) => boolean;
type ArticleGrab = (this: Readability<Element>, page?: Element | null) => Element | null;
type PostProcess = (this: Readability<Element>, articleContent: Element) => void;

const readabilitys = Readability.prototype as unknown as {
  _isProbablyVisible: VisibilityTest;
  _isValidByline: BylineTest;
  _grabArticle: ArticleGrab;
  _postProcessContent: PostProcess;
  REGEXPS: { byline: RegExp };
};
const readabilitysVisibility = readabilitys._isProbablyVisible;
const readabilitysByline = readabilitys._isValidByline;
const readabilitysGrab = readabilitys._grabArticle;
const readabilitysPostProcess = readabilitys._postProcessContent;
const BYLINE = readabilitys.REGEXPS.byline;

/** What the body's HTML reads as while Readability reads the page: it gives the string back to restore the body. */
const KEPT_PAGE = '\u0000crypto-reader: the page as it was';

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

  /** Readability's reading of the page, the body kept for a second try as a copy rather than as HTML. */
  _grabArticle(page?: Element | null): Element | null {
    const self = this as unknown as { _doc: Document; _debug: boolean };
    const body = page ?? self._doc.body;
    if (!body) return readabilitysGrab.call(this, page);
    const html = innerHtmlAccessor(body);
    let kept: Element | undefined;
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => {
        kept = body.cloneNode(true) as Element;
        return KEPT_PAGE;
      },
      set: (value: string) => html.set!.call(body, value === KEPT_PAGE && kept ? html.get!.call(kept) : value),
    });
    let article: Element | null;
    try {
      article = readabilitysGrab.call(this, page);
    } finally {
      delete (body as { innerHTML?: string }).innerHTML;
    }
    // the log's one reading of the article's HTML (parse, right after); _postProcessContent ends it in any case
    if (article && !self._debug) Object.defineProperty(article, 'innerHTML', { configurable: true, get: () => (delete (article as { innerHTML?: string }).innerHTML, '') });
    return article;
  }

  _postProcessContent(articleContent: Element): void {
    delete (articleContent as { innerHTML?: string }).innerHTML;
    readabilitysPostProcess.call(this, articleContent);
  }
}

/** The DOM's own innerHTML getter and setter for `element` (on Element.prototype in browsers, elsewhere in linkedom). */
function innerHtmlAccessor(element: Element): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto)) {
    const accessor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (accessor?.get && accessor.set) return accessor;
  }
  throw new Error('Crypto Reader: this DOM has no innerHTML accessor');
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
