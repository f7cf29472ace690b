// The article's claims, most important first: the first ten, then all on request; a summary bullet that
// restates a claim shown under it, not in a slot of its own; filters by type and sourcing; J and K move
// through them. Choosing one scrolls to its sentence and highlights it. An article in a language the
// claims are not read in gets a note instead of a list.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, Claim } from '../lib/types.ts';
import { readsClaimsIn } from '../lib/claims/languages.ts';
import { groupRestatements, summaryTitle } from '../lib/claims/restatements.ts';
import { PanelHeading } from './PanelHeading.tsx';
import { PENDING_COUNT } from './ReaderToolbar.tsx';
import { ClaimCard, RestatementCard } from './ClaimCard.tsx';
import { ClaimFilters } from './ClaimFilters.tsx';
import { CLAIMS_SHOWN_FIRST, claimGroups, filterGroups, groupMembers, isFiltering, NO_FILTER, stepThrough, type ClaimFilter, type ClaimGroup } from './claim-groups.ts';
import { NEXT_CLAIM_KEY, PREVIOUS_CLAIM_KEY, useClaimKeys } from './shortcuts.ts';

/** The claims the reader lists for an article: none in a language they are not read in (lib/claims/languages.ts). */
export const listedClaims = (article: Article): Claim[] => (readsClaimsIn(article.lang) ? article.claims : []);

interface Props {
  article: Article;
  /** The claims are still being read (the reader paints the article first). */
  pending?: boolean;
  /** Why the claims could not be read, when they could not. */
  error?: string;
  /** Index of the chosen claim in article.claims. */
  selected: number | null;
  onSelect(index: number): void;
  /** Read a claim aloud (absent where the browser cannot speak): offered under the chosen claim. */
  onReadAloud?(index: number): void;
  onClose(): void;
}

export function ClaimsSidebar({ article, pending = false, error, selected, onSelect, onReadAloud, onClose }: Props) {
  const claims = listedClaims(article);
  return (
    <section class="panel claims" aria-labelledby="cr-claims-title" aria-busy={pending} data-testid="claims-sidebar">
      <PanelHeading id="cr-claims-title" title="Claims" count={pending ? PENDING_COUNT : claims.length} onClose={onClose} />
      {pending ? (
        <p class="empty" role="status" data-testid="claims-pending">
          Reading the claims…
        </p>
      ) : error ? (
        <p class="empty" role="alert" data-testid="claims-error">
          The claims could not be read: {error}
        </p>
      ) : !readsClaimsIn(article.lang) ? (
        <p class="empty" data-testid="claims-language-note">
          Claims are read in English and German only{languageName(article.lang) ? `; this article is in ${languageName(article.lang)}` : ''}.
        </p>
      ) : claims.length === 0 ? (
        <p class="empty">No check-worthy claims found.</p>
      ) : (
        <ClaimList article={article} claims={claims} selected={selected} onSelect={onSelect} onReadAloud={onReadAloud} />
      )}
    </section>
  );
}

function ClaimList({ article, claims, selected, onSelect, onReadAloud }: { article: Article; claims: Claim[]; selected: number | null; onSelect(index: number): void; onReadAloud?(index: number): void }) {
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [showAll, setShowAll] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => claimGroups(claims, groupRestatements(claims, article.blocks)), [claims, article.blocks]);
  const listed = filterGroups(groups, claims, filter);
  const shown = showAll ? listed : listed.slice(0, CLAIMS_SHOWN_FIRST);
  const listedCount = listed.reduce((n, group) => n + groupMembers(group).length, 0);

  useClaimKeys(list, (step) => {
    const to = stepThrough(listed, selected, step);
    if (to === null) return;
    if (to >= CLAIMS_SHOWN_FIRST) setShowAll(true);
    onSelect(listed[to].claim);
  });
  // The chosen claim in view in the panel (the panel alone scrolls: the article is scrolling to the sentence).
  useEffect(() => {
    const panel = list.current?.closest('.panel');
    const chosen = panel?.querySelector('.claim.selected');
    if (panel && chosen) scrollWithin(panel, chosen);
  }, [selected, showAll]);

  return (
    <div class="claim-browser" ref={list}>
      <ClaimFilters claims={claims} filter={filter} onChange={setFilter} />
      {isFiltering(filter) && (
        <p class="claim-filter-count" data-testid="claims-matching">
          {listedCount === 0 ? 'No claims match.' : `${listedCount} of ${claims.length} claims match.`}{' '}
          <button type="button" class="link" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </button>
        </p>
      )}
      <ol class="claim-list">
        {shown.map((group) => (
          <ClaimItem key={group.claim} group={group} article={article} claims={claims} selected={selected} onSelect={onSelect} onReadAloud={onReadAloud} />
        ))}
      </ol>
      {listed.length > CLAIMS_SHOWN_FIRST && (
        <button type="button" class="show-all" aria-expanded={showAll} data-testid="show-all-claims" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${listedCount} claims`}
        </button>
      )}
      <p class="claim-keys-hint">
        <kbd>{NEXT_CLAIM_KEY.toUpperCase()}</kbd> next claim, <kbd>{PREVIOUS_CLAIM_KEY.toUpperCase()}</kbd> previous, <kbd>?</kbd> all shortcuts
      </p>
    </div>
  );
}

interface ItemProps {
  group: ClaimGroup;
  article: Article;
  claims: Claim[];
  selected: number | null;
  onSelect(index: number): void;
  onReadAloud?(index: number): void;
}

/** A claim, and under it the summary bullets that restate it; the chosen one can be read aloud. */
function ClaimItem({ group, article, claims, selected, onSelect, onReadAloud }: ItemProps) {
  return (
    <li class="claim-item" data-testid="claim-item">
      <ClaimCard claim={claims[group.claim]} selected={selected === group.claim} onSelect={() => onSelect(group.claim)} />
      {onReadAloud && selected === group.claim && (
        <button type="button" class="link read-claim" data-testid="read-claim" onClick={() => onReadAloud(group.claim)}>
          ▶ Read this claim aloud
        </button>
      )}
      {group.restatements.length > 0 && (
        <div class="restatements" data-testid="restatements">
          {group.restatements.map((index) => (
            <RestatementCard
              key={index}
              claim={claims[index]}
              place={summaryTitle(article.blocks, claims[index].block) ?? 'the summary'}
              selected={selected === index}
              onSelect={() => onSelect(index)}
            />
          ))}
        </div>
      )}
    </li>
  );
}

/** The language's English name ("Arabic"), or null when the article states none or it is not known. */
function languageName(lang: string | null): string | null {
  if (!lang) return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    return name && name !== lang ? name : null;
  } catch {
    return null;
  }
}

/** Scroll `container` (not its ancestors) just enough to show `element`. */
function scrollWithin(container: Element, element: Element): void {
  const box = container.getBoundingClientRect();
  const item = element.getBoundingClientRect();
  if (item.top < box.top) container.scrollTop -= box.top - item.top + 8;
  else if (item.bottom > box.bottom) container.scrollTop += item.bottom - box.bottom + 8;
}
