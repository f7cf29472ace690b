// A drop cap written as its own element before the paragraph it begins ("<span>T</span><p>urkey, Poland
// …"; standard.co.uk): put the letter back at the start of the paragraph, or the reader shows "T" as a
// paragraph and "urkey, Poland" as the next. Runs on the page's clone, never the live page.

/** Elements a drop cap is written in. */
const DROP_CAP_HOLDERS = 'span, div, p, b, strong, em, i';
const ONE_CAPITAL = /^\s*\p{Lu}\s*$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;

/** Join each drop cap to the paragraph after it; returns how many were joined. */
export function joinDropCaps(document: Document): number {
  let joined = 0;
  for (const holder of document.querySelectorAll(DROP_CAP_HOLDERS)) {
    const only = holder.firstChild; // (its one child: read without a childNodes list for each element)
    if (only === null || only.nextSibling !== null || only.nodeType !== 3 || !ONE_CAPITAL.test(only.nodeValue ?? '')) continue;
    // The paragraph must come next: a drop cap already inline ("<span>E</span>inen größeren…") is read
    // right as it is, and must not jump to a later element of its paragraph ("…<a>hatte</a>").
    const next = holder.nextElementSibling;
    if (!next || !onlySpaceBetween(holder, next)) continue;
    const firstText = firstTextNode(next);
    if (!firstText || !STARTS_LOWER.test(firstText.nodeValue ?? '')) continue;
    firstText.nodeValue = (only.nodeValue ?? '').trim() + (firstText.nodeValue ?? '').trimStart();
    holder.remove();
    joined++;
  }
  return joined;
}

/** Whether nothing but white space stands between two siblings. */
function onlySpaceBetween(from: Node, to: Node): boolean {
  for (let node = from.nextSibling; node && node !== to; node = node.nextSibling) {
    if (node.nodeType !== 3 || /\S/.test(node.nodeValue ?? '')) return false;
  }
  return true;
}

/** The first text node with letters in it, in document order. */
function firstTextNode(element: Element): Node | undefined {
  for (const child of element.childNodes) {
    if (child.nodeType === 3) {
      if (/\S/.test(child.nodeValue ?? '')) return child;
    } else if (child.nodeType === 1) {
      const found = firstTextNode(child as Element);
      if (found) return found;
    }
  }
  return undefined;
}
