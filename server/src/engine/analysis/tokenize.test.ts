import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from './model.js';
import { tokenize } from './tokenize.js';

function tokens(text: string): Token[] {
  const out: Token[] = [];
  tokenize(text, 0, text.length, [], out);
  return out;
}

test('offsets are UTF-16 indices that slice back to each token', () => {
  const text = 'Kreml-Sprecher 😀 sagte: „Café“ – e\u0301ine 👨‍👩‍👧 Quelle.';
  for (const t of tokens(text)) assert.equal(text.slice(t.offset, t.end), t.text);
});

test('emoji are symbols of two code units; combining marks stay in their word', () => {
  const list = tokens('Gut 😀 gemacht, Jose\u0301!');
  const emoji = list.find((t) => t.kind === 'symbol');
  assert.equal(emoji?.text, '😀');
  assert.equal(emoji!.end - emoji!.offset, 2);
  assert.ok(list.some((t) => t.kind === 'word' && t.text === 'Jose\u0301'));
});

test('words keep inner hyphens, apostrophes and dotted names; Ergänzungsstrich stays with its word', () => {
  const words = tokens("Die G20-Staats- und Regierungschefs, R.Politik und US-Beamte: geht's?").filter((t) => t.kind === 'word').map((t) => t.text);
  assert.deepEqual(words, ['Die', 'G20-Staats-', 'und', 'Regierungschefs', 'R.Politik', 'und', 'US-Beamte', "geht's"]);
});

test('numbers keep their separators; a period after a number is its own token', () => {
  const list = tokens('200.000 Pfund am 18. Januar, 2,5 Prozent.');
  assert.deepEqual(list.map((t) => t.text), ['200.000', 'Pfund', 'am', '18', '.', 'Januar', ',', '2,5', 'Prozent', '.']);
  // times and scores are one token; a colon before a space is punctuation
  const colons = tokens('Um 14:30 Uhr nach dem 2:0-Sieg: 3 Tore.');
  assert.deepEqual(colons.map((t) => [t.text, t.kind]), [
    ['Um', 'word'], ['14:30', 'number'], ['Uhr', 'word'], ['nach', 'word'], ['dem', 'word'], ['2:0-Sieg', 'word'],
    [':', 'punct'], ['3', 'number'], ['Tore', 'word'], ['.', 'punct'],
  ]);
});

test('excluded ranges are skipped and mark a space', () => {
  const text = 'Vor <!-- x --> nach';
  const out: Token[] = [];
  tokenize(text, 0, text.length, [{ offset: 4, end: 14 }], out);
  assert.deepEqual(out.map((t) => [t.text, t.spaceBefore]), [['Vor', true], ['nach', true]]);
});

test('a number joined to a word by a hyphen is one word', () => {
  assert.deepEqual(tokens('die 390.000-Einwohner-Stadt').map((t) => [t.kind, t.text]), [['word', 'die'], ['word', '390.000-Einwohner-Stadt']]);
});
