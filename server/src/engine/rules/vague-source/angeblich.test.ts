import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'vague-source/angeblich';

test('flags "angeblich" and "vermeintlich" in all their forms', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Putin ist angeblich offen für Gespräche.'), ['angeblich']);
  assert.deepEqual(flaggedTexts(RULE, 'Die angeblichen Pläne sorgten für Unruhe.'), ['angeblichen']);
  assert.deepEqual(flaggedTexts(RULE, 'Der vermeintliche Täter wurde freigelassen.'), ['vermeintliche']);
});

test('with no source in reach it is a warning; with one in reach only a hint', () => {
  assert.equal(findingsOf(RULE, 'Putin ist angeblich offen für Gespräche.')[0].severity, 'warning');
  const carried = 'Bloomberg berichtete, Putin habe Kontakt gesucht. Diese angebliche Kontaktaufnahme wurde dementiert.';
  assert.equal(findingsOf(RULE, carried)[0].severity, 'hint');
});

test('reported speech without a source does not count as a source in reach', () => {
  assert.equal(findingsOf(RULE, 'Der Zug fuhr ab. Der Präsident sei angeblich erkrankt.')[0].severity, 'warning');
});

test('leaves the word alone inside quotations and in other words', () => {
  assertSilent(RULE, ['Er nannte die Vorwürfe „angeblich“ und haltlos.', 'Die Zahlen sind belegt.']);
});
