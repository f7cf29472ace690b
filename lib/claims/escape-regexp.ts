/** A text as a regular expression that matches it literally ("S&P 500.", "EH/s"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
