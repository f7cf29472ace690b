// Collapsed-text offsets mapped to DOM text nodes (lib/dom-offsets.ts), and the three places that use
// them agreeing: ownText and the DOM adapter's block text, sentence cuts (applyEditsToElement), and the
// reader's claim highlights (highlightRange; linkedom has no usable Range, and highlightRange needs none).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html.ts';
import { ownTextMap, type TextMap } from '../lib/dom-offsets.ts';
import { blocksFromDom, ownText } from '../lib/blocks/dom.ts';
import { applyEditsToElement } from '../lib/dom-text.ts';
import { collapseWhitespace } from '../lib/text.ts';
import { extractArticle } from '../lib/extract.ts';
import { asListItem, blockHtml } from '../lib/export/body-html.ts';
import type { ArticleBlock } from '../lib/types.ts';
import { clearHighlights, highlightRange } from '../components/highlight.ts';
import { readFixture } from './support/fixtures.ts';

/** The element #x of a page whose body is `body`. */
function element(body: string): Element {
  return parseHtml(`<html><body>${body}</body></html>`).getElementById('x')!;
}

const pieceTexts = (map: TextMap, start: number, end: number) => map.pieces(start, end).map(({ node, from, to }) => node.nodeValue!.slice(from, to));

/** Every visible character maps to exactly itself; every space to one whitespace character or to no node (<br>, nested block). */
function expectEachCharacterMapped(map: TextMap): void {
  for (let i = 0; i < map.text.length; i++) {
    const texts = pieceTexts(map, i, i + 1);
    if (map.text[i] === ' ') expect(texts.length === 0 || (texts.length === 1 && /^[\s\u00a0\u200b\ufeff]$/.test(texts[0]))).toBe(true);
    else expect(texts).toEqual([map.text[i]]);
  }
}

describe('the collapsed own text', () => {
  const cases: [string, string, string][] = [
    ['links and emphasis', '<p id="x">  Bitcoin <a href="/btc">rose <em>5%</em></a> on\n   Monday.  </p>', 'Bitcoin rose 5% on Monday.'],
    ['<br> as a space', '<p id="x">Line one<br>line two<br/>\n<br>end</p>', 'Line one line two end'],
    ['a nested block as a space, its text not read', '<div id="x">Intro text<p>Nested paragraph.</p>outro</div>', 'Intro text outro'],
    ['script and style left out', '<p id="x">Price<script>var a = 1;</script> data<style>p { color: red }</style> here.</p>', 'Price data here.'],
    ['hidden spans left out', '<p id="x">Shown <span hidden>secret</span>text <span style="display: none">gone</span>too.</p>', 'Shown text too.'],
    ['no-break, zero-width and other spaces', '<p id="x">&nbsp;Fee:&nbsp;&nbsp;$5\u200b\u200bnow\ufeff.\u2003\u3000</p>', 'Fee: $5 now .'],
    ['leading and trailing whitespace and <br>', '<p id="x"><br> \n <a href="#"> Link </a> \t<br></p>', 'Link'],
    // As the DOM adapter's block text: a hidden <br> or hidden block is left out whole, not read as a space.
    ['hidden <br> and hidden block', '<div id="x">a<div hidden>x</div>b<br style="display:none">c</div>', 'abc'],
    ['empty', '<p id="x"> <!-- comment --> </p>', ''],
  ];

  it.each(cases)('%s', (_, html, expected) => {
    const el = element(html);
    const map = ownTextMap(el);
    expect(map.text).toBe(expected);
    expect(ownText(el)).toBe(expected);
    // The DOM adapter's own walk (lib/blocks/dom.ts gather) reads the same text.
    const block = blocksFromDom(el.ownerDocument).find((b) => b.element === el);
    expect(block?.text ?? '').toBe(expected);
    expectEachCharacterMapped(map);
  });

  it('is collapseWhitespace of the raw text, whatever the whitespace', () => {
    const whitespace = [' ', '\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u2028', '\u3000', '\u2003'];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 50; round++) {
      let raw = '';
      let html = '';
      for (let i = 0; i < 12; i++) {
        const piece = random(3) === 0 ? '' : 'ab€'.slice(0, 1 + random(3));
        const space = Array.from({ length: random(3) }, () => whitespace[random(whitespace.length)]).join('');
        raw += piece + space;
        html += random(4) === 0 ? `<em>${piece}${space}</em>` : piece + space;
      }
      const map = ownTextMap(element(`<p id="x">${html}</p>`));
      expect(map.text).toBe(collapseWhitespace(raw));
      expectEachCharacterMapped(map);
    }
  });

  it('equals the DOM adapter’s block text on real pages', () => {
    for (const page of ['coindesk.com', 'cointelegraph.com', 'cryptonews.com--xrp', 'decrypt.co']) {
      const blocks = blocksFromDom(parseHtml(readFixture(`crypto/${page}.html`))).filter((b) => b.type !== 'table');
      expect(blocks.length).toBeGreaterThan(20);
      for (const block of blocks) expect(ownTextMap(block.element!).text).toBe(block.text);
    }
  });
});

