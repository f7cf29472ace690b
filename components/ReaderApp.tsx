// The reader view: a modal dialog in the browser's top layer, so no page element can paint over it or
// take its clicks. Toolbar, article, and the claims or removed panel beside it (in a drawer under the
// article in a narrow window); a page with no article gets words saying so instead of an empty view.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, Removal } from '../lib/types.ts';
import type { ReaderSettings } from '../lib/settings.ts';
import { EXPORT_FORMATS } from '../lib/export/index.ts';
import type { EmbeddedImage } from '../lib/export/epub.ts';
import { exportFileName } from '../lib/export/filename.ts';
import { listedRemovals } from '../lib/removals.ts';
import { ArticleView } from './ArticleView.tsx';
import { ClaimsSidebar, listedClaims } from './ClaimsSidebar.tsx';
import { EmptyState } from './EmptyState.tsx';
import { PrintAppendix } from './PrintAppendix.tsx';
import { PrintNotes } from './PrintNotes.tsx';
import { RemovedPanel } from './RemovedPanel.tsx';
import { PENDING_COUNT, ReaderToolbar, type ExportChoice } from './ReaderToolbar.tsx';
import { clearHighlights, highlightRange } from './highlight.ts';
import { useReadingPosition } from './reading-position.ts';
import { useShortcuts } from './shortcuts.ts';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { FONT_SIZES, type Theme } from '../lib/settings.ts';
import type { Highlight } from '../lib/highlights.ts';
import { withHighlights } from '../lib/export/highlights.ts';
import { HighlightsPanel } from './HighlightsPanel.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { currentSelection, useHighlightMarks, useHighlights, useSelected, type Highlights } from './highlights.ts';
import { useReadAloud } from './read-aloud.ts';
import { ReadAloudBar } from './ReadAloudBar.tsx';
import { claimPart } from '../lib/read-aloud.ts';

/** The themes in the order the T key goes through them. */
const THEME_ORDER: Theme[] = ['auto', 'light', 'sepia', 'dark'];
import type { ReadingPosition } from '../lib/reading-position.ts';

/** What the reader shows; an article whose claims are still being read (after the first paint) says so in its panel. */
export type ReaderContent = { kind: 'article'; article: Article; claimsPending?: boolean; claimsError?: string } | { kind: 'error'; message: string } | { kind: 'reading' };

export type Panel = 'claims' | 'removed' | 'highlights';

/** Below this width the panels live in a drawer under the article, closed at first (the style sheet's 899 px query). */
export const SIDE_PANEL_MIN_WIDTH = 900;

interface Props {
  content: ReaderContent;
  initialSettings: ReaderSettings;
  onSettingsChange(change: Partial<ReaderSettings>): void;
  onClose(): void;
  onDownload(filename: string, content: string, mime: string): Promise<unknown>;
  /** Save the article as an EPUB book (made where the zip code is: the background), with the pictures given. */
  onDownloadEpub?(filename: string, article: Article, images: EmbeddedImage[]): Promise<unknown>;
  /** The article's pictures the reader can copy from the page, for the EPUB (none where there is no page: a reader tab). */
  copyImages?(article: Article): Promise<EmbeddedImage[]>;
  /** A line for the status bar when the reader opens (why it opened in a tab of its own). */
  notice?: string;
  /** The article with its claims, for an export made while they are still being read (lib/article-claims.ts). */
  withClaims?(article: Article): Promise<Article>;
  /**
   * A block removed as the site's learned template was shown again (keep) or hidden again: the site's
   * memory keeps it from now on, or removes it again. Absent where nothing is learned (a reader tab).
   */
  onKeepLearned?(removal: Removal, keep: boolean): void;
  /** Where the person left off in this article last time: the view opens there. */
  initialPosition?: ReadingPosition | null;
  /** Where the person is now (null: at the start), as they read. */
  onPosition?(position: ReadingPosition | null): void;
  /** The person's highlights of this article, kept from before (lib/highlights.ts). */
  initialHighlights?: Highlight[];
  /** The highlights changed (one made, noted or deleted): keep them. */
  onHighlights?(highlights: Highlight[]): void;
}

