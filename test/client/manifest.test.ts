// The extension's manifest, its translations and the server's settings must agree; these checks
// catch a setting or a string added on one side only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings.js';
import { Commands } from '../../server/src/lsp/protocol.js';

const root = join(__dirname, '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const manifest = readJson('package.json');
const clientSources = readdirSync(join(root, 'client', 'src'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(join(root, 'client', 'src', name), 'utf8'));

test('every %key% of package.json has an English and a German text, and no text is unused', () => {
  const keys = new Set([...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  for (const file of ['package.nls.json', 'package.nls.de.json']) {
    assert.deepEqual(Object.keys(readJson(file)).sort(), [...keys].sort(), file);
  }
});

test('every client string passed to vscode.l10n.t has a German translation, and none is stale', () => {
  const messages = new Set<string>();
  for (const source of clientSources) {
    for (const match of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) messages.add(match[1].replace(/\\'/g, "'"));
  }
  assert.ok(messages.size > 0, 'found the client strings');
  const bundle = readJson(join(manifest.l10n, 'bundle.l10n.de.json'));
  assert.deepEqual(Object.keys(bundle).sort(), [...messages].sort());
  for (const [english, german] of Object.entries(bundle)) {
    const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    assert.deepEqual(placeholders(german as string), placeholders(english), english);
  }
});

test('the contributed settings are the server settings with the same defaults, plus the trace', () => {
  const properties = manifest.contributes.configuration.properties;
  const contributed = Object.keys(properties).filter((key) => key !== 'quellcheck.trace.server').sort();
  assert.deepEqual(contributed, Object.keys(DEFAULT_SETTINGS).map((key) => `quellcheck.${key}`).sort());
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    assert.deepEqual(properties[`quellcheck.${key}`].default, value, key);
  }
});

test('every contributed command is a server command or registered by the client', () => {
  const serverCommands: string[] = Object.values(Commands);
  for (const { command } of manifest.contributes.commands) {
    const registered = clientSources.some((source) => source.includes(`registerCommand('${command}'`));
    assert.ok(serverCommands.includes(command) || registered, `${command} has a handler`);
  }
});
