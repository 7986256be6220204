import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProgress } from '../../server/src/cli/progress.js';

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (chunk: string) => writes.push(chunk) } };
}

const label = (done: number, total: number) => `${done}/${total}`;

describe('progress line', () => {
  it('draws at once for many files, throttled, and erases itself', () => {
    const { writes, stream } = terminal(true);
    let time = 0;
    const progress = createProgress(stream, 60, label, () => time);
    progress.update(1);
    time = 50;
    progress.update(2);
    time = 120;
    progress.update(3);
    progress.finish();
    assert.deepEqual(writes, ['\r\x1b[K1/60', '\r\x1b[K3/60', '\r\x1b[K']);
  });

  it('waits a second for few files', () => {
    const { writes, stream } = terminal(true);
    let time = 0;
    const progress = createProgress(stream, 3, label, () => time);
    progress.update(1);
    time = 1000;
    progress.update(2);
    progress.finish();
    assert.deepEqual(writes, ['\r\x1b[K2/3', '\r\x1b[K']);
  });

  it('writes nothing for a quick run or off a terminal', () => {
    const quick = terminal(true);
    const progress = createProgress(quick.stream, 3, label, () => 0);
    progress.update(3);
    progress.finish();
    assert.deepEqual(quick.writes, []);
    const piped = terminal(false);
    const many = createProgress(piped.stream, 500, label, () => 5000);
    many.update(400);
    many.finish();
    assert.deepEqual(piped.writes, []);
  });
});
