import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';

const SOLLEN = new Set(['soll', 'sollen']);
const PERFECT_AUX = new Set(['haben', 'sein']);

/** Hearsay "soll … gesagt haben" with no source in the sentence or carried over. */
export const hearsaySollen: Rule = {
  meta: {
    id: 'vague-source/hearsay-sollen',
    category: 'vague-source',
    defaultSeverity: 'warning',
    message: {
      de: 'Hörensagen („{phrase}“) ohne Quelle: Wer berichtet das?',
      en: 'Hearsay ("{phrase}") without a source: who reports this?',
    },
    explanation: {
      de: '„Soll … haben“ gibt eine fremde, unbestätigte Behauptung wieder. Ohne Quelle in Reichweite weiß der Leser nicht, wer sie aufstellt.',
      en: '"Soll … haben" relays someone else\'s unconfirmed claim. With no source in reach the reader does not know who makes it.',
    },
    standard: STANDARDS.ziffer2,
    howToFix: {
      de: 'Die Quelle ergänzen („soll nach Angaben der Polizei … haben“).',
      en: 'Add the source ("soll nach Angaben der Polizei … haben").',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (analysis.coveringAttribution[s.index] >= 0) continue;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        if (!SOLLEN.has(tokens[k].lower) || tokens[k].quote >= 0) continue;
        for (let m = k + 2; m < s.tokenEnd && tokens[m].kind === 'word'; m++) {
          if (PERFECT_AUX.has(tokens[m].lower) && (tokens[m - 1].cls & WordClass.PARTICIPLE) !== 0) {
            const end = tokens[m].end;
            report({ offset: tokens[k].offset, length: end - tokens[k].offset, data: { phrase: analysis.text.slice(tokens[k].offset, end) } });
            break;
          }
        }
      }
    }
  },
};
