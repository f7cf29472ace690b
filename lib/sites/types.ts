// The shape of a site profile: what one known site does that the generic rules do not cover, as plain data
// (postlight/parser's custom extractors). A profile applies on its own hosts only, except for a house brand,
// which is recognised on any mirror domain by the page itself (lib/rules/house-brands.ts).

export interface SiteProfile {
  /** Lower-case name, the file's name; what the profile removes is recorded as `site:<name>`. */
  name: string;
  /** Hosts the site is served from; subdomains count ("www.coindesk.com" is "coindesk.com"). */
  hosts: string[];
  /** A page under test/fixtures/ that keeps more boilerplate without the profile (test/site-profiles.test.ts). */
  fixture: string;
  related?: {
    /**
     * Labels of the site's own inline pointers to other stories, tested against a short paragraph that is
     * mostly a link ("Magazine: <a>…</a>"). Generic labels ("Related:", "Read more:") are in lib/rules/related.ts.
     */
    inlineLabels?: RegExp;
  };
  promo?: {
    /** The site's own brands: where a page belongs to the site, promotion of them is removed (lib/rules/promo.ts). */
    houseBrands?: SiteBrand[];
  };
}

/** A brand a site promotes inside its own articles. */
export interface SiteBrand {
  name: string;
  /** Matches a mention of the brand in text. */
  mention: RegExp;
}
