// A section of cards: a short heading whose section holds only links to other pages (teaser titles, each
// with perhaps a date or a line of dek), whatever the heading says ("Entdecken Sie jetzt", "Top 5 Energie",
// "Audios et vidéos sur le sujet"). An article's own section has prose in it.
import type { BlockRule, RuleBlock } from './types.ts';
import { isShortText } from '../text.ts';

/** A section heading is a line. */
const MAX_HEADING_WORDS = 10;
/** Cards: at least this many blocks under the heading… */
const MIN_CARDS = 2;
/** …this share of them mostly a link… */
const MIN_LINKED_SHARE = 0.6;
/** …and no unlinked text longer than a teaser's dek. */
const MAX_UNLINKED_WORDS = 25;

function isCardSection(section: readonly RuleBlock[]): boolean {
  const content = section.filter((b) => b.type !== 'image');
  if (content.length < MIN_CARDS) return false;
  let linked = 0;
  for (const block of content) {
    // Links to other pages; "#section" anchors are the article's own outline.
    if (block.features.awayLinkShare >= 0.5) linked++;
    else if (!isShortText(block.text, MAX_UNLINKED_WORDS)) return false;
  }
  return linked / content.length >= MIN_LINKED_SHARE;
}

/** A label line ("Weitere Informationen:", "Further reading:") is a few words ending in a colon. */
const MAX_LABEL_WORDS = 5;

/** A label line on its own, then links on lines of their own: the label and the links. */
function* labelledLinks(blocks: readonly RuleBlock[], label: RuleBlock): Generator<number> {
  if (label.type !== 'paragraph' || !label.text.endsWith(':') || !isShortText(label.text, MAX_LABEL_WORDS)) return;
  let end = label.index;
  while (end + 1 < blocks.length && blocks[end + 1].type !== 'heading' && blocks[end + 1].features.awayLinkShare >= 0.5) end++;
  if (end === label.index) return;
  for (let i = label.index; i <= end; i++) yield i;
}

export const cardSection: BlockRule = {
  kind: 'block',
  name: 'card-section',
  category: 'related',
  description: 'A short heading whose section is only teaser cards (links to other pages with at most a line of text each), or a label line ("Weitere Informationen:") over links.',
  *run(ctx) {
    for (const heading of ctx.blocks) {
      if (!heading.features.markup || ctx.isRemoved(heading.index)) continue;
      if (heading.type !== 'heading') {
        yield* labelledLinks(ctx.blocks, heading);
        continue;
      }
      if (!isShortText(heading.text, MAX_HEADING_WORDS)) continue;
      const end = ctx.sectionEnd(heading.index);
      const section = ctx.blocks.slice(heading.index + 1, end + 1).filter((b) => !ctx.isRemoved(b.index));
      if (!isCardSection(section)) continue;
      yield heading.index;
      for (const block of section) yield block.index;
    }
  },
  examples: {
    source: 'trafilatura evaluation set: industriemagazin.at ("Entdecken Sie jetzt"), dw.com ("Audios et vidéos sur le sujet")',
    kind: 'html',
    remove: [
      '<p>Weitere Informationen:</p><p><a href="https://www.example.org/presse/2021">Pressemitteilung des Instituts</a></p><p><a href="https://www.example.org/studie.pdf">Die Studie als PDF</a></p>',
      '<section><h2>Entdecken Sie jetzt</h2><p><a href="/news/a">Luftfahrt: Airbus erhöht die Produktion</a></p><p><a href="/news/b">Wie die Bahn ihre Flotte modernisiert</a></p><p><a href="/news/c">Neue Werke in Oberösterreich</a></p></section>',
    ],
    keep: [
      '<p>The statement listed three conditions:</p><p>Wages must slow, <a href="/rents">rents</a> must stabilise and energy prices must stay low, the governor said in the afternoon.</p>',
      '<h2>What the board said</h2><p>The board said in its statement that it would watch <a href="/wages">wage settlements</a> closely and act if price growth did not slow over the summer months as it expected.</p><p>Two members voted for an increase.</p>',
    ],
  },
};
