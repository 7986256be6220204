import { hasSourceInReach, isSourced } from '../../analysis/attributions.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';

/** Words a quotation needs before it counts as a statement rather than a quoted term. */
const STATEMENT_WORDS = 5;

/** A quotation whose speaker the text never names, in its sentence or the ones before. */
export const orphanQuote: Rule = {
  meta: {
    id: 'unattributed-claim/orphan-quote',
    category: 'unattributed-claim',
    defaultSeverity: 'warning',
    message: {
      de: 'Zitat ohne Urheber: Wer hat das gesagt?',
      en: 'Quotation without a speaker: who said this?',
    },
    explanation: {
      de: 'Das Zitat steht ohne Sprecher im Satz und setzt kein vorher zitiertes Statement fort. Leser können es niemandem zuordnen.',
      en: 'The quotation has no speaker in its sentence and does not continue a statement quoted before. Readers cannot tell whose words they are.',
    },
    standard: STANDARDS.ziffer1,
    howToFix: {
      de: 'Den Sprecher nennen („…“, sagte [Name]).',
      en: 'Name the speaker ("…", said [name]).',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const q of analysis.quotations) {
      if (q.attribution >= 0 && isSourced(analysis, q.attribution)) continue;
      const s = analysis.sentences[tokens[q.tokenStart].sentence];
      if (!isProse(analysis, s) || hasSourceInReach(analysis, s.index)) continue;
      let words = 0;
      for (let k = q.tokenStart; k < q.tokenEnd; k++) if (tokens[k].kind === 'word') words++;
      if (words < STATEMENT_WORDS) continue;
      const end = tokens[q.tokenEnd - 1].end;
      report({ offset: q.open, length: end - q.open });
    }
  },
};
