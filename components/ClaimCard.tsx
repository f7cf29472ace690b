// One claim in the claims panel: its type, sourcing, sentence, speaker, figures with their units and
// assets; and a summary bullet that restates it, shown under it. Each is a button: choosing it scrolls to
// its sentence and highlights it.
import type { Claim, NumberMention } from '../lib/claims/index.ts';

export const SOURCING_LABEL = { named: 'named source', vague: 'vague source', none: 'no source' } as const;

interface CardProps {
  claim: Claim;
  selected: boolean;
  onSelect(): void;
}

export function ClaimCard({ claim, selected, onSelect }: CardProps) {
  return (
    <button type="button" class={`claim${selected ? ' selected' : ''}`} aria-pressed={selected} data-testid="claim" onClick={onSelect}>
      <span class={`claim-type type-${claim.type}`}>{claim.type}</span>
      <span class={`sourcing sourcing-${claim.sourcing}`}>{SOURCING_LABEL[claim.sourcing]}</span>
      <span class="claim-text" dir="auto">
        {claim.text}
      </span>
      {claim.speaker && <span class="claim-speaker">— {claim.speaker}</span>}
      {claim.numbers.length > 0 && (
        <span class="claim-numbers">
          {claim.numbers.map((n, i) => (
            <span key={i} class="figure" title={figureValue(n)}>
              {figureLabel(n)}
            </span>
          ))}
        </span>
      )}
      {claim.assets.length > 0 && <span class="claim-assets">{claim.assets.join(' ')}</span>}
    </button>
  );
}

/** A summary bullet under the claim it restates: where it stands ("Also in Key Takeaways") and its words. */
export function RestatementCard({ claim, place, selected, onSelect }: CardProps & { place: string }) {
  return (
    <button type="button" class={`claim restatement${selected ? ' selected' : ''}`} aria-pressed={selected} data-testid="claim" onClick={onSelect}>
      <span class="restatement-place">Also in {place}</span>
      <span class="claim-text" dir="auto">
        {claim.text}
      </span>
    </button>
  );
}

/** How a unit is written after a figure that does not show it. */
const UNIT_NAMES: Record<string, string> = { x: '×' };
/** Words of a figure that say how much, not of what. */
const AMOUNT_WORDS = /^(?:k|m|mn|b|bn|t|tn|thousand|millions?|billions?|trillions?|lakhs?|crores?|to|and|a|an|tausend|mio|millionen|mrd|milliarden?|billionen|bis|und)$/i;

/**
 * A figure as the panel shows it: as written, after its qualifier ("up to $88 billion"), with its unit
 * added when the text does not show it ("19 billion" in USD → "19 billion USD"). A date or a count is shown
 * as written.
 */
export function figureLabel(n: NumberMention): string {
  const text = n.qualifier ? `${n.qualifier} ${n.text}` : n.text;
  if (showsUnit(n)) return text;
  const unit = UNIT_NAMES[n.unit] ?? n.unit;
  return unit === '%' || unit === '×' ? `${text}${unit}` : `${text} ${unit}`;
}

function showsUnit(n: NumberMention): boolean {
  if (n.unit === 'date' || n.unit === 'count') return true;
  // The unit itself ("12 MW", "77%"), or a currency sign ("$19B", "₹200", "HK$3 billion").
  if (n.text.toLowerCase().includes(n.unit.toLowerCase()) || /\p{Sc}/u.test(n.text)) return true;
  // A word besides the amount names what is counted ("649,870 Bitcoins", "10 times", "half", "a decade").
  return (n.text.match(/\p{L}+/gu) ?? []).some((word) => !AMOUNT_WORDS.test(word));
}

/** The figure's value as read, for its tooltip: "USD 88000000000", "% 77–81", "date 2026-01-15". */
function figureValue(n: NumberMention): string {
  const value = n.value ?? (n.min !== undefined || n.max !== undefined ? `${n.min ?? ''}–${n.max ?? ''}` : n.text);
  return `${n.unit} ${value}`;
}
