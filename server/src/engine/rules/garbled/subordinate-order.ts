import { VERB, WordClass } from '../../lexicon.js';
import { RELATIVE_PRONOUNS, STRICT_SUBORDINATORS } from '../../analysis/function-words.js';
import type { Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { isCapitalized, isFiniteVerb, isVerbForm, WERDEN_FORMS } from './verbs.js';

const W = WordClass;
/** After the verb of a subordinate clause these may still follow (comparisons, extraposed phrases, coordination). */
const MAY_FOLLOW = W.PREPOSITION | W.CONJ_COORD | W.CONJ_SUBORD | W.ADVERB;
/**
 * Object pronouns, which cannot open a new clause after the verb the way "sie", "es" or "er" can
 * when a comma is missing: "dass Russland die Nahrungsmittel einsetze ihn zu erpressen".
 */
const OBJECT_PRONOUNS = new Set(['ihn', 'ihm', 'ihnen', 'mich', 'mir', 'dich', 'dir', 'uns', 'euch']);
/**
 * Adverbs of degree and quantity that open a phrase after them: an adjective ("ist sehr schwierig")
 * or a noun ("brauche mehr Hilfe"); after the verb of a subordinate clause they start a complement.
 */
const PHRASE_OPENERS = new Set(['sehr', 'besonders', 'äußerst', 'ziemlich', 'extrem', 'völlig', 'mehr', 'weniger', 'viel', 'wenig']);
/** Words that open a verb-final clause after a comma: ", wie das Weiße Haus bestätigte", ", wann die Gespräche beginnen". */
const CLAUSE_WORDS_AFTER_COMMA = new Set(['wie', 'wann', 'warum', 'weshalb', 'wieso']);
/** Tokens looked at from the conjunction to its verb and after it (keeps the rule linear). */
const MAX_CLAUSE = 40;
/** Infinitives of the auxiliaries, which the lexicon also reads as a possessive ("sein"): "hätte sein können". */
const AUXILIARY_INFINITIVES = new Set(['sein', 'haben', 'werden']);

/**
 * Whether an infinitive with "zu" follows before the next punctuation: "…, ob er versucht den Fall zu
 * lösen" may leave out the comma before an infinitive group.
 */
function extraposedInfinitive(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k + 1 < end && k - from < MAX_CLAUSE && tokens[k].kind === 'word'; k++) {
    if (tokens[k].lower === 'zu' && (tokens[k + 1].cls & W.INFINITIVE) !== 0) return true;
  }
  return false;
}

/** Whether a finite verb follows before the next punctuation (within the clause). */
function finiteLater(tokens: readonly Token[], from: number, end: number): boolean {
  return nextFinite(tokens, from, end) >= 0;
}

/** The next finite verb, auxiliary or modal before the next punctuation (within the clause), or -1. */
function nextFinite(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end && k - from < MAX_CLAUSE && tokens[k].kind === 'word'; k++) {
    if (isFiniteVerb(tokens, k) || (tokens[k].cls & (W.AUXILIARY | W.MODAL)) !== 0) return k;
  }
  return -1;
}

/**
 * Whether a modal or "werden"/"würde" stands early in the clause and the clause ends in one bare
 * infinitive that belongs to it: "dass er würde das Gesetz unterzeichnen" (the auxiliary belongs at
 * the end). Two infinitives at the end ("hätte … kommen müssen") are a correct cluster.
 */
function endsInItsInfinitive(tokens: readonly Token[], verb: number, from: number, end: number): boolean {
  if ((tokens[verb].cls & (W.AUXILIARY | W.MODAL)) === 0) return false;
  let last = -1;
  for (let k = from; k < end && k - from < MAX_CLAUSE && tokens[k].kind === 'word'; k++) last = k;
  if (last < 0 || (last + 1 < end && tokens[last + 1].kind !== 'punct')) return false;
  // another finite verb before the end makes a relative clause likelier ("hat die klein genug sind")
  if (finiteLater(tokens, from, last)) return false;
  const infinitive = (t: Token) => (t.cls & W.INFINITIVE) !== 0 && !isCapitalized(t);
  return infinitive(tokens[last]) && !infinitive(tokens[last - 1]) && tokens[last - 1].lower !== 'zu';
}

