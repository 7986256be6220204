/**
 * Where each word of a text occurs, found once per analysis: rules that look for a few words
 * ("angeblich", "soll") visit the sentences holding them instead of reading every token.
 */
import type { Analysis } from './model.js';
import { spellingsOfLower } from './words.js';

interface Occurrences {
  /** Per spelling (`Token.spelling`): the index of its first token, or -1. */
  first: Int32Array;
  /** Per token: the index of the next token of the same spelling, or -1. */
  next: Int32Array;
  /** Per spelling: how many tokens have it. */
  count: Int32Array;
  /**
   * Lower-case form → the spellings that have it ("Soll", "soll"), built only when the word table
   * cannot tell (it has gone on to another text).
   */
  spellingsOf: Map<string, number[]> | undefined;
  /** Lower-case form → its spellings, as asked for so far (the phrase lists ask for the same words many times). */
  asked: Map<string, readonly number[]>;
}

const byAnalysis = new WeakMap<Analysis, Occurrences>();

function occurrencesOf(analysis: Analysis): Occurrences {
  let found = byAnalysis.get(analysis);
  if (found !== undefined) return found;
  const { tokens } = analysis;
  const spellings = analysis.spellings.length;
  const first = new Int32Array(spellings).fill(-1);
  const count = new Int32Array(spellings);
  const next = new Int32Array(tokens.length);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const spelling = tokens[k]!.spelling;
    if (spelling < 0) {
      next[k] = -1;
      continue;
    }
    next[k] = first[spelling]!;
    first[spelling] = k;
    count[spelling]!++;
  }
  found = { first, next, count, spellingsOf: undefined, asked: new Map() };
  byAnalysis.set(analysis, found);
  return found;
}

/** The spellings of the text whose lower-case form is `lower`. */
function spellingsWithLower(analysis: Analysis, occurrences: Occurrences, lower: string): readonly number[] {
  let spellings = occurrences.asked.get(lower);
  if (spellings === undefined) {
    spellings = findSpellingsWithLower(analysis, occurrences, lower);
    occurrences.asked.set(lower, spellings);
  }
  return spellings;
}

function findSpellingsWithLower(analysis: Analysis, occurrences: Occurrences, lower: string): readonly number[] {
  if (occurrences.spellingsOf === undefined) {
    const fromTable = spellingsOfLower(analysis.spellings, lower);
    if (fromTable !== undefined) return fromTable;
    const spellingsOf = new Map<string, number[]>();
    for (let spelling = 0; spelling < occurrences.first.length; spelling++) {
      const at = occurrences.first[spelling]!;
      if (at < 0) continue;
      const key = analysis.tokens[at]!.lower;
      const list = spellingsOf.get(key);
      if (list === undefined) spellingsOf.set(key, [spelling]);
      else list.push(spelling);
    }
    occurrences.spellingsOf = spellingsOf;
  }
  return occurrences.spellingsOf.get(lower) ?? [];
}

/** The first token (index) of a spelling (`Token.spelling`). */
export function firstTokenOfSpelling(analysis: Analysis, spelling: number): number {
  return occurrencesOf(analysis).first[spelling]!;
}

/** The tokens (ascending indices) of a spelling. */
export function tokensOfSpelling(analysis: Analysis, spelling: number): number[] {
  const { first, next } = occurrencesOf(analysis);
  const found: number[] = [];
  for (let k = first[spelling]!; k >= 0; k = next[k]!) found.push(k);
  return found;
}

/** How many word tokens of the text are, in lower case, `lower`. */
export function countOfWord(analysis: Analysis, lower: string): number {
  const occurrences = occurrencesOf(analysis);
  let total = 0;
  for (const spelling of spellingsWithLower(analysis, occurrences, lower)) total += occurrences.count[spelling]!;
  return total;
}

/** The sentences (ascending indices) with a word token that is, in lower case, one of `lowers`. */
export function sentencesWithWords(analysis: Analysis, lowers: Iterable<string>): number[] {
  const occurrences = occurrencesOf(analysis);
  const { first, next } = occurrences;
  const { tokens } = analysis;
  const marked = new Uint8Array(analysis.sentences.length);
  for (const lower of lowers) {
    for (const spelling of spellingsWithLower(analysis, occurrences, lower)) {
      for (let k = first[spelling]!; k >= 0; k = next[k]!) marked[tokens[k]!.sentence] = 1;
    }
  }
  const sentences: number[] = [];
  for (let s = 0; s < marked.length; s++) if (marked[s] === 1) sentences.push(s);
  return sentences;
}
