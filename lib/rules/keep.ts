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
};
