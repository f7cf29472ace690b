// The list of the reader's keyboard shortcuts, over the reader, opened with "?" (components/shortcuts.ts
// holds the table). Esc, "?" or its button close it, and only it.
import { useEffect, useRef } from 'preact/hooks';
import { SHORTCUTS } from './shortcuts.ts';

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.querySelector('button')?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' && event.key !== '?') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  return (
    <div class="shortcuts-help" role="dialog" aria-modal="true" aria-labelledby="cr-shortcuts-title" data-testid="shortcuts-help" ref={panel} onKeyDown={onKeyDown} onClick={(e) => e.target === panel.current && onClose()}>
      <div class="shortcuts-card">
        <h2 id="cr-shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map((shortcut) => (
            <div class="shortcut" data-testid="shortcut">
              <dt>
                <kbd>{shortcut.label}</kbd>
              </dt>
              <dd>{shortcut.does}</dd>
            </div>
          ))}
        </dl>
        <button type="button" data-testid="close-shortcuts" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
