// What the parts of an article that Readability drops look like, and what page furniture beside them
// looks like: the tests lib/restore-dropped.ts applies to a block before it brings it back.
import { linkShare } from './blocks/link-share.ts';
import type { Block } from './types.ts';
import { visibleText } from './blocks/dom.ts';
import { wordCount } from './text.ts';

/** A lead is a sentence or two; a line under a lead-named class may be shorter. */
const MIN_LEAD_WORDS = 12;
const MIN_MARKED_LEAD_WORDS = 6;
const MAX_HEADING_WORDS = 20;
const MAX_CAPTION_WORDS = 60;
/** Share of a block's text that may be link text: a lead or a summary item links little. */
const MAX_LINK_SHARE = 0.3;
/** A summary item says something: "Mehr" or "1/3" does not. */
const MIN_SUMMARY_ITEM_WORDS = 3;

/** Labels of summary boxes, in the languages of the sites we see (the label alone, colon optional). */
const SUMMARY_LABEL = new RegExp(
  '^(?:' +
    [
      "key (?:takeaways?|points|facts|highlights)", 'takeaways', 'quick (?:take|takes|facts|read)', 'summary', 'article summary',
      'tl;? ?dr', 'what (?:you need )?to know', 'at a glance', 'in brief', 'in short', '(?:story )?highlights', 'the gist',
      'the bottom line', 'das wichtigste(?: in kürze| auf einen blick)?', 'auf einen blick', 'in kürze', 'kurz (?:gesagt|gefasst|und knapp)',
      'zusammenfassung', 'en bref', "l['’]essentiel", "ce qu['’]il faut (?:retenir|savoir)", 'à retenir', 'en résumé', 'résumé',
      'points? clés?', 'en resumen', 'resumen', 'lo (?:más importante|esencial|que (?:hay que|debes) saber)', 'puntos clave', 'claves',
      'w skrócie', 'najważniejsze(?: informacje)?', 'w pigułce', 'podsumowanie', 'kluczowe (?:informacje|wnioski)',
    ].join('|') +
    ')\\s*[:：.]?$',
  'iu',
);

/** Headings of page furniture, not of the article's sections. */
const FURNITURE_HEADING =
  /^(?:related|read (?:more|next|also)|more (?:from|on|about|news|stories)|recommended|advertisement|anzeige|werbung|publicité|publicidad|reklama|share|teilen|partager|compartir|comments?|kommentare?|commentaires?|comentarios?|komentarze|newsletter|subscribe|abonnieren|tags|schlagworte|about the author|über den autor|most (?:read|popular)|trending|latest|follow us|sponsored|weitere artikel|das könnte sie auch interessieren|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|lee también|czytaj (?:też|także|więcej)|contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|índice|spis treści|(?:more|further) (?:information|reading)|weitere informationen|mehr informationen)\b/iu;

