// The reader's controls: panels, text size, line width, theme, export, close.
import type { LineWidth, ReaderSettings, Theme } from '../lib/settings.ts';
import { FONT_SIZES } from '../lib/settings.ts';

export type ExportChoice = 'md' | 'html' | 'json' | 'copy-md';

interface Props {
  settings: ReaderSettings;
  panel: 'claims' | 'removed' | null;
  removedCount: number;
  claimCount: number;
  onPanel(panel: 'claims' | 'removed'): void;
  onSettings(change: Partial<ReaderSettings>): void;
  onExport(choice: ExportChoice): void;
  onClose(): void;
}

export function ReaderToolbar({ settings, panel, removedCount, claimCount, onPanel, onSettings, onExport, onClose }: Props) {
  const size = (delta: number) => onSettings({ fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, settings.fontSize + delta)) });
  return (
    <div class="toolbar" role="toolbar" aria-label="Reader controls">
      <button type="button" aria-pressed={panel === 'claims'} data-testid="toggle-claims" onClick={() => onPanel('claims')}>
        Claims ({claimCount})
      </button>
      <button type="button" aria-pressed={panel === 'removed'} data-testid="toggle-removed" onClick={() => onPanel('removed')}>
        Removed ({removedCount})
      </button>
      <span class="spacer" />
      <button type="button" aria-label="Smaller text" onClick={() => size(-FONT_SIZES.step)}>
        A−
      </button>
      <button type="button" aria-label="Larger text" onClick={() => size(FONT_SIZES.step)}>
        A+
      </button>
      <label>
        <span class="visually-hidden">Line width</span>
        <select value={settings.lineWidth} onChange={(e) => onSettings({ lineWidth: (e.target as HTMLSelectElement).value as LineWidth })}>
          <option value="narrow">Narrow</option>
          <option value="medium">Medium</option>
          <option value="wide">Wide</option>
        </select>
      </label>
      <label>
        <span class="visually-hidden">Theme</span>
        <select data-testid="theme" value={settings.theme} onChange={(e) => onSettings({ theme: (e.target as HTMLSelectElement).value as Theme })}>
          <option value="light">Light</option>
          <option value="sepia">Sepia</option>
          <option value="dark">Dark</option>
        </select>
      </label>
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
          <option value="copy-md">Copy as Markdown</option>
        </select>
      </label>
      <button type="button" class="close" aria-label="Close reader (Esc)" data-testid="close-reader" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
