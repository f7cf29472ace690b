// Watching the live page without changing it: has its article changed since it was read, has a
// single-page site moved to another address, has it finished rendering.

/** A cheap mark of the page's state: its address (without the #fragment) and the size of its text and tree. */
export function pageSignature(document: Document): string {
  const body = document.body;
  return [document.URL.split('#')[0], body?.textContent?.length ?? 0, body?.getElementsByTagName('*').length ?? 0].join('|');
}

/**
 * pageSignature, measured again only when it may have changed: at another address, with another <body>,
 * or after a change inside the body (a MutationObserver says so, its pending records included). Measuring
 * reads the whole text of the page, several ms on a large one, and a click asks twice.
 */
export function signatureWatch(document: Document): () => string {
  let last: { url: string; body: HTMLElement | null; signature: string } | null = null;
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect(); // one change is enough to know
  });
  return () => {
    changed ||= observer.takeRecords().length > 0;
    if (last && !changed && last.url === document.URL && last.body === document.body) return last.signature;
    observer.disconnect();
    last = { url: document.URL, body: document.body, signature: pageSignature(document) };
    changed = false;
    if (document.body) observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return last.signature;
  };
}

/**
 * Call `onChange` when the address changes without a page load: history.pushState / replaceState, Back
 * and Forward, through the Navigation API where the browser has it; else on popstate only (pushState fires
 * no event: `pollAddress` can look every second). Changes of the #fragment alone (a jump inside the article)
 * do not count. Returns the check, and whether the Navigation API reports every change.
 */
export function onAddressChange(onChange: () => void, signal?: AbortSignal): { check: () => void; complete: boolean } {
  const address = () => location.href.split('#')[0];
  let last = address();
  const check = () => {
    if (address() === last) return;
    last = address();
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  addEventListener('popstate', check, { signal });
  return { check, complete: !!navigation };
}

/** Run `check` every second until `signal` aborts: for browsers without the Navigation API. */
export function pollAddress(check: () => void, signal: AbortSignal): void {
  const timer = setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}

const POLL_MS = 1000;

/** Resolves once `target` has had no DOM changes for `quietMs` (a new article has rendered), or after `maxMs`. */
export function whenSettled(target: Node, quietMs = 300, maxMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
  });
}
