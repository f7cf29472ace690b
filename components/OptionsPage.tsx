// Options: the global auto-clean switch, and "always" and "never" site lists (one host a line); other
// sections follow (components/LearnedSites.tsx).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { parseSiteList, type ReaderSettings } from '../lib/settings.ts';

interface Props {
  initial: ReaderSettings;
  onSave(change: Partial<ReaderSettings>): Promise<unknown>;
  /** More sections, after the settings (what the reader learned of sites). */
  children?: ComponentChildren;
}

export function OptionsPage({ initial, onSave, children }: Props) {
  const [autoClean, setAutoClean] = useState(initial.autoClean);
  const [always, setAlways] = useState(initial.alwaysSites.join('\n'));
  const [never, setNever] = useState(initial.neverSites.join('\n'));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    const alwaysSites = parseSiteList(always);
    const neverSites = parseSiteList(never);
    const problems = [...alwaysSites.errors.map((e) => `Always: ${e}`), ...neverSites.errors.map((e) => `Never: ${e}`)];
    setErrors(problems);
    if (problems.length) return setSaved(false);
    await onSave({ autoClean, alwaysSites: alwaysSites.sites, neverSites: neverSites.sites });
    setAlways(alwaysSites.sites.join('\n'));
    setNever(neverSites.sites.join('\n'));
    setSaved(true);
  };

  return (
    <main>
      <h1>Crypto Reader</h1>
      <form onSubmit={save}>
        <fieldset>
          <legend>Clean pages on load</legend>
          <label>
            <input type="checkbox" checked={autoClean} data-testid="auto-clean" onChange={(e) => setAutoClean((e.target as HTMLInputElement).checked)} /> Open the reader by itself on
            pages detected as crypto news
          </label>
          <p class="hint">The toolbar button (Alt+Shift+R) and the page's context menu open it on any page.</p>
        </fieldset>
        <fieldset>
          <legend>Always open on these sites</legend>
          <textarea aria-label="Always open on these sites" data-testid="always-sites" value={always} onInput={(e) => setAlways((e.target as HTMLTextAreaElement).value)} />
          <p class="hint">One site a line, such as coindesk.com; subdomains are included.</p>
        </fieldset>
        <fieldset>
          <legend>Never open by itself on these sites</legend>
          <textarea aria-label="Never open by itself on these sites" data-testid="never-sites" value={never} onInput={(e) => setNever((e.target as HTMLTextAreaElement).value)} />
        </fieldset>
        {errors.map((error) => (
          <p class="error" role="alert">
            {error}
          </p>
        ))}
        <button type="submit" data-testid="save">
          Save
        </button>
        {saved && (
          <span class="saved" role="status">
            Saved.
          </span>
        )}
      </form>
      {children}
    </main>
  );
}
