import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/untranslated-english';

test('flags an English phrase left in German text', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Minister sagte, the government would not change its plans, und ging.'), ['the government would not change its plans']);
  // "statement" is in no word list the engine has; inside the run it counts as an English word
  assert.deepEqual(flaggedTexts(RULE, 'Der Außenminister sagte, according to the statement, dass die Gespräche weitergehen.'), ['according to the statement']);
  // "a" and "statement" are in no word list: inside a run they count as English
  assert.deepEqual(flaggedTexts(RULE, 'Die Behörde hatte davor gewarnt, according to a statement.'), ['according to a statement']);
});

test('flags an English function word alone between German words', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Zahl der Infektionen and der Todesfälle stieg.'), ['and']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung hat the neue Gesetz beschlossen.'), ['the']);
});

test('leaves names of organisations, single loanwords and quotations alone', () => {
  assertSilent(RULE, [
    'Robert Chow, der die Alliance for Peace and Democracy führt, sprach.',
    'Die Proteste richteten sich gegen Occupy with Love and Peace.',
    'Er nutzte sein Smartphone für ein Update.',
    'Er sagte: „We will never give up“, und lachte.',
    'Die Bank of England erhöhte den Zins.',
  ]);
});
