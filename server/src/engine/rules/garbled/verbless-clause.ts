import { FINITE, WordClass } from '../../lexicon.js';
import { RELATIVE_PRONOUNS, STRICT_SUBORDINATORS } from '../../analysis/function-words.js';
import type { Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { endsWithPeriod, isCapitalized, isLowerWord } from './verbs.js';

const W = WordClass;
/** Readings that may carry the finite verb of a clause. */
const FINITE_READINGS = FINITE | W.AUXILIARY | W.MODAL | W.IMPERATIVE | W.SEPARABLE_STEM;
/** Readings of the non-finite verb forms. */
const NON_FINITE = W.INFINITIVE | W.PARTICIPLE;
/** Words a verbless clause needs after its conjunction: shorter ones are set ellipses ("wenn nötig", "falls möglich"). */
const MIN_WORDS = 4;
/** Words a clause with only a participle needs: its subject and the participle ("wie Reuters gemeldet"). */
const MIN_PARTICIPLE_CLAUSE_WORDS = 2;
/** Tokens looked at after the conjunction (keeps the rule linear). */
const MAX_CLAUSE = 40;

interface ClauseWords {
  words: number;
  first: number;
  last: number;
  /** Some word may be a non-finite verb form (and none a finite one). */
  nonFinite: boolean;
}

/** Whether a word may be the clause's finite verb: a finite reading, or a lower-case word no German lexicon knows. */
function mayCarryFiniteVerb(t: Token): boolean {
  return (t.cls & FINITE_READINGS) !== 0 || (isLowerWord(t) && (t.cls & ~W.ENGLISH) === 0);
}

/**
 * The words of the clause [from, end) when none of them may be a finite verb; undefined otherwise,
 * and for clauses with quotations or inner punctuation, whose structure is open.
 */
function wordsWithoutFiniteVerb(tokens: readonly Token[], from: number, end: number): ClauseWords | undefined {
  const clause: ClauseWords = { words: 0, first: -1, last: -1, nonFinite: false };
  for (let m = from; m < end; m++) {
    const t = tokens[m];
    if (t.kind === 'quote' || t.quote >= 0 || (t.kind === 'punct' && t.text !== '.')) return undefined;
    if (t.kind !== 'word') continue;
    if (mayCarryFiniteVerb(t)) return undefined;
    if ((t.cls & NON_FINITE) !== 0) clause.nonFinite = true;
    if (clause.first < 0) clause.first = m;
    clause.words++;
    clause.last = m;
  }
  return clause;
}

/**
 * Whether the clause is a subject and a bare participle or infinitive at its end, so that only its
 * auxiliary is missing: "wie die Nachrichtenagentur AFP gemeldet" (but "wie im Vorjahr angekündigt"
 * and "wie erwartet" are set ellipses without a subject).
 */
function lacksOnlyAuxiliary(tokens: readonly Token[], clause: ClauseWords): boolean {
  if (clause.words < MIN_PARTICIPLE_CLAUSE_WORDS || (tokens[clause.last].cls & NON_FINITE) === 0) return false;
  const first = tokens[clause.first];
  return (isLowerWord(first) && (first.cls & W.ARTICLE) !== 0) || (isCapitalized(first) && (first.cls & NON_FINITE) === 0);
}

/**
 * A subordinate clause that ends the sentence without its finite verb: "…, weil die Lieferungen für
 * die Welt wichtig.", "…, wie die Nachrichtenagentur AFP gemeldet."; and a relative clause anywhere
 * that ends in a bare participle: "Die Gespräche, die in Kairo stattgefunden, wurden …".
 */
export const verblessClause: Rule = {
  meta: {
    id: 'garbled/verbless-clause',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Dem Nebensatz „{clause}“ fehlt das konjugierte Verb.',
      en: 'The subordinate clause "{clause}" has no finite verb.',
    },
    explanation: {
      de: 'Ein Nebensatz („weil …“, „dass …“, „wie …“, „die …“) endet, ohne dass ein konjugiertes Verb darin steht: gar kein Verb oder nur ein Partizip ohne sein Hilfsverb. Die Übersetzung hat das Verb verloren; was die Quelle gesagt hat, bleibt offen.',
      en: 'A subordinate clause ("weil …", "dass …", "wie …", "die …") ends without a finite verb: no verb at all, or only a participle without its auxiliary. The translation lost the verb; what the source said is left open.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das fehlende Verb anhand des Originals ergänzen.',
      en: 'Add the missing verb from the original.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s) || !endsWithPeriod(tokens, s.tokenStart, s.tokenEnd)) continue;
      // only the last clause of the sentence: from its last conjunction to the full stop
      let k = s.tokenEnd - 1;
      while (k > s.tokenStart && s.tokenEnd - k < MAX_CLAUSE && !isOpener(tokens[k])) k--;
      const conjunction = tokens[k];
      if (k === s.tokenStart || !isOpener(conjunction) || conjunction.quote >= 0) continue;
      // without a comma before it "wie" compares inside the main clause: "hat Tabak durch Zusätze wie Kakao schmackhafter gemacht"
      if (conjunction.lower === 'wie' && tokens[k - 1].text !== ',') continue;
      const clause = wordsWithoutFiniteVerb(tokens, k + 1, s.tokenEnd);
      if (!clause) continue;
      const strict = STRICT_SUBORDINATORS.has(conjunction.lower);
      const verbless = strict && !clause.nonFinite && clause.words >= MIN_WORDS;
      if (!verbless && !lacksOnlyAuxiliary(tokens, clause)) continue;
      const offset = conjunction.offset;
      const length = tokens[clause.last].end - offset;
      report({ offset, length, data: { clause: analysis.text.slice(offset, offset + length) } });
    }
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart + 1; k + 2 < s.tokenEnd; k++) {
        if (tokens[k].text !== ',' || tokens[k].quote >= 0) continue;
        const clause = participleRelativeClause(tokens, k, s.tokenEnd);
        if (!clause) continue;
        const offset = tokens[k + 1].offset;
        const length = tokens[clause.last].end - offset;
        report({ offset, length, data: { clause: analysis.text.slice(offset, offset + length) } });
        k = clause.last;
      }
    }
  },
};

