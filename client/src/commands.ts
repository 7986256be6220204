import * as vscode from 'vscode';
import type { ExecuteCommandSignature } from 'vscode-languageclient/node';
import { Commands, DIAGNOSTIC_SOURCE, type MarkCheckedArgs, type MarkCheckedResult, type WorkspaceLintSummary } from './protocol';

interface Finding {
  diagnostic: vscode.Diagnostic;
  rule: string;
  docs: vscode.Uri;
  atCursor: boolean;
}

/** The server's findings in the active document, those under the cursor or selection first. */
function findingsOfActiveEditor(editor: vscode.TextEditor): Finding[] {
  const findings: Finding[] = [];
  for (const diagnostic of vscode.languages.getDiagnostics(editor.document.uri)) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'object') continue;
    findings.push({
      diagnostic,
      rule: String(diagnostic.code.value),
      docs: diagnostic.code.target,
      atCursor: editor.selections.some((s) => diagnostic.range.intersection(s) !== undefined),
    });
  }
  return findings.sort((a, b) => Number(b.atCursor) - Number(a.atCursor));
}

/**
 * Opens the documentation of the rule under the cursor; with several candidates the user picks one,
 * with none the extension's README (which documents every rule) opens.
 */
export async function openRuleDocs(extensionUri: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const byRule = new Map<string, Finding>();
  for (const finding of editor ? findingsOfActiveEditor(editor) : []) {
    if (!byRule.has(finding.rule)) byRule.set(finding.rule, finding);
  }
  const rules = [...byRule.values()];
  const atCursor = rules.filter((r) => r.atCursor);
  if (rules.length === 0) {
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(extensionUri, 'README.md'));
    return;
  }
  if (atCursor.length === 1) {
    await vscode.env.openExternal(atCursor[0].docs);
    return;
  }
  const picked = await vscode.window.showQuickPick(
    rules.map((r) => ({ label: r.rule, description: r.atCursor ? vscode.l10n.t('at the cursor') : undefined, docs: r.docs })),
    { title: vscode.l10n.t('Open the documentation of a Quellcheck rule') },
  );
  if (picked) await vscode.env.openExternal(picked.docs);
}

/** From the command palette the command applies to the finding under the cursor (the user picks among several). */
async function markCheckedArgsFromEditor(): Promise<MarkCheckedArgs | undefined> {
  const editor = vscode.window.activeTextEditor;
  const candidates = editor ? findingsOfActiveEditor(editor).filter((f) => f.atCursor) : [];
  if (!editor || candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a Quellcheck finding to mark its source as checked.'));
    return undefined;
  }
  const chosen =
    candidates.length === 1
      ? candidates[0]
      : (
          await vscode.window.showQuickPick(
            candidates.map((f) => ({ label: f.rule, detail: f.diagnostic.message, finding: f })),
            { title: vscode.l10n.t('Which finding?') },
          )
        )?.finding;
  if (!chosen) return undefined;
  const start = editor.document.offsetAt(chosen.diagnostic.range.start);
  return {
    uri: editor.document.uri.toString(),
    offset: start,
    length: editor.document.offsetAt(chosen.diagnostic.range.end) - start,
    rule: chosen.rule,
  };
}

async function markChecked(args: unknown[], next: ExecuteCommandSignature): Promise<unknown> {
  const target = (args[0] as MarkCheckedArgs | undefined) ?? (await markCheckedArgsFromEditor());
  if (!target) return undefined;
  const reason = await vscode.window.showInputBox({
    title: vscode.l10n.t('Mark source as checked'),
    prompt: vscode.l10n.t('Why is this source acceptable? The reason is stored in .quellcheckrc.json.'),
    placeHolder: vscode.l10n.t('e.g. identity known to the editor-in-chief'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A reason is required.')),
  });
  if (reason === undefined) return undefined;
  const result = (await next(Commands.markChecked, [{ ...target, reason: reason.trim() }])) as MarkCheckedResult | null;
  // The server's edit leaves the configuration open and unsaved; the entry counts once it is on disk.
  if (result) {
    const config = vscode.workspace.textDocuments.find((d) => d.uri.toString() === vscode.Uri.parse(result.configUri).toString());
    if (config?.isDirty) await config.save();
  }
  return result;
}

async function lintWorkspace(args: unknown[], next: ExecuteCommandSignature): Promise<unknown> {
  const summary = (await next(Commands.lintWorkspace, args)) as WorkspaceLintSummary | undefined;
  if (summary) {
    const message = vscode.l10n.t('Quellcheck: {0} findings in {1} files.', summary.findings, summary.files);
    if (summary.failures.length > 0) {
      void vscode.window.showWarningMessage(`${message} ${vscode.l10n.t('Not readable: {0}', summary.failures.join('; '))}`);
    } else {
      void vscode.window.showInformationMessage(message);
    }
  }
  return summary;
}

/**
 * Middleware for the server's commands: `quellcheck.markChecked` needs a reason only the user can
 * give, so the client asks for it first; `quellcheck.lintWorkspace` reports its summary.
 */
export function executeCommandMiddleware(command: string, args: unknown[], next: ExecuteCommandSignature): Promise<unknown> {
  switch (command) {
    case Commands.markChecked:
      return markChecked(args, next);
    case Commands.lintWorkspace:
      return lintWorkspace(args, next);
    default:
      return Promise.resolve(next(command, args));
  }
}
