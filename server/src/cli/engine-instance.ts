import { createEngine, type Engine } from '../engine/index.js';
import { loadLexiconData } from '../node/lexicon-file.js';

let engine: Engine | undefined;

/** The engine of this thread, created on first use (loading the lexicon is the costly part). */
export function threadEngine(): Engine {
  engine ??= createEngine(loadLexiconData());
  return engine;
}
