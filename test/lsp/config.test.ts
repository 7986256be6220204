/**
 * `.quellcheckrc.json` in the editor: merged under the client's settings, re-read when the file
 * watcher reports a change, and an invalid file reported once without stopping the server.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType, MessageType } from 'vscode-languageserver-protocol';
import { ANONYMOUS_SENTENCE, workspace } from './fixtures.js';
import { engine, startSession } from './harness.js';

const ARTICLE = `Berichten zufolge ist die Lage angespannt.\n${ANONYMOUS_SENTENCE}\n`;

function anonymousCount(diagnostics: { code?: number | string }[]): number {
  return diagnostics.filter((d) => String(d.code).startsWith('anonymous-source/')).length;
}

test('the nearest .quellcheckrc.json applies, and the client settings win over it', async (t) => {
  const folder = workspace(t, { '.quellcheckrc.json': '{ "rules": { "anonymous-source": "off" }, "locale": "en" }', 'texte/a.txt': ARTICLE });
  const uri = folder.uri('texte/a.txt');
  const session = await startSession({ workspaceFolder: folder.root });
  t.after(() => session.dispose());
  await session.open(uri, ARTICLE);
  const fromFile = await session.diagnostics(uri);
  assert.equal(anonymousCount(fromFile.diagnostics), 0);
  const english = engine().lint(ARTICLE, { config: { locale: 'en', rules: { 'anonymous-source': 'off' } } }).findings;
  assert.deepEqual(fromFile.diagnostics.map((d) => d.message), english.map((f) => f.message));

  const before = session.published.length;
  await session.changeSettings({ rules: { 'anonymous-source': 'error' }, locale: 'de' });
  const fromSettings = await session.diagnostics(uri, () => true, before);
  assert.ok(anonymousCount(fromSettings.diagnostics) > 0);
  assert.ok(fromSettings.diagnostics.filter((d) => String(d.code).startsWith('anonymous-source/')).every((d) => d.severity === 1));
  assert.deepEqual(
    fromSettings.diagnostics.map((d) => d.message),
    engine().lint(ARTICLE, { config: { rules: { 'anonymous-source': 'error' } } }).findings.map((f) => f.message),
  );
});

test('an invalid .quellcheckrc.json: one diagnostic on it, one message, defaults for the articles; fixing it re-validates', async (t) => {
  const folder = workspace(t, { '.quellcheckrc.json': '{\n  "rules": 5\n}\n', 'a.txt': ARTICLE, 'b.txt': ARTICLE });
  const session = await startSession({ workspaceFolder: folder.root });
  t.after(() => session.dispose());
  const configUri = folder.uri('.quellcheckrc.json');
  await session.open(folder.uri('a.txt'), ARTICLE);
  const withDefaults = await session.diagnostics(folder.uri('a.txt'));
  assert.equal(withDefaults.diagnostics.length, engine().lint(ARTICLE).findings.length);
  assert.ok(anonymousCount(withDefaults.diagnostics) > 0);
  const configProblem = await session.diagnostics(configUri);
  assert.equal(configProblem.diagnostics.length, 1);
  assert.equal(configProblem.diagnostics[0].range.start.line, 1);
  assert.match(JSON.stringify(configProblem.diagnostics[0].message), /rules/);

  await session.open(folder.uri('b.txt'), ARTICLE);
  await session.diagnostics(folder.uri('b.txt'));
  const errors = session.messages.filter((m) => m.type === MessageType.Error);
  assert.equal(errors.length, 1, JSON.stringify(session.messages));
  assert.ok(errors[0].message.includes('.quellcheckrc.json'));

  writeFileSync(folder.path('.quellcheckrc.json'), '{ "rules": { "anonymous-source": "off" } }\n');
  const before = session.published.length;
  await session.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
  const cleared = await session.diagnostics(configUri, () => true, before);
  assert.deepEqual(cleared.diagnostics, []);
  const revalidated = await session.diagnostics(folder.uri('a.txt'), () => true, before);
  assert.equal(anonymousCount(revalidated.diagnostics), 0);
  assert.equal(session.messages.filter((m) => m.type === MessageType.Error).length, 1);
});
