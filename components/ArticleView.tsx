// The cleaned article: title, byline, site and date, the original-article header, reading time, the
// body (each block rendered from sanitised HTML, in the article's own direction and language), and any
// removed item the reader chose to show again, rendered from its sanitised HTML where it stood.
import { useEffect, useRef } from 'preact/hooks';
import type { Article, ArticleBlock, Removal } from '../lib/types.ts';
import { blockHtml } from '../lib/export/body-html.ts';
import { escapeHtml } from '../lib/sanitize.ts';
import { readingMinutes } from '../lib/settings.ts';
import { SafeHtml } from './SafeHtml.tsx';

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(/Z|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function siteOf(article: Article): string | null {
  if (article.siteName) return article.siteName;
  try {
    return article.url ? new URL(article.url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** A block's HTML for the reader: a list item inside a list of its kind, so it shows its marker. */
function readerBlockHtml(block: ArticleBlock): string {
  const html = blockHtml(block);
  if (block.type !== 'list-item') return html;
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag}>${/^<li\b/.test(html) ? html : `<li>${html}</li>`}</${tag}>`;
}

/** A removed item shown in place again; the one just chosen is scrolled to and flashes. */
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

export function ArticleView({ article, shown, focus }: { article: Article; shown: Removal[]; focus: Removal | null }) {
  const minutes = readingMinutes(article.blocks.map((b) => b.text).join(' '));
  const meta = [article.byline, siteOf(article), formatDate(article.publishedTime), `${minutes} min read`].filter(Boolean);
  const { original } = article;
  const before = (index: number) => shown.filter((r) => r.anchor === index && r.scope === 'block');
  const after = (index: number) => shown.filter((r) => r.anchor === index && r.scope === 'sentence');
  return (
    <article class="article" aria-labelledby="cr-title" dir={article.dir} lang={article.lang ?? undefined}>
      <header class="article-header">
        <h1 id="cr-title" data-testid="reader-title">
          {article.title}
        </h1>
        <p class="meta" data-testid="reader-meta">
          {meta.join(' · ')}
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
              <Restored removal={removal} focus={removal === focus} />
            ))}
            <SafeHtml class={`block block-${block.type}`} data-block={index} html={readerBlockHtml(block)} />
            {after(index).map((removal) => (
              <Restored removal={removal} focus={removal === focus} />
            ))}
          </>
        ))}
        {shown
          .filter((r) => r.anchor === undefined || r.anchor >= article.blocks.length)
          .map((removal) => (
            <Restored removal={removal} focus={removal === focus} />
          ))}
      </div>
    </article>
  );
}
