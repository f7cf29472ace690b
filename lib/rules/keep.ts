// What must survive the chrome, duplicate and boilerplate rules even when it looks like them: Key
// Takeaways, FAQs, editor's notes, captions and data-source notes, quotes, section headings of the
// article. (Related areas and promotion are removed even there: a promotional FAQ entry still goes.)
import type { KeepRule } from './types.ts';

/** Headings of boxes that belong to the article. */
const KEPT_HEADINGS = /^(?:key takeaways?|takeaways|key points|highlights|summary|tl;?dr|faqs?|frequently asked questions|editor'?s note|conclusion|background)\s*:?$/i;

/** Notes that open with a label: "Editor's Note: …", "Note: Data as of …", "Source: …". */
const LABELLED_NOTE = /^(?:editor'?s note|note|source|data source|disclosure|correction|update)\s*[:：]/i;

/** A paragraph that opens with a quotation mark is a quote. */
const OPENS_WITH_QUOTE = /^["“«„]/;

export const keepArticleParts: KeepRule = {
  kind: 'keep',
  name: 'keep-article-parts',
  description: 'Key Takeaways and FAQ headings, editor\'s and data-source notes, captions and quotes.',
  *run(ctx) {
    for (const block of ctx.blocks) {
      const text = block.text;
      if (
        (block.type === 'heading' && KEPT_HEADINGS.test(text)) ||
        LABELLED_NOTE.test(text) ||
        block.type === 'caption' ||
        block.type === 'quote' ||
        OPENS_WITH_QUOTE.test(text)
      )
        yield block.index;
    }
  },
  examples: {
    source: 'cryptonews.com fixture (a chart\'s source in its caption: furniture-line would take it); trafilatura evaluation set: internetchemie.info (a source line that is no note of the article, not protected)',
    kind: 'html',
    remove: ['<p>Quelle: Technische Universität Darmstadt, Pressemitteilung</p>'],
    keep: [
      '<figure class="wp-block-image size-large"><img src="https://cimg.co/wp-content/uploads/2025/11/08101013/image-104.png" alt=""><figcaption class="wp-element-caption">Source: <a href="https://x.com/ali_charts/status/1986985273457336763?s=20" target="_blank">X/@ali_charts</a></figcaption></figure>',
    ],
  },
};
