// The languages whose claims lib/claims reads: its vocabulary (verbs of saying, sourcing phrases, number
// words and separators, dates) exists for these. For any other language the panel says so instead of
// listing English-rule guesses.
export const CLAIM_LANGUAGES = ['en', 'de'] as const;

/** Whether the claims of an article in `lang` (BCP 47, as the page states it) can be read; unknown is read as English. */
export function readsClaimsIn(lang: string | null | undefined): boolean {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === '' || (CLAIM_LANGUAGES as readonly string[]).includes(primary);
}
