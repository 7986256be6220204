/** Articles for the protocol tests, in temporary folders with no `.quellcheckrc.json` above them. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { lineStartsOf, offsetToPosition, ruleDocsUrl, type Finding } from '../../server/src/engine/index.js';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { pathToUri } from './harness.js';

export const SEED_002 = readFileSync(resolve('seeds/002_89a789b5965c4451.txt'), 'utf8');

/** A sentence with an anonymous source, for documents that need one more finding. */
export const ANONYMOUS_SENTENCE = 'Quellen zufolge ist die Lieferung bereits unterwegs.';

/** A temporary folder holding `files` (path → content), removed after the test. */
export function workspace(t: TestContext, files: Record<string, string>): { root: string; uri: (path: string) => string; path: (p: string) => string } {
  const root = mkdtempSync(join(tmpdir(), 'quellcheck-lsp-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, uri: (path) => pathToUri(join(root, path)), path: (p) => join(root, p) };
}

/** The diagnostic the server should publish for a finding of the engine. */
export function diagnosticOf(finding: Finding, text: string): Partial<Diagnostic> {
  const lineStarts = lineStartsOf(text);
  return {
    range: { start: offsetToPosition(lineStarts, finding.offset), end: offsetToPosition(lineStarts, finding.offset + finding.length) },
    source: 'quellcheck',
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    message: finding.message,
  };
}
