// What the cleaner took out, by category with counts; any item can be shown in place again.
import type { Category, Removal } from '../lib/types.ts';
import { PanelHeading } from './PanelHeading.tsx';

const CATEGORIES: { category: Category; label: string }[] = [
  { category: 'related', label: 'Related articles' },
  { category: 'promo', label: 'Promotion' },
  { category: 'duplicate', label: 'Duplicates' },
  { category: 'chrome', label: 'Page chrome' },
  { category: 'boilerplate', label: 'Boilerplate' },
];

/** What an item is called in the list: the start of its text, or "Picture" for one without words. */
function itemLabel(removal: Removal): string {
  if (!removal.text) return 'Picture';
  return removal.text.length > 160 ? `${removal.text.slice(0, 160)}…` : removal.text;
}

interface Props {
  removed: Removal[];
  shown: Set<Removal>;
  onToggle(removal: Removal): void;
  onClose(): void;
}

export function RemovedPanel({ removed, shown, onToggle, onClose }: Props) {
  return (
    <section class="panel removed" aria-labelledby="cr-removed-title" data-testid="removed-panel">
      <PanelHeading id="cr-removed-title" title="Removed" count={removed.length} onClose={onClose} />
      {CATEGORIES.map(({ category, label }) => {
        const items = removed.filter((r) => r.category === category);
        if (items.length === 0) return null;
        return (
          <details class="removed-group" data-testid={`removed-${category}`}>
            <summary>
              {label} <span class="count" data-testid={`removed-count-${category}`}>{items.length}</span>
            </summary>
            <ul>
              {items.map((removal) => (
                <li>
                  <span class="removed-text" dir="auto">
                    {itemLabel(removal)}
                  </span>
                  <button type="button" class="link" aria-pressed={shown.has(removal)} onClick={() => onToggle(removal)}>
                    {shown.has(removal) ? 'Hide again' : 'Show in place'}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
