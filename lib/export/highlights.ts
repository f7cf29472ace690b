// The person's highlights in an export (issue 12): the highlighted words marked in the body's HTML
// (<mark>, which Markdown writes as ==words==), each note right below its block as a quote ("Note: …"),
// and the list of highlights on the Article (the JSON export's "highlights"). The block HTML is parsed in a
// document the caller gives: an inert one (document.implementation.createHTMLDocument), where no picture
// loads. Headings are not highlighted (components/selection.ts): they are exported from their text.
import { markText } from '../dom-marks.ts';
import type { PlacedHighlight } from '../highlights.ts';
import { escapeHtml } from '../sanitize.ts';
import type { Article, ArticleBlock } from '../types.ts';
import { blockHtml } from './body-html.ts';

/** A highlight as exports list it. */
export interface ExportedHighlight {
  text: string;
  note: string;
  /** The block it is in, or null when its words are no longer in the article. */
  block: number | null;
  /** When it was made, ISO 8601. */
  created: string;
}

/** The class of the exported marks and notes (the standalone HTML's style sheet colours them). */
export const EXPORT_MARK_CLASS = 'highlight';
export const EXPORT_NOTE_CLASS = 'highlight-note';

/** The article with `highlights` marked in its blocks' HTML, their notes below, and listed; the article itself when there are none. */
export function withHighlights(article: Article, highlights: readonly PlacedHighlight[], parser: Document): Article {
  if (highlights.length === 0) return article;
  const blocks = article.blocks.map((block, index) => {
    const here = highlights.filter((h) => h.placed?.block === index).sort((a, b) => a.placed!.start - b.placed!.start);
    return here.length === 0 ? block : markedBlock(block, here, parser);
  });
  const listed: ExportedHighlight[] = highlights.map((h) => ({ text: h.text, note: h.note, block: h.placed?.block ?? null, created: new Date(h.created).toISOString() }));
  return { ...article, blocks, highlights: listed };
}

function markedBlock(block: ArticleBlock, highlights: PlacedHighlight[], parser: Document): ArticleBlock {
  const container = parser.createElement('div');
  container.innerHTML = blockHtml(block);
  for (const h of highlights) markText(container, h.placed!.start, h.placed!.end, EXPORT_MARK_CLASS);
  const notes = highlights.filter((h) => h.note.trim());
  if (notes.length > 0) {
    const note = parser.createElement('blockquote');
    note.className = EXPORT_NOTE_CLASS;
    note.innerHTML = notes.map((h) => `<p><strong>Note:</strong> ${escapeHtml(h.note.trim()).replace(/\n/g, '<br>')}</p>`).join('');
    // inside a list item (a quote after it would stand outside the list), else after the block
    const only = container.children.length === 1 ? container.firstElementChild : null;
    (only?.tagName === 'LI' ? only : container).appendChild(note);
  }
  return { ...block, html: container.innerHTML };
}
