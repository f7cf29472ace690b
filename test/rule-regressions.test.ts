// Regression tests, each named after what broke, on small pages made to show it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../lib/extract.ts';
import { cleanText } from '../lib/clean-text.ts';
import { parseHtml } from '../cli/parse-html.ts';

const filler = (n: number, topic = 'Bitcoin') =>
  Array.from({ length: n }, (_, i) => `<p>${topic} paragraph ${i + 1}: traders moved funds across several exchanges this week, analysts at a research firm wrote in a note to clients on Tuesday.</p>`).join('\n');
const texts = (html: string, url?: string) => extractArticle(parseHtml(`<html><head><title>Story</title></head><body>${html}</body></html>`), { url }).blocks.map((b) => b.text);

describe('duplicate-block', () => {
  it('a meal plan repeating a line on different days lost those days (copies far apart stay)', () => {
    const day = (n: number) => `<h2>Day ${n}</h2><p>Asparagus and Eggs [1 cup asparagus, 2 poached eggs, ½ cup sweet potato]</p><p>Lunch ${n}: a salad with chicken and quinoa, dressed with lemon.</p><p>Dinner ${n}: salmon with rice and a side of greens.</p><p>Snack ${n}: an apple with a spoon of almond butter.</p>`;
    const out = texts(`<article><h1>Meal prep</h1>${filler(2)}${day(1)}${day(2)}${filler(2)}</article>`);
    expect(out.filter((t) => t.startsWith('Asparagus and Eggs'))).toHaveLength(2);
  });

  it('a paragraph printed twice in a row, and the title repeated, go', () => {
    const twice = '<p>The exchange paused withdrawals for six hours on Monday, citing maintenance of its hot wallets.</p>';
    const out = texts(`<article><h1>Story</h1>${filler(2)}${twice}${twice}<p>Story</p><p>Story: a headline that happens to be long enough to compare</p>${filler(2)}</article>`);
    expect(out.filter((t) => t.startsWith('The exchange paused'))).toHaveLength(1);
  });

  it('a table of contents lost its entries, or the sections their headings, when both name the same section', () => {
    const out = texts(`<article><h1>Guide</h1><ul><li><a href="#a">Sharing with a single developer</a></li></ul>${filler(3)}<h2><a href="#toc">Sharing with a single developer</a></h2>${filler(3)}</article>`);
    expect(out.filter((t) => t === 'Sharing with a single developer')).toHaveLength(2);
  });
});

describe('related-area', () => {
  it('an empty "Trending News" widget among the paragraphs took the rest of the article with it', () => {
    const out = texts(`<article><h1>Rescue</h1>${filler(3)}<h3>Trending News</h3><p><a href="/1">Some other story</a></p>${filler(3, 'Meanwhile')}</article>`);
    expect(out).not.toContain('Trending News');
    expect(out).not.toContain('Some other story');
    expect(out.filter((t) => t.startsWith('Meanwhile paragraph'))).toHaveLength(3);
  });

  it('a "You may also like" section goes whole, cards with long teasers included', () => {
    const out = texts(`<article><h1>Story</h1>${filler(4)}</article><section><h2>You may also like</h2><div><h3><a href="/2">Card</a></h3><p>${'A long teaser sentence about another story entirely. '.repeat(5)}</p></div></section>`);
    expect(out.join('\n')).not.toMatch(/You may also like|Card|teaser/);
  });

  it('a text dump opening with "You may also like" before any article keeps the page', () => {
    const article = cleanText('Title\n\nYou may also like\n\nA paragraph of the article that follows the line, long enough to read as prose here.\n');
    expect(article.blocks.map((b) => b.text)).toContain('A paragraph of the article that follows the line, long enough to read as prose here.');
  });
});

