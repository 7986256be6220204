/** Findings as LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl, type Finding, type Severity } from '../engine/index.js';
import { DIAGNOSTIC_SOURCE, type FindingData } from './protocol.js';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: FindingData = { rule: finding.rule, version: document.version, fixes: finding.fixes };
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.offset), end: document.positionAt(finding.offset + finding.length) },
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    message: finding.message,
    data,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: {
        uri: document.uri,
        range: { start: document.positionAt(related.offset), end: document.positionAt(related.offset + related.length) },
      },
      message: related.message,
    }));
  }
  return diagnostic;
}

export function isFindingData(value: unknown): value is FindingData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<FindingData>;
  return typeof data.rule === 'string' && typeof data.version === 'number' && Array.isArray(data.fixes);
}
