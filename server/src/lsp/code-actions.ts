/**
 * Code actions for findings: the rule's own fixes, "mark as checked", disabling the rule for a line
 * or the file (Markdown), and applying all safe fixes at once.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type Finding, type Fix, type Locale, type TextEdit, type TextFormat } from '../engine/index.js';
import { isFindingData } from './diagnostics.js';
import { Commands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, type MarkCheckedArgs } from './protocol.js';
import { text } from './strings.js';

/** Categories whose findings are about a statement's source; "mark as checked" is offered for them. */
const SOURCING_CATEGORIES = new Set(['anonymous-source', 'vague-source', 'unattributed-claim']);

/** Whether an action of `kind` is among the kinds the client asked for (kinds are dot-separated hierarchies). */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

export function toLspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({
    range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
    newText: e.newText,
  }));
}

function workspaceEdit(document: TextDocument, edits: readonly TextEdit[]): CodeAction['edit'] {
  return { changes: { [document.uri]: toLspEdits(document, edits) } };
}

/** A fix whose edits are consistent among themselves (applyFixes would take it). */
function applicable(text: string, fix: Fix): boolean {
  return applyFixes(text, [fix]).applied.length === 1;
}

/** Where a file-wide directive goes: the first line, or after YAML front matter. */
function fileDirectiveOffset(source: string): number {
  const frontMatter = /^---\r?\n/.exec(source);
  if (!frontMatter) return 0;
  const close = /\r?\n---[ \t]*(\r?\n|$)/g;
  close.lastIndex = frontMatter[0].length - 1;
  const end = close.exec(source);
  return end ? end.index + end[0].length : 0;
}

export interface FindingActionsInput {
  document: TextDocument;
  format: TextFormat;
  locale: Locale;
  diagnostics: readonly Diagnostic[];
}

/** Quick fixes for the diagnostics the client sent, from their `data`; diagnostics of an older version are skipped. */
export function findingActions({ document, format, locale, diagnostics }: FindingActionsInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const add = (key: string, action: CodeAction): void => {
    if (seen.has(key)) return;
    seen.add(key);
    actions.push(action);
  };
  const source = document.getText();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isFindingData(diagnostic.data) || diagnostic.data.version !== document.version) continue;
    const { rule, fixes } = diagnostic.data;
    const category = rule.split('/')[0];
    const offset = document.offsetAt(diagnostic.range.start);
    const length = document.offsetAt(diagnostic.range.end) - offset;
    for (const fix of fixes) {
      if (!applicable(source, fix)) continue;
      add(`fix:${offset}:${fix.title}`, {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.safe,
        edit: workspaceEdit(document, fix.edits),
      });
    }
    if (SOURCING_CATEGORIES.has(category) || format === 'plaintext') {
      const args: MarkCheckedArgs = { uri: document.uri, offset, length, rule };
      const title = text(SOURCING_CATEGORIES.has(category) ? 'markChecked' : 'markSentenceChecked', locale, { rule });
      add(`checked:${offset}:${rule}`, {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command: Commands.markChecked, arguments: [args] },
      });
    }
    if (format === 'markdown') {
      const line = diagnostic.range.start.line;
      const lineStart = document.offsetAt({ line, character: 0 });
      const indent = /^[ \t]*/.exec(source.slice(lineStart, lineStart + 200))?.[0] ?? '';
      const comment = `${indent}<!-- quellcheck-disable-next-line ${rule} -- ${text('reasonPlaceholder', locale)} -->\n`;
      add(`line:${line}:${rule}`, {
        title: text('disableLine', locale, { rule }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(document, [{ offset: lineStart, length: 0, newText: comment }]),
      });
      add(`file:${rule}`, {
        title: text('disableFile', locale, { rule }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(document, [{ offset: fileDirectiveOffset(source), length: 0, newText: `<!-- quellcheck-disable-file ${rule} -->\n` }]),
      });
    }
  }
  return actions;
}

/** All safe fixes of the document's findings in one edit; undefined when there is none to apply. */
export function fixAllAction(document: TextDocument, findings: readonly Finding[], locale: Locale): CodeAction | undefined {
  const safe = findings.flatMap((f) => f.fixes.filter((fix) => fix.safe));
  const { applied } = applyFixes(document.getText(), safe);
  if (applied.length === 0) return undefined;
  return {
    title: text('fixAll', locale),
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(
      document,
      applied.flatMap((fix) => fix.edits).sort((a, b) => a.offset - b.offset),
    ),
  };
}
