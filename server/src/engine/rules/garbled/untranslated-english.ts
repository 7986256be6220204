import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import type { Token } from '../../analysis/model.js';
import { isLowerWord, isUnknownLower } from './verbs.js';
import { Shape } from '../../analysis/spelling.js';

/**
 * Words in a row that make an English phrase; at least two of them lower-case words other than the
 * small words that join the capitalised words of a name ("Alliance for Peace and Democracy"). A
 * lower-case word no lexicon knows counts as one of them inside a run ("according to a statement").
 */
const MIN_RUN = 3;
const MIN_LOWER = 2;
/** English function words that are no German word; one of them alone between German words is debris ("die Zahl der Fälle and Toten"). */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and with for from that which who are were has have had would should could been this these those their they its by not or is to at be it on we you he she our than'.split(' '),
);
const NAME_GLUE = new Set(['of', 'for', 'and', 'the', 'with', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'from', 'de', 'la', 'le', 'du', 'des', 'del', 'van', 'von']);

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
      let last = -1;
      let words = 0;
      let lower = 0;
      const flush = (): void => {
        if (runStart >= 0 && words >= MIN_RUN && lower >= MIN_LOWER) {
          const offset = tokens[runStart].offset;
          const stop = tokens[last].end;
          report({ offset, length: stop - offset, data: { phrase: analysis.text.slice(offset, stop) } });
        }
        runStart = -1;
        words = 0;
        lower = 0;
      };
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = tokens[k];
        const english = t.kind === 'word' && t.quote < 0 && (t.cls & WordClass.ENGLISH) !== 0;
        // a lower-case word no lexicon knows may be English the word list lacks ("not"): it goes on a run
        if (!english && runStart >= 0 && t.kind === 'word' && t.quote < 0 && isUnknownLower(t)) {
          last = k;
          words++;
          lower++;
          continue;
        }
        if (!english) {
          flush();
          continue;
        }
        if (runStart < 0) runStart = k;
        last = k;
        words++;
        if ((t.shape & Shape.UPPER_START) === 0 && !NAME_GLUE.has(t.lower)) lower++;
      }
      flush();
      for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
        if (isStrayFunctionWord(tokens, k)) {
          const t = tokens[k];
          report({ offset: t.offset, length: t.end - t.offset, data: { phrase: t.text } });
        }
      }
    }
  },
};

/** A German word the lexicon knows, not an English one. */
function isGermanWord(t: Token): boolean {
  return t.kind === 'word' && (t.cls & ~WordClass.ENGLISH) !== 0;
}

/**
 * An English function word alone between German words, one of them in lower case (a name such as
 * "Bank of England" has capitals on both sides).
 */
function isStrayFunctionWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word' || t.quote >= 0 || (t.shape & Shape.LOWER_CASE) === 0 || !ENGLISH_FUNCTION_WORDS.has(t.lower) || isGermanWord(t)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return isGermanWord(prev) && isGermanWord(next) && prev.quote === t.quote && next.quote === t.quote && (isLowerWord(prev) || isLowerWord(next));
}
