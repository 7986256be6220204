import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'anonymous-source/anonymity-granted';

test('flags the phrases that grant anonymity', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Zahl sei gestiegen, sagte ein Diplomat unter der Bedingung der Anonymität.'), ['unter der Bedingung der Anonymität']);
  assert.deepEqual(flaggedTexts(RULE, 'Ein Beamter, der anonym bleiben wollte, bestätigte den Bericht.'), ['der anonym bleiben wollte']);
  assert.deepEqual(flaggedTexts(RULE, 'Mehrere Mitarbeiter, die nicht genannt werden wollten, schilderten die Lage.'), ['die nicht genannt werden wollten']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Quelle bat um Anonymität.'), ['bat um Anonymität']);
});

test('a configured phrase counts too', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Ein Insider sprach nur vertraulich mit uns.', { config: { phrases: { 'anonymous-source': ['sprach nur vertraulich'] } } }), ['sprach nur vertraulich']);
});

test('leaves anonymity that is no source condition alone', () => {
  assertSilent(RULE, [
    'Die Spender wollen anonym bleiben, teilte die Stiftung mit.',
    'Die Anonymität der Wahl ist im Grundgesetz geschützt.',
    'Der Täter wurde nicht genannt.',
  ]);
});
