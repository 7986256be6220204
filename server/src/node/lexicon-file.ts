/**
 * Loads the compiled lexicon (server/dist/lexicon.dat, written by server/scripts/build-lexicon.mjs)
 * for the CLI and the language server; the engine itself only receives the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LEXICON_FILE_NAME = 'lexicon.dat';

/**
 * Where the lexicon may be: beside the running file (the bundles live in server/dist next to it),
 * then server/dist seen from server/src/node (running the sources through tsx).
 */
export function lexiconCandidates(dir: string = __dirname): string[] {
  return [join(dir, LEXICON_FILE_NAME), join(dir, '..', '..', 'dist', LEXICON_FILE_NAME)];
}

/** The compiled lexicon is not where the bundles or the sources expect it (not built yet). */
export class LexiconNotFoundError extends Error {
  constructor(readonly searched: readonly string[]) {
    super(`Quellcheck: lexicon data not found at ${searched.join(' or ')}; run npm run build`);
    this.name = 'LexiconNotFoundError';
  }
}

export function loadLexiconData(candidates: readonly string[] = lexiconCandidates()): string {
  for (const file of candidates) {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new LexiconNotFoundError(candidates);
}
