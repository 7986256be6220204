/**
 * Shared helpers for the tests beside each rule: lint German sentences with the real lexicon and
 * look at one rule's findings; apply a rule's fixes and lint the result again.
 */
import assert from 'node:assert/strict';
import { createEngine, type Engine, type Finding, type LintOptions } from '../index.js';
import { applyFixes } from '../fixer.js';
import { loadLexiconData } from '../../node/lexicon-file.js';

let shared: Engine | undefined;

export function testEngine(): Engine {
  shared ??= createEngine(loadLexiconData());
  return shared;
}

export function findingsOf(ruleId: string, text: string, options: LintOptions = {}): Finding[] {
  return testEngine()
    .lint(text, options)
    .findings.filter((f) => f.rule === ruleId);
}

/** The text each finding of the rule covers. */
export function flaggedTexts(ruleId: string, text: string, options: LintOptions = {}): string[] {
  return findingsOf(ruleId, text, options).map((f) => text.slice(f.offset, f.offset + f.length));
}

export function assertTriggers(ruleId: string, texts: readonly string[], options: LintOptions = {}): void {
  for (const text of texts) assert.ok(findingsOf(ruleId, text, options).length > 0, `${ruleId} should flag: ${text}`);
}

export function assertSilent(ruleId: string, texts: readonly string[], options: LintOptions = {}): void {
  for (const text of texts) assert.deepEqual(flaggedTexts(ruleId, text, options), [], `${ruleId} should not flag: ${text}`);
}

/** Applies the rule's safe fixes, checks the result, and checks that linting it again finds nothing of the rule. */
export function assertFixes(ruleId: string, text: string, expected: string): void {
  const fixes = findingsOf(ruleId, text).flatMap((f) => f.fixes.filter((x) => x.safe));
  assert.ok(fixes.length > 0, `${ruleId} should offer a safe fix for: ${text}`);
  const { output } = applyFixes(text, fixes);
  assert.equal(output, expected);
  assert.deepEqual(flaggedTexts(ruleId, output), [], `${ruleId} should be silent after fixing`);
}
