import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/dative-passive';

test('flags a plural passive of a verb that takes a dative', () => {
  assert.deepEqual(
    flaggedTexts(RULE, 'Personen, die in Spanien Urlaub machen, wurden vom Verkehrsministerium geraten, sich an die Regeln zu halten.'),
    ['wurden vom Verkehrsministerium geraten'],
  );
  assert.deepEqual(flaggedTexts(RULE, 'Die Opfer wurden schnell geholfen.'), ['wurden schnell geholfen']);
});

test('leaves the subjectless singular passive, the future perfect and "geraten" as infinitive alone', () => {
  assertSilent(RULE, [
    'Den Reisenden wurde geraten, zu Hause zu bleiben.',
    'Die Firmen würden in Schwierigkeiten geraten.',
    'Die Preise werden außer Kontrolle geraten.',
    'Sie werden ihm geholfen haben.',
    'Die Menschen wurden gerettet und ihnen geholfen.',
  ]);
});