describe('element rules', () => {
  it('a newsletter box without "newsletter" in any class stayed (found by its e-mail field now)', () => {
    const out = texts(`<article><h1>Story</h1>${filler(4)}<div class="box"><h3>Daily Debrief Newsletter</h3><div>Start every day with the top news.</div><form><input type="email" name="email"><button>Get it!</button></form></div></article>`);
    expect(out.join('\n')).not.toMatch(/Daily Debrief|Start every day/);
  });

  it('a heading-slug id such as "sharing-with-a-single-developer" was taken for a share bar', () => {
    const out = texts(`<article><h1>Guide</h1><div id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>${filler(3)}</div>${filler(2, 'Other')}</article>`);
    expect(out).toContain('Sharing with a single developer');
  });

  it('a presale pitch under its own heading, with sponsored links, goes; the analysis above it stays', () => {
    const out = texts(`<article><h1>XRP Price</h1>${filler(3)}<h2>Death Cross Concerns</h2>${filler(2, 'XRP')}<h2>Mine-to-Earn Gaming</h2><p>PepeNode gamifies mining. <a rel="sponsored nofollow" href="/ext/pepenode/">Visit</a></p><p><a rel="sponsored" href="/ext/pepenode/">Buy $PEPENODE Here.</a></p></article>`);
    expect(out).toContain('Death Cross Concerns');
    expect(out.join('\n')).not.toMatch(/PepeNode|Mine-to-Earn|PEPENODE/);
  });

  it('a Blogger post, written with <br> and no <p>, went with the "widget Blog" container holding it (a blog on trafilatura\'s set, bumsbutzener-gumpfen.blogspot.com)', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Line ${i + 1} of the post: the postcard from the recruiting office arrived this morning, and it says more than it should.<br />`).join('\n');
    const out = texts(`<div class="widget Header" id="Header1"><h1 class="title"><a href="/">...</a></h1><p class="description">A blog about an old Silesian speciality whose recipe is long lost; everything here is made up, as is this description of it.</p></div>
      <div class="widget Blog" id="Blog1"><div class="post hentry"><h3 class="post-title entry-title"><a href="/2020/04/tach-auch.html">Tach auch!</a></h3>
      <div class="post-body entry-content">${lines}</div></div></div>
      <div class="widget PopularPosts" id="PopularPosts1"><h2>Popular posts</h2><ul><li><a href="/2009/09/a.html">Another post</a></li></ul></div>`);
    expect(out.join('\n')).toContain('Line 1 of the post');
    expect(out.join('\n')).toContain('Line 6 of the post');
  });

  it('an h1 section with two sponsored links further down took the whole article', () => {
    const out = texts(`<article><h1>XRP Price</h1>${filler(3)}<p><a rel="sponsored" href="/ext/a/">A</a> and <a rel="sponsored" href="/ext/b/">B</a> and more words here.</p>${filler(2, 'XRP')}</article>`);
    expect(out.filter((t) => t.includes('paragraph'))).toHaveLength(5);
  });
});

describe('house brand', () => {
  it('a page about the brand itself (its title names it) keeps its sentences about the brand', () => {
    const html = `<article><h1>WEEX launches a new trading competition</h1>${filler(3)}<p>WEEX said the competition opens on Monday with a prize pool of 100,000 USDT.</p>${filler(2)}</article><section><h2>You may also like</h2><p><a href="/x">WEEX AI Trading Hackathon Rules</a></p></section>`;
    const article = extractArticle(parseHtml(`<html><head><title>WEEX launches a new trading competition</title></head><body>${html}</body></html>`), { url: 'https://www.weex.com/news/1' });
    expect(article.blocks.map((b) => b.text)).toContain('WEEX said the competition opens on Monday with a prize pool of 100,000 USDT.');
  });
});

describe('calls to action in a text dump', () => {
  const dump = (lines: string[]) =>
    cleanText(['Bitcoin climbs past $100,000', '', 'Bitcoin rose above $100,000 on Tuesday for the first time, traders said, as funds bought the dip.', '', ...lines.flatMap((l) => [l, '']), 'Analysts expect volatility to stay high into the end of the year, the report said.'].join('\n'));

  it.each([
    ['Sign up today and get a 100 USDT bonus on your first deposit'],
    ['Buy $PEPENODE here'],
    ['Follow us on Google News'],
    ['Subscribe to our newsletter for the top crypto stories in your inbox every morning'],
  ])('"%s" goes as promotion', (line) => {
    const article = dump([line]);
    expect(article.blocks.map((b) => b.text)).not.toContain(line);
    expect(article.removed).toContainEqual(expect.objectContaining({ rule: 'call-to-action', category: 'promo', text: line }));
  });

  it('a paragraph that merely mentions a newsletter or signing up stays', () => {
    const line = 'Regulators said exchanges must verify users who sign up, and the agency will publish its findings in a newsletter to member firms next quarter, according to the filing seen by reporters.';
    expect(dump([line]).blocks.map((b) => b.text)).toContain(line);
  });
});

describe('fixes from review', () => {
  it('a wrapper whose class mentions "related" ("has-related-links") took the whole article as related', () => {
    const out = texts(`<h1>Story</h1><div class="post-body has-related-links">${filler(8)}</div>`);
    expect(out.filter((t) => t.includes('paragraph'))).toHaveLength(8);
  });

  it('real news about WEEX on another news site was cut as house promotion because a card named WEEX', () => {
    const html = `<article><h1>Exchange hack</h1>${filler(3)}<p>WEEX lost $40 million in a hot-wallet breach on Monday, the exchange said in a statement.</p>${filler(2)}</article><section><h2>You may also like</h2><p><a href="/x">WEEX AI Trading Hackathon Rules</a></p></section>`;
    const out = texts(html, 'https://www.coindesk.com/markets/2025/11/10/exchange-hack');
    expect(out).toContain('WEEX lost $40 million in a hot-wallet breach on Monday, the exchange said in a statement.');
  });

  it('a "Recommended reading" line in the middle of a text dump took the rest of the article', () => {
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the story says that traders moved funds across exchanges this week, analysts wrote in a note to clients.`);
    const article = cleanText(['Title', '', ...body.slice(0, 3).flatMap((p) => [p, '']), 'Recommended reading', '', ...body.slice(3).flatMap((p) => [p, ''])].join('\n'));
    expect(article.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(body));
  });
});

describe('removing a block that wraps the article', () => {
  it('the text of a wrapper (forbes.com: "Follow me on Twitter" beside <article-body-container>) went, and the article inside its custom element with it', () => {
    const out = texts(`<div class="body-container"><article-body-container><h1>Story</h1>${filler(4)}</article-body-container>Follow me on Twitter or LinkedIn. Check out my website.</div><div class="bio"><p>I am a writer, journalist and professor who has covered health, technology and business for many years, and I teach at a university.</p></div><footer><p>About us</p></footer>`);
    expect(out.filter((t) => t.startsWith('Bitcoin paragraph'))).toHaveLength(4);
    expect(out.join(' ')).not.toContain('Follow me on Twitter');
  });
});
