// Metadata a page states in its <head>: site name, publication date, author.
import type { PageMeta } from './types.ts';
import { collapseWhitespace } from './text.ts';

function metaContent(document: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content') ?? document.querySelector(selector)?.getAttribute('datetime');
    if (value && collapseWhitespace(value)) return collapseWhitespace(value);
  }
  return undefined;
}

/** The page's own address as it states it (canonical link or og:url), when it is http(s). */
export function statedUrl(document: Document): string | undefined {
  const candidates = [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), document.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  return candidates.find((url): url is string => !!url && /^https?:\/\/[^\s/]+/i.test(url.trim()))?.trim();
}

export function readPageMeta(document: Document): Partial<PageMeta> {
  const meta: Partial<PageMeta> = {};
  const siteName = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  if (siteName) meta.siteName = siteName;
  const published = metaContent(document, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="publish-date"]',
    'meta[name="parsely-pub-date"]',
  ]);
  if (published) meta.publishedTime = published;
  return meta;
}
