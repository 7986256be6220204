/** Word tests on tokens shared by the garbled rules. */
import { FINITE, WordClass } from '../../lexicon.js';
import type { Analysis, Token } from '../../analysis/model.js';
import { Shape } from '../../analysis/spelling.js';

const W = WordClass;
const NOT_VERB = W.ARTICLE | W.PRONOUN | W.PREPOSITION | W.CONJ_SUBORD | W.CONJ_COORD | W.ADVERB;
/** Readings that let a word stand inflected before a noun. */
const ATTRIBUTE = W.ADJECTIVE | W.PARTICIPLE | W.PARTICIPLE1;
const LETTER_E = 0x65;
/** Letters after an "e" that end an inflected attribute: -en, -em, -er, -es. */
const AFTER_E = new Set([0x6e, 0x6d, 0x72, 0x73]);

/** The ending of an inflected attribute: -e, -en, -em, -er or -es ("gleich-e", "ermordet-en"). */
function hasInflectedEnding(lower: string): boolean {
  const last = lower.charCodeAt(lower.length - 1);
  return last === LETTER_E || (AFTER_E.has(last) && lower.charCodeAt(lower.length - 2) === LETTER_E);
}

export function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.shape & Shape.LOWER_START) !== 0;
}

/** A word that begins with a capital letter (in German mid-sentence: a noun or a name). */
export function isCapitalized(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.shape & Shape.UPPER_START) !== 0;
}

/** A lower-case word that can be a finite verb and nothing of a closed class. */
export function canBeFinite(t: Token | undefined): boolean {
  return isLowerWord(t) && (t!.cls & FINITE) !== 0 && (t!.cls & NOT_VERB) === 0;
}

/** A lower-case word that can only be a finite verb (no infinitive, participle, adjective or noun reading). */
export function onlyFinite(t: Token | undefined): boolean {
  return canBeFinite(t) && (t!.cls & (W.INFINITIVE | W.PARTICIPLE | W.PARTICIPLE1 | W.ADJECTIVE | W.NOUN | W.ENGLISH)) === 0;
}

export function isVerbForm(t: Token | undefined): boolean {
  return isLowerWord(t) && (t!.cls & (FINITE | W.INFINITIVE | W.PARTICIPLE)) !== 0 && (t!.cls & NOT_VERB) === 0;
}

/** Whether the word is unknown to every lexicon (it might be a verb we cannot see). */
export function isUnknownLower(t: Token): boolean {
  return isLowerWord(t) && t.cls === 0;
}

/** An inflected adjective or participle form ("gleiche", "ermordeten"), which may be an attribute. */
export function isInflectedAttribute(t: Token | undefined): boolean {
  return isLowerWord(t) && (t!.cls & ATTRIBUTE) !== 0 && hasInflectedEnding(t!.lower);
}

/**
 * Whether token k stands as an attribute before a noun rather than as a verb: "die ermordeten Frauen",
 * "der gleichen Tätergruppe", "bestimmte genau definierte Regionen". Past forms of weak verbs and
 * adjective forms coincide ("versammelten"), so the neighbours decide.
 */
function isAttributive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isInflectedAttribute(t)) return false;
  const prev = tokens[k - 1];
  if (prev && prev.kind === 'word' && prev.sentence === t.sentence && (prev.cls & W.ARTICLE) !== 0) return true;
  let next = tokens[k + 1];
  // an uninflected adverb or adjective may stand between: "bestimmte genau definierte Regionen"
  if (isLowerWord(next) && (next!.cls & (W.ADVERB | W.ADJECTIVE)) !== 0 && !hasInflectedEnding(next!.lower)) next = tokens[k + 2];
  return isCapitalized(next) || isInflectedAttribute(next);
}

/** A finite verb at token k: a finite form that is not an attribute before a noun. */
export function isFiniteVerb(tokens: readonly Token[], k: number): boolean {
  return canBeFinite(tokens[k]) && !isAttributive(tokens, k);
}

/**
 * Whether the word may be a finite verb, read generously (auxiliaries, modals, a capitalised first
 * word such as "Kämen"): for rules that must be sure a sentence has none.
 */
export function mayBeFinite(analysis: Analysis, t: Token, sentenceInitial: boolean): boolean {
  if (t.kind !== 'word') return false;
  if (isLowerWord(t)) return (t.cls & FINITE) !== 0 || (t.cls & (W.AUXILIARY | W.MODAL)) !== 0;
  if (!sentenceInitial && (t.shape & Shape.UPPER_CASE) === 0) return false;
  return (analysis.lexicon.classes(t.lower) & FINITE) !== 0;
}

/** Whether the sentence's last token (before closing marks) is a full stop. */
export function endsWithPeriod(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = end - 1; k >= start; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || t.text === ')') continue;
    return t.kind === 'punct' && t.text === '.';
  }
  return false;
}

/** Finite forms of "werden", the one auxiliary that takes an infinitive. */
export const WERDEN_FORMS: ReadonlySet<string> = new Set(['werde', 'wirst', 'wird', 'werden', 'werdet', 'wurde', 'wurdest', 'wurden', 'wurdet', 'würde', 'würdest', 'würden', 'würdet']);

/** Which finite verb opens a bracket, and whether another verb form between closes the search. */
export interface BracketOpener {
  opens: (u: Token) => boolean;
  /** "will das Haus bauen lassen": a verb form between belongs to a cluster, not to a broken bracket. */
  stopAtVerbForm: boolean;
}

const AUXILIARY_OPENER: BracketOpener = { opens: (u) => (u.cls & W.AUXILIARY) !== 0, stopAtVerbForm: false };

/**
 * The finite auxiliary (or, with `opener`, another finite verb) that opens the verb bracket which
 * token k closes ("hat … kommentiert"): the nearest one before k in the same clause, with nothing
 * between but words and numbers of the same quotation and no conjunction; -1 when there is none
 * within `reach` tokens.
 */
export function bracketAuxiliary(tokens: readonly Token[], k: number, sentenceStart: number, reach: number, opener = AUXILIARY_OPENER): number {
  for (let m = k - 1; m >= sentenceStart && k - m <= reach; m--) {
    const u = tokens[m];
    if ((u.kind !== 'word' && u.kind !== 'number') || u.quote !== tokens[k].quote || (u.cls & (W.CONJ_COORD | W.CONJ_SUBORD)) !== 0) return -1;
    if (opener.opens(u) && canBeFinite(u)) return m;
    if (opener.stopAtVerbForm && m < k - 1 && (u.cls & (W.INFINITIVE | W.PARTICIPLE)) !== 0 && isLowerWord(u)) return -1;
  }
  return -1;
}
