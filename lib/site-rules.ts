// A site profile (lib/sites/) as rules the engine runs: each one right after the generic rule it extends, so
// the profile adds to the generic vocabulary on its own site's pages, and what it removes is recorded under
// its name ("site:cointelegraph"). Where that generic rule is not run (the article stage of the DOM
// pipeline), neither is the profile's.
import type { BlockRule } from './rules/types.ts';
import type { SiteProfile } from './sites/types.ts';
import { inlineRelated, isInlinePointer } from './rules/related.ts';

/** The block rules of a profile, each with the name of the generic rule it runs after. */
function siteBlockRules(site: SiteProfile): { after: string; rule: BlockRule }[] {
  const rules: { after: string; rule: BlockRule }[] = [];
  const labels = site.related?.inlineLabels;
  if (labels) {
    rules.push({
      after: inlineRelated.name,
      rule: {
        kind: 'block',
        name: `site:${site.name}`,
        category: 'related',
        description: `A short paragraph that is only a pointer to another story of ${site.name}, behind one of its own labels.`,
        *run(ctx) {
          for (const block of ctx.blocks) if (isInlinePointer(block, labels)) yield block.index;
        },
      },
    });
  }
  return rules;
}

/** `rules` with the site's own rules in place; unchanged for a page of no known site. */
export function withSiteRules(rules: readonly BlockRule[], site: SiteProfile | undefined): readonly BlockRule[] {
  if (!site) return rules;
  const siteRules = siteBlockRules(site);
  if (siteRules.length === 0) return rules;
  return rules.flatMap((rule) => [rule, ...siteRules.filter((s) => s.after === rule.name).map((s) => s.rule)]);
}
