import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse, inLocale } from '../helpers.js';
import { Shape } from '../../analysis/spelling.js';

const W = WordClass;
/** Prepositions and conjunctions that English title case capitalises ("Zentren Für Krankheitskontrolle"). */
const FUNCTION_WORDS = new Set('für mit von vom zu zur zum in im auf bei nach über unter gegen durch ohne aus an am und oder'.split(' '));

/** A capitalised preposition or conjunction mid-sentence: "Zentren Für Krankheitskontrolle", "Ursula Von der Leyen". */
export const capitalizedFunctionWord: Rule = {
  meta: {
    id: 'garbled/capitalized-function-word',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: '„{word}“ mitten im Satz großgeschrieben: Rest einer englischen Schreibweise?',
      en: '"{word}" capitalised mid-sentence: residue of English title case?',
    },
    explanation: {
      de: 'Präpositionen und Konjunktionen werden im Deutschen auch in Namen klein geschrieben („Zentrum für Krankheitskontrolle“, „von der Leyen“). Großschreibung mitten im Satz stammt meist aus der englischen Titelschreibung der Vorlage.',
      en: 'German writes prepositions and conjunctions in lower case even inside names ("Zentrum für Krankheitskontrolle", "von der Leyen"). Capitals mid-sentence usually come from the English title case of the source.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das Wort klein schreiben.',
      en: 'Write the word in lower case.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
        const t = tokens[k];
        const prev = tokens[k - 1];
        const next = tokens[k + 1];
        if (t.kind !== 'word' || t.quote >= 0 || (t.shape & (Shape.LOWER_CASE | Shape.UPPER_CASE)) !== 0 || !FUNCTION_WORDS.has(t.lower)) continue;
        // after an article it is a noun: "das Für und Wider", the river "an der Oder"
        if (prev.kind !== 'word' || next.kind !== 'word' || !t.spaceBefore || (prev.cls & (W.ENGLISH | W.ARTICLE)) !== 0) continue;
        report({
          offset: t.offset,
          length: t.end - t.offset,
          data: { word: t.text },
          fixes: [{ title: inLocale(analysis, { de: `„${t.lower}“ klein schreiben`, en: `Lower-case "${t.lower}"` }), edits: [{ offset: t.offset, length: t.end - t.offset, newText: t.lower }], safe: true }],
        });
      }
    }
  },
};
