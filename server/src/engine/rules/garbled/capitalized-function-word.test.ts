import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/capitalized-function-word';

test('flags a capitalised preposition or conjunction mid-sentence', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Zentren Für Krankheitskontrolle warnten am Montag.'), ['Für']);
  assert.deepEqual(flaggedTexts(RULE, 'Kommissionspräsidentin Ursula Von der Leyen sprach.'), ['Von']);
});

test('leaves nouns, rivers, English names, quotations and sentence starts alone', () => {
  assertSilent(RULE, [
    'Die Diskussion über das Für und Wider geht weiter.',
    'Der Pegel der Oder stieg.',
    'Er las „Vom Winde verweht“ zweimal.',
    'Für die Regierung ist das ein Erfolg.',
    'Das sagte er. Und dann ging er.',
  ]);
});

test('the fix lower-cases the word', () => {
  assertFixes(RULE, 'Die Zentren Für Krankheitskontrolle warnten.', 'Die Zentren für Krankheitskontrolle warnten.');
});
