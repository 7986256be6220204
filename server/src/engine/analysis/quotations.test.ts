import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../testing/rule-test-kit.js';

function quotes(text: string): [string, string, string][] {
  return testEngine()
    .analyze(text)
    .quotations.map((q) => [q.openMark, q.closeMark, text.slice(q.open, q.close >= 0 ? q.close + 1 : q.open + 1)]);
}

test('pairs German, straight, English, French and nested quotations', () => {
  assert.deepEqual(quotes('„Nein“, "Ja", “Yes”, »Oui« und „er sagte ‚nie‘“.'), [
    ['„', '“', '„Nein“'],
    ['"', '"', '"Ja"'],
    ['“', '”', '“Yes”'],
    ['»', '«', '»Oui«'],
    ['„', '“', '„er sagte ‚nie‘“'],
    ['‚', '‘', '‚nie‘'],
  ]);
});

test('a quotation may span sentences', () => {
  const a = testEngine().analyze('„Wir sind entschlossen. Und wir bleiben es“, fügte er hinzu.');
  assert.equal(a.quotations.length, 1);
  assert.ok(a.sentences.length >= 2);
});

test('a German quotation closed by an English mark is one quotation with differing marks', () => {
  assert.deepEqual(quotes('Er sagte, „es würde schaden .” Dann ging er.'), [['„', '”', '„es würde schaden .”']]);
});

test('an unclosed quotation is marked as such', () => {
  assert.deepEqual(quotes('Er sagte: „Es ist falsch.'), [['„', '', '„']]);
});
