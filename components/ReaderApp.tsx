// The reader view: toolbar, article, and the claims or removed panel beside it (below it in a narrow window).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, Removal } from '../lib/types.ts';
import type { ReaderSettings } from '../lib/settings.ts';
import { EXPORT_FORMATS } from '../lib/export/index.ts';
import { exportFileName } from '../lib/export/filename.ts';
import { ArticleView } from './ArticleView.tsx';
import { ClaimsSidebar } from './ClaimsSidebar.tsx';
import { RemovedPanel } from './RemovedPanel.tsx';
import { ReaderToolbar, type ExportChoice } from './ReaderToolbar.tsx';
import { clearHighlights, highlightRange } from './highlight.ts';

interface Props {
  article: Article;
  initialSettings: ReaderSettings;
  onSettingsChange(change: Partial<ReaderSettings>): void;
  onClose(): void;
  onDownload(filename: string, content: string, mime: string): Promise<unknown>;
}

export function ReaderApp({ article, initialSettings, onSettingsChange, onClose, onDownload }: Props) {
  const [settings, setSettings] = useState(initialSettings);
  const [panel, setPanel] = useState<'claims' | 'removed' | null>('claims');
  const [selected, setSelected] = useState<number | null>(null);
  const [shown, setShown] = useState<Set<Removal>>(new Set());
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    root.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const target = root.current;
    target?.addEventListener('keydown', onKey);
    return () => target?.removeEventListener('keydown', onKey);
  }, [onClose]);

  const changeSettings = (change: Partial<ReaderSettings>) => {
    setSettings((current) => ({ ...current, ...change }));
    onSettingsChange(change);
  };

  const selectClaim = (index: number) => {
    const claim = article.claims[index];
    const container = root.current;
    if (!claim || !container) return;
    clearHighlights(container);
    const block = container.querySelector(`[data-block="${claim.block}"]`);
    if (!block) return;
    const mark = highlightRange(block, claim.start, claim.end);
    (mark ?? block).scrollIntoView({ block: 'center', behavior: 'smooth' });
    setSelected(index);
  };

  const toggleShown = (removal: Removal) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(removal)) next.delete(removal);
      else next.add(removal);
      return next;
    });

  const exportArticle = async (choice: ExportChoice) => {
    try {
      if (choice === 'copy-md') {
        await copyText(EXPORT_FORMATS.md.render(article), root.current!);
        setStatus('Copied the article as Markdown.');
        return;
      }
      const format = EXPORT_FORMATS[choice];
      const filename = exportFileName(article.title, format.extension);
      await onDownload(filename, format.render(article), format.mime);
      setStatus(`Saved ${filename}.`);
    } catch (error) {
      setStatus(`Export failed: ${(error as Error).message}`);
    }
  };

  const shownList = article.removed.filter((r) => shown.has(r));
  return (
    <div
      ref={root}
      tabIndex={-1}
      class={`reader theme-${settings.theme} width-${settings.lineWidth}${panel ? ' with-panel' : ''}`}
      style={{ '--reader-font-size': `${settings.fontSize}px` }}
      role="dialog"
      aria-modal="true"
      aria-label={`Reader: ${article.title}`}
      data-testid="reader"
      data-theme={settings.theme}
    >
      <ReaderToolbar
        settings={settings}
        panel={panel}
        claimCount={article.claims.length}
        removedCount={article.removed.length}
        onPanel={(p) => setPanel((current) => (current === p ? null : p))}
        onSettings={changeSettings}
        onExport={(choice) => void exportArticle(choice)}
        onClose={onClose}
      />
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      <div class="layout">
        <ArticleView article={article} shown={shownList} />
        {panel === 'claims' && <ClaimsSidebar claims={article.claims} selected={selected} onSelect={selectClaim} />}
        {panel === 'removed' && <RemovedPanel removed={article.removed} shown={shown} onToggle={toggleShown} />}
      </div>
    </div>
  );
}

/** Copy to the clipboard; where the async clipboard is refused (a page without focus), through a selection. */
async function copyText(text: string, host: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = host.ownerDocument.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    host.appendChild(area);
    area.select();
    const copied = host.ownerDocument.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('the browser refused access to the clipboard');
  }
}
