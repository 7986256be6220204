import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/infinitive-werden';

test('flags a passive infinitive after an auxiliary that governs none', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Bericht wurde nicht unabhängig überprüft werden.'), ['wurde nicht unabhängig überprüft werden']);
  assert.deepEqual(flaggedTexts(RULE, 'Das Gesetz ist am Montag beschlossen werden.'), ['ist am Montag beschlossen werden']);
});

test('leaves the future, modals, the subjunctive and clauses of their own alone', () => {
  assertSilent(RULE, [
    'Der Bericht wird unabhängig überprüft werden.',
    'Der Bericht muss unabhängig überprüft werden.',
    'Der Bericht würde unabhängig überprüft werden.',
    'Der Bericht wurde überprüft werden können.',
    'Er hat gesagt, das Gesetz müsse geändert werden.',
    'Er hat gesagt das Gesetz soll geändert werden.',
    'Es ist klar, dass der Bericht überprüft werden muss.',
    'Das ist ein Bericht, der überprüft werden soll.',
  ]);
});
