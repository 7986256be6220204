import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../testing/rule-test-kit.js';
import type { Analysis } from './model.js';
import { countOfWord, sentencesWithWords } from './occurrences.js';

const TEXT = 'Er soll kommen. Das war alles. Soll er? SOLL ER! Sie SoLL. Die US-Regierung soll. Ein us-regierung-Fehler.';

/** What a scan of every token answers: the sentences with a word that is `lower` in lower case. */
function scanned(analysis: Analysis, lowers: readonly string[]): number[] {
  const found = new Set<number>();
  for (const t of analysis.tokens) if (t.kind === 'word' && lowers.includes(t.lower)) found.add(t.sentence);
  return [...found].sort((a, b) => a - b);
}

test('finds the sentences of a word in any case, as a scan of the tokens does', () => {
  const analysis = testEngine().analyze(TEXT);
  for (const lowers of [['soll'], ['us-regierung'], ['soll', 'war'], ['fehlt'], ['er']]) {
    assert.deepEqual(sentencesWithWords(analysis, lowers), scanned(analysis, lowers), lowers.join());
  }
  assert.deepEqual(sentencesWithWords(analysis, ['soll']), [0, 2, 3, 4, 5]);
  assert.equal(countOfWord(analysis, 'soll'), 5);
  assert.equal(countOfWord(analysis, 'fehlt'), 0);
});

test('answers the same for a text analysed before another one', () => {
  const engine = testEngine();
  const earlier = engine.analyze(TEXT);
  engine.analyze('Ganz andere Wörter, soll man meinen.');
  assert.deepEqual(sentencesWithWords(earlier, ['soll']), [0, 2, 3, 4, 5]);
  assert.deepEqual(sentencesWithWords(earlier, ['us-regierung']), scanned(earlier, ['us-regierung']));
  assert.equal(countOfWord(earlier, 'soll'), 5);
});
