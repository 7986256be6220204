import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a, halfOf, parseGarbleTsv, scoreFlags } from './garble.js';

const tsv = [
  'id\tlabel\ttext\terror_spans',
  'sysA:news.1:1\tneg\tDer Satz ist gut.\t[]',
  'sysB:news.1:2\tpos\tfür ein Kommentar\t[[4, 7, "grammar", "major"]]',
  '',
].join('\n');

test('segments are read with their document and label', () => {
  assert.deepEqual(parseGarbleTsv(tsv, 'g.tsv'), [
    { id: 'sysA:news.1:1', document: 'news.1', positive: false, text: 'Der Satz ist gut.' },
    { id: 'sysB:news.1:2', document: 'news.1', positive: true, text: 'für ein Kommentar' },
  ]);
});

test('a malformed file is refused with the line that is wrong', () => {
  assert.throws(() => parseGarbleTsv('a\tb\n', 'g.tsv'), /g\.tsv: expected a header/);
  assert.throws(() => parseGarbleTsv('id\tlabel\ttext\terror_spans\nx:y:1\tmaybe\tText\t[]\n', 'g.tsv'), /g\.tsv:2:/);
});

test('the halves are fixed by a stable hash of the document', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  const [a, b] = parseGarbleTsv(tsv, 'g.tsv');
  assert.equal(halfOf(a!), halfOf(b!));
});

test('segment flags score as precision, recall and false-flag rate', () => {
  const s = scoreFlags([
    { positive: true, flagged: true },
    { positive: true, flagged: false },
    { positive: false, flagged: true },
    { positive: false, flagged: false },
    { positive: false, flagged: false },
    { positive: false, flagged: false },
  ]);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.5);
  assert.equal(s.falseFlagRate, 0.25);
  assert.equal(s.positives, 2);
  assert.equal(s.negatives, 4);
  assert.ok(Number.isNaN(scoreFlags([{ positive: true, flagged: false }]).precision));
});
