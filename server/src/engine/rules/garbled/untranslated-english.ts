import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';

/** Words in a row that make an English phrase; at least two of them lower-case (names are capitalised). */
const MIN_RUN = 3;
const MIN_LOWER = 2;

/** English left untranslated inside German text. */
export const untranslatedEnglish: Rule = {
  meta: {
    id: 'garbled/untranslated-english',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Unübersetztes Englisch: „{phrase}“',
      en: 'Untranslated English: "{phrase}"',
    },
    explanation: {
      de: 'Mitten im deutschen Text steht eine englische Wortfolge, die keine Bezeichnung oder kein Zitat ist. Die Übersetzung hat sie ausgelassen.',
      en: 'An English phrase that is neither a name nor a quotation stands in the German text. The translation skipped it.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Die Stelle übersetzen.',
      en: 'Translate the passage.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      let runStart = -1;
      let lower = 0;
      const flush = (end: number): void => {
        if (runStart >= 0 && end - runStart >= MIN_RUN && lower >= MIN_LOWER) {
          const offset = tokens[runStart].offset;
          const stop = tokens[end - 1].end;
          report({ offset, length: stop - offset, data: { phrase: analysis.text.slice(offset, stop) } });
        }
        runStart = -1;
        lower = 0;
      };
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = tokens[k];
        const english = t.kind === 'word' && t.quote < 0 && (t.cls & WordClass.ENGLISH) !== 0;
        if (!english) {
          flush(k);
          continue;
        }
        if (runStart < 0) runStart = k;
        if (t.text[0] === t.lower[0]) lower++;
      }
      flush(s.tokenEnd);
    }
  },
};
