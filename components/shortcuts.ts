// The reader's keyboard shortcuts, one table (the help overlay lists it, "?"), and the test of which key
// presses are shortcuts: inside the reader, not while typing in a field or choosing in a menu, not with
// Ctrl, Alt or Meta (Alt+Shift+R is the browser's shortcut for the reader), and never when another
// handler took the key. J and K move through the claims, as in mail and feed readers.
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

export type ShortcutAction =
  | 'next-claim'
  | 'previous-claim'
  | 'next-theme'
  | 'larger-text'
  | 'smaller-text'
  | 'claims-panel'
  | 'removed-panel'
  | 'highlights-panel'
  | 'highlight'
  | 'read-aloud'
  | 'help'
  | 'close';

export interface Shortcut {
  /** KeyboardEvent.key values; the first is the one shown. */
  keys: string[];
  /** How the key is written in the help. */
  label: string;
  does: string;
  action: ShortcutAction;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['j', 'J'], label: 'J', does: 'Next claim', action: 'next-claim' },
  { keys: ['k', 'K'], label: 'K', does: 'Previous claim', action: 'previous-claim' },
  { keys: ['c', 'C'], label: 'C', does: 'Show or hide the claims', action: 'claims-panel' },
  { keys: ['r', 'R'], label: 'R', does: 'Show or hide what was removed', action: 'removed-panel' },
  { keys: ['n', 'N'], label: 'N', does: 'Show or hide your highlights and notes', action: 'highlights-panel' },
  { keys: ['h', 'H'], label: 'H', does: 'Highlight the selected words', action: 'highlight' },
  { keys: ['l', 'L'], label: 'L', does: 'Read aloud, pause, go on', action: 'read-aloud' },
  { keys: ['+', '='], label: '+', does: 'Larger text', action: 'larger-text' },
  { keys: ['-', '_'], label: '−', does: 'Smaller text', action: 'smaller-text' },
  { keys: ['t', 'T'], label: 'T', does: 'Next theme: system, light, sepia, dark', action: 'next-theme' },
  { keys: ['?'], label: '?', does: 'This list of shortcuts', action: 'help' },
  { keys: ['Escape'], label: 'Esc', does: 'Close this list, the display settings, or the reader', action: 'close' },
];

export const NEXT_CLAIM_KEY = 'j';
export const PREVIOUS_CLAIM_KEY = 'k';

const ACTION_OF_KEY = new Map(SHORTCUTS.filter((s) => s.action !== 'close').flatMap((s) => s.keys.map((key) => [key, s.action] as const)));

/** The shortcut a key press inside the reader is, or null when it is none (or not the reader's to take). */
export function shortcutOf(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return null;
  if (isTypingIn(event.composedPath()[0] ?? event.target)) return null;
  return ACTION_OF_KEY.get(event.key) ?? null;
}

/** Calls `onShortcut` for the shortcuts of `actions` pressed inside the reader (the dialog around `inside`); the key is then taken. */
export function useShortcuts(inside: RefObject<HTMLElement | null>, actions: readonly ShortcutAction[], onShortcut: (action: ShortcutAction) => void): void {
  const handler = useRef(onShortcut);
  handler.current = onShortcut;
  const wanted = actions.join(' ');
  useEffect(() => {
    const element = inside.current;
    if (!element) return;
    const reader: EventTarget = element.closest('dialog') ?? element.ownerDocument;
    const onKey = (event: Event) => {
      const action = shortcutOf(event as KeyboardEvent);
      if (!action || !wanted.split(' ').includes(action)) return;
      event.preventDefault();
      handler.current(action);
    };
    reader.addEventListener('keydown', onKey);
    return () => reader.removeEventListener('keydown', onKey);
  }, [inside, wanted]);
}

/** Calls `onStep` with 1 or -1 on J or K pressed inside the reader. */
export function useClaimKeys(inside: RefObject<HTMLElement | null>, onStep: (step: 1 | -1) => void): void {
  useShortcuts(inside, ['next-claim', 'previous-claim'], (action) => onStep(action === 'next-claim' ? 1 : -1));
}

function isTypingIn(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}
