// @vitest-environment jsdom
// The claims panel as a component (jsdom): the first ten claims then all, a summary bullet shown under
// the claim it restates, filters by type and sourcing, J/K from the keyboard, and the note for an article
// in a language claims are not read in. Most cases run on a made-up article whose claims are written out
// here, so the expected lists can be read off it; one runs on a corpus page. In real Chromium:
// test/e2e/reader.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClaimsSidebar } from '../../components/ClaimsSidebar.tsx';
import { figureLabel } from '../../components/ClaimCard.tsx';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { readerProps } from '../support/reader-props.ts';
import { cleanText } from '../../lib/clean-text.ts';
import type { Article, ArticleBlock, Claim } from '../../lib/types.ts';
import { readFixture } from '../support/fixtures.ts';
import { byTestId, mount } from '../support/mount.ts';
import '../support/jsdom-dialog.ts';

const click = (element: HTMLElement | null) => act(() => element!.click());
/** The listed items, each as the text of its claim. */
const itemTexts = (root: ParentNode) => Array.from(root.querySelectorAll('[data-testid="claim-item"] > .claim .claim-text')).map((e) => e.textContent);
const heading = (root: ParentNode) => root.querySelector('#cr-claims-title')!.textContent;

type ClaimSpec = Pick<Claim, 'text' | 'type' | 'sourcing'> & Partial<Claim>;

/** An article of one paragraph a claim (a heading first), the claims ranked in the order given. */
function articleWith(specs: ClaimSpec[], { lang = 'en', lead = [] as ArticleBlock[] } = {}): Article {
  const blocks: ArticleBlock[] = [{ type: 'heading', text: 'The week in crypto', level: 2 }, ...lead];
  const claims = specs.map((spec, i): Claim => {
    const block = spec.block ?? blocks.push({ type: 'paragraph', text: spec.text }) - 1;
    return { block, start: 0, end: spec.text.length, numbers: [], assets: [], score: specs.length - i, ...spec };
  });
  return {
    title: 'The week in crypto', byline: null, siteName: null, publishedTime: null, url: 'https://news.example/week', lang, dir: 'ltr',
    original: {}, unreadableReason: null, blocks, removed: [], claims, detection: { isCryptoNews: true, score: 1, signals: [] },
  };
}

/** Fourteen claims of every type and sourcing; eleven have no source. */
const FOURTEEN: ClaimSpec[] = [
  { text: 'Bitcoin ETFs drew $1.2 billion in inflows last week, Farside said.', type: 'quantity', sourcing: 'named', speaker: 'Farside', assets: ['BTC'], numbers: [{ text: '$1.2 billion', value: 1.2e9, unit: 'USD', qualifier: 'over' }] },
  { text: 'Coinbase listed the token on Monday.', type: 'event', sourcing: 'none' },
  { text: '“We are done with the old rules,” said Jane Roe.', type: 'quote', sourcing: 'named', speaker: 'Jane Roe' },
  { text: 'The price could double by 2027.', type: 'prediction', sourcing: 'none', numbers: [{ text: '2027', value: '2027', unit: 'date' }] },
  { text: 'The outage was caused by a faulty upgrade.', type: 'causal', sourcing: 'none' },
  { text: 'The SEC sued the exchange in June.', type: 'legal', sourcing: 'none' },
  { text: 'The fund holds 12,000 BTC.', type: 'quantity', sourcing: 'none', numbers: [{ text: '12,000 BTC', value: 12000, unit: 'BTC' }] },
  { text: 'Kraken opened an office in Dublin.', type: 'event', sourcing: 'none' },
  { text: 'Some reports put the losses at 40 million.', type: 'quantity', sourcing: 'vague', numbers: [{ text: '40 million', value: 4e7, unit: 'USD' }] },
  { text: 'The upgrade could ship in the third quarter.', type: 'prediction', sourcing: 'none' },
  { text: 'Binance halted withdrawals for two hours.', type: 'event', sourcing: 'none' },
  { text: 'Fees rose because demand for blockspace grew.', type: 'causal', sourcing: 'none' },
  { text: 'Tether minted new tokens on Friday.', type: 'event', sourcing: 'none' },
  { text: 'Trading volume fell 77%–81% from its peak.', type: 'quantity', sourcing: 'none', numbers: [{ text: '77%–81%', min: 77, max: 81, unit: '%' }] },
];
const TEXTS = FOURTEEN.map((c) => c.text);

