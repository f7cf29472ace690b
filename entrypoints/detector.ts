// The always-on detector: a cheap look at the page's first blocks and its address, reported to the
// background, which opens the reader when the settings say so. Nothing heavy is imported here: the
// reader (Readability, Preact, rules, claims) loads only when it opens. To stay a few kilobytes it is an
// unlisted script listed as a content script in wxt.config.ts (WXT's content-script wrapper and the
// polyfill would triple its size), and it sends through the browser's own runtime object.
import { detectCryptoNews, readPageForDetection } from '../lib/detect.ts';
import type { Message } from '../utils/messages.ts';

/** The one browser API the detector uses, from the global the browser provides. */
interface RuntimeHolder {
  runtime?: { sendMessage(message: Message): Promise<unknown> };
}

export default defineUnlistedScript({
  main() {
    const detection = detectCryptoNews({ url: location.href, ...readPageForDetection(document) });
    const message: Message = { type: 'page-detected', data: { url: location.href, detection } };
    const extension = globalThis as unknown as { browser?: RuntimeHolder; chrome?: RuntimeHolder };
    void (extension.browser ?? extension.chrome)?.runtime?.sendMessage(message).catch(() => undefined);
  },
});
