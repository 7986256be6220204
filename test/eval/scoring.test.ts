import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestMatchOverlap, prf, setOverlap } from './scoring.js';

test('token sets: shared tokens over predicted and over gold, each token once', () => {
  assert.deepEqual(setOverlap([1, 2, 3, 3], [2, 3, 4, 5]), { pNum: 2, pDen: 3, rNum: 2, rDen: 4 });
  assert.deepEqual(setOverlap([], [1]), { pNum: 0, pDen: 0, rNum: 0, rDen: 1 });
});

test('span matching pairs each span with its best-overlapping counterpart', () => {
  // gold [2..5] is best matched by predicted [1,2,3] (2 shared); predicted [10,11] matches nothing
  assert.deepEqual(bestMatchOverlap([[1, 2, 3], [10, 11]], [[2, 3, 4, 5]]), { pNum: 2, pDen: 5, rNum: 2, rDen: 4 });
  // two gold spans, one predicted span covering both: recall is full, precision counts its best gold only
  assert.deepEqual(bestMatchOverlap([[1, 2, 3, 4]], [[1, 2], [3, 4]]), { pNum: 2, pDen: 4, rNum: 4, rDen: 4 });
});

test('span matching ignores empty and duplicate spans', () => {
  assert.deepEqual(bestMatchOverlap([[1, 2], [1, 2], []], [[2], []]), { pNum: 1, pDen: 2, rNum: 1, rDen: 1 });
});

test('precision, recall and F1; nothing to divide by gives NaN', () => {
  const s = prf({ pNum: 2, pDen: 4, rNum: 2, rDen: 8 });
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.25);
  assert.ok(Math.abs(s.f1 - 1 / 3) < 1e-12);
  assert.deepEqual(prf({ pNum: 0, pDen: 3, rNum: 0, rDen: 3 }), { precision: 0, recall: 0, f1: 0 });
  assert.ok(Number.isNaN(prf({ pNum: 0, pDen: 0, rNum: 0, rDen: 3 }).f1));
});
