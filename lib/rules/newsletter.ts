// Newsletter sign-up boxes: whatever their class names, they are built around an e-mail field. The box
// is the largest element around the field that is still small (a heading, a blurb, the form).
import type { ElementRule } from './types.ts';

/** A sign-up box holds a few lines of text at most. */
const MAX_BOX_TEXT = 400;

/** An e-mail field: by its type, name or autocomplete hint. */
function isEmailField(input: Element): boolean {
  return ['type', 'name', 'autocomplete'].some((attribute) => /e-?mail/i.test(input.getAttribute(attribute) ?? ''));
}

export const newsletterSignup: ElementRule = {
  kind: 'element',
  name: 'newsletter-signup',
  category: 'promo',
  description: 'The box around an e-mail sign-up field: its heading, blurb and form.',
  find(document) {
    const boxes = new Set<Element>();
    for (const field of Array.from(document.getElementsByTagName('input')).filter(isEmailField)) {
      let box: Element | null = null;
      for (let el = field.parentElement; el && el !== document.body; el = el.parentElement) {
        if (el.matches('main, article, body') || el.querySelector('h1, article, main')) break;
        if ((el.textContent ?? '').replace(/\s+/g, ' ').trim().length > MAX_BOX_TEXT) break;
        box = el;
      }
      if (box) boxes.add(box);
    }
    return [...boxes];
  },
  examples: {
    source: 'decrypt.co fixture (the Daily Debrief box and the footer form, class names shortened); trafilatura evaluation set: frau-sabienes.de (kept)',
    kind: 'html',
    remove: [
      '<div class="my-4 border-b border-decryptGridline"><div class="text-start p-8"><h3>Daily Debrief Newsletter</h3><div>Start every day with the top news stories right now, plus original features, a podcast, videos and more.</div><form class="flex flex-col"><label for="article-footer-email">Your Email</label><input type="email" name="email" placeholder="you@emailaddress.com" required value=""><button type="submit"><span>Get it!</span></button></form></div></div>',
      '<form><fieldset class="flex flex-col items-start max-w-fit"><legend>SUBSCRIBE TO OUR NEWSLETTER</legend><p>The latest news, articles, and resources, sent to your inbox weekly.</p><input type="email" name="email" placeholder="Enter your email" required value=""><button type="submit">Subscribe</button></fieldset></form>',
    ],
    keep: [
      '<p>Das Abbestellen von Newslettern und Katalogen verlief in den meisten Fällen reibungslos. Bei manchen Anbietern dauerte das Löschen meiner Adresse etwas länger, als bei anderen.</p>',
    ],
  },
};
