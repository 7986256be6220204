import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addTally, excerpt, increment } from './tally.js';
import { fixed, formatTable, percent } from './table.js';

test('tallies add up key by key, nested objects included', () => {
  const total = { n: 1, inner: { a: 1 } as Record<string, number> };
  addTally(total, { n: 2, inner: { a: 2, b: 5 } });
  assert.deepEqual(total, { n: 3, inner: { a: 3, b: 5 } });
  const counter: Record<string, number> = {};
  increment(counter, 'x');
  increment(counter, 'x', 2);
  assert.deepEqual(counter, { x: 3 });
});

test('an excerpt marks the span and shortens the context', () => {
  assert.equal(excerpt('Er sagte,\nes sei gut.', 3, 5), 'Er ⟦sagte⟧, es sei gut.');
  assert.equal(excerpt('abcdefghij', 4, 2, 2), '…cd⟦ef⟧gh…');
  assert.equal(excerpt('abcdefghijklmnop', 2, 12, 4), 'ab⟦cd … n⟧op');
});

test('tables pad columns and right-align numbers; NaN prints as a dash', () => {
  assert.equal(fixed(Number.NaN), '–');
  assert.equal(percent(0.5), '50.0 %');
  assert.equal(formatTable(['rule', 'n'], [['a', 5], ['long-rule', 12]]), 'rule        n\n─────────  ──\na           5\nlong-rule  12');
});