/**
 * Whether an auxiliary or modal stands early in the clause and the clause ends, after other words, in
 * the one participle or infinitive that belongs to it: "dass er wird nicht zurücktreten", "dass
 * Russland hat Soldaten an der Grenze versammelt". A comparison at the end ("dass es mehr ist als
 * erwartet") and a cluster of two infinitives ("hat … kommen müssen") are right.
 */
function auxiliaryBeforeItsVerb(tokens: readonly Token[], verb: number, from: number, end: number): boolean {
  if ((tokens[verb].cls & (W.AUXILIARY | W.MODAL)) === 0) return false;
  let last = -1;
  for (let k = from; k < end && k - from < MAX_CLAUSE && (tokens[k].kind === 'word' || tokens[k].kind === 'number'); k++) last = k;
  if (last <= from || (last + 1 < end && tokens[last + 1].kind !== 'punct') || tokens[last].kind !== 'word') return false;
  // another verb or a coordinated clause before the end ("weil sie verformt sind und damit nicht … entsprechen")
  for (let k = from; k < last; k++) {
    if (tokens[k].kind === 'word' && (isFiniteVerb(tokens, k) || (tokens[k].cls & (W.AUXILIARY | W.MODAL | W.CONJ_COORD)) !== 0)) return false;
  }
  const final = tokens[last];
  const before = tokens[last - 1].lower;
  if (isCapitalized(final) || (final.cls & (W.AUXILIARY | W.MODAL)) !== 0 || before === 'zu' || before === 'als' || before === 'wie') return false;
  // modals and "werden" take an infinitive; "haben", "sein" and "werden" a participle
  const auxiliary = tokens[verb].cls & W.AUXILIARY ? tokens[verb].lower : '';
  const takesInfinitive = auxiliary === '' || WERDEN_FORMS.has(auxiliary);
  const fits = (takesInfinitive && (final.cls & W.INFINITIVE) !== 0) || (auxiliary !== '' && (final.cls & W.PARTICIPLE) !== 0);
  return fits && (tokens[last - 1].cls & (W.INFINITIVE | W.PARTICIPLE)) === 0;
}

/**
 * Whether the verb cluster [verb, last] that ends the clause is an auxiliary before its one
 * participle or infinitive: "dass die Regierung hat beschlossen." (but "dass er hat kommen
 * müssen", with two infinitives, is right).
 */
function auxiliaryFirst(tokens: readonly Token[], verb: number, last: number, end: number): boolean {
  if (last !== verb + 1 || (tokens[verb].cls & (W.AUXILIARY | W.MODAL)) === 0) return false;
  // a modal takes an infinitive: "dass die Regierung muss handeln"
  const forms = (tokens[verb].cls & W.AUXILIARY) !== 0 ? W.PARTICIPLE | W.INFINITIVE : W.INFINITIVE;
  if ((tokens[last].cls & forms) === 0 || (tokens[last].cls & (W.AUXILIARY | W.MODAL)) !== 0) return false;
  return last + 1 >= end || tokens[last + 1].kind === 'punct';
}

/** Whether a degree or quantity word's next token is what it opens: an adjective or a noun. */
function opensComplement(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (isCapitalized(t) || ((t.cls & W.ADJECTIVE) !== 0 && (t.cls & VERB) === 0));
}

