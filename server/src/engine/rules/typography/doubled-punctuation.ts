import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';

/**
 * Marks that never stand twice in a row; three or more periods are an ellipsis, its own token. A
 * doubled colon is left out: wiki markup indents with it.
 */
const MARKS = new Set(['.', ',', ';']);
const OPENING_BRACKETS = new Set(['[', '(']);

/** The same punctuation mark twice in a row: "auf den Transfer..", "ging,, sagte". */
export const doubledPunctuation: Rule = {
  meta: {
    id: 'typography/doubled-punctuation',
    category: 'typography',
    defaultSeverity: 'warning',
    message: {
      de: 'Doppeltes Satzzeichen „{marks}“.',
      en: 'Doubled punctuation "{marks}".',
    },
    explanation: {
      de: 'Punkt, Komma und Semikolon stehen nie zweimal hintereinander; drei Punkte sind eine Auslassung (…), auch nach einer Abkürzung am Satzende steht nur ein Punkt. Das zweite Zeichen ist ein Tippfehler oder ein Rest beim Zusammenfügen von Sätzen.',
      en: 'A period, comma or semicolon never stands twice in a row; three periods are an ellipsis (…), and an abbreviation at the end of a sentence takes a single period. The second mark is a typo or left over from joining sentences.',
    },
    standard: STANDARDS.typography,
    howToFix: {
      de: 'Das zweite Zeichen löschen.',
      en: 'Delete the second mark.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      if (t.kind !== 'punct' || !MARKS.has(t.text) || prev.text !== t.text || t.spaceBefore || prev.end !== t.offset) continue;
      // "[..]" marks an omission in a quotation
      if (OPENING_BRACKETS.has(tokens[k - 2]?.text ?? '')) continue;
      // a third mark makes an ellipsis the tokenizer did not join; it is not doubled
      const next = tokens[k + 1];
      if (next?.text === t.text && next.offset === t.end) {
        k++;
        continue;
      }
      report({
        offset: prev.offset,
        length: t.end - prev.offset,
        data: { marks: prev.text + t.text },
        fixes: [{ title: inLocale(analysis, { de: 'Zweites Zeichen löschen', en: 'Delete the second mark' }), edits: [{ offset: t.offset, length: t.end - t.offset, newText: '' }], safe: true }],
      });
    }
  },
};