/** Lines of a byline, a dateline or a notice, not a lead. */
const NOT_A_LEAD =
  /^(?:by|von|par|por|przez|autor(?:in)?|author|published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|opublikowano|disclaimer|haftungsausschluss|advertisement|anzeige|werbung|publicité|publicidad|reklama|sponsored|gesponsert|photo|foto|bild|image|source|quelle|warning|notice|fatal error|deprecated)\b|©|copyright|(?:published|updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\s(?:on|am|le|el)?\s*\d/iu;

/** Class and id words of a lead or intro, the article's first lines set apart: such a line may be short. */
const LEAD_ATTRIBUTES = /lead|intro|teaser|description|abstract|entradilla|zajawka|vorspann|einleitung/i;

/**
 * Class and id words of what stands beside the title but is not the article's text: a caption or credit of
 * the lead picture, a pull quote, a part of the heading block itself. (A deck or standfirst under the title
 * comes back: a reader shows the subtitle, and trafilatura's evaluation counts it as the article's.)
 */
const NOT_LEAD_ATTRIBUTES =
  /caption|credit|figure|image|photo|media|quote|(?:^|[-_\s])(?:heading|headline|title)(?:$|[-_\s])/i;

/** A line that opens with a quotation mark is a quote (a pull quote, the claim a fact check checks). */
const OPENS_WITH_QUOTE = /^["“«„]/;

/** Class and id words of page furniture: bylines, meta lines, share bars, menus, cards, ads, disclaimers. */
const FURNITURE_ATTRIBUTES =
  /(?:^|[-_])(?:nav|navbar|navigation|menu|breadcrumbs?|byline|author|authors|(?:post|entry|article)?meta|metadata|date|dateline|time|timestamp|share|sharing|social|tags?|related|recommended|comments?|footer|sidebar|widget|ads?|advert|advertisement|sponsor|sponsored|promo|newsletter|subscribe|disclaimer|copyright|cookie|popup|modal|rating|toolbar|card|cards|teaser-list)(?:$|[-_\d])/;

/** Elements whose text is never the article's, wherever they stand (an <aside> may hold a summary box). */
const FURNITURE_TAGS = new Set(['A', 'BUTTON', 'LABEL', 'NAV', 'FOOTER', 'FORM', 'MENU', 'SELECT', 'DIALOG', 'ASIDE']);

/** The figure a caption belongs to: an element just around it that holds a picture and no other text. */
export function figureOf(path: Element[]): Element | null {
  const caption = visibleText(path[0]).length;
  for (const el of path.slice(1, 4)) {
    if (visibleText(el).length > caption + MAX_FIGURE_EXTRA_CHARS) return null;
    if ((el.tagName === 'FIGURE' || FIGURE_ATTRIBUTES.test(attributes(el))) && el.querySelector('img')) return el;
  }
  return null;
}

/** A figure may say a little more than its caption (a credit, a "Photo" label), not a paragraph more. */
const MAX_FIGURE_EXTRA_CHARS = 40;

const FIGURE_ATTRIBUTES = /caption|figure|image|photo|picture|media/i;

/** The label of a summary box ("Key Takeaways:", "Das Wichtigste in Kürze"), as a heading or a line of its own. */
export function isSummaryLabel(block: Block): boolean {
  return block.text.length <= 60 && SUMMARY_LABEL.test(block.text) && block.type !== 'list-item';
}

/** An item of a summary box: a line of text, not a link. */
export function isSummaryItem(block: Block): boolean {
  return block.type !== 'heading' && block.type !== 'table' && linkShare(block.element!) <= MAX_LINK_SHARE && wordCount(block.text) >= MIN_SUMMARY_ITEM_WORDS;
}

/** A lead or intro: a sentence or two of few links, not a byline, dateline, notice, deck, caption or quote. */
export function isLead(block: Block, path: Element[]): boolean {
  if (block.type !== 'paragraph' && !(block.type === 'heading' && (block.level ?? 1) >= 2)) return false;
  if (NOT_A_LEAD.test(block.text) || OPENS_WITH_QUOTE.test(block.text) || linkShare(block.element!) > MAX_LINK_SHARE) return false;
  const near = path.slice(0, 3).map(attributes);
  if (near.some((a) => NOT_LEAD_ATTRIBUTES.test(a))) return false;
  const words = wordCount(block.text);
  const marked = near.some((a) => LEAD_ATTRIBUTES.test(a));
  if (words < (marked ? MIN_MARKED_LEAD_WORDS : MIN_LEAD_WORDS)) return false;
  // A heading of a sentence under the title, not marked as a subtitle, is the lead set large (often
  // without its full stop).
  return marked || block.type === 'heading' || /[.!?…:;"”»)]$/.test(block.text) || words >= 2 * MIN_LEAD_WORDS;
}

/** A section heading of the article: short, not a link, not the heading of page furniture ("Related", "Comments"). */
export function isSubheading(block: Block): boolean {
  const words = wordCount(block.text, MAX_HEADING_WORDS + 1);
  return (block.level ?? 1) >= 2 && words >= 1 && words <= MAX_HEADING_WORDS && !FURNITURE_HEADING.test(block.text) && linkShare(block.element!) < 0.5;
}

/** A caption that says what the picture shows, not only whose it is ("Foto: dpa", "© Getty Images"). */
export function isCaption(block: Block): boolean {
  if (wordCount(block.text, MAX_CAPTION_WORDS + 1) > MAX_CAPTION_WORDS || linkShare(block.element!) >= 0.5) return false;
  if (CREDIT.test(block.text)) return false;
  return wordCount(block.text.replace(CREDIT_TAIL, '')) >= MIN_CAPTION_WORDS;
}

/** A credit line, and the credit that ends a caption. */
const CREDIT = /^[(\[]?\s*(?:©|\(c\)|fotos?|photos?|bild(?:er|quelle)?|images?|quelle|sources?|credits?|crédits?|fot\.|zdjęcie|imagen|screenshots?|symbolbild|archiv(?:bild|foto)?)\b/iu;
const CREDIT_TAIL = /[(\[]?\s*(?:©|\(c\)|fotos?|photos?|bild(?:er|quelle)?|images?|quelle|sources?|credits?|crédits?|fot\.|zdjęcie|imagen|getty|shutterstock|istock|picture alliance|dpa|reuters|afp|ap photo|imago|unsplash)\b.*$/iu;
const MIN_CAPTION_WORDS = 4;

/** A menu, byline, card or share bar around the block, below where it meets the article (`shared`). */
export function hasFurniturePath(path: Element[], shared: ReadonlySet<Element>, summary: boolean): boolean {
  for (const el of path) {
    if (shared.has(el)) return false;
    if (el.getAttribute('aria-hidden') === 'true') return true;
    if (FURNITURE_TAGS.has(el.tagName) && !(summary && el.tagName === 'ASIDE')) return true;
    if (isFurnitureNamed(el) && !(summary && SUMMARY_ATTRIBUTES.test(attributes(el)))) return true;
  }
  return false;
}

/** Class words of a summary box ("key-takeaways", "article-summary") outweigh a "card" or "widget" beside them. */
const SUMMARY_ATTRIBUTES = /takeaway|summary|highlights|key-?points|tldr|at-a-glance/i;

/**
 * Whether a class or id names page furniture. Modifiers say what a part holds, not what it is
 * ("section--has-ads", "content-has-sidebar"), and WordPress marks the post itself with its tags and
 * categories ("tag-bitcoin", "category-news"): neither counts.
 */
function isFurnitureNamed(el: Element): boolean {
  for (const token of attributes(el).toLowerCase().split(/\s+/)) {
    if (!token || WORDPRESS_POST_CLASS.test(token)) continue;
    if (FURNITURE_ATTRIBUTES.test(token.replace(/--.*$/, '').replace(/(?:^|[-_])(?:has|with|no|is)[-_][a-z]+/g, ''))) return true;
  }
  return false;
}

const WORDPRESS_POST_CLASS = /^(?:(?:tag|category|type|status|format)-|post-\d+$|hentry$)/;

/** An element's class and id, what its role is read from. */
export function attributes(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
}

