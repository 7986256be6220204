import { createEngine, type Engine } from '../engine/index.js';
import { LexiconNotFoundError, loadLexiconData } from '../node/lexicon-file.js';
import { UserError } from './user-error.js';

let engine: Engine | undefined;

/** The engine of this thread, created on first use (loading the lexicon is the costly part). */
export function threadEngine(): Engine {
  try {
    engine ??= createEngine(loadLexiconData());
  } catch (error) {
    if (error instanceof LexiconNotFoundError) throw new UserError('lexicon data not found, run npm run build', error.searched.join(' or '));
    throw error;
  }
  return engine;
}
