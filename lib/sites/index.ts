// The registry of site profiles: one file a site, one line here. test/site-profiles.test.ts checks that
// every file is listed and that each profile changes the output of its fixture.
import type { SiteProfile } from './types.ts';
import { hostOf, isHostIn } from '../url.ts';
import { cointelegraph } from './cointelegraph.ts';
import { corpusTemplate } from './corpus-template.ts';

export const SITE_PROFILES: SiteProfile[] = [cointelegraph, corpusTemplate];

/** The profile of the site a page is served from, if it is a known site. */
export function profileFor(url: string | undefined, profiles: readonly SiteProfile[] = SITE_PROFILES): SiteProfile | undefined {
  const host = hostOf(url);
  return host ? profiles.find((profile) => isHostIn(host, profile.hosts)) : undefined;
}