export function ReaderApp({ content, initialSettings, onSettingsChange, onClose, onDownload, onDownloadEpub, notice = '', withClaims, onKeepLearned, initialPosition, onPosition, copyImages, initialHighlights = [], onHighlights }: Props) {
  const [settings, setSettings] = useState(initialSettings);
  const [panel, setPanel] = useState<Panel | null>(() => (window.innerWidth >= SIDE_PANEL_MIN_WIDTH ? 'claims' : null));
  const [showAnyway, setShowAnyway] = useState(false);
  const [status, setStatus] = useState(notice);
  const [helpOpen, setHelpOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  // Into the top layer on mount; Esc (the dialog's cancel) closes the reader, not just the dialog, and so
  // does the dialog closing any other way.
  useEffect(() => {
    const element = dialog.current!;
    if (!element.isConnected) return; // the reader was closed before it could show
    if (!element.open) element.showModal();
    element.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    element.addEventListener('cancel', onCancel);
    element.addEventListener('close', onClose);
    return () => {
      element.removeEventListener('cancel', onCancel);
      element.removeEventListener('close', onClose);
    };
  }, [onClose]);

  const changeSettings = (change: Partial<ReaderSettings>) => {
    setSettings((current) => ({ ...current, ...change }));
    onSettingsChange(change);
  };

  const article = content.kind === 'article' ? content.article : null;
  const claimsPending = content.kind === 'article' && content.claimsPending === true;
  const claimsError = content.kind === 'article' ? content.claimsError : undefined;
  const showArticle = article !== null && (article.unreadableReason === null || showAnyway);
  // The removals as a person reads them (lib/removals.ts); the Article keeps the whole trail.
  const removed = useMemo(() => (article ? listedRemovals(article.removed) : []), [article]);

  // The person's highlights, placed in the article as it is now (components/highlights.ts).
  const highlights = useHighlights(article, initialHighlights, {
    onChange: onHighlights,
    say: setStatus,
    showPanel: () => setPanel('highlights'),
    clearSelection: () => dialog.current?.ownerDocument.getSelection()?.removeAllRanges(),
  });

  // Reading aloud (the browser's speech synthesis), at the person's speed and voice.
  const reading = useReadAloud(dialog, showArticle ? article : null, { rate: settings.speechRate, voice: settings.speechVoice });

  // The keyboard (components/shortcuts.ts; J and K are the claims panel's, H the article's).
  useShortcuts(dialog, ['next-theme', 'larger-text', 'smaller-text', 'claims-panel', 'removed-panel', 'highlights-panel', 'read-aloud', 'help'], (action) => {
    if (action === 'help') return setHelpOpen((open) => !open);
    if (action === 'read-aloud') return reading.available && showArticle ? reading.toggle() : undefined;
    if (action === 'next-theme') return changeSettings({ theme: THEME_ORDER[(THEME_ORDER.indexOf(settings.theme) + 1) % THEME_ORDER.length] });
    if (action === 'larger-text' || action === 'smaller-text') {
      const step = action === 'larger-text' ? FONT_SIZES.step : -FONT_SIZES.step;
      return changeSettings({ fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, settings.fontSize + step)) });
    }
    const wanted: Panel = action === 'claims-panel' ? 'claims' : action === 'removed-panel' ? 'removed' : 'highlights';
    if (showArticle) setPanel((current) => (current === wanted ? null : wanted));
  });
  const closeHelp = () => {
    setHelpOpen(false);
    dialog.current?.focus();
  };

  const exportArticle = async (choice: ExportChoice) => {
    if (!article) return;
    try {
      // exported in the moment before the claims are read, the article still carries them
      const read = claimsPending && withClaims ? await withClaims(article) : article;
      // with the person's highlights marked and their notes (parsed where no picture loads)
      const exported = withHighlights(read, highlights.placed, document.implementation.createHTMLDocument(''));
      if (choice === 'print') {
        window.print();
        return;
      }
      if (choice === 'copy-md') {
        await copyText(EXPORT_FORMATS.md.render(exported), dialog.current!);
        setStatus('Copied the article as Markdown.');
        return;
      }
      if (choice === 'epub') {
        if (!onDownloadEpub) throw new Error('EPUB books cannot be made here');
        const filename = exportFileName(article.title, 'epub');
        await onDownloadEpub(filename, exported, copyImages ? await copyImages(exported) : []);
        setStatus(`Saved ${filename}.`);
        return;
      }
      const format = EXPORT_FORMATS[choice];
      const filename = exportFileName(article.title, format.extension);
      await onDownload(filename, format.render(exported), format.mime);
      setStatus(`Saved ${filename}.`);
    } catch (error) {
      setStatus(`Export failed: ${(error as Error).message}`);
    }
  };

  return (
    <dialog
      ref={dialog}
      tabIndex={-1}
      class={`reader theme-${settings.theme} width-${settings.lineWidth}${panel && showArticle ? ` with-panel panel-${panel}` : ''}`}
      style={{ '--reader-font-size': `${settings.fontSize}px` }}
      aria-label={article ? `Reader: ${article.title}` : 'Reader'}
      data-testid="reader"
      data-theme={settings.theme}
    >
      <ReaderToolbar
        settings={settings}
        panel={showArticle ? panel : null}
        claimCount={!showArticle ? null : claimsPending ? PENDING_COUNT : listedClaims(article).length}
        removedCount={showArticle ? removed.length : null}
        highlightCount={showArticle ? highlights.placed.length : null}
        readAloud={showArticle && reading.available ? reading.status : null}
        onReadAloud={reading.toggle}
        canExport={showArticle}
        onPanel={(p) => setPanel((current) => (current === p ? null : p))}
        onSettings={changeSettings}
        onExport={(choice) => void exportArticle(choice)}
        onClose={onClose}
      />
      {showArticle && reading.status !== 'idle' && (
        <ReadAloudBar
          reading={reading}
          lang={article.lang}
          rate={settings.speechRate}
          voice={settings.speechVoice}
          onRate={(speechRate) => changeSettings({ speechRate })}
          onVoice={(speechVoice) => changeSettings({ speechVoice })}
        />
      )}
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {reading.problem || status}
      </p>
      {content.kind === 'reading' ? (
        // A very long page takes a moment to read: say so rather than showing nothing.
        <p class="reading-state" role="status" data-testid="reading-state">
          Reading a very long page…
        </p>
      ) : showArticle ? (
        <ArticleLayout
          article={article}
          claimsPending={claimsPending}
          claimsError={claimsError}
          removed={removed}
          panel={panel}
          onClosePanel={() => setPanel(null)}
          printClaims={settings.printClaims}
          highlights={highlights}
          onReadClaim={reading.available ? (claim) => reading.readOnly([claimPart(claim)]) : undefined}
          initialPosition={initialPosition}
          onPosition={onPosition}
          onLearnedShown={
            onKeepLearned &&
            ((removal, shown) => {
              onKeepLearned(removal, shown);
              setStatus(shown ? 'Shown again: the reader will keep this block on this site.' : 'Hidden again: the reader will remove this block on this site again.');
            })
          }
        />
      ) : (
        <EmptyState content={content} onShowPage={onClose} onShowAnyway={() => setShowAnyway(true)} />
      )}
      {helpOpen && <ShortcutsHelp onClose={closeHelp} />}
    </dialog>
  );
}

