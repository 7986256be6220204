import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'unattributed-claim/assessment';

test('flags a judging frame at the start of a sentence in the writer\'s own voice', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Bemerkenswert ist, dass der Präsident am Donnerstag sagte, er habe keine Pläne.'), ['Bemerkenswert ist']);
  assert.deepEqual(flaggedTexts(RULE, 'Klar ist aber, dass die Verhandlungen gescheitert sind.'), ['Klar ist']);
  assert.deepEqual(flaggedTexts(RULE, 'Es ist offensichtlich, dass die Regierung die Lage unterschätzt hat.'), ['Es ist offensichtlich']);
  assert.deepEqual(flaggedTexts(RULE, 'Fest steht, dass die Preise weiter steigen.'), ['Fest steht']);
});

test('flags an adverb with which the text vouches for a claim', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung hat die Lage zweifellos unterschätzt.'), ['zweifellos']);
  // with a verdict noun the whole verdict is the judgement
  assert.deepEqual(flaggedTexts(RULE, 'Die Offensive war zweifellos ein Fehlschlag.'), ['Die Offensive war zweifellos ein Fehlschlag']);
});

test('flags a verdict on what was just told: demonstrative, copula and a judging noun', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die EU verhängt neue Sanktionen. Dies ist ein schwerer Schlag für die Diplomatie.'), ['Dies ist ein schwerer Schlag']);
  assert.deepEqual(flaggedTexts(RULE, 'Das ist ein Rückschlag für die Regierung.'), ['Das ist ein Rückschlag']);
  assert.deepEqual(flaggedTexts(RULE, 'Dies ist ein klarer Weckruf für alle Städte.'), ['Dies ist ein klarer Weckruf']);
  assert.deepEqual(flaggedTexts(RULE, 'Das Urteil ist ein großer Erfolg für die Kläger.'), ['Das Urteil ist ein großer Erfolg']);
  assertSilent(RULE, [
    'Das Urteil ist ein Beschluss des Bundesgerichtshofs.',
    'Der Vertrag war ein Erfolg, sagte der Minister.',
    'Der Minister sagte, die Sanktionen wirkten. Das sei ein Erfolg.',
    'Das Treffen fand in Berlin statt. Das ist ein Gebäude aus dem 19. Jahrhundert.',
    '„Das ist ein Skandal“, sagte der Abgeordnete.',
  ]);
});

test('the finding is information, names the words and says why', () => {
  const [finding] = findingsOf(RULE, 'Fraglich ist, ob die Waffenruhe hält.');
  assert.equal(finding!.severity, 'information');
  assert.match(finding!.message, /„Fraglich ist“/);
});

test('leaves judgements that a source makes, quotations and statements of what is unknown alone', () => {
  assertSilent(RULE, [
    'Der Minister sagte, es sei klar, dass die Verhandlungen gescheitert seien.',
    'Klar ist, dass die Verhandlungen gescheitert sind, sagte der Minister.',
    '„Zweifellos war das ein Fehler“, sagte Peskow.',
    'Peskow sagte, die Lage sei ernst. Zweifellos sei das ein Fehler gewesen.',
    'Unklar ist, ob die Waffenruhe hält.',
    'Es ist bekannt, dass die Sanktionen wirken.',
    'Klar ist der Himmel über Kiew.',
    'Die illegalen Annexionen erfolgten nach Scheinreferenden.',
  ]);
});

test('a judgement in a headline is no claim of the text body', () => {
  assertSilent(RULE, ['Klar ist, dass Moskau verliert\n\nDie EU beschloss am Montag neue Sanktionen.']);
});
