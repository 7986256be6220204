import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/subject-verb-number';

test('flags "one of the …" with a plural verb', () => {
  assert.deepEqual(
    flaggedTexts(RULE, 'Uschakow sollte weitere Schritte festlegen, so einer der russischen Quellen sagten.'),
    ['einer der russischen Quellen sagten'],
  );
  assert.deepEqual(flaggedTexts(RULE, 'Wie einer der Ärzte berichtet hatten, war es ruhig.'), ['einer der Ärzte berichtet hatten']);
});

test('flags a masculine singular subject first in the sentence before a plural verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Sprecher der Regierung sagten, es sei ruhig.'), ['Der Sprecher der Regierung sagten']);
  assert.deepEqual(flaggedTexts(RULE, 'Ein Beamter erklärten das am Montag.'), ['Ein Beamter erklärten']);
  // a name adjective in the genitive and a name in apposition stand between
  assert.deepEqual(flaggedTexts(RULE, 'Der Sprecher des Weißen Hauses, John Kirby, sagten, die USA würden helfen.'), ['Der Sprecher des Weißen Hauses, John Kirby, sagten']);
  assertSilent(RULE, ['Der Sprecher der Regierung, Steffen Seibert, sagte, alles sei gut.', 'Der Sprecher, Herr Müller und Frau Meier, sagten nichts.']);
});

test('flags a plural subject first in the sentence before a singular verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Verhandlungen hat zuletzt gestockt.'), ['Die Verhandlungen hat']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Vereinten Nationen sagte, dass sie die Gespräche fortsetzen.'), ['Die Vereinten Nationen sagte']);
  const [finding] = findingsOf(RULE, 'Die Verhandlungen hat zuletzt gestockt.');
  assert.match(finding!.message, /„Die Verhandlungen“ ist Plural, das Verb „hat“ Singular/);
});

test('a plural phrase before a singular verb may be the object when a subject follows', () => {
  assertSilent(RULE, [
    'Die Verhandlungen leitete der Minister.',
    'Die Verhandlungen hat er selbst geleitet.',
    'Die Vereinten Nationen sagten, dass sie kommen.',
    'Die Regierung hat beschlossen, die Steuern zu senken.',
  ]);
});

test('leaves singular verbs, objects and datives alone', () => {
  assertSilent(RULE, [
    'Uschakow sollte weitere Schritte festlegen, so einer der russischen Quellen.',
    'Das sagte einer der Beamten.',
    'Eine der Bomben entschärften Experten.',
    'Nach Angaben einer der Quellen sagten die Beamten, es sei ruhig.',
    'Wie eine der Quellen sagte, war es ruhig.',
    'Einer der Männer sagen zu hören, war ungewohnt.',
    'Der Präsident und seine Frau sagten nichts.',
    'Die Zahl nannten die Forscher nicht.',
    'Ein weiterer Faktor sind fehlende Einsparungen.',
    'Den Präsidenten sahen viele Menschen.',
    'Der Erfolg des Urteilsspruchs schien ihm sicher.',
  ]);
});

test('a feminine or neuter singular before a plural verb, with nothing after the verb that could be its subject', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Polizei haben den Verdächtigen festgenommen.'), ['Die Polizei haben']);
  assert.deepEqual(flaggedTexts(RULE, 'Das Ministerium haben am Montag einen Bericht veröffentlicht.'), ['Das Ministerium haben']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung wurden vom Parlament kritisiert.'), ['Die Regierung wurden']);
  assertSilent(RULE, [
    // the noun is the object, the subject follows the verb
    'Die Polizei haben die Demonstranten angegriffen.',
    'Das Haus haben wir gekauft.',
    'Die Entscheidung haben Experten kritisiert.',
    'Die Stadt haben im Sommer Tausende Touristen besucht.',
  ]);
});
