import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexiconCandidates, loadLexiconData } from './lexicon-file.js';

describe('loadLexiconData', () => {
  it('finds the built lexicon from the sources (server/src/node → server/dist)', () => {
    assert.ok(loadLexiconData().startsWith('QUELLCHECK-LEXICON 1\n'));
  });

  it('prefers the file beside the bundle, then ../../dist', () => {
    const root = mkdtempSync(join(tmpdir(), 'quellcheck-lexicon-'));
    try {
      const bundleDir = join(root, 'server', 'dist');
      const sourceDir = join(root, 'server', 'src', 'node');
      mkdirSync(bundleDir, { recursive: true });
      mkdirSync(sourceDir, { recursive: true });
      writeFileSync(join(bundleDir, 'lexicon.dat'), 'from dist');
      assert.equal(loadLexiconData(lexiconCandidates(bundleDir)), 'from dist');
      assert.equal(loadLexiconData(lexiconCandidates(sourceDir)), 'from dist');
      writeFileSync(join(sourceDir, 'lexicon.dat'), 'beside');
      assert.equal(loadLexiconData(lexiconCandidates(sourceDir)), 'beside');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says where it looked and what to run when the lexicon is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'quellcheck-lexicon-'));
    try {
      const candidates = lexiconCandidates(join(root, 'a', 'b'));
      assert.throws(
        () => loadLexiconData(candidates),
        (error: Error) =>
          error.message.startsWith('Quellcheck: lexicon data not found at ') &&
          error.message.includes(candidates[0]!) &&
          error.message.includes(candidates[1]!) &&
          error.message.endsWith('; run npm run build'),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
