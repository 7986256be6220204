import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/run-on';

test('flags a closed clause running into a new subject and verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Ein Sprecher lehnte einen Bericht ab Reuters berichtete darüber.'), ['ab Reuters berichtete']);
  assert.deepEqual(
    flaggedTexts(RULE, 'Ein Beamter sagte, dass die USA nicht mit Russland verhandeln würden Washington hat sich dagegen eingesetzt.'),
    ['würden Washington hat'],
  );
});

test('a participle that closes its auxiliary\'s bracket ends the clause', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Nach Angaben des Generalstabs wurden in der Nacht 20 Drohnen abgeschossen CNN berichtete.'), ['abgeschossen CNN berichtete']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Flotte hat zwei Boote versenkt Reuters meldete.'), ['versenkt Reuters meldete']);
  assertSilent(RULE, ['Die Flotte hat zwei Boote versenkt, Reuters meldete das.', 'Die Flotte, die gestern Boote versenkt Moskau drohte, kehrte zurück.']);
});

test('after a final auxiliary the new subject may have an article', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte, dass Russland verhandeln würde die USA hat das Angebot abgelehnt.'), ['würde die USA hat']);
});

test('leaves prepositional phrases, conjunctions and articles after a verb alone', () => {
  assertSilent(RULE, [
    'Manchmal blieben die Fahrzeuge mitten auf der Strecke stehen, so dass die Passagiere warteten.',
    'Ob der Junge in den Niederlanden bleibt oder nach Deutschland zurückkehrt, ist unklar.',
    'Manchmal sitze ich vor dem Computer bis mir ein Einfall kommt.',
    'Ein Sprecher lehnte den Bericht ab. Reuters berichtete trotzdem.',
    'Er sagte, dass sie verhandeln würden, und Washington bestätigte das.',
  ]);
});
