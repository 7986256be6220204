import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'vague-source/vague-attribution';

test('flags reports, critics, "es heißt", "man", agentless passives and "wurde bekannt"', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Berichten zufolge will Apple das Unternehmen kaufen.'), ['Berichten zufolge']);
  assert.deepEqual(flaggedTexts(RULE, 'Medienberichten zufolge ist der Minister zurückgetreten.'), ['Medienberichten zufolge']);
  assert.deepEqual(flaggedTexts(RULE, 'Am Abend hieß es, die Gespräche seien gescheitert.'), ['hieß es']);
  assert.deepEqual(flaggedTexts(RULE, 'Kritiker sagen, das Gesetz gehe zu weit.'), ['Kritiker sagen']);
  assert.deepEqual(flaggedTexts(RULE, 'Es wurde jedoch darauf hingewiesen, dass die Frist abläuft.'), ['hingewiesen']);
  assert.deepEqual(flaggedTexts(RULE, 'Man geht davon aus, dass die Wahl verschoben wird.'), ['Man geht']);
  assert.deepEqual(flaggedTexts(RULE, 'Wie bekannt wurde, hat der Konzern Verluste gemacht.'), ['bekannt']);
  assert.deepEqual(flaggedTexts(RULE, 'Dem Vernehmen nach soll der Vertrag bald unterzeichnet werden.'), ['Dem Vernehmen nach']);
});

test('a vague statement carried on in Konjunktiv I is flagged once', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Berichten zufolge sei der Präsident erkrankt. Er werde im Krankenhaus behandelt.'), ['Berichten zufolge']);
});

test('the placeholder replaces a prepositional phrase by "laut [Quelle]" and a subject by "[Quelle]"', () => {
  const text = 'Berichten zufolge will Apple kaufen. Kritiker sagen, das sei zu teuer.';
  const fixes = findingsOf(RULE, text).map((f) => f.fixes[0]);
  assert.deepEqual(
    fixes.map((f) => [text.slice(f.edits[0].offset, f.edits[0].offset + f.edits[0].length), f.edits[0].newText, f.safe]),
    [
      ['Berichten zufolge', 'laut [Quelle]', false],
      ['Kritiker', '[Quelle]', false],
    ],
  );
  assert.deepEqual(findingsOf(RULE, 'Am Abend hieß es, die Gespräche seien gescheitert.')[0].fixes, [], 'no source to replace');
});

test('leaves named reports and reports that a named source denies alone', () => {
  assertSilent(RULE, [
    'Einem Bloomberg-Bericht zufolge testete Putin die Bereitschaft der USA zu Gesprächen.',
    'Laut einer Telegramm-Aussage vom Freitag widerlegte Kreml-Sprecher Dmitri Peskow die Berichte.',
    'Der Kreml hat Berichte zurückgewiesen, wonach Putin erkrankt sei.',
    'Dem Bericht der FAZ zufolge sinken die Steuern.',
    'Nach Angaben der Polizei wurden drei Menschen verletzt.',
    'Der Vorschlag wurde am Montag abgelehnt.',
    'Bisher ist nicht bekannt, warum das Unglück geschah.',
  ]);
});