const sidebar = (article: Article, onSelect = vi.fn()) => mount(<ClaimsSidebar article={article} selected={null} onSelect={onSelect} onClose={() => undefined} />);

describe('the key claims first', () => {
  it('lists the first ten, "Show all 14 claims" shows the rest, "Show fewer" the ten again; the heading counts all', () => {
    const root = sidebar(articleWith(FOURTEEN));
    expect(heading(root)).toBe('Claims 14');
    expect(itemTexts(root)).toEqual(TEXTS.slice(0, 10));
    const toggle = byTestId(root, 'show-all-claims')!;
    expect(toggle.textContent).toBe('Show all 14 claims');
    click(toggle);
    expect(itemTexts(root)).toEqual(TEXTS);
    expect(toggle.textContent).toBe('Show fewer');
    click(toggle);
    expect(itemTexts(root)).toEqual(TEXTS.slice(0, 10));
    expect(heading(root)).toBe('Claims 14');
  });

  it('ten claims or fewer: all of them, no button', () => {
    const root = sidebar(articleWith(FOURTEEN.slice(0, 10)));
    expect(itemTexts(root)).toEqual(TEXTS.slice(0, 10));
    expect(byTestId(root, 'show-all-claims')).toBeNull();
  });

  it('each claim shows its type, sourcing, speaker, figures with their units, and assets', () => {
    const root = sidebar(articleWith(FOURTEEN));
    const cards = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="claim"]'));
    const first = cards[0];
    expect(first.querySelector('.claim-type')!.textContent).toBe('quantity');
    expect(first.querySelector('.sourcing')!.textContent).toBe('named source');
    expect(first.querySelector('.claim-speaker')!.textContent).toBe('— Farside');
    expect(first.querySelector('.claim-assets')!.textContent).toBe('BTC');
    const figures = (card: HTMLElement) => Array.from(card.querySelectorAll('.figure')).map((f) => f.textContent);
    expect(figures(first)).toEqual(['over $1.2 billion']);
    expect(figures(cards[3])).toEqual(['2027']);
    expect(figures(cards[6])).toEqual(['12,000 BTC']);
    // The text names no currency: the unit is added.
    expect(figures(cards[8])).toEqual(['40 million USD']);
    expect(cards[8].querySelector('.sourcing')!.textContent).toBe('vague source');
    expect(cards[1].querySelector('.claim-speaker')).toBeNull();
  });
});

describe('figures', () => {
  it('as written, with the unit when the text does not show it, after the qualifier', () => {
    expect(figureLabel({ text: '$19B', value: 19e9, unit: 'USD' })).toBe('$19B');
    expect(figureLabel({ text: '19 billion', value: 19e9, unit: 'USD' })).toBe('19 billion USD');
    expect(figureLabel({ text: '285', value: 285, unit: 'MW' })).toBe('285 MW');
    expect(figureLabel({ text: '285 megawatts', value: 285, unit: 'MW' })).toBe('285 megawatts');
    expect(figureLabel({ text: '77–81', min: 77, max: 81, unit: '%' })).toBe('77–81%');
    expect(figureLabel({ text: '77%–81%', min: 77, max: 81, unit: '%' })).toBe('77%–81%');
    expect(figureLabel({ text: '10 times', value: 10, unit: 'x' })).toBe('10 times');
    expect(figureLabel({ text: '3', value: 3, unit: 'x' })).toBe('3×');
    expect(figureLabel({ text: 'half', value: 50, unit: '%', qualifier: 'just under' })).toBe('just under half');
    expect(figureLabel({ text: 'January 15, 2026', value: '2026-01-15', unit: 'date' })).toBe('January 15, 2026');
    expect(figureLabel({ text: '₹200 crore', value: 2e9, unit: 'INR' })).toBe('₹200 crore');
    expect(figureLabel({ text: '649,870 Bitcoins', value: 649870, unit: 'BTC' })).toBe('649,870 Bitcoins');
    expect(figureLabel({ text: '1.6 million', value: 1.6e6, unit: 'count' })).toBe('1.6 million');
  });
});

