// While the reader is open the page under it must not scroll, and printing prints the reader alone. A
// style element placed in the reader's host element (outside its shadow root) applies to the page; it
// leaves with the host when the reader closes, so the page is exactly as it was.

/**
 * `:root:not(#…)` outranks a page's own `html { overflow: … !important }`; the host is a child of <html>,
 * beside <body>, so printing can drop the whole body and keep the reader. The root is shown while the
 * reader is open: a page that hides it until its scripts run (engadget's frame-busting
 * `html { display: none }`) would hide the reader with it when the scripts are blocked or fail.
 */
export const PAGE_LOCK_CSS = `
:root:not(#crypto-reader-lock) { overflow: hidden !important; display: block !important; visibility: visible !important; opacity: 1 !important; filter: none !important; transform: none !important; contain: none !important; content-visibility: visible !important; }
@page { margin: 18mm 16mm; }
@media print {
  :root:not(#crypto-reader-lock) { overflow: visible !important; }
  :root:not(#crypto-reader-lock) > body { display: none !important; }
}`;

/** Lock the page under the reader (host: the reader's host element, in the page). */
export function lockPage(host: Element): void {
  const style = host.ownerDocument.createElement('style');
  style.textContent = PAGE_LOCK_CSS;
  host.appendChild(style);
}