describe('pieces', () => {
  const el = element('<p id="x">Read the <a href="/r">full report</a> today.<br>\n Then\n <em>more</em>.</p>');
  const map = ownTextMap(el);
  const at = (s: string) => map.text.indexOf(s);

  it('cover a range across an <a> boundary, one piece per text node', () => {
    expect(map.text).toBe('Read the full report today. Then more.');
    const pieces = map.pieces(at('the full'), at('the full') + 'the full'.length);
    expect(pieces.map((p) => [p.node.parentElement!.tagName, p.from, p.to])).toEqual([
      ['P', 5, 9],
      ['A', 0, 4],
    ]);
    expect(pieceTexts(map, at('the full'), at('the full') + 'the full'.length)).toEqual(['the ', 'full']);
    expect(pieceTexts(map, at('report today'), at('report today') + 'report today'.length)).toEqual(['report', ' today']);
  });

  it('a range across a <br> has no piece for the <br>; whitespace between its words is covered', () => {
    expect(pieceTexts(map, at('today.'), at('Then') + 4)).toEqual(['today.', '\n Then']);
    expect(pieceTexts(map, at('Then'), map.text.length)).toEqual(['Then\n ', 'more', '.']);
  });

  it('a space stands for the first character of its run: none for a <br>', () => {
    expect(pieceTexts(map, at(' Then'), at(' Then') + 1)).toEqual([]);
    expect(pieceTexts(map, at(' more'), at(' more') + 1)).toEqual(['\n']);
  });

  it('empty and out-of-range ranges', () => {
    expect(map.pieces(3, 3)).toEqual([]);
    expect(map.pieces(10, 2)).toEqual([]);
    expect(map.pieces(map.text.length, map.text.length + 5)).toEqual([]);
    expect(pieceTexts(map, -4, 4)).toEqual(['Read']);
    expect(pieceTexts(map, at('more'), 1000)).toEqual(['more', '.']);
  });
});

describe('applyEditsToElement', () => {
  const cut = (html: string, ...sentences: string[]) => {
    const el = element(html);
    const text = ownText(el);
    applyEditsToElement(
      el,
      sentences.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, replacement: '' })),
    );
    return el;
  };

  it('cuts the right sentence after a hidden span (its text is not part of the offsets)', () => {
    const el = cut('<p id="x">Bitcoin rose 5%.<span style="display:none">Sponsored</span> Buy $PEPE now at <a href="https://x.test">our partner</a>! Analysts expect more.</p>', 'Buy $PEPE now at our partner!');
    expect(el.innerHTML).toBe('Bitcoin rose 5%.<span style="display:none">Sponsored</span>  Analysts expect more.');
    expect(ownText(el)).toBe('Bitcoin rose 5%. Analysts expect more.');
  });

  it('cuts several sentences of one text node, and one across links and emphasis', () => {
    expect(cut('<p id="x">One. Two promo. Three. Four promo. Five.</p>', 'Two promo.', 'Four promo.').innerHTML).toBe('One.  Three.  Five.');
    const el = cut('<p id="x">Markets <em>rallied</em>. Trade on <a href="/x"><strong>WEEX</strong> today</a>. Done <b>here</b>.</p>', 'Trade on WEEX today.');
    expect(el.innerHTML).toBe('Markets <em>rallied</em>.  Done <b>here</b>.');
  });

  it('puts the replacement where the cut begins, in its first text node', () => {
    const el = element('<p id="x">Shares fell, <em>according to a sponsored report</em> by Acme.</p>');
    const text = ownText(el);
    applyEditsToElement(el, [{ start: text.indexOf(', according'), end: text.length, replacement: '.' }]);
    expect(el.innerHTML).toBe('Shares fell.');
    expect(ownText(el)).toBe('Shares fell.');
  });
});