describe('restatements', () => {
  // A "Key Takeaways" bullet (ranked first) restating the last paragraph's claim (ranked last).
  const bullet = 'Bitcoin ETFs could draw $5 billion in inflows this year as pension funds buy in.';
  const restated = 'Pension funds buying in could lift inflows into bitcoin ETFs to $5 billion this year, the bank said.';
  const five = { text: '$5 billion', value: 5e9, unit: 'USD' };
  const article = articleWith(
    [
      { text: bullet, type: 'prediction', sourcing: 'none', block: 2, numbers: [five] },
      ...FOURTEEN.slice(1, 13),
      { text: restated, type: 'prediction', sourcing: 'named', speaker: 'the bank', numbers: [five] },
    ],
    { lead: [{ type: 'heading', text: 'Key Takeaways', level: 2 }, { type: 'list-item', text: bullet }] },
  );

  it('a bullet is shown under the claim it restates, which takes the bullet\'s place and one slot', () => {
    const root = sidebar(article);
    expect(heading(root)).toBe('Claims 14');
    // 14 claims, 13 items: the restated claim first, then the next nine.
    expect(itemTexts(root)).toEqual([restated, ...TEXTS.slice(1, 10)]);
    const first = root.querySelector('[data-testid="claim-item"]')!;
    const restatement = first.querySelector<HTMLElement>('[data-testid="restatements"] .claim')!;
    expect(restatement.querySelector('.restatement-place')!.textContent).toBe('Also in Key Takeaways');
    expect(restatement.querySelector('.claim-text')!.textContent).toBe(bullet);
    expect(byTestId(root, 'show-all-claims')!.textContent).toBe('Show all 14 claims');
    click(byTestId(root, 'show-all-claims'));
    expect(itemTexts(root)).toEqual([restated, ...TEXTS.slice(1, 13)]);
    expect(root.querySelectorAll('[data-testid="claim"]').length).toBe(14);
  });

  it('choosing the bullet selects its own sentence (claim 0), the claim it restates its own (claim 13)', () => {
    const onSelect = vi.fn();
    const root = sidebar(article, onSelect);
    click(root.querySelector<HTMLElement>('[data-testid="restatements"] .claim'));
    click(root.querySelector<HTMLElement>('[data-testid="claim-item"] > .claim'));
    expect(onSelect.mock.calls).toEqual([[0], [13]]);
  });

  it('on a corpus page (003): the $88 billion Key Takeaway stands under the body sentence it restates', () => {
    const real = cleanText(readFixture('corpus/003_e9209a1ff0c83050.txt'));
    const root = sidebar(real);
    expect(heading(root)).toBe(`Claims ${real.claims.length}`);
    expect(root.querySelectorAll('[data-testid="claim-item"]').length).toBe(10);
    const item = Array.from(root.querySelectorAll('[data-testid="claim-item"]')).find((li) =>
      li.querySelector(':scope > .claim .claim-text')!.textContent!.startsWith('This potential exclusion represents significant risks for MSTR'),
    )!;
    expect(Array.from(item.querySelectorAll('[data-testid="restatements"] .claim-text')).map((e) => e.textContent)).toEqual([
      'The removal of MSTR from indices could trigger up to $88 billion in passive fund outflows, severely impacting its liquidity and valuation.',
    ]);
    // Shown all, every claim is listed once: 22 claims, two of them under the claim they restate.
    click(byTestId(root, 'show-all-claims'));
    expect(root.querySelectorAll('[data-testid="claim"]').length).toBe(real.claims.length);
    expect(root.querySelectorAll('[data-testid="claim-item"]').length).toBe(real.claims.length - 2);
  });
});

