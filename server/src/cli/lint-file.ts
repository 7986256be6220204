/**
 * Linting one text or file: decoding (UTF-8, byte-order mark), the `--fix` loop, and the atomic
 * write-back that keeps the byte-order mark and CRLF line endings. Runs in the main thread and in
 * the worker threads alike.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyFixes } from '../engine/fixer.js';
import type { Engine } from '../engine/index.js';
import { lineStartsOf, offsetToPosition } from '../engine/positions.js';
import type { EngineConfig, Fix, LintResult, TextFormat } from '../engine/types.js';
import { describeFsError } from '../node/config-file.js';
import type { FileReport, ReportedFinding } from './report.js';

/** More passes than any real text needs; the cap only guards against fixes that undo each other. */
const MAX_FIX_PASSES = 10;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface DecodedText {
  text: string;
  bom: boolean;
}

/** Decodes UTF-8 strictly (a --fix write-back must not mangle bytes it did not understand). */
export function decodeUtf8(bytes: Uint8Array): DecodedText | null {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), bom };
  } catch {
    return null;
  }
}

export function encodeUtf8({ text, bom }: DecodedText): Buffer {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([UTF8_BOM, body]) : body;
}

/** Every line break is CRLF (and there is at least one). */
function usesCrlf(text: string): boolean {
  let crlf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) return false;
    crlf++;
  }
  return crlf > 0;
}

function withCrlf(fix: Fix): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, '\r\n') })) };
}

export interface LintOutcome {
  text: string;
  result: LintResult;
  fixesApplied: number;
}

/**
 * Lints a text; with `fix`, applies the first safe fix of each finding, re-lints and repeats until
 * no safe fix applies. A CRLF text stays CRLF.
 */
export function lintText(engine: Engine, text: string, options: { format: TextFormat; config: EngineConfig; fix: boolean }): LintOutcome {
  const lintOptions = { format: options.format, config: options.config };
  let current = text;
  let result = engine.lint(current, lintOptions);
  let fixesApplied = 0;
  if (!options.fix) return { text, result, fixesApplied };
  const crlf = usesCrlf(text);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes: Fix[] = [];
    for (const finding of result.findings) {
      const safe = finding.fixes.find((f) => f.safe);
      if (safe) fixes.push(crlf ? withCrlf(safe) : safe);
    }
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(current, fixes);
    const next = crlf ? output.replace(/\r?\n/g, '\r\n') : output;
    if (applied.length === 0 || next === current) break;
    fixesApplied += applied.length;
    current = next;
    result = engine.lint(current, lintOptions);
  }
  return { text: current, result, fixesApplied };
}

export function toReport(path: string, text: string, result: LintResult, fixesApplied: number): FileReport {
  const lineStarts = lineStartsOf(text);
  const range = (offset: number, length: number) => ({ start: offsetToPosition(lineStarts, offset), end: offsetToPosition(lineStarts, offset + length) });
  const findings: ReportedFinding[] = result.findings.map((f) => ({
    ...f,
    range: range(f.offset, f.length),
    editRanges: f.fixes.map((fix) => fix.edits.map((e) => range(e.offset, e.length))),
  }));
  return { path, findings, attributions: result.attributions, fixesApplied };
}

/** Replaces a file by writing a temporary file beside it and renaming it over the original. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.quellcheck-tmp`);
  try {
    const mode = statSync(path).mode & 0o7777;
    writeFileSync(temporary, bytes, { flag: 'wx' });
    // Set after creation: the mode given to open() would be narrowed by the umask.
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}

export interface FileTask {
  index: number;
  /** Absolute path. */
  path: string;
  display: string;
  format: TextFormat;
  config: EngineConfig;
  fix: boolean;
}

export type FileOutcome = { index: number; ok: true; report: FileReport } | { index: number; ok: false; problem: string; where: string };

/** Reads, lints, fixes and writes back one file; failures to read or write are outcomes, not throws. */
export function lintFile(engine: Engine, task: FileTask): FileOutcome {
  const fail = (problem: string): FileOutcome => ({ index: task.index, ok: false, problem, where: task.display });
  let bytes: Buffer;
  try {
    bytes = readFileSync(task.path);
  } catch (error) {
    return fail(`cannot read file: ${describeFsError(error)}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded) return fail('cannot read file: not valid UTF-8');
  const outcome = lintText(engine, decoded.text, task);
  if (outcome.text !== decoded.text) {
    try {
      writeAtomically(task.path, encodeUtf8({ text: outcome.text, bom: decoded.bom }));
    } catch (error) {
      return fail(`cannot write fixed file: ${describeFsError(error)}`);
    }
  }
  return { index: task.index, ok: true, report: toReport(task.display, outcome.text, outcome.result, outcome.fixesApplied) };
}