/**
 * A relative clause after the comma at `comma` that ends in a bare participle, its auxiliary lost:
 * "Die Gespräche, die in Kairo stattgefunden, wurden …". The word after the pronoun is in lower
 * case, so that the pronoun is no article of an absolute phrase ("…, die Hände gefaltet, …").
 */
function participleRelativeClause(tokens: readonly Token[], comma: number, sentenceEnd: number): ClauseWords | undefined {
  const antecedent = tokens[comma - 1];
  const pronoun = tokens[comma + 1];
  if (!isCapitalized(antecedent) || pronoun.kind !== 'word' || !RELATIVE_PRONOUNS.has(pronoun.text) || !isLowerWord(tokens[comma + 2])) return undefined;
  let end = comma + 2;
  while (end < sentenceEnd && end - comma < MAX_CLAUSE && tokens[end].text !== ',' && !(tokens[end].kind === 'punct' && tokens[end].text === '.')) end++;
  if (end >= sentenceEnd || end - comma >= MAX_CLAUSE) return undefined;
  const clause = wordsWithoutFiniteVerb(tokens, comma + 2, end);
  if (!clause || clause.words < MIN_PARTICIPLE_CLAUSE_WORDS) return undefined;
  const last = tokens[clause.last];
  return (last.cls & W.PARTICIPLE) !== 0 && tokens[clause.last - 1].lower !== 'zu' ? clause : undefined;
}

/** A word that opens a subordinate clause; "wie" too, which after a comma opens a clause ("…, wie Reuters meldete"). */
function isOpener(t: Token): boolean {
  return t.kind === 'word' && (STRICT_SUBORDINATORS.has(t.lower) || t.lower === 'wie');
}