describe('filters', () => {
  it('by type: chips add up; by sourcing: narrows the types; the count of matching claims is shown; clearing lists all again', () => {
    const root = sidebar(articleWith(FOURTEEN));
    expect(byTestId(root, 'claims-matching')).toBeNull();
    expect(byTestId(root, 'filter-type-quantity')!.textContent).toBe('quantity 4');
    click(byTestId(root, 'filter-type-quantity'));
    expect(byTestId(root, 'filter-type-quantity')!.getAttribute('aria-pressed')).toBe('true');
    expect(itemTexts(root)).toEqual([TEXTS[0], TEXTS[6], TEXTS[8], TEXTS[13]]);
    expect(byTestId(root, 'claims-matching')!.textContent).toBe('4 of 14 claims match. Clear filters');
    click(byTestId(root, 'filter-type-event'));
    expect(itemTexts(root)).toEqual([TEXTS[0], TEXTS[1], TEXTS[6], TEXTS[7], TEXTS[8], TEXTS[10], TEXTS[12], TEXTS[13]]);
    click(byTestId(root, 'filter-sourcing-vague'));
    expect(itemTexts(root)).toEqual([TEXTS[8]]);
    expect(byTestId(root, 'claims-matching')!.textContent).toBe('1 of 14 claims match. Clear filters');
    click(byTestId(root, 'filter-sourcing-named'));
    expect(itemTexts(root)).toEqual([TEXTS[0], TEXTS[8]]);
    expect(heading(root)).toBe('Claims 14');
    click(Array.from(root.querySelectorAll<HTMLElement>('button')).find((b) => b.textContent === 'Clear filters')!);
    expect(byTestId(root, 'claims-matching')).toBeNull();
    expect(itemTexts(root)).toEqual(TEXTS.slice(0, 10));
  });

  it('"no source" finds the unsourced claims, ten first: the cap applies to the filtered list', () => {
    const root = sidebar(articleWith(FOURTEEN));
    click(byTestId(root, 'filter-sourcing-none'));
    const unsourced = [1, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13].map((i) => TEXTS[i]);
    expect(byTestId(root, 'claims-matching')!.textContent).toBe('11 of 14 claims match. Clear filters');
    expect(itemTexts(root)).toEqual(unsourced.slice(0, 10));
    expect(byTestId(root, 'show-all-claims')!.textContent).toBe('Show all 11 claims');
    click(byTestId(root, 'show-all-claims'));
    expect(itemTexts(root)).toEqual(unsourced);
  });

  it('a type with no claims cannot be chosen; nothing matching says so', () => {
    const root = sidebar(articleWith(FOURTEEN.slice(0, 3)));
    expect((byTestId(root, 'filter-type-legal') as HTMLButtonElement).disabled).toBe(true);
    click(byTestId(root, 'filter-type-event'));
    click(byTestId(root, 'filter-sourcing-named'));
    expect(itemTexts(root)).toEqual([]);
    expect(byTestId(root, 'claims-matching')!.textContent).toBe('No claims match. Clear filters');
  });
});

