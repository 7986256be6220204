import { hasSourceInReach } from '../../analysis/attributions.js';
import { sentencesWithWords } from '../../analysis/occurrences.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';

const HEDGES = new Set(['angeblich', 'angebliche', 'angeblichen', 'angeblicher', 'angebliches', 'angeblichem', 'vermeintlich', 'vermeintliche', 'vermeintlichen', 'gerüchteweise']);

/** "angeblich": a claim marked as unconfirmed; without a source in reach the reader cannot tell whose. */
export const angeblich: Rule = {
  meta: {
    id: 'vague-source/angeblich',
    category: 'vague-source',
    defaultSeverity: 'warning',
    message: {
      de: '„{word}“ ohne Quelle: Wer behauptet das?',
      en: '"{word}" without a source: who claims this?',
    },
    explanation: {
      de: '„Angeblich“ kennzeichnet eine Behauptung als unbestätigt, sagt aber nicht, von wem sie stammt. Steht keine Quelle in Reichweite, bleibt die Behauptung herrenlos.',
      en: '"Angeblich" (allegedly) marks a claim as unconfirmed but does not say whose it is. With no source in reach, the claim belongs to nobody.',
    },
    standard: STANDARDS.ziffer2,
    howToFix: {
      de: 'Die Quelle der Behauptung nennen („wie Bloomberg berichtete“).',
      en: 'Name the source of the claim ("as Bloomberg reported").',
    },
  },
  check(analysis, report) {
    for (const index of sentencesWithWords(analysis, HEDGES)) {
      const s = analysis.sentences[index];
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = analysis.tokens[k];
        if (t.kind !== 'word' || !HEDGES.has(t.lower) || t.quote >= 0) continue;
        const covered = hasSourceInReach(analysis, s.index) || (s.index > 0 && hasSourceInReach(analysis, s.index - 1) && analysis.sentences[s.index - 1].block === s.block);
        report({ offset: t.offset, length: t.end - t.offset, data: { word: t.text }, severity: covered ? 'hint' : undefined });
      }
    }
  },
};
