// The cleaned article: title, byline, site and date, the original-article header, reading time, the
// body (each block rendered from sanitised HTML), and any removed item the reader chose to show again.
import type { Article, Removal } from '../lib/types.ts';
import { blockHtml } from '../lib/export/html.ts';
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

function Restored({ removal }: { removal: Removal }) {
  return (
    <div class="restored" data-testid="restored-item">
      <span class="restored-label">
        Removed ({removal.category}, {removal.rule})
      </span>
      <SafeHtml tag="div" html={`<p>${escapeHtml(removal.text)}</p>`} />
    </div>
  );
}

export function ArticleView({ article, shown }: { article: Article; shown: Removal[] }) {
  const minutes = readingMinutes(article.blocks.map((b) => b.text).join(' '));
  const meta = [article.byline, siteOf(article), formatDate(article.publishedTime), `${minutes} min read`].filter(Boolean);
  const { original } = article;
  const before = (index: number) => shown.filter((r) => r.anchor === index && r.scope === 'block');
  const after = (index: number) => shown.filter((r) => r.anchor === index && r.scope === 'sentence');
  return (
    <article class="article" aria-labelledby="cr-title">
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
              <Restored removal={removal} />
            ))}
            <SafeHtml class={`block block-${block.type}`} data-block={index} html={blockHtml(block)} />
            {after(index).map((removal) => (
              <Restored removal={removal} />
            ))}
          </>
        ))}
        {shown
          .filter((r) => r.anchor === undefined || r.anchor >= article.blocks.length)
          .map((removal) => (
            <Restored removal={removal} />
          ))}
      </div>
    </article>
  );
}
