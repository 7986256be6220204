import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { mainClauseFiniteVerbs } from './clauses.js';
import { isUnknownLower } from './verbs.js';

/** A body sentence with no finite verb in its main clause: "Reuters gemeldet.", "Ukraine.". */
export const verblessFragment: Rule = {
  meta: {
    id: 'garbled/verbless-fragment',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Satzbruchstück ohne konjugiertes Verb: „{fragment}“',
      en: 'Sentence fragment without a finite verb: "{fragment}"',
    },
    explanation: {
      de: 'Der Satz hat im Hauptsatz kein konjugiertes Verb. Mitten im Fließtext ist das meist ein Rest einer zerrissenen Übersetzung; Aussage und Quelle gehen dabei verloren.',
      en: 'The sentence has no finite verb in its main clause. In running text this is usually residue of a torn-up translation; statement and source get lost.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das Bruchstück in den vorigen Satz einarbeiten oder streichen.',
      en: 'Work the fragment into the previous sentence or delete it.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    const sentencesInBlock = new Map<number, number>();
    for (const s of analysis.sentences) sentencesInBlock.set(s.block, (sentencesInBlock.get(s.block) ?? 0) + 1);
    for (const s of analysis.sentences) {
      if (analysis.blocks[s.block].kind !== 'body' || !s.terminated || (sentencesInBlock.get(s.block) ?? 0) < 2) continue;
      const first = tokens[s.tokenStart];
      if (first.kind === 'quote' || first.quote >= 0) continue;
      let words = 0;
      let unknown = false;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        if (tokens[k].kind !== 'word' || tokens[k].quote >= 0) continue;
        words++;
        if (isUnknownLower(tokens[k])) unknown = true;
      }
      if (words === 0 || unknown) continue;
      if (mainClauseFiniteVerbs(analysis, s).length > 0) continue;
      const fragment = analysis.text.slice(s.offset, s.end);
      report({ offset: s.offset, length: s.end - s.offset, data: { fragment: fragment.length > 60 ? fragment.slice(0, 57) + '…' : fragment } });
    }
  },
};
