// Which way an article's text runs: as the page states it (`dir`), from its language, or from the
// script its letters are written in.

/** Languages written right to left (ISO 639 codes of the primary subtag). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** Letters of right-to-left scripts: Hebrew, Arabic (and its supplements), Syriac, Thaana, N'Ko, presentation forms. */
const RTL_LETTER = /[\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u0780-\u07bf\u07c0-\u07ff\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g;
const ANY_LETTER = /\p{L}/gu;

/** How much text the script count reads: enough to decide, little enough to stay cheap on long articles. */
const SAMPLE_CHARS = 4000;

/** With fewer letters than this the script says little, and the stated language decides. */
const MIN_LETTERS = 20;

/** The stated `dir` wins; then the script of most letters; on a text too short to tell, the language. */
export function textDirection(stated: { dir?: string | null; lang?: string | null }, text: string): 'ltr' | 'rtl' {
  const dir = stated.dir?.trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  if (letters >= MIN_LETTERS) return (sample.match(RTL_LETTER)?.length ?? 0) / letters > 0.5 ? 'rtl' : 'ltr';
  const language = stated.lang?.trim().toLowerCase().split(/[-_]/)[0];
  return language && RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
