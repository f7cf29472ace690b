// The always-on detector: a cheap look at the page's first blocks and its address, reported to the
// background, which opens the reader when the settings say so; again when a single-page site moves to
// another address. Nothing heavy is imported here: the reader (Readability, Preact, rules, claims) loads
// only when it opens. To stay a few kilobytes it is an unlisted script listed as a content script in
// wxt.config.ts (WXT's content-script wrapper and the polyfill would triple its size), and it sends
// through the browser's own runtime object.
import { readPageForDetection, scorePage } from '../lib/detect.ts';
import type { Message } from '../utils/messages.ts';
import { onAddressChange, whenSettled } from '../utils/page-watch.ts';

/** The one browser API the detector uses, from the global the browser provides. */
interface RuntimeHolder {
  runtime?: { sendMessage(message: Message): Promise<unknown> };
}

export default defineUnlistedScript({
  main() {
    const extension = globalThis as unknown as { browser?: RuntimeHolder; chrome?: RuntimeHolder };
    const report = () => {
      // The page's own verdict; the background adds what the address says (lib/detect.ts withKnownHost).
      const detection = scorePage(readPageForDetection(document));
      const message: Message = { type: 'page-detected', data: { url: location.href, detection } };
      void (extension.browser ?? extension.chrome)?.runtime?.sendMessage(message).catch(() => undefined);
    };
    report();
    // A single-page site that moves to another article: detect again once the new page has rendered. No
    // polling where the browser lacks the Navigation API: this script runs on every page.
    onAddressChange(() => void whenSettled(document.body ?? document.documentElement).then(report));
  },
});
