// Renders a corpus text dump as the HTML page the site serves: header and navigation, a price ticker,
// the h1, the byline bar with its share widget, the repost header, the article (figures with captions,
// Key Takeaways box, FAQ), a promo banner, a "You may also like" carousel whose slides are cloned the way
// carousel libraries clone them, and a footer. The parity test cleans both and compares the bodies.
import { blocksFromText } from '../lib/blocks/text.ts';
import { escapeHtml } from '../lib/sanitize.ts';
import type { Block } from '../lib/types.ts';

const BYLINE = /^By\s*:/i;
const SHARE = /^(?:\d+|share|copy)$/i;
const REPOST = /^(?:Original (?:Article )?(?:Title|Author|Source)|Translation|Translated Article|Original Translation)\s*:/i;
const ORIGINAL_LINK = /^\[?original (?:article )?link\]?$/i;
const RELATED = /^you may also like$/i;
const QUESTION = /\?$/;

/** The site links its own brand wherever the text names it. */
function inline(text: string): string {
  return escapeHtml(text).replace(/\bWEEX\b/g, '<a href="https://www.weex.com/" class="brand-link"><strong>WEEX</strong></a>');
}

function figure(alt: string, caption?: string): string {
  const img = `<img src="https://media.example-news.test/img/${encodeURIComponent(alt || 'figure').slice(0, 40)}.jpg" alt="${escapeHtml(alt)}" width="800" height="450">`;
  return `<figure class="article-figure">${img}${caption ? `<figcaption>${inline(caption)}</figcaption>` : ''}</figure>`;
}

function renderBody(blocks: Block[], title: string): string {
  const out: string[] = [];
  let list: string[] = [];
  const flushList = () => {
    if (list.length) out.push(`<ul>${list.map((li) => `<li>${li}</li>`).join('')}</ul>`);
    list = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type !== 'list-item') flushList();
    const next = blocks[i + 1];
    if (block.text === title) {
      // The title again as the alt text of the lead image, with its caption.
      const hasCaption = next?.type === 'caption';
      out.push(figure(block.text, hasCaption ? next.text : undefined));
      if (hasCaption) i++;
    } else if (block.type === 'caption') out.push(figure('', block.text));
    else if (block.type === 'list-item') list.push(inline(block.text));
    else if (ORIGINAL_LINK.test(block.text)) out.push(`<p class="original-link"><a href="https://original.example.org/article">${escapeHtml(block.text)}</a></p>`);
    else if (block.type === 'heading') {
      const tag = QUESTION.test(block.text) ? 'h3' : 'h2';
      out.push(`<${tag}>${inline(block.text)}</${tag}>`);
    }
    else if (/^editor'?s note/i.test(block.text)) out.push(`<div class="editor-note"><p>${inline(block.text)}</p></div>`);
    else out.push(`<p>${inline(block.text)}</p>`);
  }
  flushList();
  return out.join('\n');
}

/** Cards of the related area: a headline, then the teaser or full text that follows it. */
function renderCards(blocks: Block[]): string[] {
  const cards: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) cards.push(current.join(''));
    current = [];
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      flush();
      current.push(`<h3 class="card-title"><a href="https://www.example-news.test/news/${cards.length + 1}">${escapeHtml(block.text)}</a></h3>`);
    } else current.push(`<p class="card-text">${escapeHtml(block.text)}</p>`);
  }
  flush();
  return cards;
}

export function renderSitePage(text: string): string {
  const { blocks } = blocksFromText(text);
  const [titleBlock, ...rest] = blocks;
  const title = titleBlock.text;
  const relatedAt = rest.findIndex((b) => RELATED.test(b.text));
  const article = relatedAt >= 0 ? rest.slice(0, relatedAt) : rest;
  const related = relatedAt >= 0 ? rest.slice(relatedAt + 1) : [];

  const byline = article.find((b) => BYLINE.test(b.text));
  const hasShare = article.some((b) => SHARE.test(b.text));
  const repost = article.filter((b, i) => i < 15 && REPOST.test(b.text));
  const body = article.filter((b) => b !== byline && !SHARE.test(b.text) && !repost.includes(b));

  const slides = renderCards(related).map((card) => `<div class="swiper-slide">${card}</div>`);
  // Swiper's loop mode clones the last and first slides around the real ones.
  const clone = (slide: string) => slide.replace('class="swiper-slide"', 'class="swiper-slide swiper-slide-duplicate" aria-hidden="true"');
  const carousel = slides.length ? [clone(slides[slides.length - 1]), ...slides, clone(slides[0])] : [];

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="og:type" content="article">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="https://www.example-news.test/logo.svg" alt="WEEX"></a>
  <nav class="main-nav"><ul><li><a href="/buy">Buy Crypto</a></li><li><a href="/markets">Markets</a></li><li><a href="/spot">Spot</a></li><li><a href="/futures">Futures</a></li><li><a href="/news">News</a></li></ul></nav>
  <div class="header-actions"><a href="/login">Log In</a><a href="/register">Sign Up</a></div>
</header>
<div class="price-ticker"><span>BTC $68,420.10 +1.2%</span><span>ETH $3,512.44 -0.4%</span><span>SOL $162.09 +3.1%</span></div>
<main class="news-detail">
  <div class="crumbs"><a href="/news">News</a> › <a href="/news/insights">Insights</a></div>
  <div class="news-main">
    <h1 class="news-title">${escapeHtml(title)}</h1>
    ${byline ? `<div class="news-meta"><span class="news-author">${escapeHtml(byline.text.split('|')[0])}</span>|<span class="news-time">${escapeHtml(byline.text.split('|')[1] ?? '')}</span></div>` : ''}
    ${hasShare ? '<div class="share-box"><span class="share-count">0</span><button type="button">Share</button><button type="button">copy</button></div>' : ''}
    ${repost.length ? `<div class="news-source">${repost.map((b) => `<p>${escapeHtml(b.text)}</p>`).join('')}</div>` : ''}
    <div class="news-content">
${renderBody(body, title)}
    </div>
    <div class="promo-banner"><a href="/register"><p>Trade Bitcoin on WEEX: sign up today and claim up to 30,000 USDT in new-user bonuses.</p></a></div>
  </div>
  ${related.length ? `<section class="news-more"><h2 class="more-title">You may also like</h2><div class="swiper"><div class="swiper-wrapper">${carousel.join('\n')}</div></div></section>` : ''}
</main>
<footer class="site-footer"><p>© 2026 WEEX. All rights reserved.</p><p>Risk warning: digital asset prices are volatile. Trading may result in the loss of your investment.</p><ul><li><a href="/about">About</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body>
</html>
`;
}
