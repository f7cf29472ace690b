// The DOM pipeline on pages built for one point each: the live page is never changed, page HTML is
// hostile, promotional sentences are cut out of paragraphs that hold links and emphasis.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../lib/extract.ts';
import { cleanText } from '../lib/clean-text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { renderSitePage } from '../scripts/site-template.ts';
import { readCorpus } from './support/fixtures.ts';

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} reports that Bitcoin traders moved $${i + 1} billion across exchanges this week, according to on-chain data from several analytics firms.</p>`).join('');

describe('the live document', () => {
  it('is exactly the same after cleaning', () => {
    const document = parseHtml(renderSitePage(readCorpus('002_d90fbac4610048b4')));
    const before = document.documentElement.outerHTML;
    const article = extractArticle(document);
    expect(article.removed.length).toBeGreaterThan(50);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('hostile page content', () => {
  const html = `<html><head><title>Exploit</title></head><body><article><h1>Exploit</h1>
    ${paragraphs(4)}
    <p>Click <a href="javascript:alert(1)">here</a> or <a href="/news/2" onclick="steal()">there</a> <img src="x.png" onerror="alert(2)" alt="pic"> &lt;script&gt;alert(3)&lt;/script&gt;</p>
    <p><iframe src="https://evil.test"></iframe><svg onload="alert(4)"><text>svg</text></svg>Text with <b style="color:red" class="x">bold</b>.</p>
    ${paragraphs(3)}</article></body></html>`;
  const article = extractArticle(parseHtml(html), { url: 'https://news.test/a/b' });
  const allHtml = article.blocks.map((b) => b.html ?? '').join('\n');

  it('keeps no scripts, handlers, javascript: links, frames or styles in the Article html', () => {
    expect(allHtml).not.toMatch(/javascript:|onerror|onclick|onload|<script|<iframe|<svg|style=|class=/i);
    expect(allHtml).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
  });

  it('makes links and images absolute against the page address', () => {
    expect(allHtml).toContain('<a href="https://news.test/news/2">there</a>');
    expect(allHtml).toContain('src="https://news.test/a/x.png"');
    expect(allHtml).toContain('Click here or <a'); // Readability unwraps javascript: links to their text
  });
});

describe('sentence rules inside markup', () => {
  it('cuts the promotional sentence and leaves the links and emphasis of the rest', () => {
    const html = `<html><body><header><a href="/"><img alt="WEEX" src="/logo.png"></a></header><article><h1>Privacy and markets</h1>
      ${paragraphs(3)}
      <p>Privacy tools are <em>spreading</em> fast, says <a href="https://example.org/r">a report</a>. Platforms like <a href="https://weex.com"><strong>WEEX</strong></a> are leading the charge. Regulators are <b>watching</b>.</p>
      ${paragraphs(3)}</article>
      <section><h2>You may also like</h2><p>WEEX AI Trading Hackathon Rules &amp; Guidelines</p></section></body></html>`;
    const article = extractArticle(parseHtml(html), { url: 'https://mirror.test/news/1' });
    const block = article.blocks.find((b) => b.text.startsWith('Privacy tools'))!;
    expect(block.text).toBe('Privacy tools are spreading fast, says a report. Regulators are watching.');
    expect(block.html).toBe('<p>Privacy tools are <em>spreading</em> fast, says <a href="https://example.org/r">a report</a>.  Regulators are <b>watching</b>.</p>');
    expect(article.removed).toContainEqual(expect.objectContaining({ rule: 'house-brand-sentence', category: 'promo', scope: 'sentence', text: 'Platforms like WEEX are leading the charge.' }));
  });

  it('leaves a page alone whose brand is not at home there: other exchanges are news', () => {
    const html = `<html><body><article><h1>Exchanges</h1>${paragraphs(3)}<p>Platforms like WEEX and Binance saw record volume on Tuesday.</p>${paragraphs(3)}</article></body></html>`;
    const article = extractArticle(parseHtml(html), { url: 'https://independent-news.test/a' });
    expect(article.blocks.map((b) => b.text)).toContain('Platforms like WEEX and Binance saw record volume on Tuesday.');
  });
});

describe('anchors: where each removal stood, for the reader to show it in place again', () => {
  it('places chrome at the top, the related area and the promo banner at the end, cut sentences in their paragraph', () => {
    const article = extractArticle(parseHtml(renderSitePage(readCorpus('002_d90fbac4610048b4'))));
    const byRule = (rule: string) => article.removed.filter((r) => r.rule === rule);
    expect(byRule('chrome-container').map((r) => r.anchor)).toEqual([0, 0]); // price ticker, share widget
    expect(byRule('ad-container')[0].anchor).toBeUndefined(); // the promo banner after the article: the end
    expect(byRule('related-area').every((r) => r.anchor === article.blocks.length)).toBe(true);
    const cut = byRule('house-brand-sentence').find((r) => r.text.startsWith('Platforms embracing this'))!;
    const paragraph = article.blocks[cut.anchor!].text;
    expect(paragraph.slice(0, cut.offset).trimEnd()).toMatch(/It’s a new architecture for freedom, where your digital life isn’t constantly monitored\.$/);
  });

  it('places a container the element rules remove at the top when it comes before the first paragraph of the article, at the end after it; a paragraph in a <template>, never shown, is no first paragraph', () => {
    const html = `<html><head><title>Miners sell</title></head><body>
      <header><div class="price-ticker"><span>BTC $68,420.10 +1.2%</span></div>
        <template><p>${'A paragraph of a sign-up dialog nobody sees until it is opened, long enough to pass for the article. '.repeat(3)}</p></template></header>
      <div class="share-box"><button type="button">Share this story with your friends</button></div>
      <article><h1>Miners sell</h1>${paragraphs(6).replace(/<\/p>/g, ' Miners sold more of their coins than in any week since the spring, the data shows.</p>')}</article>
      <div class="promo-banner"><a href="/register"><p>Trade Bitcoin on WEEX: sign up today and claim up to 30,000 USDT in new-user bonuses.</p></a></div>
      <div class="share-box"><button type="button">Share this story once more</button></div>
      </body></html>`;
    const article = extractArticle(parseHtml(html), { url: 'https://independent-news.test/a' });
    const anchorOf = (text: string) => {
      const removal = article.removed.find((r) => r.stage === 'elements' && r.text.includes(text));
      expect(removal, text).toBeDefined();
      return removal!.anchor;
    };
    expect(anchorOf('BTC $68,420.10')).toBe(0);
    expect(anchorOf('Share this story with your friends')).toBe(0);
    expect(anchorOf('30,000 USDT')).toBeUndefined();
    expect(anchorOf('Share this story once more')).toBeUndefined();
  });

  it('in text mode too: a removed section stood before the next kept block', () => {
    const text = cleanTextFor('002_d90fbac4610048b4');
    const section = text.removed.find((r) => r.text === 'Brand Alignment in the Privacy Era')!;
    expect(text.blocks[section.anchor!].text).toBe('Embracing the Future: Opportunities Ahead');
  });
});

function cleanTextFor(name: string) {
  return cleanText(readCorpus(name));
}

describe('the title', () => {
  // The top of Readability's test page "keep-tabular-data" (factorio.com, Friday Facts #282), its markup as served.
  const page = (title: string) => `<html><head><title>${title}</title><meta property="og:title" content="${title}" /></head><body><div class="row"><div class="span12 blog-post">
    <h2 style="margin-top: 20px; margin-bottom:5px;">
        Friday Facts #282 - 0.17 in sight
    </h2>
    <div style="font-size: 11px;">Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, <a href="/blog/">all posts</a></div>
    <h2>The release plan <font size="2">(kovarex)</font></h2>
    <p>This week was the time to close and finish all the things that will go to 0.17.0.</p>
    <p>Not all of the things that we originally planned to be done were done (surprise), but we just left any non-essential stuff for later so we won't postpone the release any further. The plan is, that next week will be dedicated to the office playtesting and bugfixing. Many would argue, that we could just release instantly and let the players find the bugs for us, but we want to fix the most obvious problems in-house to avoid too many duplicate bug reports and chaos after the release.</p>
    <p>If the playtesting goes well, we will let you know next Friday, and if it is the case, we will aim to release the week starting 25th February.</p>
  </div></div></body></html>`;

  it('leaves the site\'s name out of it, and shows the title once', () => {
    const article = extractArticle(parseHtml(page('Friday Facts #282 - 0.17 in sight | Factorio')), { claims: false, url: 'https://www.factorio.com/blog/post/fff-282' });
    expect(article.title).toBe('Friday Facts #282 - 0.17 in sight');
    expect(article.blocks.filter((b) => b.text.includes('Friday Facts #282'))).toEqual([]);
  });

  it('leaves the writer\'s name out of it: the Guardian\'s "… | Eleanor Ainge Roy" (Readability\'s guardian-1, its head as served)', () => {
    const guardian = (author: string) => `<html><head><meta name="author" content="${author}" /><meta property="og:title" content="'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge Roy" /></head><body><article>
      <p>Whale whisperer Hori Parata was just seven years old when he attended his first mass stranding, a beaching of porpoises in New Zealand’s Northland, their cries screeching through the air on the deserted stretch of sand.</p>
      <p>Seven decades later, Parata, 75, has now overseen more than 500 strandings and is renowned in New Zealand as the leading Māori whale expert, called on by tribes around the country for cultural guidance as marine strandings become increasingly complex and fatal.</p>
    </article></body></html>`;
    expect(extractArticle(parseHtml(guardian('Eleanor Ainge Roy')), { claims: false, url: 'https://www.theguardian.com/world/2019/jan/03/whale-strandings' }).title).toBe("'What is the sea telling us?': Māori tribes fearful over whale strandings");
    // a tail that is someone else's name stays
    expect(extractArticle(parseHtml(guardian('Someone Else')), { claims: false, url: 'https://www.theguardian.com/world/2019/jan/03/whale-strandings' }).title).toBe("'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge Roy");
  });

  it('keeps a title whose tail is more than a site name', () => {
    const title = 'Friday Facts #282 - 0.17 in sight: what the release plan means for players who build large factories';
    expect(extractArticle(parseHtml(page(title)), { claims: false, url: 'https://www.factorio.com/blog/post/fff-282' }).title).toBe(title);
    // the site's name from its address, below a subdomain too
    expect(extractArticle(parseHtml(page('Friday Facts #282 - 0.17 in sight | Factorio')), { claims: false, url: 'https://wiki.factorio.com/fff-282' }).title).toBe('Friday Facts #282 - 0.17 in sight');
    // a tail that is not the site's name stays: "… | Factorio" on another site
    expect(extractArticle(parseHtml(page('Friday Facts #282 - 0.17 in sight | Factorio')), { claims: false, url: 'https://news.example.org/fff-282' }).title).toBe('Friday Facts #282 - 0.17 in sight | Factorio');
  });
});
