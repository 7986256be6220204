import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'vague-source/hearsay-sollen';

test('flags "soll … haben/sein" with no source in the sentence or carried over', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Minister soll Bestechungsgeld angenommen haben.'), ['soll Bestechungsgeld angenommen haben']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Täter sollen über die Grenze geflohen sein.'), ['sollen über die Grenze geflohen sein']);
  assert.deepEqual(flaggedTexts(RULE, 'Das Schiff soll mehr als 200 Menschen an Bord gehabt haben.'), ['soll mehr als 200 Menschen an Bord gehabt haben']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Polizei sucht den Mann, der geflohen sein soll.'), ['geflohen sein soll']);
  assert.deepEqual(flaggedTexts(RULE, 'Gesucht wird ein Mann, der gesehen worden sein soll.'), ['gesehen worden sein soll']);
  assert.equal(findingsOf(RULE, 'Der Minister soll Bestechungsgeld angenommen haben.')[0].severity, 'warning');
});

test('flags Konjunktiv I that nobody in reach is said to have spoken, as information', () => {
  const text = 'Der Zug fuhr pünktlich ab. Der Präsident sei schwer erkrankt.';
  assert.deepEqual(flaggedTexts(RULE, text), ['sei']);
  assert.equal(findingsOf(RULE, text)[0].severity, 'information');
});

test('leaves hearsay with its source, carried reported speech, plans and quotations alone', () => {
  assertSilent(RULE, [
    'Laut Polizei soll der Fahrer betrunken gewesen sein.',
    'Die Polizei sagte, der Fahrer sei geflohen. Er werde noch gesucht.',
    'Kremlsprecher Dmitri Peskow sagte, es sei „ein falscher Bericht“.',
    'Die neue Brücke soll im Jahr 2025 fertig werden.',
    '„Er soll das Geld genommen haben“, sagte der Staatsanwalt.',
    'Die Wahl findet am Sonntag statt.',
  ]);
});

test('"soll gesagt haben" is hearsay of a statement: the statement gives no source for it', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Er soll gesagt haben, dass er zurücktritt.'), ['soll gesagt haben']);
  assertSilent(RULE, [
    'Die Zeitung berichtete über den Minister. Er soll gesagt haben, dass er zurücktritt.',
    'Die beiden Männer sollen nach Angaben der Staatsanwaltschaft Mitglieder der Gruppe gewesen sein.',
  ]);
});
