// Metadata a page states in its <head>: site name, publication date, its own address. One pass over the
// head's <meta> and <link> elements (attribute selectors over a whole document are slow in Node DOMs).
import type { PageMeta } from './types.ts';
import { collapseWhitespace } from './text.ts';

const SITE_NAME_KEYS = ['og:site_name', 'application-name'];
const PUBLISHED_KEYS = ['article:published_time', 'datepublished', 'date', 'publish-date', 'parsely-pub-date'];

interface HeadFacts {
  meta: Map<string, string>;
  canonical?: string;
}

function readHead(document: Document): HeadFacts {
  const meta = new Map<string, string>();
  let canonical: string | undefined;
  const head = document.head ?? document.documentElement;
  for (const element of Array.from(head?.querySelectorAll('meta, link') ?? [])) {
    if (element.tagName === 'LINK' || element.tagName === 'link') {
      if (/\bcanonical\b/i.test(element.getAttribute('rel') ?? '')) canonical ??= element.getAttribute('href') ?? undefined;
      continue;
    }
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
    const value = collapseWhitespace(element.getAttribute('content') ?? '');
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  return { meta, canonical };
}

const first = (facts: HeadFacts, keys: string[]) => keys.map((k) => facts.meta.get(k)).find(Boolean);

const isHttpUrl = (url: string | undefined): url is string => !!url && /^https?:\/\/[^\s/]+/i.test(url.trim());

/** The page's own address as it states it (canonical link or og:url), when it is http(s). */
export function statedUrl(document: Document): string | undefined {
  const facts = readHead(document);
  return [facts.canonical, facts.meta.get('og:url')].find(isHttpUrl)?.trim();
}

export function readPageMeta(document: Document): Partial<PageMeta> {
  const facts = readHead(document);
  const meta: Partial<PageMeta> = {};
  const siteName = first(facts, SITE_NAME_KEYS);
  if (siteName) meta.siteName = siteName;
  const published = first(facts, PUBLISHED_KEYS);
  if (published) meta.publishedTime = published;
  return meta;
}
