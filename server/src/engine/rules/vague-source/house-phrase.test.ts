import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'vague-source/house-phrase';
const config = { phrases: { 'vague-source': ['wie man hört', 'in Branchenkreisen heißt es'] } };

test('flags the phrases the configuration lists, in any case', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Wie man hört, will der Konzern verkaufen.', { config }), ['Wie man hört']);
});

test('is silent without configured phrases and on text that does not contain them', () => {
  assertSilent(RULE, ['Wie man hört, will der Konzern verkaufen.']);
  assertSilent(RULE, ['Der Konzern will verkaufen, sagte der Vorstandschef Hans Meier.'], { config });
});
