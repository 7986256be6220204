/** Runs the CLI from source as a child process (no build needed) and collects what it wrote. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';

export const REPO_ROOT = join(__dirname, '..', '..');
export const CLI_SOURCE = join(REPO_ROOT, 'server', 'src', 'cli', 'main.ts');
/** tsx by file URL: `--import tsx` would be looked up from the child's working directory. */
const TSX = pathToFileURL(require.resolve('tsx')).href;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface SpawnOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Run another entry (the built bin) instead of the sources through tsx. */
  command?: string[];
}

export function runCli(args: readonly string[], options: SpawnOptions = {}): Promise<CliResult> {
  const command = options.command ?? ['--import', TSX, CLI_SOURCE];
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const env = Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const child = spawn(process.execPath, [...command, ...args], { cwd: options.cwd ?? REPO_ROOT, env, stdio: 'pipe' });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  child.stdin.end(options.stdin ?? '');
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`quellcheck ${args.join(' ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ status, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
  });
}

/** Calls `run` in this process with captured streams (fast; the same code path as the command). */
export async function runInProcess(args: readonly string[], options: Omit<SpawnOptions, 'command' | 'timeoutMs'> & { tty?: boolean } = {}): Promise<CliResult> {
  const { run } = await import('../../server/src/cli/run.js');
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const collector = (into: Buffer[]) => ({
    isTTY: options.tty ?? false,
    write(chunk: string | Uint8Array) {
      into.push(Buffer.from(chunk));
      return true;
    },
  });
  const status = await run(args, {
    stdout: collector(out),
    stderr: collector(err),
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? {},
  });
  const stdoutBytes = Buffer.concat(out);
  return { status, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes };
}
