import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { bracketAuxiliary, isLowerWord, type BracketOpener } from './verbs.js';

const W = WordClass;

/**
 * Finite forms that govern no bare infinitive: the past indicative of "werden" and the forms of
 * "sein" and "haben". "wird geprüft werden" (future) and "würde geprüft werden" stay correct.
 */
const NO_INFINITIVE_AUXILIARIES = new Set([
  'wurde', 'wurden', 'wurdest', 'wurdet', 'ist', 'sind', 'bist', 'seid', 'war', 'waren', 'warst', 'wart',
  'hat', 'haben', 'hast', 'habt', 'hatte', 'hatten', 'hattest', 'hattet',
]);
/** Tokens looked back from the participle for the finite verb (keeps the rule linear). */
const MAX_BRACKET = 15;
/** The nearest finite verb before the participle (`bracketAuxiliary` accepts only finite forms); a verb form between ends the search. */
const NEAREST_FINITE: BracketOpener = { opens: () => true, stopAtVerbForm: true };

/** "Der Bericht wurde nicht überprüft werden": a passive infinitive where the participle ends the clause. */
export const infinitiveWerden: Rule = {
  meta: {
    id: 'garbled/infinitive-werden',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: '„{auxiliary} … {participle} werden“: „{auxiliary}“ verlangt keinen Infinitiv; gemeint ist „{participle}“, „{participle} worden“ oder ein Modalverb fehlt.',
      en: '"{auxiliary} … {participle} werden": "{auxiliary}" takes no infinitive; "{participle}", "{participle} worden" or a missing modal verb is meant.',
    },
    explanation: {
      de: 'Ein Passiv mit „werden“ im Infinitiv braucht ein Verb, das einen Infinitiv regiert: das Futur („wird geprüft werden“) oder ein Modalverb („muss geprüft werden“). Nach „wurde“, „ist“ oder „hat“ steht das Partizip allein oder mit „worden“; die Übersetzung hat zwei Zeitformen vermischt.',
      en: 'A passive with the infinitive "werden" needs a verb that governs an infinitive: the future ("wird geprüft werden") or a modal ("muss geprüft werden"). After "wurde", "ist" or "hat" the participle stands alone or with "worden"; the translation mixed two tenses.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: '„werden“ streichen, durch „worden“ ersetzen oder das fehlende Modalverb ergänzen.',
      en: 'Delete "werden", replace it with "worden" or add the missing modal verb.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
        const werden = tokens[k];
        const participle = tokens[k - 1];
        if (werden.lower !== 'werden' || !isLowerWord(werden) || !isLowerWord(participle) || (participle.cls & W.PARTICIPLE) === 0) continue;
        // the infinitive ends the clause: "… geprüft werden können" has its modal after it
        const next = tokens[k + 1];
        if (k + 1 < s.tokenEnd && next.kind !== 'punct' && next.kind !== 'quote') continue;
        const finite = bracketAuxiliary(tokens, k - 1, s.tokenStart, MAX_BRACKET, NEAREST_FINITE);
        if (finite < 0 || !NO_INFINITIVE_AUXILIARIES.has(tokens[finite].lower)) continue;
        report({
          offset: tokens[finite].offset,
          length: werden.end - tokens[finite].offset,
          data: { auxiliary: tokens[finite].text, participle: participle.text },
        });
      }
    }
  },
};
