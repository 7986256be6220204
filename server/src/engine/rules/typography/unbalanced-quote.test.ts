import { test } from 'node:test';
import { assertSilent, assertTriggers } from '../../testing/rule-test-kit.js';

const RULE = 'typography/unbalanced-quote';

test('flags a quotation that is never closed in its paragraph', () => {
  assertTriggers(RULE, ['Peskow sagte: „Der Bericht ist falsch. Er wird nichts ändern.', 'Sie sprach von »Verrat und ging.']);
});

test('leaves closed quotations and apostrophes alone', () => {
  assertSilent(RULE, ['Peskow sagte: „Der Bericht ist falsch.“', "Wie geht's? Das war Putins' Idee, sagte er.", 'Er nannte es "unfair".']);
});
