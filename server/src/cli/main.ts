/**
 * Entry of the `quellcheck` command (bundled to server/dist/cli.js, run from source with
 * `node --import tsx server/src/cli/main.ts`). The same file is the lint workers' entry: in a
 * worker thread started by the pool it serves lint requests instead.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { run } from './run.js';
import { serveLintRequests, WORKER_ROLE } from './worker.js';

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) {
  serveLintRequests();
} else {
  // `quellcheck … | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`quellcheck: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
