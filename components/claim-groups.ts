// What the claims panel lists: one item per claim, with the summary bullets that restate it under it
// (lib/claims/restatements.ts), in rank order; the filters by type and sourcing; moving through the items.
import type { Claim } from '../lib/types.ts';
import type { ClaimType, Sourcing } from '../lib/claims/index.ts';

/** A listed item: a claim (index into the claims), and the claims that restate it. */
export interface ClaimGroup {
  claim: number;
  restatements: number[];
}

/** How many items the panel lists before "Show all". */
export const CLAIMS_SHOWN_FIRST = 10;

export const CLAIM_TYPES: readonly ClaimType[] = ['quantity', 'event', 'quote', 'prediction', 'causal', 'legal'];
export const SOURCINGS: readonly Sourcing[] = ['named', 'vague', 'none'];

/**
 * The items, from ranked claims and `restates` (claim → the claim it restates): each item stands where its
 * highest-ranked member stood, so a restated claim takes its bullet's rank and a single slot.
 */
export function claimGroups(claims: readonly Claim[], restates: ReadonlyMap<number, number>): ClaimGroup[] {
  const byClaim = new Map<number, ClaimGroup>();
  const groups: ClaimGroup[] = [];
  claims.forEach((_, index) => {
    const head = restates.get(index) ?? index;
    let group = byClaim.get(head);
    if (!group) {
      group = { claim: head, restatements: [] };
      byClaim.set(head, group);
      groups.push(group);
    }
    if (head !== index) group.restatements.push(index);
  });
  return groups;
}

/** The claims of an item: the claim, then its restatements. */
export const groupMembers = (group: ClaimGroup): number[] => [group.claim, ...group.restatements];

/** The types and sourcings chosen; an empty set lets all through. */
export interface ClaimFilter {
  types: ReadonlySet<ClaimType>;
  sourcings: ReadonlySet<Sourcing>;
}

export const NO_FILTER: ClaimFilter = { types: new Set(), sourcings: new Set() };

export const isFiltering = (filter: ClaimFilter): boolean => filter.types.size > 0 || filter.sourcings.size > 0;

export function claimMatches(claim: Claim, filter: ClaimFilter): boolean {
  return (filter.types.size === 0 || filter.types.has(claim.type)) && (filter.sourcings.size === 0 || filter.sourcings.has(claim.sourcing));
}

/** An item is listed when any of its claims matches (a bullet and the sentence it restates say one thing). */
export function filterGroups(groups: readonly ClaimGroup[], claims: readonly Claim[], filter: ClaimFilter): ClaimGroup[] {
  if (!isFiltering(filter)) return [...groups];
  return groups.filter((group) => groupMembers(group).some((index) => claimMatches(claims[index], filter)));
}

/**
 * The item `step` away from the one holding the selected claim (a restatement counts as its item: one
 * step back from it is its own claim); the first item when none is selected or the selected one is not
 * listed; null past either end.
 */
export function stepThrough(groups: readonly ClaimGroup[], selected: number | null, step: 1 | -1): number | null {
  if (groups.length === 0) return null;
  const at = selected === null ? -1 : groups.findIndex((group) => groupMembers(group).includes(selected));
  if (at === -1) return 0;
  const to = step === 1 ? at + 1 : groups[at].claim === selected ? at - 1 : at;
  return to >= 0 && to < groups.length ? to : null;
}
