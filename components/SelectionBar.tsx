// Two buttons over the words a person selected in the article: Highlight, and Highlight with a note.
// Placed above the selection (below it near the top of the view), inside the reader.
interface Props {
  /** The selection's box in the viewport. */
  at: { top: number; bottom: number; left: number };
  onHighlight(withNote: boolean): void;
}

/** Height of the bar and the gap to the selection, in px. */
const BAR_OFFSET = 44;

export function SelectionBar({ at, onHighlight }: Props) {
  const top = at.top > BAR_OFFSET + 56 ? at.top - BAR_OFFSET : at.bottom + 8;
  return (
    <div class="selection-bar" role="toolbar" aria-label="Selected text" data-testid="selection-bar" style={{ top: `${top}px`, left: `${Math.max(8, at.left)}px` }}>
      {/* mousedown would take the selection away before the click */}
      <button type="button" data-testid="highlight-selection" onMouseDown={(e) => e.preventDefault()} onClick={() => onHighlight(false)}>
        Highlight
      </button>
      <button type="button" data-testid="highlight-with-note" onMouseDown={(e) => e.preventDefault()} onClick={() => onHighlight(true)}>
        Add note
      </button>
    </div>
  );
}
