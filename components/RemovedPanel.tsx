// What the cleaner took out, by category with counts; any item can be shown in place again.
import type { Category, Removal } from '../lib/types.ts';
import { PanelHeading } from './PanelHeading.tsx';

const CATEGORIES: { category: Category; label: string }[] = [
  { category: 'related', label: 'Related articles' },
  { category: 'promo', label: 'Promotion' },
  { category: 'duplicate', label: 'Duplicates' },
  { category: 'chrome', label: 'Page chrome' },
  { category: 'boilerplate', label: 'Boilerplate' },
  { category: 'learned', label: 'Learned on this site' },
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
  /** Whether showing a learned block in place keeps it on the site (not in a reader tab, which has no site). */
  keepsLearned?: boolean;
}

export function RemovedPanel({ removed, shown, onToggle, onClose, keepsLearned = false }: Props) {
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
            {category === 'learned' && (
              <p class="removed-note" data-testid="learned-note">
                Blocks this site repeats on other articles you read here.{keepsLearned && ' Show one in place to keep it on this site.'}
              </p>
            )}
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
