/**
 * Loads the engine as the CLI does (compiled lexicon from disk, then createEngine) and times both
 * steps, for the eval and bench scripts.
 */
import { performance } from 'node:perf_hooks';
import { createEngine, type Engine } from '../../server/src/engine/index.js';
import { loadLexiconData } from '../../server/src/node/lexicon-file.js';

export interface LoadedEngine {
  engine: Engine;
  /** Reading the compiled lexicon file. */
  readMs: number;
  /** createEngine, including parsing the lexicon. */
  createMs: number;
}

export function loadEngineTimed(create: typeof createEngine = createEngine): LoadedEngine {
  const start = performance.now();
  const data = loadLexiconData();
  const read = performance.now();
  const engine = create(data);
  return { engine, readMs: read - start, createMs: performance.now() - read };
}

/** One line on stderr and exit 2, for a bad command line. */
export function usageError(script: string, problem: string, usage: string): never {
  process.stderr.write(`${script}: ${problem}\nusage: ${usage}\n`);
  process.exit(2);
}
