import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restartPolicy.js';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

test('restarts up to the limit within the window, announcing only the first restart', () => {
  const c = clock();
  const policy = new RestartPolicy(3, 60_000, c.now);
  assert.deepEqual(policy.onCrash(), { action: 'restart', announce: true });
  c.advance(1_000);
  assert.deepEqual(policy.onCrash(), { action: 'restart', announce: false });
  c.advance(1_000);
  assert.deepEqual(policy.onCrash(), { action: 'restart', announce: false });
  c.advance(1_000);
  assert.deepEqual(policy.onCrash(), { action: 'giveUp', crashes: 4 });
});

test('crashes older than the window do not count towards giving up', () => {
  const c = clock();
  const policy = new RestartPolicy(2, 60_000, c.now);
  for (let i = 0; i < 10; i++) {
    assert.equal(policy.onCrash().action, 'restart', `crash ${i + 1}, 40 s after the previous one`);
    c.advance(40_000);
  }
});

test('a restart the user asked for starts counting afresh and announces the next crash again', () => {
  const c = clock();
  const policy = new RestartPolicy(1, 60_000, c.now);
  policy.onCrash();
  assert.equal(policy.onCrash().action, 'giveUp');
  policy.reset();
  assert.deepEqual(policy.onCrash(), { action: 'restart', announce: true });
});
