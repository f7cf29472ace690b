// Readability as the pipeline runs it on the page's clone: the same reading, one question asked more cheaply.
// Readability (0.6.0) asks of every element it walks whether it is visible, and reads `element.style` for it:
// Chromium then makes a style declaration object for each element of the page (answered without it, the
// bench pages took Readability 4% less time: a scratch A/B taking turns, median of 31 rounds). An element
// without a style, hidden or aria-hidden attribute is visible by every test of that question (an inline
// style lives in the attribute, also when a script set it), so it is answered without; any other element
// gets Readability's own answer. test/readability-on-clone.test.ts holds the two answers equal on real
// pages, and fails if a new Readability renames the method.
import { Readability } from '@mozilla/readability';

type VisibilityTest = (this: Readability<Element>, node: Element) => boolean;

const readabilitysVisibility = (Readability.prototype as unknown as { _isProbablyVisible: VisibilityTest })._isProbablyVisible;

export class ReadabilityOnClone extends Readability<Element> {
  /** Readability's visibility test, answered without the style object when no attribute it reads is there. */
  _isProbablyVisible(node: Element): boolean {
    if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) return true;
    return readabilitysVisibility.call(this, node);
  }
}
