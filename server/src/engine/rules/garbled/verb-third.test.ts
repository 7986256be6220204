import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/verb-third';

test('flags a subject between a fronted phrase and the finite verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Am Samstag die Behörden sagten, es sei ruhig.'), ['Am Samstag die Behörden sagten']);
  assert.deepEqual(flaggedTexts(RULE, 'Nach dem Spiel die Mannschaft feierte ausgelassen.'), ['Nach dem Spiel die Mannschaft feierte']);
  assert.deepEqual(flaggedTexts(RULE, 'Gestern er sagte nichts dazu.'), ['Gestern er sagte']);
  // the subject may name its place: "das Parlament in Kiew"
  assert.deepEqual(flaggedTexts(RULE, 'Am Dienstag das Parlament in Kiew stimmte für das Gesetz.'), ['Am Dienstag das Parlament in Kiew stimmte']);
});

test('flags the English comma after a fronted phrase with genitive attributes', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Nach Angaben des ukrainischen Militärs, die Truppen rückten weiter vor.'), [
    'Nach Angaben des ukrainischen Militärs, die Truppen rückten',
  ]);
  assert.deepEqual(flaggedTexts(RULE, 'Laut dem Bericht, die Armee verlor mehrere Stellungen.'), ['Laut dem Bericht, die Armee verlor']);
  assert.deepEqual(flaggedTexts(RULE, 'Am Montag, der Kreml hat das Treffen bestätigt.'), ['Am Montag, der Kreml hat']);
  // the verb ends its words, but a complement follows instead of the main clause's verb
  assert.deepEqual(flaggedTexts(RULE, 'In einer Erklärung, die Regierung sagte, sie werde die Vorwürfe prüfen.'), ['In einer Erklärung, die Regierung sagte']);
});

test('after a fronted phrase "der" opens the subject when its noun cannot be a genitive', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Am Montag der Präsident reiste nach Washington.'), ['Am Montag der Präsident reiste']);
  assertSilent(RULE, ['Am Ende der Amtszeit der Minister trat er zurück.', 'Im Haus der Lehrer wohnt niemand.', 'Am Tag der Wahl sagte er nichts.']);
});

test('a phrase closed by "zufolge" fills the first position; a plural verb that is an infinitive too counts when its clause goes on', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Berichten zufolge die Delegationen bereiten sich seit Wochen vor.'), ['Berichten zufolge die Delegationen bereiten']);
  assert.deepEqual(flaggedTexts(RULE, 'Den Angaben des Ministeriums zufolge die Lage ist ruhig.'), ['Den Angaben des Ministeriums zufolge die Lage ist']);
  assertSilent(RULE, ['Berichten zufolge bereiten sich die Delegationen vor.', 'Am Samstag die Kinder abholen, dann einkaufen.']);
});

test('flags a subject between a fronted subordinate clause and the finite verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Wie ein Diplomat sagte, die Verhandlungen seien festgefahren.'), ['Wie ein Diplomat sagte, die Verhandlungen seien']);
  assert.deepEqual(flaggedTexts(RULE, 'Als er ankam, er war müde.'), ['Als er ankam, er war']);
  assertSilent(RULE, [
    'Wie die Polizei mitteilte, wurde niemand verletzt.',
    'Wie der Sprecher sagte, der seit Wochen verhandelt, seien die Gespräche festgefahren.',
    'Während der Sitzung, die Stunden dauerte, schwieg er.',
  ]);
});

test('flags a second noun phrase between a fronted subject and the finite verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Ein Sprecher der Kommission die Gespräche bestätigte nicht.'), ['Ein Sprecher der Kommission die Gespräche bestätigte']);
  assert.deepEqual(flaggedTexts(RULE, 'Der Kreml den Bericht dementierte am Freitag.'), ['Der Kreml den Bericht dementierte']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung das Gesetz hat am Montag beschlossen.'), ['Die Regierung das Gesetz hat']);
});

test('leaves a fronted subject with an apposition or a relative clause alone', () => {
  assertSilent(RULE, [
    'Die Frau die Blumen kaufte, ging nach Hause.',
    'Der Minister, die Hände in den Taschen, sagte nichts.',
    'Der Minister, der die Vorwürfe zurückwies, sagte nichts.',
    'Der Kreml dementierte den Bericht am Freitag.',
    'Die Zahl der Toten stieg am Montag.',
    'Der Präsident und die Ministerin sagten nichts.',
  ]);
});

test('leaves genitive attributes, focus particles and correct order alone', () => {
  assertSilent(RULE, [
    'Am heißesten Tag dieses Jahres musste die Feuerwehr ausrücken.',
    'Am Tag der Wahl sagte er nichts.',
    'Auch die Polizei sagte nichts.',
    'Am Samstag sagten die Behörden, es sei ruhig.',
    'Nach dem Spiel, das die Mannschaft gewann, feierten die Fans.',
    'Am Samstag die Behörden zu informieren, war richtig.',
    'Nach dem Treffen, das Stunden dauerte, sagte er nichts.',
    'Nach dem Treffen, das Stunden dauerte, wie er sagte, war er müde.',
    'Am Ende der Sitzung, die Stunden dauerte, und nach langer Debatte stimmte er zu.',
    'Im Zuge der Ermittlungen, die Monate dauerten, wurde er verhaftet.',
    'Nach Angaben des Militärs rückten die Truppen vor.',
    'Im Gegenteil, es sei bereits mit den Arbeiten begonnen worden.',
    'Im Gegenteil, die Lage ist ernst.',
    'Zum Glück, die Feuerwehr kam schnell.',
    'Am Montag, der ein Feiertag war, blieb alles ruhig.',
  ]);
});
