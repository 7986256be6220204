import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { decodeUtf8, lintFile, lintText, writeAtomically } from '../../server/src/cli/lint-file.js';
import { defaultConfig } from '../../server/src/engine/config.js';
import type { Engine } from '../../server/src/engine/index.js';
import type { Finding, LintResult } from '../../server/src/engine/types.js';

/**
 * A stand-in engine with two kinds of finding: a straight double quote (safe fix: „ or “ by
 * position) and "XX" (a suggestion that must never be applied), plus "SPLIT" whose safe fix
 * inserts a line break. Enough to drive the fix loop without the real rules.
 */
function stubEngine(): Engine & { lintCalls: number } {
  const engine = {
    lintCalls: 0,
    rules: [],
    analyze: () => assert.fail('not used'),
    message: (id: string) => id,
    lint(text: string): LintResult {
      engine.lintCalls++;
      const findings: Finding[] = [];
      const finding = (offset: number, length: number, safe: boolean, newText: string): Finding => ({
        rule: 'typography/quotes',
        category: 'typography',
        severity: 'warning',
        message: 'm',
        offset,
        length,
        fixes: [{ title: 't', safe, edits: [{ offset, length, newText }] }],
        related: [],
      });
      let open = true;
      for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
        findings.push(finding(i, 1, true, open ? '„' : '“'));
        open = !open;
      }
      for (let i = text.indexOf('XX'); i >= 0; i = text.indexOf('XX', i + 2)) findings.push(finding(i, 2, false, 'laut [Quelle]'));
      for (let i = text.indexOf('SPLIT'); i >= 0; i = text.indexOf('SPLIT', i + 5)) findings.push(finding(i, 5, true, 'A\nB'));
      return { findings, attributions: [] };
    },
  };
  return engine;
}

const options = { format: 'plaintext' as const, config: defaultConfig(), fix: true };

describe('lintText --fix loop', () => {
  it('applies safe fixes only and reports what is left', () => {
    const outcome = lintText(stubEngine(), 'Er sagte "ja" XX.\n', options);
    assert.equal(outcome.text, 'Er sagte „ja“ XX.\n');
    assert.equal(outcome.fixesApplied, 2);
    assert.deepEqual(
      outcome.result.findings.map((f) => f.offset),
      [14],
    );
  });

  it('leaves the text alone without --fix', () => {
    const outcome = lintText(stubEngine(), 'Er sagte "ja".\n', { ...options, fix: false });
    assert.equal(outcome.text, 'Er sagte "ja".\n');
    assert.equal(outcome.result.findings.length, 2);
  });

  it('keeps CRLF line endings, also in inserted text', () => {
    const outcome = lintText(stubEngine(), 'Zeile "1"\r\nSPLIT\r\n', options);
    assert.equal(outcome.text, 'Zeile „1“\r\nA\r\nB\r\n');
  });

  it('keeps LF where the text uses LF', () => {
    assert.equal(lintText(stubEngine(), 'SPLIT\n', options).text, 'A\nB\n');
  });

  it('is idempotent: a second run changes nothing', () => {
    const once = lintText(stubEngine(), '"a" "b"\r\n', options);
    const twice = lintText(stubEngine(), once.text, options);
    assert.equal(twice.text, once.text);
    assert.equal(twice.fixesApplied, 0);
  });

  it('stops after ten passes when fixes keep undoing each other', () => {
    const flipping: Engine & { lintCalls: number } = {
      ...stubEngine(),
      lint(text: string) {
        flipping.lintCalls++;
        const to = text === 'a' ? 'b' : 'a';
        return {
          findings: [{ rule: 'r/x', category: 'typography', severity: 'warning', message: 'm', offset: 0, length: 1, fixes: [{ title: 't', safe: true, edits: [{ offset: 0, length: 1, newText: to }] }], related: [] }],
          attributions: [],
        };
      },
    };
    const outcome = lintText(flipping, 'a', options);
    assert.equal(outcome.fixesApplied, 10);
    assert.equal(flipping.lintCalls, 11);
  });
});

describe('decoding', () => {
  it('strips and remembers a byte-order mark, refuses invalid UTF-8', () => {
    assert.deepEqual(decodeUtf8(Buffer.from('\ufeffÄrger', 'utf8')), { text: 'Ärger', bom: true });
    assert.deepEqual(decodeUtf8(Buffer.from('Ärger', 'utf8')), { text: 'Ärger', bom: false });
    assert.equal(decodeUtf8(Buffer.from([0x41, 0xe4, 0x42])), null);
  });
});

describe('lintFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quellcheck-lint-file-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const task = (name: string, fix = true) => ({ index: 0, path: join(dir, name), display: name, format: 'plaintext' as const, config: defaultConfig(), fix });

  it('writes the fixed text back with its byte-order mark and CRLF, leaving no temporary file', () => {
    writeFileSync(join(dir, 'bom.txt'), Buffer.from('\ufeffEr sagte "ja".\r\nSPLIT\r\n', 'utf8'));
    const outcome = lintFile(stubEngine(), task('bom.txt'));
    assert.equal(outcome.ok, true);
    assert.deepEqual(readFileSync(join(dir, 'bom.txt')), Buffer.from('\ufeffEr sagte „ja“.\r\nA\r\nB\r\n', 'utf8'));
    assert.deepEqual(readdirSync(dir), ['bom.txt']);
  });

  it('does not touch a file without fixes', () => {
    writeFileSync(join(dir, 'clean.txt'), 'XX\n');
    const outcome = lintFile(stubEngine(), task('clean.txt'));
    assert.ok(outcome.ok && outcome.report.findings.length === 1);
    assert.deepEqual(outcome.ok && outcome.report.findings[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
  });

  it('turns unreadable and non-UTF-8 files into outcomes, not exceptions', () => {
    assert.deepEqual(lintFile(stubEngine(), task('missing.txt')), { index: 0, ok: false, problem: 'cannot read file: no such file or directory', where: 'missing.txt' });
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x41, 0xe4, 0x42]));
    assert.deepEqual(lintFile(stubEngine(), task('latin1.txt')), { index: 0, ok: false, problem: 'cannot read file: not valid UTF-8', where: 'latin1.txt' });
  });

  it('writeAtomically replaces the content and keeps the mode', () => {
    const file = join(dir, 'mode.txt');
    writeFileSync(file, 'alt');
    chmodSync(file, 0o666);
    writeAtomically(file, Buffer.from('neu'));
    assert.equal(readFileSync(file, 'utf8'), 'neu');
    assert.equal(statSync(file).mode & 0o777, 0o666);
  });
});
