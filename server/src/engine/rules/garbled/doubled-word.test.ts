import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/doubled-word';

test('flags a lower-case word that stands twice in a row', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Zahl der Fälle ist ist gestiegen.'), ['ist ist']);
  assert.deepEqual(flaggedTexts(RULE, 'Er wohnt in in Berlin.'), ['in in']);
});

test('leaves article and relative pronoun, pronouns, emphasis and names alone', () => {
  assertSilent(RULE, [
    'Es waren Frauen, die die Stadt verlassen hatten.',
    'Er wusste, dass sie sie gesehen hatte.',
    'Das war sehr sehr knapp.',
    'Die Band Duran Duran trat auf.',
    'Er reiste nach Bora Bora.',
    'Er sagte: Ja. Ja, das stimmt.',
  ]);
});

test('the fix deletes the second word', () => {
  assertFixes(RULE, 'Die Zahl der Fälle ist ist gestiegen.', 'Die Zahl der Fälle ist gestiegen.');
});
