// Options: what the reader learned of each site's template (issue 13): how many block fingerprints it holds
// per site, with "Forget this site" and "Forget all". Fingerprints are hashes; no text is kept to show.
import { useState } from 'preact/hooks';
import type { SiteIndex } from '../lib/site-memory.ts';

interface Props {
  initial: SiteIndex;
  /** Forget the sites named, or all; resolves to the index as it is after. */
  onForget(sites: string[] | 'all'): Promise<SiteIndex>;
}

/** A site as the list names it: a template shared by mirror domains says so. */
function siteLabel(site: string): string {
  return site.startsWith('template:') ? `${site.slice('template:'.length)} (one template on several domains)` : site;
}

export function LearnedSites({ initial, onForget }: Props) {
  const [index, setIndex] = useState(initial);
  const [problem, setProblem] = useState('');
  const sites = Object.keys(index).sort((a, b) => index[b].lastRead - index[a].lastRead);

  const forget = async (which: string[] | 'all') => {
    try {
      setIndex(await onForget(which));
      setProblem('');
    } catch (error) {
      setProblem(`Could not forget: ${(error as Error).message}`);
    }
  };

  return (
    <fieldset data-testid="learned-sites">
      <legend>Learned site templates</legend>
      <p class="hint">
        As you read, the reader remembers fingerprints (hashes, never text) of each site's blocks; a block seen on two other articles of the site is removed as the site's
        template. Nothing of it leaves this browser or goes into an export.
      </p>
      {sites.length === 0 ? (
        <p data-testid="learned-none">Nothing learned yet.</p>
      ) : (
        <>
          <ul class="learned-sites">
            {sites.map((site) => (
              <li data-testid="learned-site" data-site={site}>
                <span class="site">{siteLabel(site)}</span> <span class="count">{index[site].fingerprints} fingerprints</span>{' '}
                <button type="button" onClick={() => void forget([site])}>
                  Forget this site
                </button>
              </li>
            ))}
          </ul>
          <button type="button" data-testid="forget-all" onClick={() => void forget('all')}>
            Forget all
          </button>
        </>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
