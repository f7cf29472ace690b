// Moving through the claims from the keyboard anywhere in the reader: J the next claim, K the previous
// (as in mail and feed readers). Not while typing in a field or choosing in a menu, not with a modifier
// (Alt+Shift+R is the browser's shortcut for the reader), and never when another handler took the key.
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

export const NEXT_CLAIM_KEY = 'j';
export const PREVIOUS_CLAIM_KEY = 'k';

/** Calls `onStep` with 1 or -1 on J or K pressed inside the reader (the dialog around `inside`). */
export function useClaimKeys(inside: RefObject<HTMLElement | null>, onStep: (step: 1 | -1) => void): void {
  const handler = useRef(onStep);
  handler.current = onStep;
  useEffect(() => {
    const element = inside.current;
    if (!element) return;
    const reader: EventTarget = element.closest('dialog') ?? element.ownerDocument;
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.defaultPrevented || key.altKey || key.ctrlKey || key.metaKey || key.isComposing) return;
      if (isTypingIn(key.composedPath()[0] ?? key.target)) return;
      const step = key.key === NEXT_CLAIM_KEY ? 1 : key.key === PREVIOUS_CLAIM_KEY ? -1 : 0;
      if (step === 0) return;
      key.preventDefault();
      handler.current(step);
    };
    reader.addEventListener('keydown', onKey);
    return () => reader.removeEventListener('keydown', onKey);
  }, [inside]);
}

function isTypingIn(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}
