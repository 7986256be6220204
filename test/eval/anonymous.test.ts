import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySource, resolvePronouns } from './anonymous.js';

const words = (phrase: string) => phrase.split(' ');

test('sources whose head noun hides who spoke are anonymous', () => {
  for (const phrase of [
    'Diplomaten',
    'aus Militärkreisen',
    'ein hochrangiger Regierungsbeamter',
    'Behördenangaben',
    'Analysten',
    'Hochrangige Diplomaten in Brüssel',
    'US-Beamte',
    'Ein Sprecher',
    'ein Sprecher aus Regierungskreisen',
    'mehrere Augenzeugen',
    'Aus EU-Kreisen',
    'Angaben informierter Kreise',
    'Angaben von Augenzeugen',
    'Ohrenzeugen',
    'der Mitarbeiter einer Produktionsfirma',
    'Angaben russischer Beamter',
    'einem anonymen Hinweis auf eine Lagerhalle',
    'nicht namentlich genannte Quellen',
    'Ein nicht genannter Sprecher des Ministeriums',
  ]) {
    assert.equal(classifySource(words(phrase)), 'anonymous', phrase);
  }
});

test('named people and institutions, and spokespeople of a named institution, are not anonymous', () => {
  for (const phrase of [
    'ein Sprecher des Finanzministeriums',
    'Der Sprecher von Siemens',
    'Regierungssprecher Steffen Seibert',
    'Experte Karl Lauterbach',
    'Wladimir Putin',
    'Die Polizei',
    'ein Polizeisprecher',
    'Der Vertreter der Arbeitgeber , Peter Clever',
    'Die Nachrichtenseite Business Insider',
    'dessen Stellvertreter',
    'Angaben von Oppositionspolitikern',
    'Mitarbeiter Peter Müller',
  ]) {
    assert.equal(classifySource(words(phrase)), 'other', phrase);
  }
});

test('pronouns and empty sources are classified as such', () => {
  assert.equal(classifySource(['Er']), 'pronoun');
  assert.equal(classifySource(['sie']), 'pronoun');
  assert.equal(classifySource(['der']), 'pronoun');
  assert.equal(classifySource(['Demnach']), 'pronoun');
  assert.equal(classifySource([]), 'empty');
});

test('a possessive with a noun of saying and a definite bare spokesperson refer back like pronouns', () => {
  for (const phrase of ['Seiner Darstellung', 'ihren Angaben', 'Der Sprecher', 'die Sprecherin', 'Der neue Sprecher']) {
    assert.equal(classifySource(words(phrase)), 'pronoun', phrase);
  }
  for (const phrase of ['Ein Sprecher', 'eine Sprecherin']) assert.equal(classifySource(words(phrase)), 'anonymous', phrase);
});

test('a pronoun takes the class of the nearest source before it, within reach', () => {
  assert.deepEqual(
    resolvePronouns([
      { sentence: 0, cls: 'anonymous' },
      { sentence: 1, cls: 'pronoun' },
      { sentence: 2, cls: 'other' },
      { sentence: 4, cls: 'pronoun' },
      { sentence: 9, cls: 'pronoun' },
    ]),
    ['anonymous', 'anonymous', 'other', 'other', 'pronoun'],
  );
  assert.deepEqual(resolvePronouns([{ sentence: 0, cls: 'pronoun' }]), ['pronoun']);
});
