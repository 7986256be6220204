import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/subordinate-order';

test('flags a phrase after the finite verb of a subordinate clause', () => {
  assert.deepEqual(
    flaggedTexts(RULE, 'Er antwortete auf die Frage, ob Moskau welche sehe Verhandlungsmöglichkeiten mit Washington.'),
    ['ob Moskau welche sehe Verhandlungsmöglichkeiten'],
  );
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte, dass dies der Fall sei bereit.'), ['dass dies der Fall sei bereit']);
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte, dass Russland das Getreide einsetze ihn und die Welt erpressen.'), ['dass Russland das Getreide einsetze ihn']);
  // the auxiliary early, its infinitive last
  assert.deepEqual(flaggedTexts(RULE, 'Der Präsident sagte, dass er würde das Gesetz unterzeichnen.'), ['dass er würde das']);
  assert.deepEqual(
    flaggedTexts(RULE, 'Sie sagte, dass sie keine Gespräche führen würden ein möglicher Waffenstillstand.'),
    ['dass sie keine Gespräche führen würden ein'],
  );
});

test('flags an auxiliary before its participle at the end of a subordinate clause', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte, dass die Regierung hat beschlossen, die Steuern zu senken.'), ['dass die Regierung hat beschlossen']);
  assert.deepEqual(flaggedTexts(RULE, 'Sie bleibt, weil sie wird gewinnen.'), ['weil sie wird gewinnen']);
});

test('adjectives that look like past verbs are attributes, not verbs', () => {
  assertSilent(RULE, [
    'Sie zeigte sich besorgt, dass ein Großteil der ermordeten Frauen misshandelt worden sei.',
    'Die Polizei geht davon aus, dass der Einbruch von der gleichen Tätergruppe ausgeführt wurde.',
    'Das Dekret sei so beschränkt, dass nur bestimmte genau definierte Regionen betroffen seien.',
    'Es sei sichergestellt, dass Fleisch von erkrankten Tieren nicht in den Handel gelange.',
    'Die Polizei teilte mit, dass ein 55-Jähriger mit seinem Traktor samt Anhänger einen Bahnübergang überquerte.',
  ]);
});

test('leaves comparisons, coordination and infinitives after the verb alone', () => {
  assertSilent(RULE, [
    'Er fragte, ob sie kämen uns zu helfen.',
    'Unklar ist, ob Nordkorea Sprengköpfe hat die klein genug sind um sie auf Raketen anzubringen.',
    'Er sagte, dass er das Gesetz hätte unterzeichnen müssen.',
    'Er sagte, dass er ihn besuche.',
    'Er sagte, dass die Lage ernster sei als im Vorjahr.',
    'Sie fragte, ob er komme und bleibe.',
    'Er fragte, ob sie versucht den Fall zu lösen.',
    'Weil das Wetter schlecht war, blieb er zu Hause.',
    'Er sagte, dass er hat kommen müssen.',
    'Er sagte, dass die Regierung es beschlossen hat.',
    'Er kommt in die Klinik, weil er eventuell vermindert schuldfähig ist.',
    'Sie sagte, dass es kaum im Interesse des Mannes hätte sein können.',
    'Unklar ist, ob Nordkorea Sprengköpfe hat die klein genug sind.',
  ]);
});

test('a degree or quantity word after the verb opens its complement', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte, dass die Situation ist sehr schwierig.'), ['dass die Situation ist sehr']);
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte, dass man brauche mehr Hilfe.'), ['dass man brauche mehr']);
  assertSilent(RULE, [
    'Er fragte, ob es sehr teuer sei.',
    'Obwohl er kam, gab es nicht mehr Hilfe.',
    'Es ist anstrengend, weil die Angst zu versagen viel persönlicher ist.',
  ]);
});

test('an infinitive that is an adjective too ("schicken") leaves the auxiliary after it as the verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Sie sagten, dass sie keine Soldaten schicken würden ein Krieg drohe.'), ['dass sie keine Soldaten schicken würden ein']);
  assertSilent(RULE, ['Er sagte, dass die gestern gemeldeten Zahlen stimmen.', 'Er sagte, dass sie Soldaten schicken würden.']);
});

test('"wie" after a comma opens a subordinate clause too', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Präsidenten treffen sich, wie das Weiße Haus am Dienstag bestätigte ein Sprecher.'), [
    'wie das Weiße Haus am Dienstag bestätigte ein',
  ]);
  assertSilent(RULE, ['Die Präsidenten treffen sich, wie das Weiße Haus bestätigte.', 'Die Europäer haben, wie die USA, Sanktionen verhängt.', 'Es kam, wie es kommen musste.']);
});

test('an auxiliary or modal early in the clause, its participle or infinitive at the end', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Präsident hat gesagt, dass er wird nicht zurücktreten.'), ['dass er wird']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Ukraine sagt, dass Russland hat mehr als 100.000 Soldaten an der Grenze versammelt.'), ['dass Russland hat']);
  assert.deepEqual(flaggedTexts(RULE, 'Er sagte, dass die Lage ernst ist und dass die Regierung muss handeln.'), ['dass die Regierung muss handeln']);
  assert.deepEqual(flaggedTexts(RULE, 'Es ist nicht klar, wann die Gespräche werden beginnen.'), ['wann die Gespräche werden beginnen']);
  assertSilent(RULE, [
    'Er sagte, dass es mehr ist als erwartet.',
    'Es werden Bäume vernichtet, weil sie verformt und zu dünn sind und damit nicht den Vorstellungen entsprechen.',
    'Er sagte, dass er hat kommen müssen.',
    'Es ist nicht klar, wann die Gespräche beginnen werden.',
  ]);
});
