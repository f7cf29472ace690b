// The brands that sites promote inside their own articles. A brand counts as the *house* brand of a
// page — and its promotion is removed — only when the page belongs to it: served from its domain, named
// as the site, or named in the page's own chrome and related-article cards. Everywhere else a mention of
// an exchange is news and stays. The brands themselves are data of the site profiles (lib/sites/).

import { hostOf, isHostIn } from '../url.ts';
import { CRYPTO_NEWS_HOSTS } from '../detect.ts';
import { SITE_PROFILES } from '../sites/index.ts';
import type { SiteBrand, SiteProfile } from '../sites/types.ts';

export interface HouseBrand extends SiteBrand {
  /** Hosts the brand's sites are served from (mirror domains of a template are found by the chrome). */
  hosts: string[];
  /** The site profile it belongs to: pages where it is at home are that site's, on any mirror domain. */
  site: string;
}

/** The house brands of the registered site profiles, each served from its profile's hosts. */
export function houseBrandsOf(profiles: readonly SiteProfile[] = SITE_PROFILES): HouseBrand[] {
  return profiles.flatMap((profile) => (profile.promo?.houseBrands ?? []).map((brand) => ({ ...brand, hosts: profile.hosts, site: profile.name })));
}

export function mentionsBrand(text: string, brands: readonly HouseBrand[]): boolean {
  return brands.some((brand) => brand.mention.test(text));
}

/** First offset in `text` where one of the brands is named, or -1. */
export function firstMention(text: string, brands: readonly HouseBrand[]): number {
  let first = -1;
  for (const brand of brands) {
    const at = text.search(brand.mention);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/**
 * Brands that are at home on this page, from its host, site name and the chrome already removed. A page
 * whose title names the brand is the brand's own announcement, which the reader opened to read: there
 * its mentions are the subject, not promotion.
 */
export function resolveHouseBrands(page: { url?: string; siteName?: string; title?: string; chromeText: string[] }): HouseBrand[] {
  const host = hostOf(page.url);
  // On a known news site of its own, a card naming the brand is an ad or a story, not the house's chrome.
  const otherNewsSite = (brand: HouseBrand) => isHostIn(host, CRYPTO_NEWS_HOSTS) && !isHostIn(host, brand.hosts);
  return houseBrandsOf().filter(
    (brand) =>
      !(page.title && brand.mention.test(page.title)) &&
      (isHostIn(host, brand.hosts) ||
        (page.siteName !== undefined && brand.mention.test(page.siteName)) ||
        (!otherNewsSite(brand) && page.chromeText.some((text) => brand.mention.test(text)))),
  );
}
