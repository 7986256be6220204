import { WordClass } from '../../lexicon.js';
import { STRICT_SUBORDINATORS } from '../../analysis/function-words.js';
import type { Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { endsWithPeriod, isLowerWord } from './verbs.js';

const W = WordClass;
/** Readings that may carry the verb of a clause, the unknown and English lower-case words aside. */
const VERBAL = W.FIN_PRES | W.FIN_PAST | W.KONJ1 | W.KONJ2 | W.INFINITIVE | W.PARTICIPLE | W.AUXILIARY | W.MODAL | W.IMPERATIVE | W.SEPARABLE_STEM;
/** Words the clause needs after its conjunction: shorter ones are set ellipses ("wenn nötig", "falls möglich"). */
const MIN_WORDS = 4;
/** Tokens looked at after the conjunction (keeps the rule linear). */
const MAX_CLAUSE = 40;

/** Whether a word may be the clause's verb: a verb reading, or a lower-case word no German lexicon knows. */
function mayBeVerb(t: Token): boolean {
  return (t.cls & VERBAL) !== 0 || (isLowerWord(t) && (t.cls & ~W.ENGLISH) === 0);
}

/**
 * The last word of the clause [from, end) when it has at least MIN_WORDS words and none of them may be
 * a verb; -1 otherwise, and for clauses with quotations or inner punctuation, whose structure is open.
 */
function lastWordWithoutVerb(tokens: readonly Token[], from: number, end: number): number {
  let words = 0;
  let last = -1;
  for (let m = from; m < end; m++) {
    const t = tokens[m];
    if (t.kind === 'quote' || t.quote >= 0 || (t.kind === 'punct' && t.text !== '.')) return -1;
    if (t.kind !== 'word') continue;
    if (mayBeVerb(t)) return -1;
    words++;
    last = m;
  }
  return words >= MIN_WORDS ? last : -1;
}

/** A subordinate clause that ends the sentence without any verb: "…, weil die Lieferungen für die Welt wichtig." */
export const verblessClause: Rule = {
  meta: {
    id: 'garbled/verbless-clause',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Dem Nebensatz „{clause}“ fehlt das Verb.',
      en: 'The subordinate clause "{clause}" has no verb.',
    },
    explanation: {
      de: 'Ein Nebensatz („weil …“, „dass …“, „ob …“) endet mit dem Satz, ohne dass ein Verb darin steht. Die Übersetzung hat das Verb verloren; was die Quelle gesagt hat, bleibt offen.',
      en: 'A subordinate clause ("weil …", "dass …", "ob …") ends with the sentence without any verb in it. The translation lost the verb; what the source said is left open.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das fehlende Verb anhand des Originals ergänzen.',
      en: 'Add the missing verb from the original.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s) || !endsWithPeriod(tokens, s.tokenStart, s.tokenEnd)) continue;
      // only the last clause of the sentence: from its last subordinating conjunction to the full stop
      let k = s.tokenEnd - 1;
      while (k > s.tokenStart && s.tokenEnd - k < MAX_CLAUSE && !(tokens[k].kind === 'word' && STRICT_SUBORDINATORS.has(tokens[k].lower))) k--;
      const conjunction = tokens[k];
      if (k === s.tokenStart || conjunction.kind !== 'word' || !STRICT_SUBORDINATORS.has(conjunction.lower) || conjunction.quote >= 0) continue;
      const last = lastWordWithoutVerb(tokens, k + 1, s.tokenEnd);
      if (last < 0) continue;
      const offset = conjunction.offset;
      const length = tokens[last].end - offset;
      report({ offset, length, data: { clause: analysis.text.slice(offset, offset + length) } });
    }
  },
};
