import { WordClass } from '../../lexicon.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import type { Analysis, Sentence } from '../../analysis/model.js';
import { STRICT_SUBORDINATORS } from '../../analysis/function-words.js';
import { endsWithPeriod, isCapitalized, isLowerWord, isUnknownLower, mayBeFinite } from './verbs.js';

const W = WordClass;
/** First words that tie an elliptical sentence to the one before it ("Darunter auch …", "Das erste seit 1997."). */
const LINKING = W.ARTICLE | W.PRONOUN | W.ADVERB | W.PREPOSITION | W.CONJ_COORD | W.CONJ_SUBORD | W.GERMAN_OTHER;
/** An interjection drawn out in writing ("Hmmmm"). */
const DRAWN_OUT = /(\p{L})\1\1/u;
/** An inflected participle is an attribute ("die gemeldeten Fälle"), not a verb. */
const INFLECTED_PARTICIPLE = /(?:e|em|er|es|ten|nen)$/;
/** Words a clause with a participle and no finite verb must have to count as a clause ("Die Regierung angekündigt neue Maßnahmen"). */
const MIN_CLAUSE_WORDS = 4;
/** Fragments of at most this many words are reported as warnings, longer ones as hints. */
const MAX_SURE_WORDS = 3;
const CLAUSE_BREAKS = new Set([',', ';', '–', '—']);
/** "Elisabeth II." — the splitter may take the full stop after a regnal number for a sentence end. */
const REGNAL_NUMBER = /^[IVX]+$/;

/**
 * Whether the sentence is a fragment without a finite verb outside a subordinate clause that runs to
 * its end ("Mögliche Anrufe von Sullivan, sowie ob ein solches Gespräch stattgefunden hat.").
 * It must begin with a noun, a name or an adjective: fragments that begin with an article, pronoun,
 * adverb or conjunction are usually deliberate ellipsis. Quotations, colons, unknown lower-case words
 * (which may be verbs) and a split after a regnal number leave the question open.
 */
function fragmentWithoutVerb(analysis: Analysis, s: Sentence): { participle: boolean; words: number } | undefined {
  const { tokens } = analysis;
  const first = tokens[s.tokenStart];
  if (first.kind !== 'word' || !first.spaceBefore) return undefined;
  if (s.tokenEnd - s.tokenStart >= 2 && REGNAL_NUMBER.test(tokens[s.tokenEnd - 2].text)) return undefined;
  let mainWords = 0;
  let participle = false;
  let comma = false;
  let mainNouns = 0;
  let subordinate = false;
  let subordinateVerb = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || t.quote >= 0 || isUnknownLower(t) || t.text === ':') return undefined;
    if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) {
      comma = true;
      if (subordinate && subordinateVerb) subordinate = false;
    }
    if (t.kind !== 'word') continue;
    if (STRICT_SUBORDINATORS.has(t.lower)) {
      subordinate = true;
      subordinateVerb = false;
      continue;
    }
    const finite = mayBeFinite(analysis, t, k === s.tokenStart);
    if (subordinate) {
      if (finite) subordinateVerb = true;
      continue;
    }
    if (finite) return undefined;
    mainWords++;
    if (isCapitalized(t)) mainNouns++;
    if (isLowerWord(t) && (t.cls & W.PARTICIPLE) !== 0 && !INFLECTED_PARTICIPLE.test(t.lower)) participle = true;
  }
  // a subject and a participle without the auxiliary; a comma before it makes a caption ("Der Präsident, fotografiert …")
  const clause = participle && !comma && mainWords >= MIN_CLAUSE_WORDS && (isCapitalized(first) || (first.cls & W.ARTICLE) !== 0);
  if ((first.cls & LINKING) !== 0 && !clause) return undefined;
  // a lone word: a noun or a name ("Ukraine."), not an interjection
  if (mainWords === 1) return isCapitalized(first) && ((first.cls & W.NOUN) !== 0 || first.cls === 0) && !DRAWN_OUT.test(first.text) ? { participle: false, words: 1 } : undefined;
  return mainNouns > 0 ? { participle: clause, words: mainWords } : undefined;
}

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
    for (let i = 0; i < analysis.sentences.length; i++) {
      const s = analysis.sentences[i];
      if (analysis.blocks[s.block].kind !== 'body' || !s.terminated || !endsWithPeriod(tokens, s.tokenStart, s.tokenEnd)) continue;
      // a paragraph's first sentence may be a dateline or a label; there only a clause whose finite
      // verb is missing beside its participle counts ("Die Regierung angekündigt neue Maßnahmen.")
      const first = i === 0 || analysis.sentences[i - 1].block !== s.block;
      const fragment = fragmentWithoutVerb(analysis, s);
      if (!fragment || (first && !fragment.participle)) continue;
      const text = analysis.text.slice(s.offset, s.end);
      // a few words left over ("Ukraine.", "Reuters gemeldet.") or a clause missing its auxiliary are
      // nearly certain debris; a longer fragment may be deliberate style
      const sure = fragment.participle || fragment.words <= MAX_SURE_WORDS;
      report({
        offset: s.offset,
        length: s.end - s.offset,
        data: { fragment: text.length > 60 ? text.slice(0, 57) + '…' : text },
        ...(sure ? {} : { severity: 'hint' as const }),
      });
    }
  },
};
