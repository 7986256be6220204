import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'unattributed-claim/orphan-quote';

test('flags a statement-length quotation whose speaker the text never names', () => {
  const text = 'Die Proteste gingen weiter. „Das ist der Anfang vom Ende dieser Regierung“ stand auf vielen Plakaten.';
  assert.deepEqual(flaggedTexts(RULE, text), ['„Das ist der Anfang vom Ende dieser Regierung“']);
});

test('a quotation after a colon with no clause before it is still an orphan', () => {
  const text = 'Die Proteste gingen weiter. Auf den Plakaten: „Das ist der Anfang vom Ende dieser Regierung“.';
  assert.deepEqual(flaggedTexts(RULE, text), ['„Das ist der Anfang vom Ende dieser Regierung“']);
});

test('a quotation in reported speech that nobody is said to have made is still an orphan', () => {
  const text = 'Der Zug fuhr ab. Die Lage sei „so ernst wie seit vielen Jahren nicht mehr“ gewesen.';
  assert.deepEqual(flaggedTexts(RULE, text), ['„so ernst wie seit vielen Jahren nicht mehr“']);
});

test('leaves quotations with a speaker, continued quotations, quoted terms, names, slogans and titles of works alone', () => {
  assertSilent(RULE, [
    'Auf dem Transparent war die Parole „Autonome in Bewegung, wir greifen den Gipfel an“ zu lesen.',
    'Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche, wo immer sie können.“',
    '„Wir sind uns der beschriebenen Veränderungen nicht bewusst“, sagte Adrienne Watson, Sprecherin des Nationalen Sicherheitsrates, laut Bloomberg.\n\n„Es wird an der Ukraine liegen, zu entscheiden, ob, wann und wie mit Russland verhandelt wird.“',
    'Peskow sagte: „Präsident Putin hat mehrfach erklärt, dass Russland offen ist.“',
    'Der Minister nannte den Bericht eine „Zeitungsente“.',
    'Zum Abschied spielte die Kapelle das Lied „Für dich soll es rote Rosen regnen“.',
    'Das Tonband trägt den Titel „Bösartiges Britannien und seine indischen Sklaven“ und wurde im Netz verbreitet.',
    'Auf der Feier lief „The Times They Are a-Changin’“ von Bob Dylan.',
    'Die Firma hält die Kritik für ungerechtfertigt: „Nun müssen wir die Ware irgendwo zwischenlagern.“',
    'Der Vorsitzende rief vor den Demonstranten aus: „Der Minister ist der schlechteste aller Zeiten!“',
    'Er erhielt die Auszeichnung „Commandeur de la Légion d’Honneur“ im Juli.',
    'Auf den Transparenten standen Sprüche wie „Nieder mit der Besatzung und der Regierung“.',
    'Die Schule präsentiert sich als „Schule ohne Rassismus – Schule mit Courage“ im Internet.',
    'Die Zeitung „Die Welt“ berichtete darüber am Montag.',
  ]);
});
