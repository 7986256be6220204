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
  assert.deepEqual(first, { text: 'Sprecherin', lower: 'sprecherin', cls: 10 });
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
  assert.deepEqual(table.formOf(long, 0, long.length), { text: long, lower: long.toLowerCase(), cls: long.length });
  const early = table.formOf('Anfang', 0, 6);
  for (let i = 0; i < 300_000; i++) {
    const word = `w${i}`;
    assert.equal(table.formOf(word, 0, word.length).text, word);
  }
  const later = table.formOf('Anfang', 0, 6);
  assert.deepEqual(later, early);
});
