// The figures of the evaluation scripts, kept for the quality report: each script records its summary
// as out/quality/<section>.json; scripts/quality-report.ts turns them into docs/quality.md. The file of a
// section is written whole or not at all (a temporary file renamed into place).
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const QUALITY_DIR = 'out/quality';

export function recordQuality(section: string, data: unknown): void {
  mkdirSync(QUALITY_DIR, { recursive: true });
  const file = join(QUALITY_DIR, `${section}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify({ measured: new Date().toISOString(), data }, null, 1));
  renameSync(`${file}.tmp`, file);
}

export function readQuality<T>(section: string): { measured: string; data: T } | null {
  const file = join(QUALITY_DIR, `${section}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { measured: string; data: T }) : null;
}
