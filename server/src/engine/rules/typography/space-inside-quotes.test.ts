import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'typography/space-inside-quotes';

test('flags a space after an opening and before a closing quotation mark', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Sprecher sagte: „ Wir sind bereit. “ Dann ging er.'), ['„ ', ' “']);
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte: » Nein«.'), ['» ']);
});

test('the safe fix deletes the spaces and the fixed text is clean', () => {
  assertFixes(RULE, 'Der Sprecher sagte: „ Wir sind bereit. “ Dann ging er.', 'Der Sprecher sagte: „Wir sind bereit.“ Dann ging er.');
});

test('leaves tight quotations, straight quotes and unclosed ones alone', () => {
  assertSilent(RULE, [
    'Er nannte die Lage „ernst“ und »wichtig«.',
    'Er sagte " nein " und ging.',
    'Er sagte: „ Wir kommen\n\nDann ging er.',
  ]);
});
