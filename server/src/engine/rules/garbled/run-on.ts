import { WordClass } from '../../lexicon.js';
import type { Analysis, Token } from '../../analysis/model.js';
import { SpellingAnswers } from '../../analysis/spelling-answers.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { bracketAuxiliary, canBeFinite, isFiniteVerb } from './verbs.js';
import { Shape } from '../../analysis/spelling.js';

const W = WordClass;

/** Most capitalised words a second clause's subject may have before its verb ("Washington hat"). */
const MAX_SUBJECT_WORDS = 3;
const DEFINITE_ARTICLES = new Set(['der', 'die', 'das']);
/** How far back (in tokens) the opener of a subordinate clause is looked for. */
const CLAUSE_LOOKBACK = 30;

/** Whether token k ends a clause: a separable prefix closing its verb bracket, or a verb-final auxiliary. */
/** `prefixes` keeps, per spelling, whether the word is a separable verb prefix ("ab", "zurück"). */
function closesClause(analysis: Analysis, k: number, sentenceStart: number, prefixes: SpellingAnswers): boolean {
  const { tokens, lexicon } = analysis;
  const t = tokens[k];
  // a separable prefix closing the verb bracket of a main clause: "lehnte … ab"; not a word that
  // may open something new ("ein", "bis"), and no conjunction between verb and prefix
  if ((t.cls & (W.ARTICLE | W.PRONOUN | W.CONJ_SUBORD | W.CONJ_COORD)) === 0 && (prefixes.answer(t.spelling) ?? prefixes.remember(t.spelling, lexicon.isSeparablePrefix(t.lower)))) {
    for (let m = k - 1; m >= sentenceStart && k - m <= 8; m--) {
      const u = tokens[m];
      if (u.kind !== 'word' || (u.cls & (W.CONJ_COORD | W.CONJ_SUBORD)) !== 0) break;
      if (canBeFinite(u) && lexicon.verbs(u.text).some((r) => r.prefix === t.lower)) return true;
    }
  }
  // a participle closing the verb bracket of its auxiliary: "wurden in der Nacht 20 Drohnen abgeschossen"
  if (closesPerfectBracket(tokens, k, sentenceStart)) return true;
  // a verb-final cluster of a subordinate clause: "…, dass sie … verhandeln würden"
  if (!canBeFinite(t) || (t.cls & (W.AUXILIARY | W.MODAL)) === 0) return false;
  for (let m = k - 1; m >= sentenceStart && k - m <= CLAUSE_LOOKBACK; m--) {
    const u = tokens[m];
    if (u.kind === 'punct') return false;
    if (u.lower === 'dass' || u.lower === 'ob' || u.lower === 'weil') return true;
  }
  return false;
}

/**
 * Whether token k is a past participle that closes the bracket opened by a finite auxiliary of the
 * same clause ("Die Armee hat … abgewehrt"), with no punctuation or conjunction between them (a
 * relative clause has its comma before it).
 */
function closesPerfectBracket(tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  const t = tokens[k];
  if ((t.cls & W.PARTICIPLE) === 0 || (t.shape & Shape.UPPER_START) !== 0) return false;
  return bracketAuxiliary(tokens, k, sentenceStart, CLAUSE_LOOKBACK) >= 0;
}

/** Two clauses run together without punctuation: "… verhandeln würden Washington hat sich …". */
export const runOn: Rule = {
  meta: {
    id: 'garbled/run-on',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Zwei Sätze ohne Satzzeichen verschmolzen („{seam}“).',
      en: 'Two sentences run together without punctuation ("{seam}").',
    },
    explanation: {
      de: 'Auf das Satzende mit Verb folgt ohne Punkt oder Komma ein neues Subjekt mit eigenem Verb. Die Übersetzung hat Satzgrenzen verloren; wer was gesagt hat, verschwimmt.',
      en: 'A clause ending in its verb runs straight into a new subject with its own verb. The translation lost sentence boundaries; who said what gets blurred.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Satzgrenze setzen und beide Sätze prüfen.',
      en: 'Insert the sentence boundary and check both sentences.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    const prefixes = new SpellingAnswers(analysis.spellings.length);
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart + 1; k + 2 < s.tokenEnd; k++) {
        const closer = tokens[k];
        if (closer.quote >= 0 || closer.kind !== 'word') continue;
        const endsClause = closesClause(analysis, k, s.tokenStart, prefixes);
        if (!endsClause) continue;
        // the new subject: a name or noun, or after a final auxiliary also an article and a noun
        // ("würden die USA hat"; a separable prefix may be a preposition before its noun: "auf der Strecke")
        const article = DEFINITE_ARTICLES.has(tokens[k + 1].text) && (closer.cls & (W.AUXILIARY | W.MODAL)) !== 0;
        const subjectStart = article ? k + 2 : k + 1;
        let m = subjectStart;
        while (m < s.tokenEnd && m - subjectStart < MAX_SUBJECT_WORDS && tokens[m].kind === 'word' && (tokens[m].shape & Shape.UPPER_START) !== 0 && (tokens[m].cls & W.ARTICLE) === 0) m++;
        if (m === subjectStart || m >= s.tokenEnd || !isFiniteVerb(tokens, m)) continue;
        if (article && (tokens[m].cls & W.INFINITIVE) !== 0) continue;
        report({ offset: closer.offset, length: tokens[m].end - closer.offset, data: { seam: analysis.text.slice(closer.offset, tokens[m].end) } });
        k = m;
      }
    }
  },
};
