import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/subject-verb-number';

test('flags "one of the …" with a plural verb', () => {
  assert.deepEqual(
    flaggedTexts(RULE, 'Uschakow sollte weitere Schritte festlegen, so einer der russischen Quellen sagten.'),
    ['einer der russischen Quellen sagten'],
  );
  assert.deepEqual(flaggedTexts(RULE, 'Wie einer der Ärzte berichtet hatten, war es ruhig.'), ['einer der Ärzte berichtet hatten']);
});

test('leaves singular verbs, objects and datives alone', () => {
  assertSilent(RULE, [
    'Uschakow sollte weitere Schritte festlegen, so einer der russischen Quellen.',
    'Das sagte einer der Beamten.',
    'Eine der Bomben entschärften Experten.',
    'Nach Angaben einer der Quellen sagten die Beamten, es sei ruhig.',
    'Wie eine der Quellen sagte, war es ruhig.',
    'Einer der Männer sagen zu hören, war ungewohnt.',
  ]);
});
