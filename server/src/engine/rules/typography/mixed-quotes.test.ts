import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'typography/mixed-quotes';

test('flags straight and English quotes in an article that uses „…“', () => {
  const text = 'Peskow nannte den Bericht „falsch“. Er sprach vom "neutralen Status" der Ukraine. “Wir warten ab”, sagte Psaki.';
  assert.deepEqual(flaggedTexts(RULE, text), ['"', '“']);
});

test('flags a German quotation closed by an English mark', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte: „Das ist „falsch“ und würde bedeuten, den Dialog zu verschlechtern.” Dann ging er.'), ['”']);
});

test('leaves consistent articles alone, whatever their style', () => {
  assertSilent(RULE, [
    'Peskow nannte den Bericht „falsch“. „Wir warten ab“, sagte er.',
    'Peskow nannte den Bericht »falsch«. »Wir warten ab«, sagte er.',
    'Das Blatt schrieb: „Er sagte ‚nein‘ und ging.“',
  ]);
});

test('the fix normalises both marks to the article style', () => {
  assertFixes(RULE, 'Peskow nannte ihn „falsch“ und sprach vom "neutralen Status".', 'Peskow nannte ihn „falsch“ und sprach vom „neutralen Status“.');
});

test('an unclosed quotation is left to unbalanced-quote: one finding per mark', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte: „Wir kommen.“ Sie rief: "Wir gehen.'), []);
});
