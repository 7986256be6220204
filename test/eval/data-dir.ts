/**
 * Where the evaluation data lives. It is never part of the project: it is read at run time from
 * `../shared/data` beside the repository, or from the folder named by QUELLCHECK_DATA.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');

export function dataDir(): string {
  const override = process.env.QUELLCHECK_DATA;
  return override ? resolve(override) : resolve(repoRoot, '..', 'shared', 'data');
}

export function spkattDir(): string | undefined {
  const dir = resolve(dataDir(), 'spkatt-train');
  return existsSync(dir) ? dir : undefined;
}

export function garbleFile(): string | undefined {
  const file = resolve(dataDir(), 'garble-dev.tsv');
  return existsSync(file) ? file : undefined;
}
