import { ARTICLE_TITLES } from '../../analysis/cues.js';
import { ARTICLES } from '../../analysis/function-words.js';
import { WordClass } from '../../lexicon.js';
import type { Analysis } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { isCapitalized, isLowerWord } from './verbs.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';
import { Shape } from '../../analysis/spelling.js';

const W = WordClass;
/** Place names that begin with an article. */
const PLACE_NAMES = new Set(['Den Haag', 'Le Mans', 'La Paz', 'Las Vegas', 'Los Angeles', 'El Paso']);

/**
 * Whether the words before the article leave a phrase open that the article cannot begin: a
 * preposition ("in Der Nahe Osten"), another article ("in der Die USA"), or an article with its
 * adjective ("der Weiße Das Repräsentantenhaus"). After a noun the article may begin a title
 * ("die Rockband Die Happy"), so it is left alone there.
 */
function leftOpen(analysis: Analysis, k: number, sentenceStart: number): boolean {
  const { tokens } = analysis;
  const prev = tokens[k - 1];
  if (prev.kind !== 'word') return false;
  if (isLowerWord(prev) && (prev.cls & (W.PREPOSITION | W.ARTICLE)) !== 0) return true;
  const before = k - 2 >= sentenceStart ? tokens[k - 2] : undefined;
  return isCapitalized(prev) && isLowerWord(before) && (before!.cls & W.ARTICLE) !== 0 && (analysis.lexicon.classes(prev.lower) & W.ADJECTIVE) !== 0;
}

/** A capitalised article after a word mid-sentence: "in Der Nahe Osten", "der Weiße Das Repräsentantenhaus". */
export const capitalizedArticle: Rule = {
  meta: {
    id: 'garbled/capitalized-article',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Großgeschriebener Artikel „{word}“ mitten im Satz: Übersetzungsfehler?',
      en: 'Capitalised article "{word}" mid-sentence: a translation error?',
    },
    explanation: {
      de: 'Ein Artikel steht mitten im Satz groß geschrieben, meist weil eine Übersetzung einen englischen Eigennamen („the White House“) zerlegt hat. Oft ist der Satz um diese Stelle herum verstümmelt.',
      en: 'An article is capitalised mid-sentence, usually because a translation broke up an English proper name ("the White House"). The sentence around it is often garbled.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Den Artikel klein schreiben und den Satz prüfen.',
      en: 'Lower-case the article and check the sentence.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    const titles = new Set([...ARTICLE_TITLES, ...analysis.config.namedSources]);
    for (const s of analysis.sentences) {
      const kind = analysis.blocks[s.block].kind;
      if (kind === 'debris' || kind === 'heading') continue;
      for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
        const t = tokens[k];
        const next = tokens[k + 1];
        if (!isCapitalized(t) || !ARTICLES.has(t.lower) || (t.shape & Shape.UPPER_CASE) !== 0 || !t.spaceBefore || next.kind !== 'word') continue;
        if (titles.has(next.text) || PLACE_NAMES.has(`${t.text} ${next.text}`) || !leftOpen(analysis, k, s.tokenStart)) continue;
        const quote = t.quote >= 0 ? analysis.quotations[t.quote] : undefined;
        if (quote && quote.tokenStart === k - 1) continue;
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
