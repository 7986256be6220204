import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { phraseAfter } from './phrase-after-particle.js';
import { bracketAuxiliary, isLowerWord, WERDEN_FORMS, type BracketOpener } from './verbs.js';

const W = WordClass;
/** How far the modal or "werden" may stand before its infinitive ("wird am Montag nicht unterzeichnen"). */
const MAX_BRACKET = 8;

/** A modal or "werden" opens the bracket an infinitive closes; a verb form between makes a cluster ("will das Haus bauen lassen"). */
const INFINITIVE_OPENER: BracketOpener = { opens: (u) => (u.cls & W.MODAL) !== 0 || WERDEN_FORMS.has(u.lower), stopAtVerbForm: true };

/** A noun phrase after the infinitive that closed a modal's or "werden"'s bracket: "Der Präsident will unterzeichnen das Abkommen". */
export const phraseAfterInfinitive: Rule = {
  meta: {
    id: 'garbled/phrase-after-infinitive',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Nach dem Infinitiv „{infinitive}“ (zu „{opener}“) steht noch „{phrase}“: Die Satzklammer ist zerbrochen.',
      en: 'After the infinitive "{infinitive}" (of "{opener}") there is still "{phrase}": the sentence structure is broken.',
    },
    explanation: {
      de: 'Der Infinitiv schließt die Satzklammer, die das Modalverb oder „werden“ öffnet („will … unterzeichnen“, „wird … reisen“). Folgt ihm ohne Komma noch eine Nominalgruppe, hat die Übersetzung die englische Wortstellung übernommen.',
      en: 'The infinitive closes the bracket a modal or "werden" opens ("will … unterzeichnen", "wird … reisen"). A noun phrase that still follows it without a comma shows the translation kept the English word order.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Die Nominalgruppe vor den Infinitiv stellen.',
      en: 'Move the noun phrase before the infinitive.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart + 2; k + 2 < s.tokenEnd; k++) {
        const infinitive = tokens[k];
        // a finite verb that looks like an infinitive ("sagen") would need its own subject before it; the opener rules that out
        if (!isLowerWord(infinitive) || (infinitive.cls & W.INFINITIVE) === 0 || (infinitive.cls & (W.ARTICLE | W.PRONOUN | W.PREPOSITION | W.ADVERB | W.MODAL | W.AUXILIARY)) !== 0) continue;
        if (tokens[k - 1].lower === 'zu') continue;
        const end = phraseAfter(tokens, s, k);
        if (end < 0) continue;
        const opener = bracketAuxiliary(tokens, k, s.tokenStart, MAX_BRACKET, INFINITIVE_OPENER);
        if (opener < 0) continue;
        const phrase = analysis.text.slice(tokens[k + 1].offset, tokens[end].end);
        report({ offset: infinitive.offset, length: tokens[end].end - infinitive.offset, data: { infinitive: infinitive.text, opener: tokens[opener].text, phrase } });
        k = end;
      }
    }
  },
};
