// JSON: the Article as it is.
import type { Article } from '../types.ts';

export function toJson(article: Article): string {
  return JSON.stringify(article, null, 2) + '\n';
}
