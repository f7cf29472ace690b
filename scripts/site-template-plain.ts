// A second, plain rendering of the corpus: a WordPress-like blog on a made-up domain, in markup of its own —
// no byline bar ("By: x|date") and no share widget; the repost note ("Original Article Title: …") stands in a
// box of its own, the link to the original at the end, and the related cards under a "You may also like"
// heading in a Jetpack-style related-posts block (their headlines also fill a "Recent Posts" widget).
// Also renders the blog's home page: every story and related card of the corpus as an <article> teaser
// card, some of them carrying long sections of a regulator's notice (800 words and more), as the corpus's
// related area does: a listing whose longest text is as long as an article's.
import { blocksFromText } from '../lib/blocks/text.ts';
import { escapeHtml } from '../lib/sanitize.ts';
import type { Block } from '../lib/types.ts';

/** The made-up site the plain pages are served from. */
export const PLAIN_SITE = 'https://chain-daily.example';

const BYLINE = /^By\s*:\s*([^|]*)\|\s*(\d{4})\/(\d{2})\/(\d{2})/i;
const SHARE = /^(?:\d+|share|copy)$/i;
const REPOST = /^(?:Original (?:Article )?(?:Title|Author|Source)|Translation|Translated Article|Original Translation)\s*:/i;
const ORIGINAL_LINK = /^\[?original (?:article )?link\]?$/i;
const RELATED = /^you may also like$/i;

/** A corpus dump cut into its parts: title, byline, the article's blocks, and the related area's cards. */
interface Story {
  title: string;
  /** The repost note's lines ("Original Article Title: …") and whether the dump links to the original. */
  repost: string[];
  originalLink: boolean;
  author: string;
  date: string;
  body: Block[];
  related: Card[];
}

interface Card {
  headline: string;
  text: string[];
}

function readStory(text: string): Story {
  const [titleBlock, ...rest] = blocksFromText(text).blocks;
  const relatedAt = rest.findIndex((b) => RELATED.test(b.text));
  const article = relatedAt >= 0 ? rest.slice(0, relatedAt) : rest;
  const byline = article.map((b) => BYLINE.exec(b.text)).find((m) => m);
  const body = article.filter((b) => !BYLINE.test(b.text) && !SHARE.test(b.text) && !REPOST.test(b.text) && !ORIGINAL_LINK.test(b.text) && b.text !== titleBlock.text);
  return {
    title: titleBlock.text,
    repost: article.filter((b) => REPOST.test(b.text)).map((b) => b.text),
    originalLink: article.some((b) => ORIGINAL_LINK.test(b.text)),
    author: byline?.[1].trim() || 'Chain Daily staff',
    date: byline ? `${byline[2]}-${byline[3]}-${byline[4]}` : '2026-01-02',
    body,
    related: relatedAt >= 0 ? readCards(rest.slice(relatedAt + 1)) : [],
  };
}

