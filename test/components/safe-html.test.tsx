// @vitest-environment jsdom
// Page HTML reaches the reader only through purify (DOMPurify over lib/sanitize's allowlist); the reader
// purifies an article's blocks while it reads a page ahead, and showing them then finds them purified.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { purify } from '../../components/SafeHtml.tsx';
import { ArticleView, prepareArticleView } from '../../components/ArticleView.tsx';
import { extractArticle } from '../../lib/extract.ts';
import { parseHtml } from '../../cli/parse-html.ts';
import { readFixture } from '../support/fixtures.ts';

describe('purify', () => {
  it('removes what runs, the first time and every time after', () => {
    const hostile = '<p>Bitcoin rose<img src="https://example.org/a.png" onerror="alert(1)"><a href="javascript:alert(2)">more</a></p>';
    const first = purify(hostile);
    expect(first).toBe('<p>Bitcoin rose<img src="https://example.org/a.png"><a>more</a></p>');
    expect(purify(hostile)).toBe(first);
  });

  it("applies the reader's configuration, not DOMPurify's defaults, on every call", () => {
    // DOMPurify's defaults keep class, id, style and forms; the reader keeps a list's first number and a table cell's span
    const html = '<ol start="3" class="list" id="steps" style="color:red"><li>Buy</li></ol><form><input value="x">Sign up</form><table><tbody><tr><td colspan="2">Q3</td></tr></tbody></table>';
    const expected = '<ol start="3"><li>Buy</li></ol>Sign up<table><tbody><tr><td colspan="2">Q3</td></tr></tbody></table>';
    expect(purify(html)).toBe(expected);
    expect(purify(`${html} `)).toBe(`${expected} `);
  });
});

describe('an article view prepared ahead', () => {
  it('shows the same blocks as one shown at once', () => {
    // a real crypto page (test/fixtures/crypto, cointelegraph.com)
    const article = extractArticle(parseHtml(readFixture('crypto/cointelegraph.com.html')), { url: 'https://cointelegraph.com/news/a', claims: false });
    const shown = (prepared: boolean) => {
      if (prepared) prepareArticleView(article);
      const container = document.createElement('div');
      render(<ArticleView article={article} shown={[]} focus={null} />, container);
      const html = container.querySelector('[data-testid="reader-body"]')!.innerHTML;
      render(null, container);
      return html;
    };
    const atOnce = shown(false);
    expect(atOnce).toContain(article.blocks[0].text.slice(0, 30));
    expect(shown(true)).toBe(atOnce);
  });
});

describe('the meta line', () => {
  it('says a byline that is the site\'s own name once: "BBC News · July 24, 2015", not "BBC News · BBC News" (Readability\'s bbc-1)', () => {
    const article = extractArticle(parseHtml(readFixture('crypto/cointelegraph.com.html')), { url: 'https://www.bbc.co.uk/news/world-us-canada-33646563', claims: false });
    const metaOf = (byline: string, siteName: string) => {
      const container = document.createElement('div');
      render(<ArticleView article={{ ...article, byline, siteName, publishedTime: '2015-07-24T00:00:00Z' }} shown={[]} focus={null} />, container);
      const text = container.querySelector('[data-testid="reader-meta"]')!.textContent;
      render(null, container);
      return text;
    };
    expect(metaOf('BBC News', 'BBC News')).toMatch(/^BBC News · July 24, 2015 · \d+ min read$/);
    expect(metaOf('Jon Sopel', 'BBC News')).toMatch(/^Jon Sopel · BBC News · July 24, 2015 · \d+ min read$/);
  });
});
