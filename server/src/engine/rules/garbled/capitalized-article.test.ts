import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/capitalized-article';

test('flags a capitalised article after a preposition, an article or an article with its adjective', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Moskau in Der Nahe Osten und andere sendeten Signale.'), ['Der']);
  assert.deepEqual(flaggedTexts(RULE, 'In der Zwischenzeit hat ein Beamter in der Die USA gesagt, er wisse nichts.'), ['Die']);
  assert.deepEqual(flaggedTexts(RULE, 'Der Kreml, der Weiße Das Repräsentantenhaus und die CIA lehnten ab.'), ['Das']);
  assert.deepEqual(flaggedTexts(RULE, '„Es endete im Nichts“, sagte an Eine anonyme Quelle.'), ['Eine']);
});

test('leaves titles, place names, capitals and sentence starts alone', () => {
  assertSilent(RULE, [
    'Er vertrieb die Hörspielserien Die drei Fragezeichen und TKKG.',
    'Marta Jandová, Sängerin der Rockband Die Happy, protestierte.',
    'Taylor wurde nach Den Haag überstellt.',
    'Das schrieb ein Kommentator im Nachrichtenmagazin DER SPIEGEL.',
    'Er sagte der Zeitung Die Welt, er bleibe.',
    'Die Lage ist ernst. Der Minister schweigt.',
    'Er las in Der Spiegel einen Bericht.',
  ]);
});

test('the fix lower-cases the article', () => {
  assertFixes(RULE, 'Moskau in Der Nahe Osten sendete Signale.', 'Moskau in der Nahe Osten sendete Signale.');
});
