import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/verbless-fragment';

test('flags fragments without a finite verb left after a sentence', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Putin sprach von einer Tragödie. Reuters gemeldet.'), ['Reuters gemeldet.']);
  assert.deepEqual(flaggedTexts(RULE, 'Washington hat sich dagegen eingesetzt. Ukraine.'), ['Ukraine.']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Kontakte endeten im Nichts. Verhandlungen Ende 2023-2024.'), ['Verhandlungen Ende 2023-2024.']);
  assert.deepEqual(
    flaggedTexts(RULE, 'Der Beamte lehnte eine Auskunft ab. Mögliche Anrufe von Sullivan, sowie ob ein solches Gespräch stattgefunden hat.'),
    ['Mögliche Anrufe von Sullivan, sowie ob ein solches Gespräch stattgefunden hat.'],
  );
});

test('flags a clause whose auxiliary is missing beside its participle, even first in a paragraph', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Regierung angekündigt neue Maßnahmen.'), ['Die Regierung angekündigt neue Maßnahmen.']);
});

test('leaves deliberate ellipsis, first sentences, questions and subordinate clauses alone', () => {
  assertSilent(RULE, [
    'Verpflichtende Quarantäne in Österreich, trotz eines negativen Tests. Dies gilt schon für Deutschland.',
    'Viele Länder haben den Kosovo nicht anerkannt. Darunter auch fünf der 27 EU-Staaten.',
    'Ab 1997 fror die Alster zu. Das erste offizielle seit 1997.',
    'Er wurde festgenommen. Das außergewöhnliche Ergebnis: 6,52 Promille.',
    'Gab es Projekte, die du nicht mochtest? Hmmmm. Da sind schon ein paar.',
    'Die Rakete wurde zerstört. Erst, nachdem die Ursache geklärt ist, soll entschieden werden.',
    'Die Rakete wurde zerstört. Kämen sie dem nicht nach, so drohe eine Strafe.',
    'Der Papst wählte Königin Elisabeth II. Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II.',
    'Wo liegen nun die Gründe? Warum?',
    'Der Präsident, fotografiert am Montag in Berlin.',
    'Das Spiel gewonnen, die Meisterschaft verloren.',
  ]);
});
