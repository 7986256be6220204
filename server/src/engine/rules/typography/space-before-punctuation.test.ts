import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'typography/space-before-punctuation';

test('flags a space before a period or comma', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Es würde den Dialog verschlechtern . Dann ging er , ohne Gruß.'), [' .', ' ,']);
});

test('leaves dashes, ellipses, line starts and normal punctuation alone', () => {
  assertSilent(RULE, ['(CNN) – Peskow sagte, das sei falsch.', 'Er zögerte … und ging.', 'Das ist alles.\n. Punkt am Zeilenanfang']);
});

test('the fix deletes the space', () => {
  assertFixes(RULE, 'Es würde den Dialog verschlechtern .', 'Es würde den Dialog verschlechtern.');
});
