/** Verb tests on tokens shared by the garbled rules. */
import { FINITE, WordClass } from '../../lexicon.js';
import type { Token } from '../../analysis/model.js';

const W = WordClass;
const NOT_VERB = W.ARTICLE | W.PRONOUN | W.PREPOSITION | W.CONJ_SUBORD | W.CONJ_COORD | W.ADVERB;

export function isLowerWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.text[0] === t.lower[0] && t.text[0] !== t.text[0].toUpperCase();
}

/** A lower-case word that can be a finite verb and nothing of a closed class. */
export function canBeFinite(t: Token | undefined): boolean {
  return isLowerWord(t) && (t.cls & FINITE) !== 0 && (t.cls & NOT_VERB) === 0;
}

/** A lower-case word that can only be a finite verb (no infinitive, participle, adjective or noun reading). */
export function onlyFinite(t: Token | undefined): boolean {
  return canBeFinite(t) && (t!.cls & (W.INFINITIVE | W.PARTICIPLE | W.PARTICIPLE1 | W.ADJECTIVE | W.NOUN | W.ENGLISH)) === 0;
}

export function isVerbForm(t: Token | undefined): boolean {
  return isLowerWord(t) && (t.cls & (FINITE | W.INFINITIVE | W.PARTICIPLE)) !== 0 && (t.cls & NOT_VERB) === 0;
}

/** Whether the word is unknown to every lexicon (it might be a verb we cannot see). */
export function isUnknownLower(t: Token): boolean {
  return isLowerWord(t) && t.cls === 0;
}
