// A standalone HTML file of the cleaned article: readable offline, with its claims and what was
// removed. Everything from the page is escaped or comes from the Article's sanitised HTML, and a
// Content-Security-Policy forbids scripts, frames and remote styles besides.
import { cutNotice } from '../page-budget.ts';
import type { Article } from '../types.ts';
import { escapeHtml } from '../sanitize.ts';
import { bodyHtml } from './body-html.ts';
import { removedCounts } from './front-matter.ts';

/** No script, no frame, no remote style, and no remote image: opening the file loads nothing from the web. */
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

/** The allowlisted attributes of one tag our sanitiser wrote (name="escaped value" pairs). */
function attributesOf(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

const NO_REFERRER = 'rel="noopener noreferrer" referrerpolicy="no-referrer"';

/**
 * The body made private: links open with no referrer and no opener; a remote image (a tracking pixel as
 * well as a chart) becomes a link to it with its description, so opening the file asks no server for
 * anything. Images embedded as data stay.
 */
export function privateBody(html: string): string {
  return html
    .replace(/<a(\s[^>]*)?>/g, (tag) => tag.replace(/^<a/, `<a ${NO_REFERRER}`))
    .replace(/<img\s[^>]*>/g, (tag) => {
      const attributes = attributesOf(tag);
      const src = attributes.get('src') ?? '';
      if (src.startsWith('data:')) return tag;
      const description = attributes.get('alt') || attributes.get('title') || 'image';
      return `<a class="remote-image" href="${src}" ${NO_REFERRER}>[Image: ${description}]</a>`;
    });
}

const STYLE = `body{margin:0;background:#fbfbf8;color:#1d1d1f;font:19px/1.6 Georgia,'Times New Roman',serif}
main{max-width:42rem;margin:0 auto;padding:2rem 1.25rem}h1{font-size:2rem;line-height:1.25}
.meta{color:#555;font:0.85rem/1.4 system-ui,sans-serif}img{max-width:100%;height:auto}
figcaption,.caption{color:#555;font-size:0.85rem}
section.claims,section.removed{font:0.9rem/1.5 system-ui,sans-serif;border-top:1px solid #ddd;margin-top:2rem}
.claim-type{font-variant:small-caps;color:#555}
table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%;font:0.85rem/1.4 system-ui,sans-serif;margin:1rem 0}
th,td{border:1px solid #ddd;padding:0.3rem 0.5rem;text-align:start;vertical-align:top}thead th,tr:first-child th{background:#f0f0ea}
blockquote{border-inline-start:3px solid #ccc;margin-inline:0;padding-inline-start:1rem}
a.remote-image{font:0.85rem/1.4 system-ui,sans-serif;color:#555}
mark.highlight{background:#ffe58a;color:inherit}blockquote.highlight-note{font:0.9rem/1.5 system-ui,sans-serif;color:#444;border-color:#e0b800}`;

export function toStandaloneHtml(article: Article): string {
  const meta = [article.byline, article.siteName, article.publishedTime].filter(Boolean).map((v) => escapeHtml(String(v)));
  const original = Object.entries(article.original)
    .filter(([, value]) => value)
    .map(([key, value]) => `${escapeHtml(key)}: ${escapeHtml(String(value))}`);
  const claims = article.claims
    .map((c) => `<li><span class="claim-type">${escapeHtml(c.type)}</span> ${escapeHtml(c.text)}${c.speaker ? ` — <em>${escapeHtml(c.speaker)}</em>` : ''}</li>`)
    .join('\n');
  const counts = Object.entries(removedCounts(article))
    .filter(([, n]) => n > 0)
    .map(([category, n]) => `<li>${escapeHtml(category)}: ${n}</li>`)
    .join('');
  const source = article.url ? `<p class="meta">Source: <a href="${escapeHtml(article.url)}" ${NO_REFERRER}>${escapeHtml(article.url)}</a></p>` : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(article.lang ?? 'und')}" dir="${article.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${meta.join(' · ')}</p>
${original.length ? `<p class="meta">Original — ${original.join(' · ')}</p>` : ''}
${source}
${privateBody(bodyHtml(article.blocks))}
${article.cut ? `<p class="meta">${escapeHtml(cutNotice(article.cut))}</p>` : ''}
</article>
${claims ? `<section class="claims"><h2>Claims</h2><ol>\n${claims}\n</ol></section>` : ''}
${counts ? `<section class="removed"><h2>Removed by Crypto Reader</h2><ul>${counts}</ul></section>` : ''}
</main>
</body>
</html>
`;
}
