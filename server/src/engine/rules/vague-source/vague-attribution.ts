import type { Attribution, Fix } from '../../types.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { placeholderFix } from '../helpers.js';

/** Prepositions that make a cue and its source one phrase ("Berichten zufolge", "laut Kritikern"). */
const PREPOSITIONAL_CUES = new Set(['zufolge', 'laut', 'gemäß', 'nach']);

/**
 * A placeholder for the missing source: the whole phrase becomes "laut [Quelle]" where cue and
 * source form a prepositional phrase; a subject ("Kritiker sagen", "Man geht davon aus") becomes
 * "[Quelle]". Nothing to replace when no source is written.
 */
function sourceFix(a: Attribution, start: number, end: number): Fix[] {
  if (!a.source) return [];
  if (PREPOSITIONAL_CUES.has(a.cue.text.toLowerCase())) return [placeholderFix('Quelle nennen', start, end - start, 'laut [Quelle]')];
  return [placeholderFix('Quelle nennen', a.source.offset, a.source.length, '[Quelle]')];
}

/** Attribution to nobody in particular: "Berichten zufolge", "es heißt", "Es wurde darauf hingewiesen", "Kritiker sagen". */
export const vagueAttribution: Rule = {
  meta: {
    id: 'vague-source/vague-attribution',
    category: 'vague-source',
    defaultSeverity: 'warning',
    message: {
      de: 'Vage Quelle „{phrase}“: Wer genau sagt das?',
      en: 'Vague source "{phrase}": who exactly says this?',
    },
    explanation: {
      de: 'Die Aussage wird niemand Bestimmtem zugeschrieben. Leser halten sie für bestätigt, obwohl offen bleibt, wer sie verantwortet.',
      en: 'The statement is attributed to nobody in particular. Readers take it as confirmed although it stays open who stands behind it.',
    },
    standard: STANDARDS.ziffer2,
    howToFix: {
      de: 'Die Quelle nennen („laut der Nachrichtenagentur Reuters“) oder die Aussage als unbestätigt kennzeichnen.',
      en: 'Name the source ("according to the Reuters news agency") or mark the statement as unconfirmed.',
    },
  },
  check(analysis, report) {
    for (const a of analysis.attributions) {
      if (a.sourceKind !== 'vague' || a.continues !== undefined) continue;
      const start = a.source ? Math.min(a.source.offset, a.cue.offset) : a.cue.offset;
      const end = a.source ? Math.max(a.source.offset + a.source.length, a.cue.offset + a.cue.length) : a.cue.offset + a.cue.length;
      const phrase = analysis.text.slice(start, end);
      report({ offset: start, length: end - start, data: { phrase }, fixes: sourceFix(a, start, end) });
    }
  },
};
