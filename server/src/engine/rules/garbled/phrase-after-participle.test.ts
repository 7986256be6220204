import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/phrase-after-participle';

test('flags a noun phrase after the participle that closes its auxiliary\'s bracket', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Moskau hat nicht kommentiert die Berichte.'), ['kommentiert die Berichte']);
  assert.deepEqual(flaggedTexts(RULE, 'Der Kanzler hat angekündigt eine Reform der Rente.'), ['angekündigt eine Reform']);
});

test('the finding names participle, auxiliary and the phrase', () => {
  const [finding] = findingsOf(RULE, 'Moskau hat nicht kommentiert die Berichte.');
  assert.match(finding!.message, /„kommentiert“ \(zu „hat“\) steht noch „die Berichte“/);
});

test('leaves infinitive groups without comma, commas, attributes and prepositional phrases alone', () => {
  assertSilent(RULE, [
    'Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen.',
    'Der Konzern hat versucht einen Anteil von 25,5 % zu kaufen.',
    'Er hat gesagt, die Regierung habe recht.',
    'Er hat die gestern veröffentlichte Studie gelesen.',
    'Die Gespräche wurden fortgesetzt am Dienstag in Genf.',
    'Das Viertel sei dennoch insgesamt kein Problemgebiet.',
  ]);
});

test('a phrase without article after the participle too, unless the participle is an adverb or "sein" makes it the subject', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung hat angekündigt neue Sanktionen gegen Russland.'), ['angekündigt neue Sanktionen']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Armee sagte, sie hat zerstört drei Panzer.'), ['zerstört drei Panzer']);
  assertSilent(RULE, [
    'In letzter Zeit hat es schon wiederholt gefährliche Zwischenfälle an diesem Bahnübergang gegeben.',
    'Der Konzern wurde zu umgerechnet 110.000 Euro Schadenersatz verurteilt.',
    'Besonders sind betroffen ältere Menschen und Obdachlose.',
  ]);
});
