import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from './testing/rule-test-kit.js';

const SENTENCE = 'Quellen zufolge lehnte Moskau ab.';

/** 0-based lines that carry a finding of the category. */
function linesWith(category: string, text: string): number[] {
  const lines = new Set(
    testEngine()
      .lint(text, { format: 'markdown' })
      .findings.filter((f) => f.category === category)
      .map((f) => text.slice(0, f.offset).split('\n').length - 1),
  );
  return [...lines].sort((a, b) => a - b);
}

function rulesFound(text: string, format: 'plaintext' | 'markdown' = 'markdown', checked: { text: string; reason: string; rule?: string }[] = []): string[] {
  return testEngine()
    .lint(text, { format, config: { checked } })
    .findings.map((f) => f.category);
}

test('the finding is there without directives', () => {
  assert.ok(rulesFound(SENTENCE).includes('anonymous-source'));
});

test('disable-next-line switches a category off for the next line only', () => {
  const text = `<!-- quellcheck-disable-next-line anonymous-source -- Grund: Informantenschutz -->\n${SENTENCE}\n\n${SENTENCE}\n`;
  assert.deepEqual(linesWith('anonymous-source', text), [3]);
});

test('disable … enable covers a block of lines', () => {
  const text = `<!-- quellcheck-disable anonymous-source -->\n${SENTENCE}\n\n${SENTENCE}\n<!-- quellcheck-enable anonymous-source -->\n\n${SENTENCE}\n`;
  assert.deepEqual(linesWith('anonymous-source', text), [6]);
});

test('disable-file switches a rule off everywhere; other rules stay on', () => {
  const text = `<!-- quellcheck-disable-file anonymous-source/unnamed-source -->\n${SENTENCE} Er sprach vom "Status" .\n`;
  const found = rulesFound(text);
  assert.ok(!found.includes('anonymous-source'));
  assert.ok(found.includes('typography'));
});

test('directives are only read in Markdown', () => {
  const text = `<!-- quellcheck-disable-file -->\n${SENTENCE}\n`;
  assert.ok(rulesFound(text, 'plaintext').includes('anonymous-source'));
});

test('a checked entry with a reason accepts the sourcing findings in that sentence', () => {
  const found = rulesFound(SENTENCE, 'plaintext', [{ text: 'Quellen zufolge lehnte Moskau ab', reason: 'Zwei Quellen unabhängig bestätigt (CvD)' }]);
  assert.ok(!found.includes('anonymous-source'));
});
