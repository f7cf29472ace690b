// The claims of paragraphs of real pages, in text order: what the claims tests read.
import { extractClaims, type Claim } from '../../lib/claims/index.ts';

/** The claims of consecutive paragraphs, in text order. */
export function claimsOf(paragraphs: string[], lang = 'en'): Claim[] {
  return extractClaims(paragraphs.map((text) => ({ type: 'paragraph' as const, text })), { lang }).sort((a, b) => a.block - b.block || a.start - b.start);
}

/** The claim whose text starts with `start`; throws when there is none (the test names what it looked for). */
export function claimStarting(claims: Claim[], start: string): Claim {
  const claim = claims.find((c) => c.text.startsWith(start));
  if (!claim) throw new Error(`no claim starts with "${start}"`);
  return claim;
}