describe('the keyboard', () => {
  const mountReader = (article: Article) =>
    mount(<ReaderApp {...readerProps({ kind: 'article', article })} />);
  const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) =>
    act(() => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
    });
  const highlighted = (root: ParentNode) => Array.from(root.querySelectorAll('mark.claim-highlight')).map((m) => m.textContent).join('');
  const chosen = (root: ParentNode) => Array.from(root.querySelectorAll('[data-testid="claim"][aria-pressed="true"] .claim-text')).map((e) => e.textContent);

  it('J selects the next claim, K the previous, as a click does: its sentence highlighted in the article', () => {
    const root = mountReader(articleWith(FOURTEEN));
    const dialog = root.querySelector('dialog')!;
    press(dialog, 'j');
    expect(chosen(root)).toEqual([TEXTS[0]]);
    expect(highlighted(root)).toBe(TEXTS[0]);
    press(dialog, 'j');
    press(dialog, 'j');
    expect(chosen(root)).toEqual([TEXTS[2]]);
    expect(highlighted(root)).toBe(TEXTS[2]);
    press(dialog, 'k');
    expect(chosen(root)).toEqual([TEXTS[1]]);
    expect(highlighted(root)).toBe(TEXTS[1]);
    // After a click, J goes on from the claim clicked.
    click(root.querySelectorAll<HTMLElement>('[data-testid="claim"]')[5]);
    press(dialog, 'j');
    expect(chosen(root)).toEqual([TEXTS[6]]);
  });

  it('past the tenth claim the list shows all; at the last one J stays', () => {
    const root = mountReader(articleWith(FOURTEEN));
    const dialog = root.querySelector('dialog')!;
    for (let i = 0; i < 10; i++) press(dialog, 'j');
    expect(chosen(root)).toEqual([TEXTS[9]]);
    expect(root.querySelectorAll('[data-testid="claim-item"]').length).toBe(10);
    press(dialog, 'j');
    expect(chosen(root)).toEqual([TEXTS[10]]);
    expect(root.querySelectorAll('[data-testid="claim-item"]').length).toBe(14);
    for (let i = 0; i < 5; i++) press(dialog, 'j');
    expect(chosen(root)).toEqual([TEXTS[13]]);
  });

  it('not in a field or a menu, not with a modifier key', () => {
    const root = mountReader(articleWith(FOURTEEN));
    const dialog = root.querySelector('dialog')!;
    press(byTestId(root, 'export')!, 'j');
    const field = document.createElement('input');
    root.querySelector('.claims')!.appendChild(field);
    press(field, 'j');
    press(dialog, 'j', { ctrlKey: true });
    press(dialog, 'j', { altKey: true });
    expect(chosen(root)).toEqual([]);
    expect(highlighted(root)).toBe('');
  });

  it('moves through the listed claims only: the filtered ones', () => {
    const root = mountReader(articleWith(FOURTEEN));
    const dialog = root.querySelector('dialog')!;
    click(byTestId(root, 'filter-type-quantity'));
    press(dialog, 'j');
    press(dialog, 'j');
    expect(chosen(root)).toEqual([TEXTS[6]]);
    press(dialog, 'j');
    press(dialog, 'j');
    expect(chosen(root)).toEqual([TEXTS[13]]);
  });
});

describe('an article in a language claims are not read in', () => {
  it('gets a note instead of a list, and no count of claims', () => {
    const root = sidebar(articleWith(FOURTEEN, { lang: 'ar' }));
    expect(byTestId(root, 'claims-language-note')!.textContent).toBe('Claims are read in English and German only; this article is in Arabic.');
    expect(root.querySelector('.claim-list')).toBeNull();
    expect(byTestId(root, 'claim-filters')).toBeNull();
    expect(heading(root)).toBe('Claims 0');
  });

  it('German, English and an unstated language are read', () => {
    for (const lang of ['de-DE', 'en', '']) {
      const root = sidebar(articleWith(FOURTEEN, { lang }));
      expect(byTestId(root, 'claims-language-note')).toBeNull();
      expect(itemTexts(root)).toEqual(TEXTS.slice(0, 10));
      render(null, root);
      root.remove();
    }
  });
});
