import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expandOperands, type Input } from '../../server/src/cli/files.js';
import { UserError } from '../../server/src/cli/user-error.js';

const root = mkdtempSync(join(tmpdir(), 'quellcheck-files-'));
after(() => rmSync(root, { recursive: true, force: true }));
for (const [path, text] of Object.entries({
  'a/2.txt': 'zwei',
  'a/1.md': 'eins',
  'a/skip.json': '{}',
  'a/deep/3.txt': 'drei',
  'a/node_modules/pkg/x.txt': 'x',
  'a/.git/y.txt': 'y',
  'b/notes.markdown': 'n',
  'b/c.rst': 'c',
})) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

const DEFAULT = () => ['txt', 'md'];

function relativePaths(inputs: Input[]): string[] {
  return inputs.map((i) => (i.kind === 'stdin' ? '-' : i.path.slice(root.length + 1)));
}

function userError(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof UserError);
    return error.message;
  }
  assert.fail('expected a UserError');
}

describe('expandOperands', () => {
  it('walks a directory for the configured extensions, sorted, skipping node_modules and .git', () => {
    assert.deepEqual(relativePaths(expandOperands(['a'], root, DEFAULT)), ['a/1.md', 'a/2.txt', 'a/deep/3.txt']);
    assert.deepEqual(relativePaths(expandOperands(['b'], root, () => ['markdown'])), ['b/notes.markdown']);
  });

  it('takes a named file whatever its extension, and sizes it', () => {
    const [input] = expandOperands(['b/c.rst'], root, DEFAULT);
    assert.deepEqual(input, { kind: 'file', path: join(root, 'b/c.rst'), size: 1 });
  });

  it('expands globs and keeps operand order without duplicates', () => {
    assert.deepEqual(relativePaths(expandOperands(['a/deep/3.txt', '-', 'a/**/*.txt'], root, DEFAULT)), ['a/deep/3.txt', '-', 'a/2.txt']);
  });

  it('names an operand that matches nothing', () => {
    assert.equal(userError(() => expandOperands(['nope.txt'], root, DEFAULT)), 'no such file or directory (nope.txt)');
    assert.equal(userError(() => expandOperands(['a/*.rst'], root, DEFAULT)), 'no files matched (a/*.rst)');
    assert.equal(userError(() => expandOperands(['b'], root, DEFAULT)), 'no *.txt or *.md files in directory (b)');
  });
});
