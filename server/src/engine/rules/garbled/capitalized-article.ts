import { ARTICLE_TITLES } from '../../analysis/cues.js';
import { ARTICLES } from '../../analysis/function-words.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';

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
        const prev = tokens[k - 1];
        const next = tokens[k + 1];
        if (t.kind !== 'word' || t.text === t.lower || !ARTICLES.has(t.lower) || prev.kind !== 'word' || next.kind !== 'word') continue;
        if (titles.has(next.text) || t.spaceBefore === false) continue;
        const quote = t.quote >= 0 ? analysis.quotations[t.quote] : undefined;
        if (quote && quote.tokenStart === k - 1) continue;
        report({
          offset: t.offset,
          length: t.end - t.offset,
          data: { word: t.text },
          fixes: [{ title: `„${t.lower}“ klein schreiben`, edits: [{ offset: t.offset, length: t.end - t.offset, newText: t.lower }], safe: true }],
        });
      }
    }
  },
};
