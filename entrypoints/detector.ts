// The always-on detector: a cheap look at the page's first blocks and its address, reported to the
// background, which opens the reader when the settings say so. Nothing heavy is imported here: the
// reader (Readability, Preact, rules, claims) loads only when it opens. To stay a few kilobytes it is an
// unlisted script listed as a content script in wxt.config.ts (WXT's content-script wrapper and the
// polyfill would triple its size), and it sends through the browser's own runtime object.
import { blocksFromDom } from '../lib/blocks/dom.ts';
import { detectCryptoNews } from '../lib/detect.ts';
import type { Message } from '../utils/messages.ts';

/** The one browser API the detector uses, from the global the browser provides. */
interface RuntimeHolder {
  runtime?: { sendMessage(message: Message): Promise<unknown> };
}

/** Enough blocks to see the template's byline bar, repost header and "You may also like". */
const BLOCK_LIMIT = 300;

export default defineUnlistedScript({
  main() {
    const lines = blocksFromDom(document, { limit: BLOCK_LIMIT }).map((block) => block.text);
    const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined;
    const detection = detectCryptoNews({ url: location.href, siteName, lines });
    const message: Message = { type: 'page-detected', data: { url: location.href, detection } };
    const extension = globalThis as unknown as { browser?: RuntimeHolder; chrome?: RuntimeHolder };
    void (extension.browser ?? extension.chrome)?.runtime?.sendMessage(message).catch(() => undefined);
  },
});
