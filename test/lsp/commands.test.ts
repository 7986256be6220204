/**
 * Commands and the edits that reach beyond the document: marking a source as checked in
 * `.quellcheckrc.json`, linting the workspace, Markdown directives that switch a rule off.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test, type TestContext } from 'node:test';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedEntry } from '../../server/src/engine/index.js';
import type { WorkspaceLintSummary } from '../../server/src/lsp/protocol.js';
import { ANONYMOUS_SENTENCE, SEED_002, workspace } from './fixtures.js';
import { applyLspEdits, engine, startSession } from './harness.js';

const ARTICLE = `Die Regierung hat am Montag einen Haushalt vorgelegt.\n${ANONYMOUS_SENTENCE}\n`;

function isAnonymous(d: Diagnostic): boolean {
  return String(d.code).startsWith('anonymous-source/');
}

async function markChecked(t: TestContext, existingConfig: string | undefined) {
  const folder = workspace(t, existingConfig === undefined ? { 'texte/a.txt': ARTICLE } : { 'texte/a.txt': ARTICLE, '.quellcheckrc.json': existingConfig });
  const uri = folder.uri('texte/a.txt');
  const session = await startSession({ workspaceFolder: folder.root });
  t.after(() => session.dispose());
  await session.open(uri, ARTICLE);
  const published = await session.diagnostics(uri);
  const finding = published.diagnostics.find(isAnonymous);
  assert.ok(finding, `no anonymous source found in ${JSON.stringify(ARTICLE)}`);
  const document = TextDocument.create(uri, 'plaintext', 1, ARTICLE);
  const offset = document.offsetAt(finding.range.start);
  const before = session.published.length;
  const result = await session.client.sendRequest(ExecuteCommandRequest.type, {
    command: 'quellcheck.markChecked',
    arguments: [{ uri, offset, length: document.offsetAt(finding.range.end) - offset, rule: finding.code, reason: 'Quelle der Redaktion bekannt' }],
  });
  const configUri = folder.uri('.quellcheckrc.json');
  assert.deepEqual(result, { configUri });
  assert.equal(session.edits.length, 1);
  const config = JSON.parse(readFileSync(folder.path('.quellcheckrc.json'), 'utf8')) as { checked: CheckedEntry[]; rules?: unknown };
  assert.deepEqual(config.checked.at(-1), { text: ANONYMOUS_SENTENCE, rule: finding.code, reason: 'Quelle der Redaktion bekannt' });
  const after = await session.diagnostics(uri, () => true, before);
  assert.ok(!after.diagnostics.some(isAnonymous), 'the checked sentence is no longer reported');
  return config;
}

test('marking a source as checked creates .quellcheckrc.json at the workspace root with the sentence, rule and reason', async (t) => {
  const config = await markChecked(t, undefined);
  assert.equal(config.checked.length, 1);
});

test('marking a source as checked appends to the existing configuration and keeps the rest', async (t) => {
  const config = await markChecked(t, '{\n  "rules": { "typography": "off" },\n  "checked": [{ "text": "Ein anderer Satz.", "reason": "geprüft" }]\n}\n');
  assert.deepEqual(config.rules, { typography: 'off' });
  assert.equal(config.checked.length, 2);
  assert.equal(config.checked[0].text, 'Ein anderer Satz.');
});

test('marking as checked without a reason writes nothing and says why', async (t) => {
  const folder = workspace(t, { 'a.txt': ARTICLE });
  const uri = folder.uri('a.txt');
  const session = await startSession({ workspaceFolder: folder.root });
  t.after(() => session.dispose());
  await session.open(uri, ARTICLE);
  await session.diagnostics(uri);
  const result = await session.client.sendRequest(ExecuteCommandRequest.type, {
    command: 'quellcheck.markChecked',
    arguments: [{ uri, offset: ARTICLE.indexOf('Quellen'), length: 15, rule: 'anonymous-source/x' }],
  });
  assert.equal(result, null);
  assert.equal(session.edits.length, 0);
  const message = await session.waitFor('a message', () => session.messages[0]);
  assert.match(message.message, /Grund/);
});

test('quellcheck.lintWorkspace lints every article and publishes the diagnostics of files that are not open', async (t) => {
  const folder = workspace(t, { 'a.txt': SEED_002, 'b/c.md': ARTICLE, 'b/notes.json': '{}' });
  const session = await startSession({ workspaceFolder: folder.root });
  t.after(() => session.dispose());
  const summary = (await session.client.sendRequest(ExecuteCommandRequest.type, { command: 'quellcheck.lintWorkspace' })) as WorkspaceLintSummary;
  const expectedA = engine().lint(SEED_002).findings.length;
  const expectedC = engine().lint(ARTICLE, { format: 'markdown' }).findings.length;
  assert.deepEqual(summary, { files: 2, findings: expectedA + expectedC, failures: [] });
  assert.equal((await session.diagnostics(folder.uri('a.txt'))).diagnostics.length, expectedA);
  assert.equal((await session.diagnostics(folder.uri('b/c.md'))).diagnostics.length, expectedC);
});

test('Markdown: "disable for this line" and "for this file" insert directives that silence the rule', async (t) => {
  const markdown = `# Haushalt\n\nDie Regierung hat einen Haushalt vorgelegt.\n\n${ANONYMOUS_SENTENCE}\n`;
  const folder = workspace(t, {});
  const uri = folder.uri('a.md');
  const session = await startSession();
  t.after(() => session.dispose());
  await session.open(uri, markdown, 'markdown');
  const published = await session.diagnostics(uri);
  const finding = published.diagnostics.find(isAnonymous);
  assert.ok(finding);
  const rule = String(finding.code);
  const actions = (await session.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: finding.range,
    context: { diagnostics: [finding] },
  })) as CodeAction[];
  const line = actions.find((a) => a.title === `${rule} für diese Zeile abschalten`);
  const file = actions.find((a) => a.title === `${rule} für diese Datei abschalten`);
  assert.ok(line?.edit?.changes && file?.edit?.changes, actions.map((a) => a.title).join(', '));
  const lineDisabled = applyLspEdits(markdown, line.edit.changes[uri]);
  assert.ok(lineDisabled.includes(`<!-- quellcheck-disable-next-line ${rule} -- Grund: … -->\n${ANONYMOUS_SENTENCE}`));
  assert.ok(!engine().lint(lineDisabled, { format: 'markdown' }).findings.some((f) => f.rule === rule));
  const fileDisabled = applyLspEdits(markdown, file.edit.changes[uri]);
  assert.ok(fileDisabled.startsWith(`<!-- quellcheck-disable-file ${rule} -->\n# Haushalt`));
  assert.ok(!engine().lint(fileDisabled, { format: 'markdown' }).findings.some((f) => f.rule === rule));
});

test('the article language follows the file name: *.artikel.md is Markdown', async (t) => {
  const folder = workspace(t, {});
  const uri = folder.uri('a.artikel.md');
  const markdown = `<!-- quellcheck-disable-file anonymous-source -->\n${ANONYMOUS_SENTENCE}\n`;
  const session = await startSession();
  t.after(() => session.dispose());
  await session.open(uri, markdown, 'quellcheck-artikel');
  const published = await session.diagnostics(uri);
  assert.ok(!published.diagnostics.some(isAnonymous));
  assert.ok(engine().lint(markdown).findings.some((f) => f.rule.startsWith('anonymous-source/')), 'as plaintext the directive would not count');
});
