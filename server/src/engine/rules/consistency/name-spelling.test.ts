import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts, findingsOf } from '../../testing/rule-test-kit.js';
import { transliterationKey } from './name-spelling.js';

const RULE = 'consistency/name-spelling';

test('German and English transcriptions share a key', () => {
  assert.equal(transliterationKey('Uschakow'), transliterationKey('Ushakov'));
  assert.equal(transliterationKey('Selenskyj'), transliterationKey('Zelensky'));
  assert.equal(transliterationKey('Selenskij'), transliterationKey('Selenskyj'));
  assert.equal(transliterationKey('Sergei'), transliterationKey('Sergej'));
  assert.equal(transliterationKey('Chodorkowski'), transliterationKey('Khodorkovsky'));
  assert.equal(transliterationKey('Lawrow'), transliterationKey('Lavrov'));
  assert.notEqual(transliterationKey('Wolodin'), transliterationKey('Wolodymyr'));
});

test('flags the less frequent spelling of a name, pointing at the other', () => {
  const text = 'Sullivan sprach mit Uschakow. Uschakow schwieg. Ob ein Gespräch mit Ushakov stattfand, ist offen.';
  assert.deepEqual(flaggedTexts(RULE, text), ['Ushakov']);
  const [finding] = findingsOf(RULE, text);
  assert.equal(finding.related[0].offset, text.indexOf('Uschakow'));
});

test('a name the lexicon reads as a compound of German words is still a name ("Selenski" → "Ski")', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Präsident Wolodymyr Selenskyj dankte der EU. Selenskyj sprach. Selenski sagte, jede Drohne zähle.'), ['Selenski']);
});

test('leaves compounds in two valid spellings and different names alone', () => {
  assertSilent(RULE, [
    'Kremlsprecher Dmitri Peskow sagte, ein Kreml-Sprecher habe nichts gesagt.',
    'Bloomberg berichtete. Peskow sagte gegenüber Bloomberg News, das sei falsch.',
    'Wolodymyr Selenskyj traf Wjatscheslaw Wolodin nicht.',
    'MOSKAU (AP) – Der Kreml in Moskau schwieg.',
  ]);
});

test('configured preferred spellings replace their variants', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Gespräch mit Ushakov.', { config: { spellings: { Uschakow: ['Ushakov'] } } }), ['Ushakov']);
});

test('the fix unifies to the most frequent spelling', () => {
  assertFixes(RULE, 'Uschakow kam. Uschakow ging. Ushakov blieb.', 'Uschakow kam. Uschakow ging. Uschakow blieb.');
});