interface LayoutProps {
  highlights: Highlights;
  /** Read one claim aloud (absent where the browser cannot speak). */
  onReadClaim?(claim: Article['claims'][number]): void;
  article: Article;
  claimsPending: boolean;
  /** Why the claims could not be read, when they could not. */
  claimsError?: string;
  /** The removals to list and show in place. */
  removed: Removal[];
  panel: Panel | null;
  onClosePanel(): void;
  printClaims: boolean;
  /** A learned removal was shown in place (or hidden again). */
  onLearnedShown?(removal: Removal, shown: boolean): void;
  initialPosition?: ReadingPosition | null;
  onPosition?(position: ReadingPosition | null): void;
}

function ArticleLayout({ article, claimsPending, claimsError, removed, panel, onClosePanel, printClaims, onLearnedShown, initialPosition, onPosition, highlights, onReadClaim }: LayoutProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const [shown, setShown] = useState<Set<Removal>>(new Set());
  const [lastShown, setLastShown] = useState<Removal | null>(null);
  const layout = useRef<HTMLDivElement>(null);
  useReadingPosition(layout, article, initialPosition, onPosition);
  useHighlightMarks(layout, highlights.placed, shown);
  const [selectedWords, clearSelected] = useSelected(layout);
  const highlightSelection = (withNote: boolean) => {
    const now = currentSelection(layout.current);
    clearSelected();
    if (now) highlights.add(now.stretches, withNote);
  };
  useShortcuts(layout, ['highlight'], () => highlightSelection(false));
  const chooseHighlight = (id: string) => {
    const mark = Array.from(layout.current?.querySelectorAll<HTMLElement>('mark[data-highlight]') ?? []).find((m) => m.dataset.highlight === id);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  // a highlight clicked in the text opens in the panel, its note ready
  const onArticleClick = (event: MouseEvent) => {
    const mark = (event.target as Element | null)?.closest?.('mark[data-highlight]');
    if (mark && !layout.current?.ownerDocument.getSelection()?.toString()) highlights.open(mark.getAttribute('data-highlight')!);
  };

  const selectClaim = (index: number) => {
    const claim = article.claims[index];
    const container = layout.current;
    if (!claim || !container) return;
    clearHighlights(container);
    const block = container.querySelector(`[data-block="${claim.block}"]`);
    if (!block) return;
    const mark = highlightRange(block, claim.start, claim.end);
    (mark ?? block).scrollIntoView({ block: 'center', behavior: 'smooth' });
    setSelected(index);
  };

  const toggleShown = (removal: Removal) => {
    const showing = !shown.has(removal);
    setShown((current) => {
      const next = new Set(current);
      if (showing) next.add(removal);
      else next.delete(removal);
      return next;
    });
    setLastShown(showing ? removal : null);
    if (removal.category === 'learned') onLearnedShown?.(removal, showing);
  };

  return (
    <div class="layout" ref={layout} onClick={onArticleClick}>
      <ArticleView article={article} shown={removed.filter((r) => shown.has(r))} focus={lastShown} />
      {selectedWords && <SelectionBar at={selectedWords.box} onHighlight={highlightSelection} />}
      {panel === 'claims' && (
        <ClaimsSidebar
          article={article}
          pending={claimsPending}
          error={claimsError}
          selected={selected}
          onSelect={selectClaim}
          onReadAloud={onReadClaim && ((index) => onReadClaim(article.claims[index]))}
          onClose={onClosePanel}
        />
      )}
      {panel === 'highlights' && (
        <HighlightsPanel highlights={highlights.placed} focus={highlights.focus} onNote={highlights.note} onDelete={highlights.remove} onChoose={chooseHighlight} onClose={onClosePanel} />
      )}
      {panel === 'removed' && <RemovedPanel removed={removed} shown={shown} onToggle={toggleShown} onClose={onClosePanel} keepsLearned={onLearnedShown !== undefined} />}
      <PrintNotes highlights={highlights.placed} />
      {printClaims && <PrintAppendix claims={listedClaims(article)} />}
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
