// What the reader remembers of a site, to learn its template (issue 13): fingerprints of the blocks of the
// articles read there (hashes, never text), each with the hashed addresses it was seen on. Bounded: a site
// holds at most SITE_MEMORY_LIMITS.fingerprints, the least recently seen go first. Pure: every function
// returns a new memory and leaves the one given as it was. utils/site-memory.ts keeps it in storage.

export const SITE_MEMORY_LIMITS = {
  /** Fingerprints a site keeps: a template block is seen again on every article, so it stays among the recent. */
  fingerprints: 1200,
  /** Addresses a fingerprint keeps: two others than the page's own say it is the template. */
  addressesPerFingerprint: 3,
  /** Fingerprints a person told the reader to keep on the site. */
  kept: 300,
  /** Sites remembered; the least recently read is forgotten first. */
  sites: 60,
} as const;

/** Other article addresses of the site a block must have been seen on to be the site's template. */
export const TEMPLATE_MIN_OTHER_ADDRESSES = 2;

/** One fingerprint: [fingerprint, hashed addresses it was seen on…]. */
export type MemoryEntry = number[];

export interface SiteMemory {
  version: 1;
  /** Least recently seen first. */
  entries: MemoryEntry[];
  /** Fingerprints never to remove on this site: a person showed them again. */
  kept: number[];
}

export const EMPTY_SITE_MEMORY: SiteMemory = { version: 1, entries: [], kept: [] };

/** Whether an object read from storage is a site memory this code can read. */
export function isSiteMemory(value: unknown): value is SiteMemory {
  const memory = value as SiteMemory | null;
  return (
    typeof memory === 'object' && memory !== null && memory.version === 1 && Array.isArray(memory.entries) && Array.isArray(memory.kept) &&
    memory.entries.every((entry) => Array.isArray(entry) && entry.length >= 1 && entry.every(Number.isFinite))
  );
}

/** The memory after reading one more article of the site: its fingerprints are now the most recently seen. */
export function rememberArticle(memory: SiteMemory, address: number, fingerprints: readonly number[], limits = SITE_MEMORY_LIMITS): SiteMemory {
  const seen = new Set(fingerprints);
  const updated = new Map<number, MemoryEntry>();
  for (const entry of memory.entries) {
    if (!seen.has(entry[0])) continue;
    const addresses = entry.slice(1).filter((a) => a !== address);
    updated.set(entry[0], [entry[0], ...addresses.slice(-(limits.addressesPerFingerprint - 1)), address]);
  }
  const entries = memory.entries.filter((entry) => !seen.has(entry[0]));
  for (const fingerprint of seen) entries.push(updated.get(fingerprint) ?? [fingerprint, address]);
  return { ...memory, entries: entries.slice(-limits.fingerprints) };
}

/** The fingerprints that are the site's template on the page at `address`: seen on two other addresses, and not kept by the person. */
export function templateFingerprints(memory: SiteMemory, address: number): Set<number> {
  const kept = new Set(memory.kept);
  const template = new Set<number>();
  for (const entry of memory.entries) {
    if (kept.has(entry[0])) continue;
    let others = 0;
    for (let i = 1; i < entry.length; i++) if (entry[i] !== address) others++;
    if (others >= TEMPLATE_MIN_OTHER_ADDRESSES) template.add(entry[0]);
  }
  return template;
}

/** The memory told to keep a block on the site (a person showed it again), or to treat it as template again. */
export function keepOnSite(memory: SiteMemory, fingerprint: number, keep: boolean, limits = SITE_MEMORY_LIMITS): SiteMemory {
  const others = memory.kept.filter((f) => f !== fingerprint);
  return { ...memory, kept: keep ? [...others, fingerprint].slice(-limits.kept) : others };
}

/** The sites remembered, by when each was last read (ms since the epoch), and how many fingerprints each holds. */
export type SiteIndex = Record<string, { lastRead: number; fingerprints: number }>;

/** The index after reading a site at `now`; the sites past the limit (least recently read first) are to be forgotten. */
export function touchSite(index: SiteIndex, site: string, now: number, fingerprints: number, limits = SITE_MEMORY_LIMITS): { index: SiteIndex; forget: string[] } {
  const next: SiteIndex = { ...index, [site]: { lastRead: now, fingerprints } };
  const byAge = Object.keys(next).sort((a, b) => next[a].lastRead - next[b].lastRead);
  const forget = byAge.slice(0, Math.max(0, byAge.length - limits.sites)).filter((s) => s !== site);
  for (const old of forget) delete next[old];
  return { index: next, forget };
}
