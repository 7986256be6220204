import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, type CheckedEntry } from '../engine/index.js';
import { addCheckedEntry, newConfigText } from './checked-entry.js';

const ENTRY: CheckedEntry = { text: 'Quellen zufolge ist die Lieferung unterwegs.', rule: 'anonymous-source/x', reason: 'Quelle bekannt' };

function added(config: string): string {
  const change = addCheckedEntry(config, ENTRY);
  assert.ok(change.ok, 'edit computed');
  return applyFixes(config, [{ title: '', safe: true, edits: change.edits }]).output;
}

test('a configuration without "checked" gets the list, the rest stays as written', () => {
  const config = '{\n  "locale": "de",\n  "rules": { "typography": "off" }\n}\n';
  const output = added(config);
  assert.deepEqual(JSON.parse(output), { locale: 'de', rules: { typography: 'off' }, checked: [ENTRY] });
  assert.equal(output, `{\n  "locale": "de",\n  "rules": { "typography": "off" },\n  "checked": [\n    ${JSON.stringify(ENTRY)}\n  ]\n}\n`);
});

test('an existing "checked" list gets the entry appended on a line of its own', () => {
  const config = '{\n\t"checked": [\n\t\t{ "text": "A.", "reason": "r" }\n\t]\n}';
  assert.equal(added(config), `{\n\t"checked": [\n\t\t{ "text": "A.", "reason": "r" },\n\t\t${JSON.stringify(ENTRY)}\n\t]\n}`);
  assert.deepEqual(JSON.parse(added('{ "checked": [] }')).checked, [ENTRY]);
  assert.deepEqual(JSON.parse(added('{ "checked": [ { "text": "A.", "reason": "r" } ] }')).checked, [{ text: 'A.', reason: 'r' }, ENTRY]);
  assert.deepEqual(JSON.parse(added('{}')), { checked: [ENTRY] });
});

test('a file that is not a JSON object, or whose "checked" is not a list, is refused', () => {
  assert.deepEqual(addCheckedEntry('[1, 2]', ENTRY), { ok: false, reason: 'not a JSON object' });
  assert.deepEqual(addCheckedEntry('{ "checked": ', ENTRY), { ok: false, reason: 'not a JSON object' });
  assert.deepEqual(addCheckedEntry('{ "rules": {}, // comment\n}', ENTRY), { ok: false, reason: 'not a JSON object' });
  assert.deepEqual(addCheckedEntry('{ "checked": {} }', ENTRY), { ok: false, reason: '"checked" is not a list' });
});

test('a new configuration file holds only the entry', () => {
  assert.deepEqual(JSON.parse(newConfigText(ENTRY)), { checked: [ENTRY] });
});
