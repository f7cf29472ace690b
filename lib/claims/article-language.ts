// The language the claims read an article in. Apart from lib/claims/languages.ts, which the reader script
// bundles for the panel: this one guesses from the text, and only the claims script needs it.
import { guessLanguage, NUMBER_LANGUAGES, primarySubtag } from './number-languages.ts';

/** Text enough to overrule a page's own language tag: some sentences, not a caption. */
const MIN_TEXT_TO_OVERRULE_TAG = 400;

/**
 * The language the claims read an article in: the one its page states, unless the page states English,
 * German or French and its text (`sample`: its first blocks) is plainly another of the three — a German
 * edition's template around an English article says lang="de", and "$60,000" read with German separators
 * is 60. Other tags stand as stated (the guesser knows no Chinese: "zh" must stay "zh"); with no tag, the
 * text's own language.
 */
export function articleLanguage(stated: string | null | undefined, sample: string): string {
  if (!stated) return guessLanguage(sample);
  const primary = primarySubtag(stated);
  if (!(primary in NUMBER_LANGUAGES) || sample.length < MIN_TEXT_TO_OVERRULE_TAG) return stated;
  const guessed = guessLanguage(sample);
  return guessed === primary ? stated : guessed;
}
