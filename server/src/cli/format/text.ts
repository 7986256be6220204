/**
 * Human-readable output: findings grouped by file, one line each
 * (`line:column  severity  message  rule`), then a summary line.
 */
import type { Locale, Severity } from '../../engine/types.js';
import { countBySeverity, type FileReport } from '../report.js';
import type { FormatContext } from './context.js';

const SEVERITY_WORD: Record<Locale, Record<Severity, string>> = {
  de: { error: 'Fehler', warning: 'Warnung', information: 'Info', hint: 'Hinweis' },
  en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' },
};

const SGR = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof SGR;

function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => `\x1b[${SGR[style]}m${text}\x1b[0m` : (_style, text) => text;
}

const MESSAGE_COLUMN_MAX = 80;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'dim' };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Code points, so that a column of umlauts and emoji still lines up. */
function width(text: string): number {
  return text.length - (text.match(/[\uDC00-\uDFFF]/g)?.length ?? 0);
}

/** `text` followed by spaces up to `to` columns; `visible` is its printed part (without colour codes). */
function pad(text: string, to: number, visible = text): string {
  return text + ' '.repeat(Math.max(0, to - width(visible)));
}

export function summaryLine(reports: readonly FileReport[], locale: Locale): string {
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const notes = counts.information + counts.hint;
  const withFindings = reports.filter((r) => r.findings.length > 0).length;
  if (locale === 'en') {
    if (total === 0) return `✔ No findings in ${plural(reports.length, 'file', 'files')}`;
    const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings')];
    if (notes > 0) parts.push(plural(notes, 'note', 'notes'));
    return `✖ ${plural(total, 'finding', 'findings')} (${parts.join(', ')}) in ${withFindings} of ${plural(reports.length, 'file', 'files')}`;
  }
  if (total === 0) return `✔ Keine Befunde in ${plural(reports.length, 'Datei', 'Dateien')}`;
  const parts = [plural(counts.error, 'Fehler', 'Fehler'), plural(counts.warning, 'Warnung', 'Warnungen')];
  if (notes > 0) parts.push(plural(notes, 'Hinweis', 'Hinweise'));
  return `✖ ${plural(total, 'Befund', 'Befunde')} (${parts.join(', ')}) in ${withFindings} von ${plural(reports.length, 'Datei', 'Dateien')}`;
}

function fixLine(reports: readonly FileReport[], locale: Locale): string | undefined {
  const fixed = reports.filter((r) => r.fixesApplied > 0);
  const fixes = fixed.reduce((sum, r) => sum + r.fixesApplied, 0);
  if (fixes === 0) return undefined;
  return locale === 'en'
    ? `${plural(fixes, 'fix', 'fixes')} applied in ${plural(fixed.length, 'file', 'files')}`
    : `${plural(fixes, 'Korrektur', 'Korrekturen')} angewendet in ${plural(fixed.length, 'Datei', 'Dateien')}`;
}

export function formatText(reports: readonly FileReport[], context: FormatContext): string {
  const paint = painter(context.color);
  const words = SEVERITY_WORD[context.locale];
  const lines: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const rows = report.findings.map((f) => ({
      where: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      severity: f.severity,
      // One finding, one line: a message with a line break would break the columns.
      message: f.message.replace(/\s*[\r\n]+\s*/g, ' '),
      rule: f.rule,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => width(words[r.severity])));
    // Align the rule ids after ordinary messages; a very long message just pushes its own id out.
    const messageWidth = Math.min(MESSAGE_COLUMN_MAX, Math.max(...rows.map((r) => width(r.message))));
    lines.push(paint('underline', report.path));
    for (const row of rows) {
      lines.push(
        `  ${paint('dim', row.where.padStart(whereWidth))}  ${pad(paint(SEVERITY_STYLE[row.severity], words[row.severity]), severityWidth, words[row.severity])}  ${pad(row.message, messageWidth)}  ${paint('dim', row.rule)}`,
      );
    }
    lines.push('');
  }
  const counts = countBySeverity(reports);
  const summary = summaryLine(reports, context.locale);
  const summaryStyle: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : counts.information + counts.hint > 0 ? 'blue' : 'green';
  lines.push(paint('bold', paint(summaryStyle, summary)));
  const fixed = fixLine(reports, context.locale);
  if (fixed) lines.push(fixed);
  return `${lines.join('\n')}\n`;
}
