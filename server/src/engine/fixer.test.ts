import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes } from './fixer.js';
import type { Fix } from './types.js';

const fix = (title: string, ...edits: [number, number, string][]): Fix => ({ title, safe: true, edits: edits.map(([offset, length, newText]) => ({ offset, length, newText })) });

test('applies non-overlapping fixes in any order', () => {
  const text = 'Der Weiße Das Haus .';
  const { output, applied, skipped } = applyFixes(text, [fix('space', [18, 1, '']), fix('case', [10, 3, 'das'])]);
  assert.equal(output, 'Der Weiße das Haus.');
  assert.equal(applied.length, 2);
  assert.equal(skipped.length, 0);
});

test('refuses a fix that overlaps one already taken, whole', () => {
  const { output, skipped } = applyFixes('abcdef', [fix('a', [1, 3, 'X']), fix('b', [0, 1, 'Y'], [3, 2, 'Z'])]);
  assert.equal(output, 'aXef');
  assert.deepEqual(skipped.map((f) => f.title), ['b']);
});

test('two insertions at the same offset conflict; touching ranges do not', () => {
  const { output, skipped } = applyFixes('abc', [fix('a', [1, 0, 'X']), fix('b', [1, 0, 'Y']), fix('c', [1, 1, 'B'])]);
  assert.deepEqual(skipped.map((f) => f.title), ['b', 'c']);
  assert.equal(output, 'aXbc');
  assert.equal(applyFixes('abc', [fix('a', [0, 1, 'A']), fix('b', [1, 1, 'B'])]).output, 'ABc');
});

test('refuses edits outside the text and a fix whose own edits overlap', () => {
  const { skipped } = applyFixes('abc', [fix('out', [2, 5, '']), fix('self', [0, 2, ''], [1, 1, ''])]);
  assert.deepEqual(skipped.map((f) => f.title), ['out', 'self']);
});
