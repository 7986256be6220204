import { WordClass } from '../../lexicon.js';
import type { Analysis, Sentence, Token } from '../../analysis/model.js';
import { hasSourceInReach } from '../../analysis/attributions.js';
import { sentencesWithWords } from '../../analysis/occurrences.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { insideMessage } from './message-reach.js';

/** Finite verbs that, with an infinitive, foretell: future "wird", conditional "würde", epistemic "dürfte" (probably will). */
const PREDICTIVE = new Set(['würde', 'würden', 'wird', 'werden', 'dürfte', 'dürften']);

/** Infinitives of meeting, deciding and travelling: "wird … beraten" announces an appointment. */
const SCHEDULED = new Set(
  'beraten tagen abstimmen zusammenkommen zusammentreffen stattfinden reisen besuchen empfangen eröffnen teilnehmen zurückkehren aufbrechen landen starten'.split(' '),
);

/** "dürften nicht …", "dürfte keine …": a prohibition (reported, as a rule), not a forecast. */
function isProhibition(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].lower.startsWith('dürft') && next !== undefined && (next.lower === 'nicht' || next.lower.startsWith('kein'));
}

/** The finite "würde"/"wird" of a sentence followed in its clause by an infinitive: a prediction. */
function predictionIn(analysis: Analysis, s: Sentence): number {
  const { tokens } = analysis;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (!PREDICTIVE.has(t.lower) || t.quote >= 0 || isProhibition(tokens, k)) continue;
    // "entdeckt werden können": the infinitive of the passive, no finite future
    const before = tokens[k - 1];
    if (t.lower === 'werden' && k > s.tokenStart && before.kind === 'word' && (before.cls & WordClass.PARTICIPLE) !== 0 && before.text[0] === before.lower[0]) continue;
    for (let m = k + 1; m < s.tokenEnd; m++) {
      const u = tokens[m];
      if (u.kind === 'punct' || u.kind === 'quote') break;
      if (u.kind !== 'word') continue;
      if ((u.cls & WordClass.PARTICIPLE) !== 0 && (u.cls & WordClass.INFINITIVE) === 0) break;
      const last = m + 1 >= s.tokenEnd || tokens[m + 1].kind !== 'word';
      // an appointment ("wird der Stadtrat in der nächsten Sitzung beraten") is a date, not a forecast
      if (last && (u.cls & WordClass.INFINITIVE) !== 0 && u.text[0] === u.lower[0]) return SCHEDULED.has(u.lower) ? -1 : k;
    }
  }
  return -1;
}

/** An assessment or prediction ("würde die Spannungen verschärfen") that nobody in the text makes. */
export const prediction: Rule = {
  meta: {
    id: 'unattributed-claim/prediction',
    category: 'unattributed-claim',
    defaultSeverity: 'information',
    message: {
      de: 'Prognose ohne Quelle: Wer erwartet das – die Redaktion oder jemand, den sie zitiert?',
      en: 'Prediction without a source: who expects this – the newsroom or someone it quotes?',
    },
    explanation: {
      de: 'Der Satz sagt eine Entwicklung voraus, ohne dass eine Quelle in Reichweite steht. So liest sich eine Einschätzung wie eine Tatsache.',
      en: 'The sentence predicts a development with no source in reach, so an assessment reads like a fact.',
    },
    standard: STANDARDS.ziffer1,
    howToFix: {
      de: 'Die Einschätzung einer Quelle zuschreiben oder als Einschätzung der Redaktion kennzeichnen.',
      en: 'Attribute the assessment to a source or mark it as the newsroom\'s own assessment.',
    },
  },
  check(analysis, report) {
    for (const index of sentencesWithWords(analysis, PREDICTIVE)) {
      const s = analysis.sentences[index];
      if (!isProse(analysis, s) || (hasSourceInReach(analysis, s.index) && analysis.attributionsBySentence[s.index].length === 0)) continue;
      const k = predictionIn(analysis, s);
      if (k < 0 || insideMessage(analysis, s, analysis.tokens[k].offset)) continue;
      const own = analysis.attributionsBySentence[s.index].map((i) => analysis.attributions[i]);
      const cueInClause = own.some((a) => Math.abs(a.cue.offset - analysis.tokens[k].offset) < 40);
      if (cueInClause) continue;
      report({ offset: s.offset, length: s.end - s.offset });
    }
  },
};
