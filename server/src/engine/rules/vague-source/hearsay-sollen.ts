import { hasSourceInReach, isSourced } from '../../analysis/attributions.js';
import type { Analysis, Sentence } from '../../analysis/model.js';
import { sentencesWithWords } from '../../analysis/occurrences.js';
import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';

const SOLLEN = new Set(['soll', 'sollen']);
const PERFECT_AUX = new Set(['haben', 'sein']);

/**
 * "soll … gesagt haben", or at the end of a subordinate clause "…, der geflohen sein soll": the
 * range from "soll" to the auxiliary (from the participle to "soll"), or null.
 */
function sollenHaben(analysis: Analysis, s: Sentence): [number, number] | null {
  const { tokens } = analysis;
  const isParticiple = (k: number) => k >= s.tokenStart && (tokens[k].cls & WordClass.PARTICIPLE) !== 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!SOLLEN.has(tokens[k].lower) || tokens[k].quote >= 0) continue;
    if (k - 2 >= s.tokenStart && PERFECT_AUX.has(tokens[k - 1].lower)) {
      const participle = tokens[k - 2].lower === 'worden' ? k - 3 : k - 2;
      if (isParticiple(participle)) return [participle, k + 1];
    }
    for (let m = k + 2; m < s.tokenEnd && (tokens[m].kind === 'word' || tokens[m].kind === 'number'); m++) {
      if (PERFECT_AUX.has(tokens[m].lower) && isParticiple(m - 1)) return [k, m + 1];
    }
  }
  return null;
}


/** Whether `offset` is that of the participle before the auxiliary of "soll … gesagt haben": the statement is the hearsay itself. */
function isHearsayVerb(analysis: Analysis, offset: number, [start, end]: [number, number]): boolean {
  const participle = analysis.tokens[end - 2];
  return end - 2 > start && participle.offset === offset;
}

/**
 * Hearsay with no source in the sentence or carried over: "soll … gesagt haben" (", der geflohen
 * sein soll"), and reported speech in Konjunktiv I ("Der Minister sei zurückgetreten") that nobody
 * in reach is said to have made.
 */
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
      de: '„Soll … haben“ und der Konjunktiv I („er sei zurückgetreten“) geben eine fremde, unbestätigte Behauptung wieder. Ohne Quelle in Reichweite weiß der Leser nicht, wer sie aufstellt.',
      en: '"Soll … haben" and the Konjunktiv I ("er sei zurückgetreten") relay someone else\'s unconfirmed claim. With no source in reach the reader does not know who makes it.',
    },
    standard: STANDARDS.ziffer2,
    howToFix: {
      de: 'Die Quelle ergänzen („soll nach Angaben der Polizei … haben“).',
      en: 'Add the source ("soll nach Angaben der Polizei … haben").',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    const hearsayIn = new Set<number>();
    for (const index of sentencesWithWords(analysis, SOLLEN)) {
      const s = analysis.sentences[index];
      const hearsay = sollenHaben(analysis, s);
      if (!hearsay) continue;
      // "Er soll gesagt haben, …": a statement that is itself hearsay gives no source for it; one before it may
      const covering = analysis.coveringAttribution[s.index];
      const ownInside = covering >= 0 && analysis.attributionsBySentence[s.index].includes(covering) && isHearsayVerb(analysis, analysis.attributions[covering].cue.offset, hearsay);
      if (ownInside ? s.index > 0 && hasSourceInReach(analysis, s.index - 1) : hasSourceInReach(analysis, s.index)) continue;
      hearsayIn.add(s.index);
      const [start, end] = hearsay;
      const offset = tokens[start].offset;
      report({ offset, length: tokens[end - 1].end - offset, data: { phrase: analysis.text.slice(offset, tokens[end - 1].end) } });
    }
    // reported speech in Konjunktiv I that the analysis found nobody for; less sure than "soll … haben",
    // since the speaker may stand further back
    analysis.attributionsBySentence.forEach((own, sentence) => {
      if (hearsayIn.has(sentence) || !isProse(analysis, analysis.sentences[sentence])) return;
      for (const index of own) {
        const a = analysis.attributions[index];
        if (a.continues !== undefined || isSourced(analysis, index)) continue;
        report({ offset: a.cue.offset, length: a.cue.length, data: { phrase: a.cue.text }, severity: 'information' });
      }
    });
  },
};
