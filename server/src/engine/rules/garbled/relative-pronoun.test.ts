import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/relative-pronoun';

test('flags a relative pronoun that fits no noun before it', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Er lobte das Gesetz, der gestern beschlossen wurde.'), ['das Gesetz, der']);
  assert.deepEqual(flaggedTexts(RULE, 'Sie besuchten die Stadt, das sehr schön ist.'), ['die Stadt, das']);
  assert.deepEqual(flaggedTexts(RULE, 'Er traf einen Mann, die ihm geholfen hatte.'), ['einen Mann, die']);
});

test('leaves right pronouns, other antecedents, articles, appositions and main clauses alone', () => {
  assertSilent(RULE, [
    'Er lobte das Gesetz, das gestern beschlossen wurde.',
    'Der Brief an das Ministerium, der gestern kam, war kurz.',
    'Er sagte dem Minister, das Geld sei weg.',
    'Das deutsche Team, der 1. PC Viernheim, muss sich qualifizieren.',
    'So definieren sie die Grenzen, das ist völlig okay für mich.',
    'Der Export ist eine Quelle für den Norden, das zeigt dass der Norden handeln will.',
    'Nach dem Schaden, der rund 150 Millionen Euro betrug, wurde das Schiff repariert.',
    'Er half der Frau, der das Auto gehörte.',
  ]);
});
