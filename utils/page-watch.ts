// Watching the live page without changing it: has its article changed since it was read, has a
// single-page site moved to another address, has it finished rendering.

/** A cheap mark of the page's state: its address (without the #fragment) and the size of its text and tree. */
export function pageSignature(document: Document): string {
  const body = document.body;
  return [document.URL.split('#')[0], body?.textContent?.length ?? 0, body?.getElementsByTagName('*').length ?? 0].join('|');
}

/**
 * Call `onChange` when the address changes without a page load: history.pushState / replaceState, Back
 * and Forward, through the Navigation API where the browser has it; else on popstate, and, with `poll`,
 * a look at the address every second (pushState fires no event). Changes of the #fragment alone (a jump
 * inside the article) do not count.
 */
export function onAddressChange(onChange: () => void, { signal, poll }: { signal: AbortSignal; poll: boolean }): void {
  const address = () => location.href.split('#')[0];
  let last = address();
  const check = () => {
    if (address() === last) return;
    last = address();
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', check, { signal });
  else if (poll) {
    const timer = setInterval(check, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer));
  }
  addEventListener('popstate', check, { signal });
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
