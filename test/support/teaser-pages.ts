// Pages of one site sharing a teaser box no static rule removes: the corpus articles in the site template
// (scripts/site-template.ts), each with the same box after the article's third paragraph, as a newsroom
// puts the same aside into every article. For the site memory's tests (issue 13).
import { renderSitePage } from '../../scripts/site-template.ts';
import { corpusNames, readCorpus } from './fixtures.ts';

export const TEASER_HEADING = 'Inside the newsroom';
export const TEASER_TEXT = 'Editorial independence: our reporters choose stories on news value alone, and no sponsor sees an article before it is published.';
const TEASER = `<div class="desk-note"><h4>${TEASER_HEADING}</h4><p>${TEASER_TEXT}</p></div>`;

/** The corpus page `index` (0–4) in the site template, with the teaser box in its article. */
export function teaserPage(index: number): string {
  const html = renderSitePage(readCorpus(corpusNames()[index]));
  const start = html.indexOf('<div class="news-content">');
  if (start < 0) throw new Error('the site template has no news-content');
  let paragraphs = 0;
  return html.slice(0, start) + html.slice(start).replace(/<\/p>/g, (end) => (++paragraphs === 3 ? end + TEASER : end));
}
