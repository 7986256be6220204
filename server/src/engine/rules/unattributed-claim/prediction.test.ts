import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'unattributed-claim/prediction';

test('flags a prediction or assessment in the writer\'s own voice', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Dies würde zumindest jede mögliche Invasion verzögern.'), ['Dies würde zumindest jede mögliche Invasion verzögern.']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Sanktionen werden die Wirtschaft des Landes schwer treffen.'), ['Die Sanktionen werden die Wirtschaft des Landes schwer treffen.']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Entscheidung dürfte die Beziehungen weiter belasten.'), ['Die Entscheidung dürfte die Beziehungen weiter belasten.']);
});

test('leaves predictions that a source makes, in the sentence or carried over, alone', () => {
  assertSilent(RULE, [
    'Der Minister sagte, die Sanktionen würden die Wirtschaft schwer treffen.',
    'Die Sanktionen würden die Wirtschaft schwer treffen, sagte der Minister.',
    'Laut Analysten wird der Ölpreis weiter steigen.',
    'Der Minister sagte, die Lage sei ernst. Die Sanktion werde die Wirtschaft schwer treffen.',
    'Der Vertrag wurde am Montag unterzeichnet.',
    'Am Außentank werden Kameras angebracht, mit denen Teile entdeckt werden können.',
    'Auch darüber wird der Stadtrat in der nächsten Sitzung beraten.',
    'Sie dürften nicht zu Verwaltern des Glaubens werden.',
  ]);
});

test('a prediction in a headline is no claim of the text body', () => {
  assertSilent(RULE, ['Sanktionen werden die Wirtschaft treffen\n\nDie EU beschloss am Montag neue Sanktionen.']);
});
