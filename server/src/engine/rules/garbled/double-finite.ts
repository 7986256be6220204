import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { bracketAuxiliary, canBeFinite, isFiniteVerb, isLowerWord, isVerbForm, onlyFinite } from './verbs.js';
import type { Token } from '../../analysis/model.js';

/**
 * A past form that is also an inflected participle ("erklärte", "betonte") but cannot be an attribute
 * here: a comma, "dass" or an article follows instead of the noun it would describe ("hat erklärte,
 * dass"; compare "hat erklärte Ziele").
 */
function pastFormNotAttribute(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!canBeFinite(t) || (t.cls & WordClass.FIN_PAST) === 0 || (t.cls & (WordClass.NOUN | WordClass.INFINITIVE | WordClass.PARTICIPLE | WordClass.ENGLISH)) !== 0) return false;
  const next = tokens[k + 1];
  if (k + 1 >= end) return false;
  return next.text === ',' || next.lower === 'dass' || (isLowerWord(next) && (next.cls & WordClass.ARTICLE) !== 0);
}

function isFiniteAuxiliary(t: Token): boolean {
  return (t.cls & WordClass.AUXILIARY) !== 0 && canBeFinite(t);
}

/** How many words may stand between the first auxiliary and the participle ("wurde von der Opposition kritisiert wurde"). */
const MAX_MIDDLE_FIELD = 10;

/**
 * The finite auxiliary that opened the clause whose participle at `participle` another finite verb
 * follows: "Der Präsident hat gesagt hat, dass …", "Die Entscheidung wurde von der Opposition
 * kritisiert wurde.", "Die Minister haben beschlossen verstärkten die Präsenz". No punctuation or
 * conjunction may stand between; -1 when none.
 */
function auxiliaryBefore(tokens: readonly Token[], participle: number, sentenceStart: number): number {
  const p = tokens[participle];
  const b = tokens[participle + 1];
  // "werden", "haben", "sein" are infinitives too: "würde sie verhaftet werden"; a full verb after the
  // participle is a second finite verb as well: "haben beschlossen verstärkten die Präsenz"
  if (!isLowerWord(p) || (p.cls & WordClass.PARTICIPLE) === 0 || (b.cls & WordClass.INFINITIVE) !== 0 || p.quote !== b.quote) return -1;
  if (!isFiniteAuxiliary(b) && !(isFiniteVerb(tokens, participle + 1) && (b.cls & (WordClass.MODAL | WordClass.PARTICIPLE)) === 0)) return -1;
  return bracketAuxiliary(tokens, participle, sentenceStart, MAX_MIDDLE_FIELD);
}

/** Two finite verbs side by side in one clause: "Ein Kreml-Sprecher hat lehnte einen Bericht ab". */
export const doubleFinite: Rule = {
  meta: {
    id: 'garbled/double-finite',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Zwei konjugierte Verben in einem Satzteil („{pair}“): Der Satz ist grammatisch zerstört.',
      en: 'Two finite verbs in one clause ("{pair}"): the sentence is grammatically broken.',
    },
    explanation: {
      de: 'Ein Hilfsverb steht direkt vor einem zweiten konjugierten Verb statt vor einem Partizip oder Infinitiv, oder ein Partizip hat ein Hilfsverb auf beiden Seiten („hat gesagt hat“). Das ist ein typischer Rest maschineller Übersetzung; der Sinn des Satzes ist unsicher.',
      en: 'An auxiliary stands right before a second finite verb instead of a participle or infinitive, or a participle has an auxiliary on both sides ("hat gesagt hat"). This is typical machine-translation residue; the meaning of the sentence is uncertain.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Den Satz anhand des Originals neu formulieren.',
      en: 'Rewrite the sentence from the original.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
        const a = tokens[k];
        const b = tokens[k + 1];
        if ((a.cls & (WordClass.AUXILIARY | WordClass.MODAL)) === 0 || a.quote !== b.quote || !canBeFinite(a)) continue;
        if (!(onlyFinite(b) || pastFormNotAttribute(tokens, k + 1, s.tokenEnd)) || (b.cls & (WordClass.AUXILIARY | WordClass.MODAL)) !== 0) continue;
        // the auxiliary closes a subordinate clause whose comma is missing: "nachdem er eröffnet worden war sagte er"
        if (k > s.tokenStart && isVerbForm(tokens[k - 1]) && (tokens[k - 1].cls & (WordClass.PARTICIPLE | WordClass.INFINITIVE)) !== 0) continue;
        // quoted speech may be colloquial ("das ist scheiße"); a past form after the auxiliary is not
        if (a.quote >= 0 && (b.cls & WordClass.FIN_PAST) === 0) continue;
        report({ offset: a.offset, length: b.end - a.offset, data: { pair: `${a.text} ${b.text}` } });
      }
      for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
        const first = auxiliaryBefore(tokens, k, s.tokenStart);
        if (first < 0) continue;
        const pair = first === k - 1 ? `${tokens[first].text} ${tokens[k].text} ${tokens[k + 1].text}` : `${tokens[first].text} … ${tokens[k].text} ${tokens[k + 1].text}`;
        report({ offset: tokens[first].offset, length: tokens[k + 1].end - tokens[first].offset, data: { pair } });
      }
    }
  },
};
