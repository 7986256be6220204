import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/lost-umlaut';

test('flags words that are known only with a dropped umlaut or ß', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Es gilt eine Quarantäne in sterreich, trotz eines Tests.'), ['sterreich']);
  assert.deepEqual(flaggedTexts(RULE, 'Derzeit gibt es keine nderung der Anforderungen.'), ['nderung']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Gebhren steigen im Mai.'), ['Gebhren']);
  assert.deepEqual(flaggedTexts(RULE, 'Er fuhr ber die Brücke.'), ['ber']);
});

test('flags the last part of a hyphenated compound that lost its initial capital umlaut', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Das Verhältnis hat sich in der Trump-ra dramatisch verändert.'), ['Trump-ra']);
  const [finding] = findingsOf(RULE, 'Das Verhältnis hat sich in der Trump-ra dramatisch verändert.');
  assert.deepEqual(finding!.fixes.map((f) => f.edits[0]!.newText), ['Trump-Ära']);
  assertSilent(RULE, [
    'Eine US-amerikanische Firma schrieb eine E-mail.',
    'Die deutsch-französische Freundschaft hält.',
    'Das Verhältnis hat sich in der Trump-Ära dramatisch verändert.',
  ]);
});

test('flags replacement characters together with the word they damaged', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Kunden können ohne ⁇ nderungsgebühr umbuchen.'), ['⁇ nderungsgebühr']);
  assert.deepEqual(flaggedTexts(RULE, 'Der Preis stieg um 5 � im Jahr.'), ['�']);
});

test('suggests the restored word, never as a safe fix', () => {
  const [finding] = findingsOf(RULE, 'Derzeit gibt es keine nderung der Anforderungen.');
  assert.match(finding!.message, /„Änderung“/);
  assert.deepEqual(finding!.fixes.map((f) => [f.edits[0]!.newText, f.safe]), [['Änderung', false]]);
});

test('leaves names, abbreviations and known words alone', () => {
  assertSilent(RULE, [
    'Das Stück erschien unter dem Pseudonym Bert Brac.',
    'Der Unternehmer Wei Wenhua wurde erschlagen.',
    'Ein Sprengkörper mit einem Kilogramm TNT explodierte.',
    'Trainer Bert van Marwijk ließ dasselbe Team auflaufen.',
    'Die Änderung der Gebühren gilt in Österreich ab Mai.',
  ]);
});

test('an acronym at the start of a line is no damaged word', () => {
  assertSilent('garbled/lost-umlaut', ['Quelle: Zeitung vom 10. Juni 2005\nDNN vom 09. Juni 2005\n']);
});

test('a replacement character inside a word stands for the umlaut or ß itself', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der K\ufffdnig ist tot. Das ist gro\ufffd. Die \ufffdnderung kommt.'), ['K\ufffdnig', 'gro\ufffd', '\ufffdnderung']);
  const [finding] = findingsOf(RULE, 'Der K\ufffdnig ist tot.');
  assert.deepEqual(finding!.fixes.map((f) => [f.edits[0]!.newText, f.safe]), [['König', false]]);
});

test('a long capitalised compound may have lost the umlaut in front of its known last part', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Das Büro des Brgermeisters ist geschlossen.'), ['Brgermeisters']);
  assertSilent(RULE, ['Die Rede des Bürgermeisters war kurz.', 'Trainer Bert van Marwijk lobte Brunnenbauer.']);
});

test('UTF-8 read as Windows-1252 is decoded: "MÃ¼nchen", "â€žWir"', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung in MÃ¼nchen hat fÃ¼r die Reform gestimmt.'), ['MÃ¼nchen', 'fÃ¼r']);
  const [finding] = findingsOf(RULE, 'Das ist groÃŸartig.');
  assert.deepEqual(finding!.fixes.map((f) => [f.edits[0]!.newText, f.safe]), [['großartig', false]]);
  assertSilent(RULE, ['Er kam aus São Paulo und besuchte ein Château.']);
});
