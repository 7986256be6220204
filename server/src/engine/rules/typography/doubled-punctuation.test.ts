import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'typography/doubled-punctuation';

test('flags a period or comma typed twice', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Fans reagierten begeistert auf den Transfer.. Dann ging er,, ohne Gruß.'), ['..', ',,']);
});

test('leaves ellipses, single marks and marks apart alone', () => {
  assertSilent(RULE, ['Er zögerte... und ging.', 'Er zögerte …. Dann ging er.', 'Es kostet 1.000 Euro.', 'Das ist alles. . Punkt.', 'Er sagte: „Ja.“.', 'Seidling sagte: „Es ist [..] festzuhalten.“', 'Frage?:: Antwort.']);
});

test('the fix deletes the second mark and the text is clean after it', () => {
  assertFixes(RULE, 'Die Fans reagierten begeistert auf den Transfer..', 'Die Fans reagierten begeistert auf den Transfer.');
});
