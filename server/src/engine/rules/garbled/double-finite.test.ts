import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/double-finite';

test('flags an auxiliary right before a second finite verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Ein Kreml-Sprecher hat lehnte einen Bericht ab.'), ['hat lehnte']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung wird kündigte neue Maßnahmen an.'), ['wird kündigte']);
  assert.deepEqual(flaggedTexts(RULE, '„Wir haben lehnten das ab“, sagte er.'), ['haben lehnten']);
  // a past form that is also a participle adjective, where no noun follows for it to describe
  assert.deepEqual(flaggedTexts(RULE, 'Das Ministerium hat erklärte, dass die Angriffe unterstützt wurden.'), ['hat erklärte']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung hat betonte die Bereitschaft zu Gesprächen.'), ['hat betonte']);
});

test('flags a participle with an auxiliary on both sides', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Präsident hat gesagt hat, dass er die Sanktionen unterstützt.'), ['hat gesagt hat']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Entscheidung wurde von der Opposition kritisiert wurde.'), ['wurde von der Opposition kritisiert wurde']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Minister haben beschlossen verstärkten die Präsenz an der Ostflanke.'), ['haben beschlossen verstärkten']);
  assertSilent(RULE, [
    'Was er gesagt hat, hat Folgen.',
    'Er sagte, dass er es getan hat.',
    'Nur wenn er es gestand, würde sie verhaftet werden.',
    'Das Gesetz wurde beschlossen, nachdem es diskutiert worden war.',
    'Er hat gearbeitet und ist gegangen.',
  ]);
});

test('leaves participles, infinitives, adverbs, prepositions and colloquial quotes alone', () => {
  assertSilent(RULE, [
    'Ein Kreml-Sprecher hat einen Bericht abgelehnt.',
    'Die SPD und PDS wollen anstelle des Religionsunterrichts ein neues Fach.',
    'Die Uhr wurde einst von Omega hergestellt.',
    '„Das ist scheiße“, sagte der Spieler.',
    'Er hat gestern gesagt, dass er kommt.',
    'Sie werden sehen, dass es klappt.',
    'Nachdem ihm der Haftbefehl eröffnet worden war sagte er nichts.',
    'Die Regierung hat erklärte Ziele, aber keinen Plan.',
    'Darüber hinaus wurde beschlossen, eine Delegation zu entsenden.',
    'Das Gericht hatte entschieden, dass die Klage zulässig ist.',
  ]);
});
