// The reader's controls on one row: the panels, read aloud, the display settings (text size, line width,
// theme, claims in print) behind an "Aa" button, export and print, close. Under 600 px the row tightens:
// the panel buttons show a sign for their name (the name stays their label), Listen only its ▶.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LineWidth, ReaderSettings, Theme } from '../lib/settings.ts';
import { FONT_SIZES } from '../lib/settings.ts';
import type { Panel } from './ReaderApp.tsx';

export type ExportChoice = 'md' | 'html' | 'json' | 'epub' | 'copy-md' | 'print';

/** What the count badges show while the claims are read after the first paint. */
export const PENDING_COUNT = '…';

interface Props {
  settings: ReaderSettings;
  panel: Panel | null;
  /** Counts for the panel buttons; null when there is no article to show them for. */
  removedCount: number | null;
  /** Reading aloud: its state; null where it cannot (no speech synthesis, no article). */
  readAloud: 'idle' | 'playing' | 'paused' | null;
  onReadAloud(): void;
  /** The person's highlights in this article; null: no Highlights button. */
  highlightCount: number | null;
  /** The claims' count; PENDING_COUNT while they are read; null: no Claims button. */
  claimCount: number | typeof PENDING_COUNT | null;
  canExport: boolean;
  onPanel(panel: Panel): void;
  onSettings(change: Partial<ReaderSettings>): void;
  onExport(choice: ExportChoice): void;
  onClose(): void;
}

/** Line widths by what they mean: about how many characters a line holds. */
const LINE_WIDTHS: { value: LineWidth; label: string }[] = [
  { value: 'narrow', label: 'Narrow lines (about 55 characters)' },
  { value: 'medium', label: 'Medium lines (about 70 characters)' },
  { value: 'wide', label: 'Wide lines (about 90 characters)' },
];

const THEMES: { value: Theme; label: string }[] = [
  { value: 'auto', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
];

export function ReaderToolbar({ settings, panel, removedCount, highlightCount, readAloud, onReadAloud, claimCount, canExport, onPanel, onSettings, onExport, onClose }: Props) {
  const [displayOpen, setDisplayOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const size = (delta: number) => onSettings({ fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, settings.fontSize + delta)) });

  // Open, the display settings take the focus; they close on a click elsewhere, and on Esc (anywhere in the
  // toolbar), which then does not close the reader.
  useEffect(() => {
    if (!displayOpen) return;
    popover.current!.querySelector<HTMLElement>('button, select, input')?.focus();
    const root = popover.current!.getRootNode() as Document | ShadowRoot;
    const onPointer = (event: Event) => {
      const target = event.target as Node;
      if (!popover.current?.contains(target) && !toggle.current?.contains(target)) setDisplayOpen(false);
    };
    root.addEventListener('pointerdown', onPointer);
    return () => root.removeEventListener('pointerdown', onPointer);
  }, [displayOpen]);

  const onToolbarKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !displayOpen) return;
    event.preventDefault();
    event.stopPropagation();
    setDisplayOpen(false);
    toggle.current?.focus();
  };

  return (
    <div class="toolbar" role="toolbar" aria-label="Reader controls" onKeyDown={onToolbarKey}>
      {claimCount !== null && (
        <button type="button" class="panel-button" aria-pressed={panel === 'claims'} aria-label={`Claims: ${claimCount}`} title="Claims (C)" data-panel="claims" data-testid="toggle-claims" onClick={() => onPanel('claims')}>
          <span class="panel-label">Claims</span> <span class="badge">{claimCount}</span>
        </button>
      )}
      {removedCount !== null && (
        <button type="button" class="panel-button" aria-pressed={panel === 'removed'} aria-label={`Removed: ${removedCount}`} title="Removed (R)" data-panel="removed" data-testid="toggle-removed" onClick={() => onPanel('removed')}>
          <span class="panel-label">Removed</span> <span class="badge">{removedCount}</span>
        </button>
      )}
      {highlightCount !== null && (
        <button
          type="button"
          class="panel-button"
          aria-pressed={panel === 'highlights'}
          aria-label={`Highlights and notes: ${highlightCount}`}
          title="Highlights and notes (N)"
          data-panel="highlights"
          data-testid="toggle-highlights"
          onClick={() => onPanel('highlights')}
        >
          <span class="panel-label">Highlights</span> <span class="badge">{highlightCount}</span>
        </button>
      )}
      <span class="spacer" />
      {readAloud !== null && (
        <button
          type="button"
          class="listen"
          aria-pressed={readAloud === 'playing'}
          aria-label={readAloud === 'playing' ? 'Pause reading aloud (L)' : 'Read aloud (L)'}
          title={readAloud === 'playing' ? 'Pause reading aloud (L)' : 'Read aloud (L)'}
          data-testid="read-aloud"
          onClick={onReadAloud}
        >
          {readAloud === 'playing' ? '❚❚' : '▶'} <span class="listen-label">Listen</span>
        </button>
      )}
      <button
        type="button"
        ref={toggle}
        class="display-toggle"
        aria-expanded={displayOpen}
        aria-controls="cr-display"
        aria-label="Display settings: text size, line width, theme"
        title="Display settings"
        data-testid="display-settings"
        onClick={() => setDisplayOpen((open) => !open)}
      >
        Aa
      </button>
      {displayOpen && (
        <div class="display-popover" id="cr-display" ref={popover} role="group" aria-label="Display settings">
          <div class="field">
            <span class="field-label">Text size</span>
            <span class="size-buttons">
              <button type="button" aria-label="Smaller text" onClick={() => size(-FONT_SIZES.step)}>
                A−
              </button>
              <span class="size-value">{settings.fontSize}px</span>
              <button type="button" aria-label="Larger text" onClick={() => size(FONT_SIZES.step)}>
                A+
              </button>
            </span>
          </div>
          <label class="field">
            <span class="field-label">Line width</span>
            <select data-testid="line-width" value={settings.lineWidth} onChange={(e) => onSettings({ lineWidth: (e.target as HTMLSelectElement).value as LineWidth })}>
              {LINE_WIDTHS.map(({ value, label }) => (
                <option value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label class="field">
            <span class="field-label">Theme</span>
            <select data-testid="theme" value={settings.theme} onChange={(e) => onSettings({ theme: (e.target as HTMLSelectElement).value as Theme })}>
              {THEMES.map(({ value, label }) => (
                <option value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label class="field checkbox">
            <input type="checkbox" data-testid="print-claims" checked={settings.printClaims} onChange={(e) => onSettings({ printClaims: (e.target as HTMLInputElement).checked })} />
            <span>Print the claims after the article</span>
          </label>
        </div>
      )}
      {canExport && (
        <label>
          <span class="visually-hidden">Export</span>
          <select
            data-testid="export"
            value=""
            onChange={(e) => {
              const select = e.target as HTMLSelectElement;
              const choice = select.value as ExportChoice;
              select.value = '';
              if (choice) onExport(choice);
            }}
          >
            <option value="">Export…</option>
            <option value="md">Markdown file</option>
            <option value="html">HTML file</option>
            <option value="json">JSON file</option>
            <option value="epub">EPUB book</option>
            <option value="copy-md">Copy as Markdown</option>
            <option value="print">Print…</option>
          </select>
        </label>
      )}
      <button type="button" class="close" aria-label="Close reader (Esc)" title="Close reader (Esc)" data-testid="close-reader" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
