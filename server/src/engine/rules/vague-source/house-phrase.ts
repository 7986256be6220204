import { PhraseSet } from '../../analysis/phrases.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { tokenSpan } from '../helpers.js';

/** Phrases a newsroom lists as vague sourcing in its configuration (`phrases["vague-source"]`). */
export const housePhrase: Rule = {
  meta: {
    id: 'vague-source/house-phrase',
    category: 'vague-source',
    defaultSeverity: 'warning',
    message: {
      de: 'Vage Formulierung aus der Hausliste („{phrase}“): Wer genau sagt das?',
      en: 'Vague wording from the house list ("{phrase}"): who exactly says this?',
    },
    explanation: {
      de: 'Die Redaktion hat diese Formulierung in ihrer Konfiguration als vage Quellenangabe eingetragen. Sie lässt offen, wer die Aussage verantwortet.',
      en: 'The newsroom listed this wording as vague sourcing in its configuration. It leaves open who stands behind the statement.',
    },
    standard: STANDARDS.ziffer2,
    howToFix: {
      de: 'Die Quelle nennen oder die Aussage als unbestätigt kennzeichnen.',
      en: 'Name the source or mark the statement as unconfirmed.',
    },
  },
  check(analysis, report) {
    const configured = analysis.config.phrases['vague-source'] ?? [];
    if (configured.length === 0) return;
    const phrases = new PhraseSet(configured);
    for (const s of analysis.sentences) {
      for (const m of phrases.matchAll(analysis.tokens, s.tokenStart, s.tokenEnd)) {
        const span = tokenSpan(analysis.tokens, m.start, m.end);
        report({ ...span, data: { phrase: analysis.text.slice(span.offset, span.offset + span.length) } });
      }
    }
  },
};
