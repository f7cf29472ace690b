// The cleaned article: title, byline, site and date, the original-article header, reading time, the
// body (each block rendered from sanitised HTML, in the article's own direction and language), and any
// removed item the reader chose to show again, rendered from its sanitised HTML where it stood.
import { cutNotice } from '../lib/page-budget.ts';
import { useEffect, useRef } from 'preact/hooks';
import type { Article, ArticleBlock, Removal } from '../lib/types.ts';
import { asListItem, blockHtml } from '../lib/export/body-html.ts';
import { escapeHtml } from '../lib/sanitize.ts';
import { readingMinutes } from '../lib/settings.ts';
import { readableDate } from '../lib/iso-date.ts';
import { normalizeForCompare } from '../lib/text.ts';
import { purify, SafeHtml } from './SafeHtml.tsx';

function siteOf(article: Article): string | null {
  if (article.siteName) return article.siteName;
  try {
    return article.url ? new URL(article.url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * A block's HTML for the reader, where each block stands alone (claims are found by block): a list item
 * inside a list of its kind, a numbered one starting at its place in its run of numbered items.
 */
function readerBlockHtml(block: ArticleBlock, number: number): string {
  const html = blockHtml(block);
  if (block.type !== 'list-item') return html;
  return block.ordered ? `<ol start="${number}">${asListItem(html)}</ol>` : `<ul>${asListItem(html)}</ul>`;
}

/** Each block's number in its run of numbered list items (1, 2, 3…), 0 for other blocks. */
function listNumbers(blocks: readonly ArticleBlock[]): number[] {
  let run = 0;
  return blocks.map((block) => (block.type === 'list-item' && block.ordered ? ++run : (run = 0)));
}

/** A removed item shown in place again; the one just chosen is scrolled to and flashes. */
/** A removal's identity in the list: its stage, rule, place in the Article and text. */
const removalKey = (r: Removal): string => `${r.stage}|${r.rule}|${r.anchor ?? ''}|${r.offset ?? ''}|${r.text}`;

function Restored({ removal, focus }: { removal: Removal; focus: boolean }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus || !element.current) return;
    element.current.scrollIntoView({ block: 'center', behavior: 'smooth' });
    element.current.classList.remove('flash');
    void element.current.offsetWidth; // restart the animation
    element.current.classList.add('flash');
  }, [focus]);
  return (
    <div class="restored" data-testid="restored-item" ref={element}>
      <span class="restored-label">
        Removed ({removal.category}, {removal.rule})
      </span>
      <SafeHtml tag="div" html={removal.html ?? `<p>${escapeHtml(removal.text)}</p>`} />
    </div>
  );
}

/** Purify the article's blocks ahead of showing them (the reader does it while it reads a page ahead): showing them then only parses them. */
export function prepareArticleView(article: Article): void {
  const numbers = listNumbers(article.blocks);
  article.blocks.forEach((block, index) => purify(readerBlockHtml(block, numbers[index])));
}

export function ArticleView({ article, shown, focus }: { article: Article; shown: Removal[]; focus: Removal | null }) {
  const minutes = readingMinutes(article.blocks.map((b) => b.text).join(' '));
  const site = siteOf(article);
  // a byline that is the site's own name ("BBC News · BBC News") is said once
  const byline = article.byline && normalizeForCompare(article.byline) !== normalizeForCompare(site ?? '') ? article.byline : null;
  const meta = [byline, site, readableDate(article.publishedTime), `${minutes} min read`].filter(Boolean);
  const { original } = article;
  const before = (index: number) => shown.filter((r) => r.anchor === index && r.scope === 'block');
  const after = (index: number) => shown.filter((r) => r.anchor === index && r.scope === 'sentence');
  const numbers = listNumbers(article.blocks);
  return (
    <article class="article" aria-labelledby="cr-title" dir={article.dir} lang={article.lang ?? undefined}>
      <header class="article-header">
        <h1 id="cr-title" data-testid="reader-title">
          {article.title}
        </h1>
        <p class="meta" data-testid="reader-meta">
          {/* Each item isolated: "1 min read" stays in its order inside a right-to-left article. */}
          {meta.map((item, i) => (
            <>
              {i > 0 && ' · '}
              <bdi>{item}</bdi>
            </>
          ))}
        </p>
        {(original.title || original.author || original.translator || original.url) && (
          <p class="original" data-testid="reader-original">
            Original{original.title ? `: “${original.title}”` : ''}
            {original.author ? ` by ${original.author}` : ''}
            {original.source ? `, ${original.source}` : ''}
            {original.translator ? ` · translated by ${original.translator}` : ''}
            {original.url && /^https?:/i.test(original.url) && (
              <>
                {' · '}
                <a href={original.url} target="_blank" rel="noopener noreferrer">
                  original article
                </a>
              </>
            )}
          </p>
        )}
      </header>
      <div class="article-body" data-testid="reader-body">
        {article.blocks.map((block, index) => (
          <>
            {before(index).map((removal) => (
              <Restored key={removalKey(removal)} removal={removal} focus={removal === focus} />
            ))}
            <SafeHtml class={`block block-${block.type}`} data-block={index} html={readerBlockHtml(block, numbers[index])} />
            {after(index).map((removal) => (
              <Restored key={removalKey(removal)} removal={removal} focus={removal === focus} />
            ))}
          </>
        ))}
        {article.cut && (
          <p class="cut-notice" role="note" data-testid="cut-notice">
            {cutNotice(article.cut)}
          </p>
        )}
        {shown
          .filter((r) => r.anchor === undefined || r.anchor >= article.blocks.length)
          .map((removal) => (
            <Restored key={removalKey(removal)} removal={removal} focus={removal === focus} />
          ))}
      </div>
    </article>
  );
}
