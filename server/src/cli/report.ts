/**
 * What linting one input produced, in the shape the formatters take (plain data: it crosses from
 * the worker threads by structured clone).
 */
import type { Attribution, Finding, Severity } from '../engine/types.js';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A finding with its LSP-style range (0-based line and UTF-16 character), and those of its fixes' edits. */
export interface ReportedFinding extends Finding {
  range: Range;
  /** `editRanges[i][j]` is the range that edit j of fix i replaces. */
  editRanges: Range[][];
}

export interface FileReport {
  /** As shown: relative to the working directory, forward slashes. */
  path: string;
  findings: ReportedFinding[];
  attributions: Attribution[];
  /** Safe fixes applied by `--fix`. */
  fixesApplied: number;
}

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function countBySeverity(reports: readonly FileReport[]): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) {
    for (const finding of report.findings) counts[finding.severity satisfies Severity]++;
  }
  return counts;
}
