// Site-agnostic boilerplate containers: the parts of a page template every site has, recognised by the
// words its class names and ids are built from (site-footer, comment-list, author-box, sidebar-widget…).
// The element rules' guard keeps anything that holds the article (h1, main, most of the text).
import type { ElementRule } from './types.ts';

/** Template parts whose names are unmistakable anywhere in a class or id ("articleFooter", "dsq-comments"). */
const TEMPLATE_PARTS = /footer|breadcrumb|newsletter|cookie|outbrain|taboola|disqus|akismet|most-?popular|comment-?list|comments-?(?:area|title|section|wrap|container)|user-profile|author-?(?:box|bio|info|details|description)|about-?(?:the-)?author|sabox|post-?nav|nav-?links|pagination|social-?(?:links|icons|media|share|buttons|follow)|share-?(?:buttons|links|icons|tools|box)|noprint|sr-only|screen-reader/i;

/**
 * Words that name a template part when a class or id starts with them ("comments", "widget_text",
 * "sidebar-primary"), not when a framework prefixes them ("elementor-widget", "live-match-comment") or
 * a theme marks a post with them ("tag-bitcoin").
 */
const TEMPLATE_NAMES =
  /(?:^|[ .#])(?:comments?|respond|reply|replies|widget|widgets|widget-area|sidebar|tags|tagcloud|tag-list|tag-links|post-tags|categories|cat-links|entry-footer|share|sharing|social|follow|rating|ratings|poll|vote|related|recommended|promo|banner|subscribe|subscription|signup|login|consent|credits?|copyright|disclaimer|skip-link|lightbox|modal|popup)(?:$|[-_ .\d])/i;

export const templatePart: ElementRule = {
  kind: 'element',
  name: 'template-part',
  category: 'boilerplate',
  description: 'A part of the site template named by its class or id: footer, sidebar, comments, author box, tag list, share bar, pagination, poll.',
  attributes: new RegExp(`${TEMPLATE_PARTS.source}|${TEMPLATE_NAMES.source}`, 'i'),
  containersOnly: true,
  examples: {
    source: 'trafilatura evaluation set: jovelstefan.de (entry footer), neunzehn72.de (author box), nytimes-1 of Readability\'s tests (topic links kept)',
    kind: 'html',
    remove: [
      '<div class="entryfooter"><p>Kommentarfeed | Kommentare geschlossen | Trackback-URL</p></div>',
      '<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Patrick Ludolph, Fotograf aus Hamburg und Gründer von Neunzehn72. Ich mag jede Art von Fotografie.</p></div></div>',
      '<ol class="comment-list"><li class="comment"><p>Great post, thanks for sharing it with us all!</p></li></ol>',
    ],
    keep: [
      '<p>In return, Sudan will improve access for aid groups and stop supporting rebels in neighboring <a class="meta-loc" href="/topic/south-sudan">South Sudan</a>.</p>',
      '<div class="elementor-widget elementor-widget-text-editor"><p>Lui Lu hat ein ganz tolles Konzept entworfen, indem ihr jeden Ohrring individualisieren könnt.</p></div>',
    ],
  },
};
