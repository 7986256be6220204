import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../testing/rule-test-kit.js';

function sentences(text: string): string[] {
  const a = testEngine().analyze(text);
  return a.sentences.map((s) => text.slice(s.offset, s.end));
}

test('abbreviations and ordinals do not end a sentence', () => {
  assert.deepEqual(sentences('Dr. Müller kam z. B. am 18. Januar, u. a. mit der 56. Brigade. Nr. 5 folgte.'), [
    'Dr. Müller kam z. B. am 18. Januar, u. a. mit der 56. Brigade.',
    'Nr. 5 folgte.',
  ]);
});

test('a sentence ends after a year followed by a new sentence', () => {
  assert.deepEqual(sentences('Das war 2023. Die Polizei ermittelt.'), ['Das war 2023.', 'Die Polizei ermittelt.']);
});

test('dotted names and place names stay whole', () => {
  assert.deepEqual(sentences('Das Unternehmen R.Politik sagte das. Washington, DC warnte.'), ['Das Unternehmen R.Politik sagte das.', 'Washington, DC warnte.']);
});

test('a closing quotation mark belongs to its sentence; lower case after it continues the sentence', () => {
  assert.deepEqual(sentences('„Wir kämpfen.“ sagte der Beamte. „Gut.“ Dann ging er.'), ['„Wir kämpfen.“ sagte der Beamte.', '„Gut.“', 'Dann ging er.']);
});

test('lines without final punctuation are sentences of their own', () => {
  assert.deepEqual(sentences('Kreml dementiert Bericht\n\nPeskow sagte das.\nVerwandte Themen:'), ['Kreml dementiert Bericht', 'Peskow sagte das.', 'Verwandte Themen:']);
});

test('questions and exclamations end sentences', () => {
  assert.deepEqual(sentences('Wie kommt er da heraus? Er weiß es nicht! Gut.'), ['Wie kommt er da heraus?', 'Er weiß es nicht!', 'Gut.']);
});

test('regnal numbers continue the sentence unless a new one starts', () => {
  assert.deepEqual(sentences('Elisabeth II. besuchte Berlin. Papst Benedikt XVI. Der Papst kam.'), ['Elisabeth II. besuchte Berlin.', 'Papst Benedikt XVI.', 'Der Papst kam.']);
  // no sentence starts with a comma
  assert.deepEqual(sentences('Die Königin, Elisabeth II., bat um Ruhe. Er kam.'), ['Die Königin, Elisabeth II., bat um Ruhe.', 'Er kam.']);
});
