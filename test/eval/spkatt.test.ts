import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentNumber, goldEvents, rebuildText, sentenceTokens, splitOf, tokensInSpan, type SpkattDocument } from './spkatt.js';

function rebuiltOk(sentences: string[][]) {
  const rebuilt = rebuildText(sentences);
  for (const token of rebuilt.tokens) assert.equal(rebuilt.text.slice(token.start, token.end), token.text);
  assert.equal(rebuilt.tokens.length, sentences.flat().length);
  return rebuilt;
}

test('punctuation sticks to the word before it, opening brackets and quotes to the word after', () => {
  assert.equal(rebuiltOk([['Er', 'sagte', ',', 'es', 'sei', '„', 'gut', '“', '.']]).text, 'Er sagte, es sei „gut“.');
  assert.equal(rebuiltOk([['Die', 'Partei', '(', 'SPD', ')', 'siegte', '...']]).text, 'Die Partei (SPD) siegte...');
  assert.equal(rebuiltOk([['»', 'Ja', '«', ',', 'sagte', 'er', '.']]).text, '»Ja«, sagte er.');
  assert.equal(rebuiltOk([['«', 'Ja', '»', ',', 'sagte', 'er', '.']]).text, '«Ja», sagte er.');
});

test('straight quotes alternate between opening and closing, also across sentences', () => {
  assert.equal(rebuiltOk([['Er', 'nannte', 'es', '"', 'gut', '"', ',', 'sagte', 'sie', '.']]).text, 'Er nannte es "gut", sagte sie.');
  assert.equal(
    rebuiltOk([["''", 'Wikinews', "''", ':', 'Wie', 'geht', 'es', '?'], ["''", 'Pau', "''", ':', 'Gut', '.']]).text,
    "''Wikinews'': Wie geht es? ''Pau'': Gut.",
  );
});

test('quotations of the same family nest', () => {
  assert.equal(rebuiltOk([['„', 'Den', '„', 'Grundsatz', '“', 'verstanden', '“', ',', 'sagte', 'er', '.']]).text, '„Den „Grundsatz“ verstanden“, sagte er.');
});

test('a right single quote outside a single quotation is an apostrophe', () => {
  assert.equal(rebuiltOk([['sagte', 'Mark', 'O', '’', 'Keefe', '.']]).text, 'sagte Mark O’Keefe.');
  assert.equal(rebuiltOk([['das', '‚', 'Haus', '’', 'steht', '.']]).text, 'das ‚Haus’ steht.');
});

test('sentences run on with a space; a line without final punctuation ends with a line break', () => {
  const rebuilt = rebuiltOk([['Hintergrund'], ['Er', 'kam', '.'], ['Sie', 'sagte', ':'], ['„', 'Ja', '.', '“']]);
  assert.equal(rebuilt.text, 'Hintergrund\nEr kam. Sie sagte: „Ja.“');
  assert.deepEqual(rebuilt.sentenceStarts, [0, 1, 4, 7]);
  assert.equal(rebuilt.tokens[4]!.sentence, 2);
});

test('a quotation mark split off into the neighbouring sentence still sticks to its quotation', () => {
  assert.equal(rebuiltOk([['Er', 'sagte', ':', '„'], ['Es', 'regnet', '.', '“'], ['Dann', 'ging', 'er', '.']]).text, 'Er sagte: „Es regnet.“ Dann ging er.');
  assert.equal(rebuiltOk([['„'], ['Es', 'regnet', '.'], ['“', 'Dann', 'ging', 'er', '.']]).text, '„Es regnet.“ Dann ging er.');
});

test('an unclosed quotation does not carry over a line break', () => {
  assert.equal(rebuiltOk([['"', 'Titel'], ['"', 'Er', 'kam', '"', '.']]).text, '"Titel\n"Er kam".');
});

test('tokensInSpan returns every token that overlaps the span', () => {
  const { tokens } = rebuildText([['Er', 'sagte', ',', 'es', 'sei', 'gut', '.']]);
  // 'Er sagte, es sei gut.'
  assert.deepEqual(tokensInSpan(tokens, 0, 2), [0]);
  assert.deepEqual(tokensInSpan(tokens, 4, 1), [1]);
  assert.deepEqual(tokensInSpan(tokens, 8, 4), [2, 3]);
  assert.deepEqual(tokensInSpan(tokens, 13, 100), [4, 5, 6]);
  assert.deepEqual(tokensInSpan(tokens, 2, 1), []);
  assert.deepEqual(tokensInSpan(tokens, 3, 0), []);
});

const doc: SpkattDocument = {
  DocumentName: '10025 - Beispiel (2005-08-05)',
  Sentences: [
    { SentenceId: 0, Tokens: ['Er', 'kam', '.'] },
    { SentenceId: 1, Tokens: ['Peskow', 'sagte', ',', 'es', 'regne', '.'] },
  ],
  Annotations: [
    { Cue: ['1:1'], Source: ['1:0'], Message: ['1:3', '1:4'], Addr: [], Frame: [], Form: 'Indirect', STWR: 'Speech', IsNested: false, HasNested: false },
  ],
};

test('gold references "sentence:token" become document-wide token indices', () => {
  const rebuilt = rebuildText(sentenceTokens(doc));
  assert.deepEqual(goldEvents(doc, rebuilt), [{ cue: [4], source: [3], message: [6, 7], form: 'Indirect' }]);
  const broken = { ...doc, Annotations: [{ ...doc.Annotations[0]!, Cue: ['1:6'] }] };
  assert.throws(() => goldEvents(broken, rebuilt), /1:6 is outside the document/);
});

test('sentences must come in id order', () => {
  assert.throws(() => sentenceTokens({ ...doc, Sentences: [doc.Sentences[1]!, doc.Sentences[0]!] }), /sentence 0 has id 1/);
});

test('every fifth article by number is held out', () => {
  assert.equal(documentNumber('10022 - Der Astronaut'), 10022);
  assert.equal(splitOf('10022 - Der Astronaut'), 'dev');
  assert.equal(splitOf(doc.DocumentName), 'test');
  assert.throws(() => documentNumber('Ohne Nummer'), /without a leading number/);
});
