// An article's address as the reader remembers it (the site memory, reading positions): hashed, without
// what says how a person came to the page rather than which page it is.
import { hash53 } from './text.ts';

/**
 * Query parameters that say how a person came to a page, not which page it is: the same article opened
 * from a newsletter and from a social post is one address, or its own paragraphs would soon recur "on
 * other articles".
 */
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ref|ref_src|ref_url|cmpid|ocid|s_cid|smid|sr_share|share|via)$/i;

/** An article's address as the memory keeps it: hashed (32 bits are plenty to tell a site's articles apart), without fragment or tracking parameters. */
export function addressKey(url: string): number {
  let address = url.replace(/#.*$/s, '');
  try {
    const parsed = new URL(address);
    for (const name of [...parsed.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
    parsed.hash = '';
    address = parsed.href;
  } catch {
    // not an address: hashed as it is
  }
  return hash53(address) % 0x1_0000_0000;
}