describe('highlightRange', () => {
  it('wraps exactly the range, one mark per text node, and clearHighlights undoes it', () => {
    const root = element('<div id="x"><div class="block" data-block="0"><p>Bitcoin <a href="/x">rose <em>5%</em></a> on Monday, data show.</p></div></div>');
    const block = root.querySelector('[data-block]')!;
    const before = block.innerHTML;
    const text = 'Bitcoin rose 5% on Monday, data show.';
    const start = text.indexOf('rose');
    const mark = highlightRange(block, start, text.indexOf(','));
    expect(block.querySelector('p')!.innerHTML).toBe(
      'Bitcoin <a href="/x"><mark class="claim-highlight">rose </mark><em><mark class="claim-highlight">5%</mark></em></a><mark class="claim-highlight"> on Monday</mark>, data show.',
    );
    expect(mark!.textContent).toBe('rose ');
    expect(block.classList.contains('claim-target')).toBe(true);
    clearHighlights(root);
    expect(root.querySelector('mark')).toBeNull();
    expect(block.classList.contains('claim-target')).toBe(false);
    expect(ownTextMap(block, { readNestedBlocks: true }).text).toBe(text);
    expect(block.textContent).toBe(parseHtml(`<div>${before}</div>`).querySelector('div')!.textContent);
  });

  it('reads through the list the reader puts around a list item', () => {
    const block = element('<div id="x" data-block="1"><ul><li>\n Ether <strong>gained</strong> 3% on <br>Tuesday.</li></ul></div>');
    highlightRange(block, 6, 'Ether gained 3% on Tuesday'.length);
    expect(Array.from(block.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['gained', ' 3% on ', 'Tuesday']);
  });

  it('marks the words of every claim of real articles, rendered as the reader renders blocks', () => {
    for (const page of ['coindesk.com', 'cointelegraph.com', 'cryptonews.com--xrp', 'decrypt.co']) {
      const article = extractArticle(parseHtml(readFixture(`crypto/${page}.html`)), { url: `https://${page}/a` });
      expect(article.claims.length).toBeGreaterThan(3);
      // ArticleView's readerBlockHtml, without DOMPurify (which needs a window; it only drops attributes here).
      const rendered = (block: ArticleBlock) => {
        const html = blockHtml(block);
        const inner = block.type !== 'list-item' ? html : block.ordered ? `<ol>${asListItem(html)}</ol>` : `<ul>${asListItem(html)}</ul>`;
        return parseHtml(`<html><body><div id="x" data-block>${inner}</div></body></html>`).getElementById('x')!;
      };
      for (const claim of article.claims) {
        const block = rendered(article.blocks[claim.block]);
        expect(ownTextMap(block, { readNestedBlocks: true }).text).toBe(article.blocks[claim.block].text);
        highlightRange(block, claim.start, claim.end);
        const marked = Array.from(block.querySelectorAll('mark')).map((m) => m.textContent).join('');
        const expected = article.blocks[claim.block].text.slice(claim.start, claim.end);
        expect(marked.replace(/[\s\u00a0\u200b\ufeff]+/g, '')).toBe(expected.replace(/\s+/g, ''));
        expect(marked.trimStart().slice(0, 8)).toBe(expected.slice(0, 8));
      }
    }
  });
});

describe('offsetAt: a selection end as an offset into the collapsed text', () => {
  // parsed by the CLI's parser (linkedom): its compareDocumentPosition is the standard one
  const p = element('<p id="x">  Bitcoin <a href="/btc">rose <em>5%</em></a> on\n   Monday.  </p>');
  const map = ownTextMap(p);
  const [lead, link, em] = [p.firstChild!, p.querySelector('a')!.firstChild!, p.querySelector('em')!.firstChild!];

  it('in a text node: the characters before the point, whitespace collapsed and the start trimmed', () => {
    expect(map.offsetAt(lead, 0)).toBe(0);
    expect(map.offsetAt(lead, 2)).toBe(0);
    expect(map.offsetAt(lead, 5)).toBe(3);
    expect(map.offsetAt(link, 0)).toBe('Bitcoin '.length);
    expect(map.offsetAt(em, 2)).toBe('Bitcoin rose 5%'.length);
    expect(map.text.slice(map.offsetAt(link, 0), map.offsetAt(em, 2))).toBe('rose 5%');
  });

  it('between nodes: before the child at the offset, or after the last child', () => {
    const a = p.querySelector('a')!;
    expect(map.offsetAt(a, 1)).toBe('Bitcoin rose '.length);
    expect(map.offsetAt(p, 0)).toBe(0);
    expect(map.offsetAt(p, p.childNodes.length)).toBe(map.text.length);
  });

  it('agrees with pieces() on every character of a real paragraph', () => {
    const page = parseHtml(readFixture('pages/messy-crypto.html'));
    const paragraph = Array.from(page.querySelectorAll('p')).find((el) => ownTextMap(el).text.length > 80)!;
    const real = ownTextMap(paragraph);
    for (let i = 0; i < real.text.length; i++) {
      if (real.text[i] === ' ') continue;
      const [piece] = real.pieces(i, i + 1);
      expect(real.offsetAt(piece.node, piece.from)).toBe(i);
      expect(real.offsetAt(piece.node, piece.to)).toBe(i + 1);
    }
  });
});
