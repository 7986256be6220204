import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/phrase-after-particle';

test('flags a noun phrase after the particle that closed the main clause', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der US-Beamte lehnte eine Auskunft ab irgendwelche Details.'), ['ab irgendwelche Details']);
  assert.deepEqual(flaggedTexts(RULE, 'Der Sprecher wies die Vorwürfe zurück jegliche Beteiligung an dem Angriff.'), ['zurück jegliche Beteiligung']);
  assert.deepEqual(flaggedTexts(RULE, 'Das Ministerium gab gestern bekannt die neuen Regeln.'), ['bekannt die neuen Regeln']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Polizei teilte mit die Einzelheiten.'), ['mit die Einzelheiten']);
});

test('leaves prepositional phrases, adverbs and subordinate clauses alone', () => {
  assertSilent(RULE, [
    'Er legte vor dem Gericht Berufung ein.',
    'Er nahm an der Sitzung teil.',
    'Noch wenige Stunden vor dem Start gab es wieder einen Zwischenfall.',
    'Er schlug ein neues Kapitel auf.',
    'Die Polizei teilte mit, die Einzelheiten seien unklar.',
    'Er sagte, dass er die Auskunft ablehne.',
    'Lauffenburg liegt nahe der deutschen Grenze.',
    'Die Tschechin setzte mit Startnummer eins gleich eine gute Marke.',
  ]);
});
