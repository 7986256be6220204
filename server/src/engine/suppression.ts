import type { Analysis, Directive } from './analysis/model.js';
import { offsetToPosition } from './positions.js';
import type { RuleMeta } from './types.js';

function names(directive: Directive, meta: RuleMeta): boolean {
  return directive.rules.length === 0 || directive.rules.includes(meta.id) || directive.rules.includes(meta.category);
}

/** Sourcing categories that a `checked` entry without `rule` covers. */
const SOURCING = new Set(['anonymous-source', 'vague-source', 'unattributed-claim']);

interface CheckedSpan {
  offset: number;
  end: number;
  rule: string | undefined;
}

/** Where the `checked` entries stand in the text, found once per analysis. */
const checkedSpans = new WeakMap<Analysis, CheckedSpan[]>();

function spansOf(analysis: Analysis): CheckedSpan[] {
  let spans = checkedSpans.get(analysis);
  if (spans) return spans;
  spans = [];
  for (const entry of analysis.config.checked) {
    if (entry.text.length === 0) continue;
    for (let at = analysis.text.indexOf(entry.text); at >= 0; at = analysis.text.indexOf(entry.text, at + entry.text.length)) {
      spans.push({ offset: at, end: at + entry.text.length, rule: entry.rule });
    }
  }
  checkedSpans.set(analysis, spans);
  return spans;
}

function coveredByChecked(analysis: Analysis, meta: RuleMeta, offset: number, length: number): boolean {
  const end = offset + Math.max(length, 1);
  return spansOf(analysis).some(
    (s) => s.offset < end && offset < s.end && (s.rule ? s.rule === meta.id || s.rule === meta.category : SOURCING.has(meta.category)),
  );
}

/**
 * Whether a finding is switched off by a Markdown directive (`quellcheck-disable…`) or by a
 * `checked` entry of the configuration.
 */
export function isSuppressed(analysis: Analysis, meta: RuleMeta, offset: number, length: number): boolean {
  const line = offsetToPosition(analysis.lineStarts, offset).line;
  let disabled = false;
  for (const d of analysis.directives) {
    if (!names(d, meta)) continue;
    const dLine = offsetToPosition(analysis.lineStarts, d.offset).line;
    const dEndLine = offsetToPosition(analysis.lineStarts, d.end).line;
    switch (d.kind) {
      case 'disable-file':
        return true;
      case 'disable-line':
        if (line === dLine) return true;
        break;
      case 'disable-next-line':
        if (line === dEndLine + 1) return true;
        break;
      case 'disable':
        if (d.offset <= offset) disabled = true;
        break;
      case 'enable':
        if (d.offset <= offset) disabled = false;
        break;
    }
  }
  return disabled || coveredByChecked(analysis, meta, offset, length);
}
