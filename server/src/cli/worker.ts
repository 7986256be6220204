import { parentPort } from 'node:worker_threads';
import { threadEngine } from './engine-instance.js';
import { lintFile, type FileTask } from './lint-file.js';

/** Marks the worker threads started by `lintInWorkers` (the entry file decides by it what to run). */
export const WORKER_ROLE = 'quellcheck-lint-worker';

/** The worker side: one engine per thread, one file per message, answered in the order received. */
export function serveLintRequests(): void {
  const port = parentPort;
  if (!port) throw new Error('serveLintRequests runs only in a worker thread');
  const engine = threadEngine();
  port.on('message', (task: FileTask) => {
    port.postMessage(lintFile(engine, task));
  });
}
