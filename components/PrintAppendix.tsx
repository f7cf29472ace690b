// The claims as an appendix after the article, printed when the reader chose so (display settings); never
// shown on screen, where the Claims panel is.
import type { Claim } from '../lib/types.ts';
import { SOURCING_LABEL } from './ClaimCard.tsx';

export function PrintAppendix({ claims }: { claims: Claim[] }) {
  if (claims.length === 0) return null;
  return (
    <section class="print-appendix" aria-hidden="true" data-testid="print-appendix">
      <h2>Claims in this article</h2>
      <ol>
        {claims.map((claim) => (
          <li key={`${claim.block}:${claim.start}`} dir="auto">
            <span class="claim-type">{claim.type}</span>, {SOURCING_LABEL[claim.sourcing]}: {claim.text}
            {claim.speaker ? ` — ${claim.speaker}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
