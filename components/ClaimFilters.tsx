// Toggle chips that narrow the claims panel by type and by sourcing, each with how many claims it holds;
// "vague source" and "no source" find the weakly sourced claims. Chips of one row add up (quantity or
// event); the two rows narrow each other (a quantity with no source).
import type { Claim } from '../lib/types.ts';
import type { ClaimType, Sourcing } from '../lib/claims/index.ts';
import { CLAIM_TYPES, SOURCINGS, type ClaimFilter } from './claim-groups.ts';
import { SOURCING_LABEL } from './ClaimCard.tsx';

interface Props {
  claims: readonly Claim[];
  filter: ClaimFilter;
  onChange(filter: ClaimFilter): void;
}

export function ClaimFilters({ claims, filter, onChange }: Props) {
  const toggle = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };
  return (
    <div class="claim-filters" data-testid="claim-filters">
      <ChipRow
        label="Type"
        values={CLAIM_TYPES}
        chosen={filter.types}
        name={(type) => type}
        count={(type) => claims.filter((c) => c.type === type).length}
        testId={(type) => `filter-type-${type}`}
        onToggle={(type: ClaimType) => onChange({ ...filter, types: toggle(filter.types, type) })}
      />
      <ChipRow
        label="Source"
        values={SOURCINGS}
        chosen={filter.sourcings}
        name={(sourcing) => SOURCING_LABEL[sourcing]}
        count={(sourcing) => claims.filter((c) => c.sourcing === sourcing).length}
        testId={(sourcing) => `filter-sourcing-${sourcing}`}
        onToggle={(sourcing: Sourcing) => onChange({ ...filter, sourcings: toggle(filter.sourcings, sourcing) })}
      />
    </div>
  );
}

interface RowProps<T extends string> {
  label: string;
  values: readonly T[];
  chosen: ReadonlySet<T>;
  name(value: T): string;
  count(value: T): number;
  testId(value: T): string;
  onToggle(value: T): void;
}

/** One row of chips; a chip with no claims is shown, disabled, so that the rows keep their places. */
function ChipRow<T extends string>({ label, values, chosen, name, count, testId, onToggle }: RowProps<T>) {
  return (
    <div class="chip-row" role="group" aria-label={`Filter by ${label.toLowerCase()}`}>
      <span class="chip-row-label">{label}</span>
      <span class="chips">
        {values.map((value) => {
          const n = count(value);
          return (
            <button key={value} type="button" class="chip" aria-pressed={chosen.has(value)} disabled={n === 0 && !chosen.has(value)} data-testid={testId(value)} onClick={() => onToggle(value)}>
              {name(value)} <span class="count">{n}</span>
            </button>
          );
        })}
      </span>
    </div>
  );
}
