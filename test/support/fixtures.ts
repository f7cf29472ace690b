// Paths and loaders for the fixtures under test/fixtures (see test/fixtures/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'test/fixtures';
export const CORPUS_DIR = join(FIXTURES, 'corpus');

export const corpusNames = (): string[] =>
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => f.replace(/\.txt$/, ''));

export const readCorpus = (name: string): string => readFileSync(join(CORPUS_DIR, `${name}.txt`), 'utf8');

/** The corpus page split where the template's related area starts. */
export function corpusParts(name: string): { title: string; article: string[]; related: string[] } {
  const lines = readCorpus(name)
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);
  const cut = lines.indexOf('You may also like');
  return { title: lines[0], article: lines.slice(1, cut), related: lines.slice(cut) };
}

export const readFixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
