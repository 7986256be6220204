/** Clause structure of a sentence, shared by the garbled rules. */
import { WordClass } from '../../lexicon.js';
import { RELATIVE_PRONOUNS } from '../../analysis/function-words.js';
import type { Analysis, Sentence } from '../../analysis/model.js';
import { canBeFinite } from './verbs.js';

const SUBORDINATE_OPENERS = new Set(['dass', 'daß', 'ob', 'weil', 'obwohl', 'obgleich', 'nachdem', 'sodass', 'falls', 'sofern', 'indem', 'wonach', 'bevor', 'ehe', 'wenn', 'als', 'wie', 'während', 'damit', 'da', 'seit', 'seitdem', 'bis', 'wo', 'wobei', 'solange', 'sobald', 'soweit', 'warum', 'wann', 'was', 'wer', 'wem', 'wen', 'wieso', 'weshalb', 'woher', 'wohin']);

/**
 * Indices of the finite verbs of the main clause: finite verbs outside quotations and outside
 * subordinate or relative clauses (which run from their opener to the next comma after their verb).
 */
export function mainClauseFiniteVerbs(analysis: Analysis, s: Sentence): number[] {
  const { tokens } = analysis;
  const found: number[] = [];
  let subordinate = false;
  let subordinateVerbSeen = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (t.quote >= 0) continue;
    if (t.kind === 'punct' && (t.text === ',' || t.text === '–' || t.text === ':' || t.text === ';')) {
      if (subordinate && subordinateVerbSeen) subordinate = false;
      const next = tokens[k + 1];
      if (next && next.kind === 'word' && (RELATIVE_PRONOUNS.has(next.lower) || (tokens[k + 2] && RELATIVE_PRONOUNS.has(tokens[k + 2].lower) && (next.cls & WordClass.PREPOSITION) !== 0))) {
        const afterRelative = tokens[k + 2];
        if (afterRelative && afterRelative.kind === 'word' && !canBeFinite(afterRelative)) {
          subordinate = true;
          subordinateVerbSeen = false;
        }
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    if (SUBORDINATE_OPENERS.has(t.lower) && (t.cls & WordClass.PREPOSITION) === 0 || t.lower === 'dass' || t.lower === 'ob') {
      subordinate = true;
      subordinateVerbSeen = false;
      continue;
    }
    if (canBeFinite(t) || (k === s.tokenStart && (t.cls & (WordClass.FIN_PRES | WordClass.FIN_PAST)) !== 0 && (t.cls & WordClass.NOUN) === 0)) {
      if (subordinate) subordinateVerbSeen = true;
      else found.push(k);
    }
  }
  return found;
}
