import type { Analysis } from '../analysis/model.js';
import type { Fix, RelatedSpan, RuleMeta, Severity } from '../types.js';

/** What a rule reports; the engine adds id, category, configured severity and the message text. */
export interface Report {
  offset: number;
  length: number;
  /** Values for the `{name}` placeholders of the rule's message. */
  data?: Record<string, string>;
  fixes?: Fix[];
  related?: RelatedSpan[];
  /**
   * A rule that is less than sure lowers its finding to this severity (never raises it); the
   * configuration may still override it.
   */
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  check(analysis: Analysis, report: (r: Report) => void): void;
}
