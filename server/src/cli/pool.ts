/**
 * Linting many files on all cores: worker threads, each with its own engine, fed one file at a
 * time so that a long article does not hold up the rest. Few or small inputs, and machines with
 * two cores, stay in this thread.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { threadEngine } from './engine-instance.js';
import { lintFile, type FileOutcome, type FileTask } from './lint-file.js';
import { WORKER_ROLE } from './worker.js';

/**
 * When workers pay off. Each worker loads the lexicon and warms up its own JIT, and a single
 * thread already keeps more than one core busy (V8 compiles and collects garbage on helper
 * threads). Measured with the bundle on two cores: 400 files / 4.7 MB took 1.9 s in one thread
 * and 2.9 s on two workers, 1,200 files / 15 MB about 5 s either way; so two cores stay in-process.
 */
const WORKERS_MIN_CORES = 3;
const WORKERS_MIN_FILES = 5;
const WORKERS_MIN_BYTES = 1024 * 1024;

export function shouldUseWorkers(fileCount: number, totalBytes: number, cores = availableParallelism()): boolean {
  return cores >= WORKERS_MIN_CORES && fileCount >= WORKERS_MIN_FILES && totalBytes >= WORKERS_MIN_BYTES;
}

/** One worker per core but one: the main thread reads the results and formats the report. */
export function defaultWorkerCount(cores = availableParallelism()): number {
  return Math.max(2, cores - 1);
}

/** A variable, not a literal, so that the bundler does not try to resolve a development-only package. */
const TSX_REQUIRE_HOOK = 'tsx/cjs';

/**
 * Starts a lint worker running the CLI's entry file. In the bundle every module is `dist/cli.js`.
 * From source (tests, `node --import tsx`) it is `main.ts` beside this file; Node 20 does not carry
 * the main thread's tsx loader into workers, so the worker registers tsx's require hook first.
 */
function startWorker(): Worker {
  const workerData = { role: WORKER_ROLE };
  if (!__filename.endsWith('.ts')) return new Worker(__filename, { workerData });
  const tsxRequireHook = require.resolve(TSX_REQUIRE_HOOK, { paths: [__dirname] });
  const bootstrap = `require(${JSON.stringify(tsxRequireHook)}); require(${JSON.stringify(join(__dirname, 'main.ts'))});`;
  return new Worker(bootstrap, { eval: true, workerData });
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
export function lintInWorkers(tasks: readonly FileTask[], onDone: (done: number) => void, workerCount = defaultWorkerCount()): Promise<FileOutcome[]> {
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
