import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const notices = readFileSync(join(__dirname, '..', 'THIRD_PARTY_NOTICES.md'), 'utf8');

test('the notices name the lexicon data, its CC BY-SA license and the English word list', () => {
  assert.match(notices, /## Lexicon data/);
  assert.match(notices, /CC BY-SA 4\.0/);
  assert.match(notices, /german-pos-dict/);
  assert.match(notices, /### word-list 4\.1\.0/);
});

test('the notices list the bundled npm packages', () => {
  assert.match(notices, /## Bundled packages/);
  assert.match(notices, /### vscode-languageserver /);
  assert.match(notices, /### vscode-languageclient /);
});
