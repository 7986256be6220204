import { WordClass } from '../../lexicon.js';
import type { Sentence, Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { determinerOf } from './noun-phrase.js';
import { canBeFinite, isCapitalized, isInflectedAttribute, isLowerWord, isVerbForm } from './verbs.js';

const W = WordClass;
/** Singular pronouns that pick one out of a group: "einer der Quellen", "jedes der Länder". */
const ONE_OF = new Set(['einer', 'eines', 'eine', 'keiner', 'keines', 'keine', 'jeder', 'jedes', 'jede']);
/** Most adjectives looked at inside the group (keeps the rule linear). */
const MAX_ADJECTIVES = 4;
const PLURAL_ONLY_FORMS = new Set(['sind', 'seien']);

/** A finite form that is plural only: "sagten", "waren", "hatten" (not "sagen", which is also an infinitive). */
function isPluralFinite(t: Token): boolean {
  if (!canBeFinite(t) && !PLURAL_ONLY_FORMS.has(t.lower)) return false;
  if (PLURAL_ONLY_FORMS.has(t.lower)) return true;
  return t.lower.endsWith('en') && (t.cls & (W.INFINITIVE | W.PARTICIPLE | W.ADJECTIVE | W.NOUN | W.ENGLISH)) === 0;
}

/**
 * Whether token k may begin the subject: first in the sentence or after a comma, or after a word
 * that opens a clause ("so", "wie", "dass", "und"). After a preposition or a noun "einer" is a
 * dative or genitive ("nach Angaben einer der Quellen sagten die Beamten …").
 */
function beginsSubject(tokens: readonly Token[], s: Sentence, k: number): boolean {
  if (k === s.tokenStart) return true;
  const prev = tokens[k - 1];
  if (prev.kind === 'punct') return prev.text === ',' || prev.text === ';' || prev.text === ':';
  if (prev.kind !== 'word' || (!isLowerWord(prev) && k - 1 !== s.tokenStart)) return false;
  return (prev.lower === 'so' || prev.lower === 'wie' || (prev.cls & (W.CONJ_SUBORD | W.CONJ_COORD)) !== 0) && (prev.cls & W.PREPOSITION) === 0;
}

/** A singular "one of the …" subject with a plural verb: "so einer der russischen Quellen sagten". */
export const subjectVerbNumber: Rule = {
  meta: {
    id: 'garbled/subject-verb-number',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: '„{subject}“ ist Singular, das Verb „{verb}“ Plural: Subjekt und Verb passen nicht zusammen.',
      en: '"{subject}" is singular, the verb "{verb}" plural: subject and verb do not agree.',
    },
    explanation: {
      de: 'Das Subjekt „einer der …“ meint eine einzelne Person oder Sache und verlangt ein Verb im Singular. Steht das Verb im Plural, hat die Übersetzung die Bezüge verloren; unklar wird, ob eine oder mehrere Quellen etwas gesagt haben.',
      en: 'The subject "one of the …" means a single person or thing and needs a singular verb. A plural verb shows the translation lost track of who is meant; it becomes unclear whether one source or several said something.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das Verb in den Singular setzen („sagte“) oder das Subjekt anpassen.',
      en: 'Put the verb in the singular ("sagte") or change the subject.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart; k + 3 < s.tokenEnd; k++) {
        const one = tokens[k];
        if (one.kind !== 'word' || !ONE_OF.has(one.lower) || !beginsSubject(tokens, s, k)) continue;
        const article = tokens[k + 1];
        // the group is a plural genitive: "der", "dieser", "ihrer" … before a noun
        if (!isLowerWord(article) || !determinerOf(article.lower) || !article.lower.endsWith('er')) continue;
        let m = k + 2;
        while (m < s.tokenEnd && m - k - 2 < MAX_ADJECTIVES && isInflectedAttribute(tokens[m])) m++;
        if (m >= s.tokenEnd || !isCapitalized(tokens[m])) continue;
        // the verb or verb cluster follows, then the clause ends: "… sagten.", "… berichtet hatten,"
        let finite: Token | undefined;
        let end = m + 1;
        for (; end < s.tokenEnd && isVerbForm(tokens[end]); end++) if (!finite && isPluralFinite(tokens[end])) finite = tokens[end];
        if (!finite || (end < s.tokenEnd && tokens[end].kind !== 'punct')) continue;
        end--;
        report({
          offset: one.offset,
          length: tokens[end].end - one.offset,
          data: { subject: analysis.text.slice(one.offset, tokens[m].end), verb: finite.text },
        });
        k = end;
      }
    }
  },
};
