import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordTable } from './words.js';

test('a spelling found anywhere in any text is one shared form, classified once', () => {
  const classified: string[] = [];
  const table = new WordTable((text, lower) => {
    classified.push(text);
    return lower.length;
  });
  const first = table.formOf('Die Sprecherin sagte', 4, 14);
  const again = table.formOf('„Sprecherin“', 1, 11);
  assert.equal(first, again);
  assert.equal(first.text, 'Sprecherin');
  assert.equal(first.lower, 'sprecherin');
  assert.equal(first.cls, 10);
  assert.notEqual(table.formOf('sprecherin', 0, 10), first);
  assert.deepEqual(classified, ['Sprecherin', 'sprecherin']);
});

test('spellings that differ in one code unit or in length are different forms', () => {
  const table = new WordTable(() => 0);
  const texts = ['Bär', 'Bar', 'Bärs', 'Bä', 'Ba\u0308r'];
  const forms = texts.map((t) => table.formOf(t, 0, t.length));
  assert.deepEqual(forms.map((f) => f.text), texts);
  assert.equal(new Set(forms).size, texts.length);
});

test('long words and a table past its generation size still give the right forms', () => {
  const table = new WordTable((text) => text.length);
  const long = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenhalter';
  const form = table.formOf(long, 0, long.length);
  assert.deepEqual([form.text, form.lower, form.cls], [long, long.toLowerCase(), long.length]);
  const early = table.formOf('Anfang', 0, 6);
  for (let i = 0; i < 300_000; i++) {
    const word = `w${i}`;
    assert.equal(table.formOf(word, 0, word.length).text, word);
  }
  table.startText();
  const later = table.formOf('Anfang', 0, 6);
  assert.equal(later.text, 'Anfang');
  assert.equal(later.cls, early.cls);
});

test('each text numbers its spellings from 0 in order of first occurrence, long ones too', () => {
  const table = new WordTable(() => 0);
  const long = 'x'.repeat(60);
  const first = table.startText();
  const text = `der Hund ${long} der ${long} Hund`;
  const spellingsOf = () => [...text.matchAll(/\S+/g)].map((m) => table.formOf(text, m.index, m.index + m[0].length).spelling);
  assert.deepEqual(spellingsOf(), [0, 1, 2, 0, 2, 1]);
  assert.deepEqual(first, ['der', 'Hund', long]);
  const second = table.startText();
  const other = 'Hund bellt';
  assert.deepEqual([table.formOf(other, 0, 4).spelling, table.formOf(other, 5, 10).spelling], [0, 1]);
  assert.deepEqual(second, ['Hund', 'bellt']);
});
