/** `--format json`: the contract's shape, version 1, nothing more (consumers rely on it). */
import type { Attribution, Span } from '../../engine/types.js';
import type { FileReport } from '../report.js';

function span(s: Span | null): Span | null {
  return s && { offset: s.offset, length: s.length, text: s.text };
}

function attribution(a: Attribution): Attribution {
  return { cue: span(a.cue)!, source: span(a.source), sourceKind: a.sourceKind, message: span(a.message) };
}

export function toJsonOutput(reports: readonly FileReport[]): unknown {
  return {
    version: 1,
    files: reports.map((report) => ({
      path: report.path,
      findings: report.findings.map((f) => ({
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: f.message,
        offset: f.offset,
        length: f.length,
        range: {
          start: { line: f.range.start.line, character: f.range.start.character },
          end: { line: f.range.end.line, character: f.range.end.character },
        },
        fixes: f.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((e) => ({ offset: e.offset, length: e.length, newText: e.newText })),
        })),
      })),
      attributions: report.attributions.map(attribution),
    })),
  };
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(toJsonOutput(reports), null, 2)}\n`;
}
