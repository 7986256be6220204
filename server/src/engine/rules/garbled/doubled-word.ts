import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';
import { isLowerWord } from './verbs.js';

/**
 * Words that may stand twice in a row in correct German: article and relative pronoun ("die die
 * Stadt verlassen"), pronoun and reflexive ("dass sie sie sah"), and emphatic repetition.
 */
const MAY_REPEAT = new Set(
  `der die das den dem des sie es ihr ihm ihn ihnen wir uns euch mich mir dich dir sich man
   sehr ganz ja nein nie so immer viel viele mehr noch nur gut schon wieder bitte hallo na`.split(/\s+/),
);

/** The same word twice in a row: "die Zahl der der Fälle ist ist gestiegen", "in in Berlin". */
export const doubledWord: Rule = {
  meta: {
    id: 'garbled/doubled-word',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Doppeltes Wort: „{pair}“',
      en: 'Doubled word: "{pair}"',
    },
    explanation: {
      de: 'Dasselbe Wort steht zweimal hintereinander. Das ist ein Rest maschineller Übersetzung oder einer unvollständigen Korrektur; an dieser Stelle fehlt oft ein anderes Wort.',
      en: 'The same word stands twice in a row. It is residue of machine translation or an unfinished correction; another word is often missing at that spot.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Eines der beiden Wörter streichen und den Satz prüfen.',
      en: 'Delete one of the two words and check the sentence.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (let k = 1; k < tokens.length; k++) {
      const a = tokens[k - 1];
      const b = tokens[k];
      if (!isLowerWord(a) || b.text !== a.text || a.sentence !== b.sentence || !b.spaceBefore || MAY_REPEAT.has(a.lower)) continue;
      if (analysis.text.slice(a.end, b.offset).includes('\n')) continue;
      const kind = analysis.blocks[analysis.sentences[a.sentence]!.block]!.kind;
      if (kind === 'debris') continue;
      report({
        offset: a.offset,
        length: b.end - a.offset,
        data: { pair: `${a.text} ${b.text}` },
        fixes: [{ title: inLocale(analysis, { de: `„${b.text}“ streichen`, en: `Delete "${b.text}"` }), edits: [{ offset: a.end, length: b.end - a.end, newText: '' }], safe: true }],
      });
    }
  },
};
