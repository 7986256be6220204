import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memo, OwnedMemo } from './memo.js';

test('a result is computed once while its key is in one of the two generations', () => {
  const computed: string[] = [];
  const memo = new Memo<number>(2);
  const length = (key: string) => {
    computed.push(key);
    return key.length;
  };
  assert.equal(memo.of('a', length), 1);
  assert.equal(memo.of('bb', length), 2);
  assert.equal(memo.of('a', length), 1);
  // the third key starts a new generation; 'a' and 'bb' are still found in the previous one
  assert.equal(memo.of('ccc', length), 3);
  assert.equal(memo.of('bb', length), 2);
  assert.deepEqual(computed, ['a', 'bb', 'ccc']);
  // two more generations later the keys not asked for again are gone
  memo.of('dddd', length);
  memo.of('eeeee', length);
  memo.of('ffffff', length);
  assert.equal(memo.of('a', length), 1);
  assert.deepEqual(computed, ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'a']);
});

test('an owned memo keeps the results of each owner apart and computes each once', () => {
  const computed: string[] = [];
  const memo = new OwnedMemo<{ suffix: string }, string>(10, (owner, key) => {
    computed.push(key + owner.suffix);
    return key + owner.suffix;
  });
  const first = { suffix: '1' };
  const second = { suffix: '2' };
  assert.equal(memo.of(first, 'a'), 'a1');
  assert.equal(memo.of(second, 'a'), 'a2');
  assert.equal(memo.of(first, 'a'), 'a1');
  assert.deepEqual(computed, ['a1', 'a2']);
});
