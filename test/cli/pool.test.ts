import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultWorkerCount, lintInProcess, lintInWorkers, shouldUseWorkers } from '../../server/src/cli/pool.js';
import type { FileTask } from '../../server/src/cli/lint-file.js';
import { defaultConfig } from '../../server/src/engine/config.js';
import { REPO_ROOT } from './spawn-cli.js';

describe('worker pool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quellcheck-pool-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same outcomes as the main thread, in task order, failures included', async () => {
    const seed = (name: string) => readFileSync(join(REPO_ROOT, 'seeds', name), 'utf8');
    const texts = [seed('000_b15dfe6d763aee05.txt'), seed('002_89a789b5965c4451.txt'), 'Quellen zufolge sinkt der Preis.\n', seed('004_789b31930c872255.txt').repeat(3)];
    const tasks: FileTask[] = [];
    for (let i = 0; i < 9; i++) {
      const path = join(dir, `${i}.txt`);
      if (i !== 5) writeFileSync(path, texts[i % texts.length]);
      tasks.push({ index: i, path, display: `${i}.txt`, format: 'plaintext', config: defaultConfig(), fix: false });
    }
    const progress: number[] = [];
    const inWorkers = await lintInWorkers(tasks, (done) => progress.push(done), 2);
    assert.deepEqual(inWorkers, lintInProcess(tasks, () => {}));
    assert.deepEqual(progress, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(inWorkers[5].ok, false);
    assert.ok(inWorkers.filter((o) => o.ok).every((o) => o.ok && o.report.findings.length > 0));
  });

  it('is used for many, large inputs on three or more cores only', () => {
    assert.equal(shouldUseWorkers(100, 5e6, 4), true);
    assert.equal(shouldUseWorkers(100, 5e6, 2), false);
    assert.equal(shouldUseWorkers(4, 5e6, 8), false);
    assert.equal(shouldUseWorkers(100, 500e3, 8), false);
    assert.equal(defaultWorkerCount(8), 7);
    assert.equal(defaultWorkerCount(3), 2);
  });
});
