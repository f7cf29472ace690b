// @vitest-environment jsdom
// signatureWatch: the page's signature, measured again only when the page may have changed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageSignature, signatureWatch } from '../utils/page-watch.ts';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('signatureWatch', () => {
  it('gives what pageSignature gives, and measures the page once while nothing changes', () => {
    document.body.innerHTML = '<article><h1>Bitcoin ETF flows</h1><p>Inflows reached $1.2 billion.</p></article>';
    const signature = signatureWatch(document);
    const measure = vi.spyOn(document.body, 'getElementsByTagName');
    expect(signature()).toBe(pageSignature(document));
    measure.mockClear();
    expect(signature()).toBe(pageSignature(document));
    measure.mockClear();
    signature();
    signature();
    expect(measure).not.toHaveBeenCalled();
  });

  it('sees a change made just before it is asked (the observer has not reported it yet)', () => {
    document.body.innerHTML = '<article><p>First paragraph.</p></article>';
    const signature = signatureWatch(document);
    const before = signature();
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>A second paragraph, loaded later.</p>');
    const after = signature();
    expect(after).not.toBe(before);
    expect(after).toBe(pageSignature(document));
  });

  it('sees a change of text alone, and one reported before it is asked', async () => {
    document.body.innerHTML = '<article><p>Price: 64,000</p></article>';
    const signature = signatureWatch(document);
    signature();
    document.querySelector('p')!.firstChild!.textContent = 'Price: 64,000.50';
    await Promise.resolve(); // the observer's callback runs
    expect(signature()).toBe(pageSignature(document));
    expect(signature()).toMatch(/\|16\|/);
  });

  it('sees a new <body> and a new address', () => {
    document.body.innerHTML = '<p>Old page</p>';
    const signature = signatureWatch(document);
    const before = signature();
    const body = document.createElement('body');
    body.innerHTML = '<p>Another page altogether, with more text in it.</p>';
    document.documentElement.replaceChild(body, document.body);
    expect(signature()).not.toBe(before);
    expect(signature()).toBe(pageSignature(document));
    const atFirst = signature();
    history.pushState(null, '', '/another-article');
    expect(signature()).not.toBe(atFirst);
    expect(signature()).toBe(pageSignature(document));
  });
});
