import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/phrase-after-infinitive';

test('flags a noun phrase after the infinitive that closes a modal\'s or "werden"\'s bracket', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Präsident will unterzeichnen das Abkommen.'), ['unterzeichnen das Abkommen']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung wird am Montag vorstellen einen neuen Plan.'), ['vorstellen einen neuen Plan']);
});

test('the finding names infinitive, opener and the phrase', () => {
  const [finding] = findingsOf(RULE, 'Der Präsident will unterzeichnen das Abkommen.');
  assert.match(finding!.message, /„unterzeichnen“ \(zu „will“\) steht noch „das Abkommen“/);
});

test('leaves verb clusters, infinitive groups, finite plurals and prepositional phrases alone', () => {
  assertSilent(RULE, [
    'Der Präsident will das Abkommen unterzeichnen.',
    'Er will das Haus bauen lassen.',
    'Er wird versuchen, die Lage zu beruhigen.',
    'Die Minister, die wir gestern trafen, sagen die Wahrheit.',
    'Er wird reisen nach Peking.',
    'Er plant, das Abkommen zu unterzeichnen die nächste Woche.',
    'Sie können lesen und die Zeitung verstehen.',
  ]);
});
