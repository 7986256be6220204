import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/agreement';

test('flags an article that does not fit the noun after a preposition', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Der Minister bat für ein Kommentar um Geduld.'), ['für ein Kommentar']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Sicherheit bei der Präsidentschaftswahlen war gewährleistet.'), ['bei der Präsidentschaftswahlen']);
  assert.deepEqual(flaggedTexts(RULE, 'Es kam wiederholt zur Straftaten in der Innenstadt.'), ['zur Straftaten']);
  assert.deepEqual(flaggedTexts(RULE, 'Von diesem Sensoren gibt es vier.'), ['Von diesem Sensoren']);
});

test('flags article, adjective and noun that exclude each other', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Nach Angaben des Gesellschaft ist die Lage ernst.'), ['des Gesellschaft']);
  assert.deepEqual(flaggedTexts(RULE, 'Er kritisierte den Verkauf bestimmter Lebensmitteln an Kinder.'), ['bestimmter Lebensmitteln']);
  assert.deepEqual(flaggedTexts(RULE, 'Gemäß seiner Aussage werden die zusätzliche Codes mehr erlauben.'), ['die zusätzliche Codes']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Aktivisten gingen mit juristischen Mittel gegen die Wahl vor.'), ['mit juristischen Mittel']);
});

test('only what the lexicon knows well is a warning; a gender conflict alone is a hint', () => {
  assert.deepEqual(findingsOf(RULE, 'Nach Angaben des Gesellschaft ist die Lage ernst.').map((f) => f.severity), ['warning']);
  assert.deepEqual(findingsOf(RULE, 'An Bord der Flugzeugs waren 62 Personen.').map((f) => f.severity), ['warning']);
  assert.deepEqual(findingsOf(RULE, 'In Athen wurde ein Stärke von 6,5 gemessen.').map((f) => f.severity), ['hint']);
});

test('an ending the declension after the determiner lacks is an error; a base form before an attribute is an adverb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Nach dem Treffen mit seinem französischem Amtskollegen reiste er ab.'), ['mit seinem französischem Amtskollegen']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Identität des unbekanntes Mannes ist unklar.'), ['des unbekanntes Mannes']);
  assertSilent(RULE, ['Es stehen Befragungen des schwer verletzten Kapitäns aus.', 'Die erwarteten hohen Kosten schrecken ab.']);
});

test('plural quantifiers decline like adjectives', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Software wird von vielen Städte eingesetzt.'), ['von vielen Städte']);
  assert.deepEqual(flaggedTexts(RULE, 'Er sprach mit beiden Kandidat.'), ['mit beiden Kandidat']);
  assertSilent(RULE, ['Die Software wird in vielen Städten eingesetzt.', 'Die Häuser der vielen Städte sind alt.', 'Nach mehreren Stunden war es vorbei.', 'Mit vielen anderen Staaten sprach er.']);
});

test('compound nouns are resolved by their last part', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Er sprach mit einem Kremlsprecherin über den Krieg.'), ['mit einem Kremlsprecherin']);
  assert.deepEqual(flaggedTexts(RULE, 'Er verlangte eine Änderungsgebühr von allen Kunden.'), []);
  // a hyphenated noun has the genders of its last part: "die E-Mail" as well as Austrian "das E-Mail"
  assertSilent(RULE, ['Der Angriff erfolgte über eine manipulierte E-Mail.', 'Er schickte das E-Mail gestern ab.']);
  // three parts, the middle one no entry of its own
  assert.deepEqual(flaggedTexts(RULE, 'Er besuchte auch das benachbarte Truppenübungsplatz.'), ['das benachbarte Truppenübungsplatz']);
  assert.deepEqual(flaggedTexts(RULE, 'Er besuchte auch den benachbarten Truppenübungsplatz.'), []);
  // a name in apposition leaves the noun the head; a known noun or a place adjective before it does not
  assert.deepEqual(flaggedTexts(RULE, 'Er besuchte auch das benachbarte Truppenübungsplatz Pontrilas.'), ['das benachbarte Truppenübungsplatz']);
  assert.deepEqual(flaggedTexts(RULE, 'Er traf die Kieler Kiwi am Hafen.'), []);
  assert.deepEqual(flaggedTexts(RULE, 'Er sprach über die Berliner Zeitung.'), []);
  // a lower-case last part makes an adjective, whatever the first part is
  assert.deepEqual(flaggedTexts(RULE, 'Die Kunden wechseln von den lokalen zu den Cloud-basierten.'), []);
});

test('the finding says why: the forms of each word', () => {
  const [finding] = findingsOf(RULE, 'Der Minister bat für ein Kommentar um Geduld.');
  assert.match(finding!.message, /Kommentar: m\. Nom\.\/Dat\.\/Akk\./);
  assert.match(finding!.message, /für \+ Akk\./);
});

test('leaves correct phrases, pronouns, names and lexicon gaps alone', () => {
  assertSilent(RULE, [
    'Er kam am Samstag mit dem Flugzeug nach Hause.',
    'Der Zoo lockt mit der neuen Eisbären und Schneelöwenanlage.',
    'Die Regierung kompensiert einen Teil des Lohnausfalls.',
    'Die Stadt, in der Menschen leben, wächst.',
    'Er weiß, dass das Menschen betrifft.',
    'Damit hat dieser neue Anschläge angedroht.',
    'Der Bau einer solchen Rakete kostet Millionen.',
    'Das Gebot lag bei über 63.000 Euro, das ist das Sechsfache des Mindestpreises.',
    'Er sagte der Bild, er bleibe im Amt.',
    'Er spielte mit neuem olympischen Rekord.',
    'Die Lage wird in tiefer gelegenen Gebieten schlimmer.',
    'Das Wrack wurde bei der Suche nach neuen Ölvorkommen gefunden.',
    'Die Schlange stellt einen Indikator für höhere Temperaturen dar.',
    'Der Schaden liegt bei 100.000 Euro.',
    'Weite Teile des Landes stehen unter Wasser.',
    'Die Produktion wird unter anderem Kabinen umfassen.',
    'Er ist meiner Meinung nach fähige Leute los.',
    'Sie lieferten ein vergleichsweise schwaches Rennen ab.',
    'Die Tunnel dienten dem Schmuggel.',
    'Obwohl ihm doch sicher effektivere Wege zur Verfügung stünden, zögerte er.',
    'Ein Jahrzehnte altes Foto wurde gefunden.',
    'Die Geschäftsführung des Landesamtes ist überlastet.',
    'Der Flughafen ist der am stärksten expandierende Standort.',
    'Anfang diesen Jahres stiegen die Preise.',
    'Er flog wegen des Iran nach Genf.',
    'Im Turnier um den Michail-Tal\'-Cup spielen 18 Großmeister.',
    'Ein Einsatz der THW-Schnell-Einsatz-Einheit-Bergung-Ausland ist in Vorbereitung.',
    'Die Verletzten wurden in nahe gelegene Krankenhäuser gebracht.',
    'Die Mail on Sunday berichtete darüber.',
    'Der Turm des Kölner Doms ist eingerüstet.',
    'Aufgerufen hatten Gruppen, darunter der Chaos Computer Club.',
  ]);
});
