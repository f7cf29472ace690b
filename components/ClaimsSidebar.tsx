// The article's claims, most important first: type, speaker, figures, sourcing. Choosing one scrolls to
// its sentence and highlights it.
import type { Claim } from '../lib/types.ts';
import { PanelHeading } from './PanelHeading.tsx';

export const SOURCING_LABEL = { named: 'named source', vague: 'vague source', none: 'no source' } as const;

interface Props {
  claims: Claim[];
  selected: number | null;
  onSelect(index: number): void;
  onClose(): void;
}

export function ClaimsSidebar({ claims, selected, onSelect, onClose }: Props) {
  return (
    <section class="panel claims" aria-labelledby="cr-claims-title" data-testid="claims-sidebar">
      <PanelHeading id="cr-claims-title" title="Claims" count={claims.length} onClose={onClose} />
      {claims.length === 0 ? (
        <p class="empty">No check-worthy claims found.</p>
      ) : (
        <ol class="claim-list">
          {claims.map((claim, index) => (
            <li key={`${claim.block}:${claim.start}`}>
              <button type="button" class={`claim${selected === index ? ' selected' : ''}`} aria-pressed={selected === index} data-testid="claim" onClick={() => onSelect(index)}>
                <span class={`claim-type type-${claim.type}`}>{claim.type}</span>
                <span class={`sourcing sourcing-${claim.sourcing}`}>{SOURCING_LABEL[claim.sourcing]}</span>
                <span class="claim-text" dir="auto">
                  {claim.text}
                </span>
                {claim.speaker && <span class="claim-speaker">— {claim.speaker}</span>}
                {claim.numbers.length > 0 && (
                  <span class="claim-numbers">
                    {claim.numbers.map((n) => (
                      <span class="figure" title={n.unit}>
                        {n.text}
                      </span>
                    ))}
                  </span>
                )}
                {claim.assets.length > 0 && <span class="claim-assets">{claim.assets.join(' ')}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