/** A subordinate clause whose finite verb is not last: "ob Moskau welche sehe Verhandlungsmöglichkeiten". */
export const subordinateOrder: Rule = {
  meta: {
    id: 'garbled/subordinate-order',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Im Nebensatz steht „{after}“ nach dem Verb „{verb}“: Die Wortstellung ist zerstört.',
      en: 'In the subordinate clause "{after}" follows the verb "{verb}": the word order is broken.',
    },
    explanation: {
      de: 'Im deutschen Nebensatz („dass …“, „ob …“) steht das konjugierte Verb am Ende. Folgt ihm noch ein Satzglied, hat die Übersetzung die Wortstellung der Vorlage übernommen und den Satz verstümmelt.',
      en: 'In a German subordinate clause ("dass …", "ob …") the finite verb comes last. When a phrase still follows it, the translation kept the source word order and broke the sentence.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das Verb an das Ende des Nebensatzes stellen oder den Satz neu formulieren.',
      en: 'Move the verb to the end of the subordinate clause or rewrite the sentence.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        // "wie" after a comma opens a clause of reporting or comparison: ", wie das Weiße Haus bestätigte"
        const opener = STRICT_SUBORDINATORS.has(tokens[k].lower) || (CLAUSE_WORDS_AFTER_COMMA.has(tokens[k].lower) && k > s.tokenStart && tokens[k - 1].text === ',');
        if (!opener || tokens[k].quote >= 0) continue;
        let m = k + 1;
        const stop = Math.min(s.tokenEnd, k + MAX_CLAUSE);
        // an infinitive with "zu" is no finite verb: "weil die Angst zu versagen viel persönlicher ist"
        while (m < stop && tokens[m].kind === 'word' && (!isFiniteVerb(tokens, m) || tokens[m - 1].lower === 'zu')) m++;
        if (m >= stop || tokens[m].kind !== 'word' || m === k + 1) continue;
        // a participle may stand as an adverb before the real verb ("weil er vermindert schuldfähig ist"), an
        // infinitive that is an adjective too before its auxiliary ("dass sie Soldaten schicken würden"): the
        // clause's verb is the next finite one
        if ((tokens[m].cls & (W.PARTICIPLE | W.ADJECTIVE)) !== 0 && finiteLater(tokens, m + 1, s.tokenEnd)) m = nextFinite(tokens, m + 1, s.tokenEnd);
        const verb = m;
        while (m + 1 < s.tokenEnd && (isVerbForm(tokens[m + 1]) || AUXILIARY_INFINITIVES.has(tokens[m + 1].lower))) m++;
        if (auxiliaryFirst(tokens, verb, m, s.tokenEnd)) {
          report({ offset: tokens[k].offset, length: tokens[m].end - tokens[k].offset, data: { verb: tokens[verb].text, after: tokens[m].text } });
          continue;
        }
        // when no phrase right after the verb gives the order away, its participle or infinitive at the end may
        const reportEarlyAuxiliary = (): void => {
          if (m !== verb || !auxiliaryBeforeItsVerb(tokens, verb, m + 1, s.tokenEnd)) return;
          report({ offset: tokens[k].offset, length: tokens[verb].end - tokens[k].offset, data: { verb: tokens[verb].text, after: tokens[m + 1].text } });
        };
        const after = tokens[m + 1];
        if (m + 1 >= s.tokenEnd || after.kind !== 'word' || after.quote !== tokens[verb].quote) continue;
        const opensPhrase = PHRASE_OPENERS.has(after.lower) && opensComplement(tokens[m + 2]);
        if (!opensPhrase && ((after.cls & MAY_FOLLOW) !== 0 || after.lower === 'zu' || after.lower === 'als' || after.lower === 'wie')) {
          reportEarlyAuxiliary();
          continue;
        }
        const nominal =
          opensPhrase ||
          (after.cls & W.ARTICLE) !== 0 ||
          isCapitalized(after) ||
          OBJECT_PRONOUNS.has(after.lower) ||
          ((after.cls & W.ADJECTIVE) !== 0 && (after.cls & W.ADVERB) === 0);
        if (!nominal || extraposedInfinitive(tokens, m + 1, s.tokenEnd)) {
          reportEarlyAuxiliary();
          continue;
        }
        // a relative clause that lacks its comma: "ob Nordkorea Sprengköpfe hat die klein genug sind";
        // but not when the clause ends in the infinitive of its early auxiliary: "dass er würde das Gesetz unterzeichnen"
        if (RELATIVE_PRONOUNS.has(after.lower) && finiteLater(tokens, m + 2, s.tokenEnd) && !endsInItsInfinitive(tokens, verb, m + 1, s.tokenEnd)) continue;
        report({
          offset: tokens[k].offset,
          length: after.end - tokens[k].offset,
          data: { verb: tokens[verb].text, after: after.text },
        });
      }
    }
  },
};
