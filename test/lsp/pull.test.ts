/**
 * The server with a client that pulls diagnostics (VS Code): document and workspace reports,
 * result ids, superseded requests, `run: onSave`, refresh after a settings change.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  LSPErrorCodes,
  WorkspaceDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  type WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { ANONYMOUS_SENTENCE, SEED_002, workspace } from './fixtures.js';
import { engine, startSession } from './harness.js';

const PLAIN = 'Die Regierung hat am Montag einen Haushalt vorgelegt.\n';

test('pull mode: a full report with the engine’s findings, then "unchanged" for the same version', async (t) => {
  const folder = workspace(t, {});
  const uri = folder.uri('002.txt');
  const session = await startSession({ pull: true });
  t.after(() => session.dispose());
  assert.ok(session.initializeResult?.capabilities.diagnosticProvider, 'diagnosticProvider declared for a pulling client');
  await session.open(uri, SEED_002);
  const report = (await session.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  assert.equal(report.kind, 'full');
  assert.equal(report.items.length, engine().lint(SEED_002).findings.length);
  assert.ok(report.items.every((d) => d.source === 'quellcheck'));
  assert.ok(report.resultId);
  assert.ok(!session.published.some((p) => p.uri === uri), 'nothing pushed to a pulling client');
  const again = await session.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: report.resultId });
  assert.deepEqual(again, { kind: 'unchanged', resultId: report.resultId });
});

test('pull mode: a change makes a new report; a request overtaken by a newer version is cancelled by the server', async (t) => {
  const folder = workspace(t, {});
  const uri = folder.uri('a.txt');
  const session = await startSession({ pull: true });
  t.after(() => session.dispose());
  await session.open(uri, PLAIN);
  const first = (await session.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  await session.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ANONYMOUS_SENTENCE }]);
  const second = (await session.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId })) as FullDocumentDiagnosticReport;
  assert.equal(second.kind, 'full');
  assert.notEqual(second.resultId, first.resultId);
  assert.ok(second.items.some((d) => d.range.start.line === 1 && String(d.code).startsWith('anonymous-source/')));

  const overtaken = session.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: second.resultId });
  await session.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Heute: ' }]);
  await assert.rejects(overtaken, (error: { code?: number }) => error.code === LSPErrorCodes.ServerCancelled);
});

test('pull mode with run "onSave": the report stays until the document is saved', async (t) => {
  const folder = workspace(t, {});
  const uri = folder.uri('a.txt');
  const session = await startSession({ pull: true, settings: { run: 'onSave' } });
  t.after(() => session.dispose());
  await session.open(uri, PLAIN);
  const first = (await session.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  await session.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ANONYMOUS_SENTENCE }]);
  const typing = await session.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId });
  assert.deepEqual(typing, { kind: 'unchanged', resultId: first.resultId });
  await session.save(uri);
  const saved = (await session.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId })) as FullDocumentDiagnosticReport;
  assert.equal(saved.kind, 'full');
  assert.ok(saved.items.some((d) => String(d.code).startsWith('anonymous-source/')));
});

test('pull mode: a settings change asks the client to pull again', async (t) => {
  const session = await startSession({ pull: true });
  t.after(() => session.dispose());
  await session.changeSettings({ rules: { 'anonymous-source': 'off' } });
  await session.waitFor('a diagnostic refresh request', () => (session.refreshRequests > 0 ? true : undefined));
});

test('workspace diagnostics: every article below the folders, skipping node_modules and hidden folders; unchanged files answered as such', async (t) => {
  const second = `Berichten zufolge ist die Lage angespannt.\n${ANONYMOUS_SENTENCE}\n`;
  const folder = workspace(t, {
    'a.txt': SEED_002,
    'texte/b.md': second,
    'notes.json': '{}',
    'node_modules/x/c.txt': ANONYMOUS_SENTENCE,
    '.git/d.md': ANONYMOUS_SENTENCE,
  });
  const session = await startSession({ pull: true, workspaceFolder: folder.root });
  t.after(() => session.dispose());
  const report = await session.client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
  const items = report.items as WorkspaceFullDocumentDiagnosticReport[];
  assert.deepEqual(items.map((i) => i.uri).sort(), [folder.uri('a.txt'), folder.uri('texte/b.md')]);
  const byUri = new Map(items.map((i) => [i.uri, i]));
  assert.equal(byUri.get(folder.uri('a.txt'))?.items.length, engine().lint(SEED_002).findings.length);
  assert.equal(byUri.get(folder.uri('texte/b.md'))?.items.length, engine().lint(second, { format: 'markdown' }).findings.length);
  assert.ok((byUri.get(folder.uri('texte/b.md'))?.items.length ?? 0) > 0);

  const again = await session.client.sendRequest(WorkspaceDiagnosticRequest.type, {
    previousResultIds: items.map((i) => ({ uri: i.uri, value: i.resultId ?? '' })),
  });
  assert.deepEqual(
    again.items.map((i) => i.kind),
    ['unchanged', 'unchanged'],
  );
});

test('pull mode: quellcheck.lintWorkspace answers the counts and has the client pull, pushing nothing', async (t) => {
  const folder = workspace(t, { 'a.txt': SEED_002, 'b.txt': ANONYMOUS_SENTENCE });
  const session = await startSession({ pull: true, workspaceFolder: folder.root });
  t.after(() => session.dispose());
  const summary = await session.client.sendRequest(ExecuteCommandRequest.type, { command: 'quellcheck.lintWorkspace' });
  const findings = engine().lint(SEED_002).findings.length + engine().lint(ANONYMOUS_SENTENCE).findings.length;
  assert.deepEqual(summary, { files: 2, findings, failures: [] });
  await session.waitFor('a diagnostic refresh request', () => (session.refreshRequests > 0 ? true : undefined));
  assert.deepEqual(session.published, []);
});
