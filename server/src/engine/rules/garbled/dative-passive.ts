import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { isLowerWord } from './verbs.js';

const W = WordClass;

/**
 * Participles of verbs that take a dative object and no accusative: their passive has no subject
 * ("ihnen wurde geholfen"), so a plural "wurden" has nothing to agree with.
 */
const DATIVE_ONLY = new Set(['geholfen', 'gedankt', 'gratuliert', 'widersprochen', 'gedroht', 'zugestimmt', 'geschadet', 'applaudiert', 'beigestanden', 'zugehört', 'nachgegeben', 'geraten']);
/** Plural forms of "werden"; "geraten" also is an infinitive, so only the past "wurden" counts for it. */
const PLURAL_WERDEN = new Set(['wurden', 'werden', 'würden']);
/** After the participle these make it a perfect infinitive ("werden geholfen haben"), not a passive. */
const PERFECT = new Set(['haben', 'hätten', 'sein', 'worden']);
/** Tokens looked at from "wurden" to the participle (keeps the rule linear). */
const MAX_DISTANCE = 12;

/** A plural personal passive of a dative verb: "Personen wurden vom Ministerium geraten, …". */
export const dativePassive: Rule = {
  meta: {
    id: 'garbled/dative-passive',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: '„{verb} … {participle}“: „{lemma}“ hat kein Akkusativobjekt; das Passiv hat kein Subjekt („ihnen wurde {participle}“).',
      en: '"{verb} … {participle}": "{lemma}" takes no accusative object; its passive has no subject ("ihnen wurde {participle}").',
    },
    explanation: {
      de: 'Verben wie „helfen“ oder „raten“ verlangen einen Dativ. Ihr Passiv bleibt subjektlos und im Singular („Den Reisenden wurde geraten …“). Ein Plural „wurden“ übernimmt die englische Konstruktion („travellers were advised“) und ist falsch.',
      en: 'Verbs such as "helfen" or "raten" take a dative. Their passive has no subject and stays singular ("Den Reisenden wurde geraten …"). A plural "wurden" copies the English construction ("travellers were advised") and is wrong.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Die Personen in den Dativ setzen und das Verb in den Singular: „Den Reisenden wurde geraten …“.',
      en: 'Put the persons in the dative and the verb in the singular: "Den Reisenden wurde geraten …".',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const verb = tokens[k];
        if (!isLowerWord(verb) || !PLURAL_WERDEN.has(verb.lower)) continue;
        for (let m = k + 1; m < s.tokenEnd && m - k <= MAX_DISTANCE && tokens[m].kind === 'word'; m++) {
          const participle = tokens[m];
          // a conjunction or another participle closes the clause: "wurden gerettet und ihnen geholfen"
          if ((participle.cls & (W.CONJ_COORD | W.CONJ_SUBORD)) !== 0) break;
          if (!DATIVE_ONLY.has(participle.lower)) {
            if ((participle.cls & W.PARTICIPLE) !== 0 && isLowerWord(participle) && (participle.cls & W.ADJECTIVE) === 0) break;
            continue;
          }
          if (participle.lower === 'geraten' && verb.lower !== 'wurden') break;
          const next = tokens[m + 1];
          if (m + 1 < s.tokenEnd && next.kind === 'word' && PERFECT.has(next.lower)) break;
          const lemma = participle.lower === 'geraten' ? 'raten' : (analysis.lexicon.verbs(participle.lower)[0]?.lemma ?? participle.lower);
          report({ offset: verb.offset, length: participle.end - verb.offset, data: { verb: verb.text, participle: participle.text, lemma } });
          k = m;
          break;
        }
      }
    }
  },
};
