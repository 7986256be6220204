import { WordClass } from '../../lexicon.js';
import type { Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { phraseAfter } from './phrase-after-particle.js';
import { determinerOf } from './noun-phrase.js';
import { bracketAuxiliary, isLowerWord } from './verbs.js';

const W = WordClass;
/** How far the auxiliary may stand before its participle ("hat am Montag nicht kommentiert"). */
const MAX_BRACKET = 8;
/** How far an infinitive group after the phrase is looked for (keeps the rule linear). */
const MAX_GROUP = 20;
/** Marks that end the clause the infinitive group would have to stand in. */
const CLAUSE_ENDS = new Set([',', ';', ':', '!', '?', '–']);

/**
 * Whether an infinitive with "zu" follows before the next punctuation: the phrase then belongs to an
 * infinitive group whose comma may be left out ("hat angekündigt die Preise zu erhöhen").
 */
function infinitiveGroupAfter(tokens: readonly Token[], from: number, end: number): boolean {
  // numbers, ordinals and signs may stand in the group ("ab 1. Oktober", "25,5 %"); a comma or colon ends it
  for (let k = from; k + 1 < end && k - from < MAX_GROUP && !CLAUSE_ENDS.has(tokens[k].text) && tokens[k].kind !== 'quote'; k++) {
    if (tokens[k].lower === 'zu' && (tokens[k + 1].cls & W.INFINITIVE) !== 0) return true;
    // or an infinitive with "zu" inside it: "die Frist abzuschaffen"
    if ((tokens[k].cls & W.INFINITIVE) !== 0 && tokens[k].lower.includes('zu') && isLowerWord(tokens[k])) return true;
  }
  return false;
}

/** Finite forms of "sein". */
const SEIN_FORMS = new Set(['bin', 'bist', 'ist', 'sind', 'seid', 'war', 'warst', 'waren', 'wart', 'sei', 'seien', 'wäre', 'wären']);

/** Whether a participle or infinitive follows before the clause ends. */
function verbFormBefore(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k - from < MAX_GROUP && !CLAUSE_ENDS.has(tokens[k].text) && tokens[k].text !== '.'; k++) {
    if (isLowerWord(tokens[k]) && (tokens[k].cls & (W.PARTICIPLE | W.INFINITIVE)) !== 0) return true;
  }
  return false;
}

/** A noun phrase after the participle that closed the main clause: "Moskau hat nicht kommentiert die Berichte". */
export const phraseAfterParticiple: Rule = {
  meta: {
    id: 'garbled/phrase-after-participle',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Nach dem Partizip „{participle}“ (zu „{auxiliary}“) steht noch „{phrase}“: Die Satzklammer ist zerbrochen.',
      en: 'After the participle "{participle}" (of "{auxiliary}") there is still "{phrase}": the sentence structure is broken.',
    },
    explanation: {
      de: 'Das Partizip schließt die Satzklammer, die das Hilfsverb öffnet („hat … kommentiert“). Folgt ihm ohne Komma noch eine Nominalgruppe, hat die Übersetzung die englische Wortstellung übernommen.',
      en: 'The participle closes the bracket the auxiliary opens ("hat … kommentiert"). A noun phrase that still follows it without a comma shows the translation kept the English word order.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Die Nominalgruppe vor das Partizip stellen.',
      en: 'Move the noun phrase before the participle.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart + 2; k + 2 < s.tokenEnd; k++) {
        const participle = tokens[k];
        if (!isLowerWord(participle) || (participle.cls & W.PARTICIPLE) === 0 || (participle.cls & (W.ARTICLE | W.PRONOUN | W.PREPOSITION | W.ADVERB)) !== 0) continue;
        const end = phraseAfter(tokens, s, k, true);
        if (end < 0 || infinitiveGroupAfter(tokens, end + 1, s.tokenEnd)) continue;
        const auxiliary = bracketAuxiliary(tokens, k, s.tokenStart, MAX_BRACKET);
        if (auxiliary < 0 || analysis.lexicon.verbs(participle.text).length === 0) continue;
        // a phrase without article may follow a participle used as an adverb, whose verb comes later
        // ("hat es wiederholt gefährliche Zwischenfälle gegeben", "zu umgerechnet 110.000 Euro verurteilt"),
        // and after "sein" it is the subject ("Besonders sind betroffen ältere Menschen")
        const bare = determinerOf(tokens[k + 1].lower) === undefined;
        if (bare && (SEIN_FORMS.has(tokens[auxiliary].lower) || verbFormBefore(tokens, end + 1, s.tokenEnd))) continue;
        const phrase = analysis.text.slice(tokens[k + 1].offset, tokens[end].end);
        report({ offset: participle.offset, length: tokens[end].end - participle.offset, data: { participle: participle.text, auxiliary: tokens[auxiliary].text, phrase } });
        k = end;
      }
    }
  },
};
