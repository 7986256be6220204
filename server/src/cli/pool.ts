/**
 * Linting many files on all cores: a worker thread per core, each with its own engine, fed one file
 * at a time so that a long article does not hold up the rest. Few or small inputs stay in this
 * thread, where they are done before a worker would have loaded its lexicon.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { threadEngine } from './engine-instance.js';
import { lintFile, type FileOutcome, type FileTask } from './lint-file.js';
import { WORKER_ROLE } from './worker.js';

/** Below these, starting workers costs more than it saves (measured; see the report). */
const IN_PROCESS_MAX_FILES = 4;
const IN_PROCESS_MAX_BYTES = 256 * 1024;

/**
 * Starts a lint worker running the CLI's entry file. In the bundle every module is `dist/cli.js`.
 * From source (tests, `node --import tsx`) it is `main.ts` beside this file; Node 20 does not carry
 * the main thread's tsx loader into workers, so the worker registers tsx's require hook first.
 */
/** A variable, not a literal, so that the bundler does not try to resolve a development-only package. */
const TSX_REQUIRE_HOOK = 'tsx/cjs';

function startWorker(): Worker {
  const workerData = { role: WORKER_ROLE };
  if (!__filename.endsWith('.ts')) return new Worker(__filename, { workerData });
  const tsxRequireHook = require.resolve(TSX_REQUIRE_HOOK, { paths: [__dirname] });
  const bootstrap = `require(${JSON.stringify(tsxRequireHook)}); require(${JSON.stringify(join(__dirname, 'main.ts'))});`;
  return new Worker(bootstrap, { eval: true, workerData });
}

export function shouldUseWorkers(fileCount: number, totalBytes: number, cores = availableParallelism()): boolean {
  return cores > 1 && fileCount > IN_PROCESS_MAX_FILES && totalBytes > IN_PROCESS_MAX_BYTES;
}

export function lintInProcess(tasks: readonly FileTask[], onDone: (done: number) => void): FileOutcome[] {
  const engine = threadEngine();
  return tasks.map((task, i) => {
    const outcome = lintFile(engine, task);
    onDone(i + 1);
    return outcome;
  });
}

/** Outcomes in task order, whatever order the workers finish in. */
export function lintInWorkers(tasks: readonly FileTask[], onDone: (done: number) => void, workerCount = availableParallelism()): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes: FileOutcome[] = new Array(tasks.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const feed = (worker: Worker): void => {
      if (next < tasks.length) worker.postMessage(tasks[next++]);
    };
    for (let i = 0; i < Math.min(workerCount, tasks.length); i++) {
      const worker = startWorker();
      workers.push(worker);
      worker.on('message', (outcome: FileOutcome) => {
        outcomes[outcome.index] = outcome;
        done++;
        onDone(done);
        if (done === tasks.length) settle();
        else feed(worker);
      });
      worker.on('error', (error) => settle(error));
      worker.on('exit', (code) => {
        if (!settled) settle(new Error(`a lint worker stopped early (exit code ${code})`));
      });
      feed(worker);
    }
  });
}
