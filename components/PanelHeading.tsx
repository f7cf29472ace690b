// A side panel's heading with its count, and a button that hides the panel (the drawer's handle in a
// narrow window).
export function PanelHeading({ id, title, count, onClose }: { id: string; title: string; count: number | string; onClose(): void }) {
  return (
    <div class="panel-heading">
      <h2 id={id}>
        {title} <span class="count">{count}</span>
      </h2>
      <button type="button" class="link hide-panel" aria-label={`Hide ${title.toLowerCase()}`} onClick={onClose}>
        Hide
      </button>
    </div>
  );
}