/** Cards of a related area: a heading, then the text that follows it. */
function readCards(blocks: Block[]): Card[] {
  const cards: Card[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' || !cards.length) cards.push({ headline: block.text, text: [] });
    else cards[cards.length - 1].text.push(block.text);
  }
  return cards;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

function renderEntry(blocks: Block[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flushList = () => {
    if (list.length) out.push(`<ul class="wp-block-list">${list.join('')}</ul>`);
    list = [];
  };
  for (const block of blocks) {
    if (block.type !== 'list-item') flushList();
    const text = escapeHtml(block.text);
    if (block.type === 'list-item') list.push(`<li>${text}</li>`);
    else if (block.type === 'heading') out.push(`<h2 class="wp-block-heading">${text}</h2>`);
    else if (block.type === 'caption') out.push(`<figure class="wp-block-image"><img src="/wp-content/uploads/figure.jpg" alt=""><figcaption>${text}</figcaption></figure>`);
    else out.push(`<p>${text}</p>`);
  }
  flushList();
  return out.join('\n');
}

function shell(title: string, bodyClass: string, main: string, recent: string[]): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>${escapeHtml(title)} &#8211; Chain Daily</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/plainpress/style.css">
</head>
<body class="${bodyClass}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="/" rel="home">Chain Daily</a></p><p class="site-description">Notes on markets, money and technology</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/category/markets/">Markets</a></li><li><a href="/category/policy/">Policy</a></li><li><a href="/category/research/">Research</a></li><li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
${main}
</main></div>
<aside id="secondary" class="widget-area">
  <section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${recent.map((h) => `<li><a href="/${slug(h)}/">${escapeHtml(h)}</a></li>`).join('')}</ul></section>
  <section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li class="cat-item"><a href="/category/markets/">Markets</a></li><li class="cat-item"><a href="/category/policy/">Policy</a></li><li class="cat-item"><a href="/category/research/">Research</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Chain Daily &middot; <a href="/privacy-policy/">Privacy Policy</a> &middot; Proudly powered by a blog engine</div></footer>
</div>
</body>
</html>
`;
}

/** A corpus dump as a post of the plain blog. */
export function renderPlainSitePage(text: string): string {
  const story = readStory(text);
  const main = `<article id="post-${story.title.length}" class="post type-post status-publish format-standard hentry">
  <header class="entry-header"><h1 class="entry-title">${escapeHtml(story.title)}</h1>
  <div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="${story.date}">${story.date}</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/${slug(story.author)}/">${escapeHtml(story.author)}</a></span></span></div></header>
  <div class="entry-content">
${story.repost.length ? `<div class="repost-note">${story.repost.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>` : ''}
${renderEntry(story.body)}
${story.originalLink ? '<p><a href="https://source.example/original" rel="nofollow">Original Article Link</a></p>' : ''}
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/markets/" rel="category tag">Markets</a></span></footer>
</article>
${story.related.length ? `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">You may also like</h3>${story.related.map((card) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/${slug(card.headline)}/">${escapeHtml(card.headline)}</a></h4>${card.text.map((t) => `<p class="jp-relatedposts-post-excerpt">${escapeHtml(t)}</p>`).join('')}</div>`).join('')}</div>` : ''}
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/previous/" rel="prev">Previous post</a></div><div class="nav-next"><a href="/next/" rel="next">Next post</a></div></div></nav>`;
  return shell(story.title, 'post-template-default single single-post', main, story.related.slice(0, 8).map((c) => c.headline));
}

/** The plain blog's home page: each story's title and first paragraph, then every related card of the corpus
 * (once each, with all the text it carries), each an <article> teaser card. */
export function renderPlainHomePage(texts: readonly string[]): string {
  const stories = texts.map(readStory);
  const cards: Card[] = stories.map((s) => ({ headline: s.title, text: [s.body.find((b) => b.type === 'paragraph')?.text ?? ''] }));
  const seen = new Set(cards.map((c) => c.headline));
  for (const card of stories.flatMap((s) => s.related)) {
    if (seen.has(card.headline)) continue;
    seen.add(card.headline);
    cards.push(card);
  }
  const main = cards
    .map((card, i) => `<article id="post-${100 + i}" class="post type-post status-publish hentry">
  <header class="entry-header"><h2 class="entry-title"><a href="/${slug(card.headline)}/" rel="bookmark">${escapeHtml(card.headline)}</a></h2></header>
  <div class="entry-summary">${card.text.map((t) => `<p>${escapeHtml(t)}</p>`).join('')}</div>
  <footer class="entry-footer"><a href="/${slug(card.headline)}/" class="more-link">Continue reading</a></footer>
</article>`)
    .join('\n');
  return shell('Home', 'home blog', `${main}\n<nav class="navigation pagination"><a class="next page-numbers" href="/page/2/">Older posts</a></nav>`, cards.slice(0, 5).map((c) => c.headline));
}
