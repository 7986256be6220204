import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from '../node/config-file.js';
import { UserError } from './user-error.js';

export type Input = { kind: 'stdin' } | { kind: 'file'; path: string; size: number };

/** Folders a directory walk or glob never enters. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function sizeOf(path: string): number {
  return statOrNull(path)?.size ?? 0;
}

/**
 * Turns the operands into the list of inputs, in operand order (each directory or glob sorted),
 * without duplicates. `extensionsFor(dir)` gives the extensions a walk of `dir` picks up.
 * Throws `UserError` for an operand that names nothing.
 */
export function expandOperands(operands: readonly string[], cwd: string, extensionsFor: (dir: string) => readonly string[]): Input[] {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string, size: number): void => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ kind: 'file', path, size });
  };
  for (const operand of operands) {
    if (operand === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const path = resolve(cwd, operand);
    let stats: Stats | null;
    try {
      stats = statOrNull(path);
    } catch (error) {
      throw new UserError(`cannot read ${operand}: ${describeFsError(error)}`, operand);
    }
    if (stats?.isFile()) {
      add(path, stats.size);
    } else if (stats?.isDirectory()) {
      const extensions = extensionsFor(path);
      const found = globSync(
        extensions.map((ext) => `**/*.${ext}`),
        { cwd: path, absolute: true, onlyFiles: true, ignore: IGNORED, expandDirectories: false },
      ).sort();
      if (found.length === 0) throw new UserError(`no ${extensions.map((e) => `*.${e}`).join(' or ')} files in directory`, operand);
      for (const file of found) add(resolve(file), sizeOf(file));
    } else if (!stats && isDynamicPattern(operand)) {
      const found = globSync(operand, { cwd, absolute: true, onlyFiles: true, ignore: IGNORED, expandDirectories: false }).sort();
      if (found.length === 0) throw new UserError('no files matched', operand);
      for (const file of found) add(resolve(file), sizeOf(file));
    } else if (stats) {
      throw new UserError('not a file or directory', operand);
    } else {
      throw new UserError('no such file or directory', operand);
    }
  }
  return inputs;
}
