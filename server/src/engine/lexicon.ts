/**
 * Word classes from the German lexicons, compiled at build time (server/scripts/build-lexicon.mjs)
 * into a compact form that `createLexicon` reads. The engine receives the data as a string; loading
 * the file is the adapters' business.
 */

/** Bit flags; a word form may carry several (e.g. "sagen" is infinitive and finite plural). */
export const WordClass = {
  NOUN: 1 << 0,
  /** Finite verb form, indicative present. */
  FIN_PRES: 1 << 1,
  /** Finite verb form, indicative past (Präteritum). */
  FIN_PAST: 1 << 2,
  /** Konjunktiv I form. */
  KONJ1: 1 << 3,
  /** Konjunktiv II form. */
  KONJ2: 1 << 4,
  INFINITIVE: 1 << 5,
  /** Past participle (Partizip II). */
  PARTICIPLE: 1 << 6,
  /** Present participle (Partizip I) and its adjectival forms. */
  PARTICIPLE1: 1 << 7,
  ADJECTIVE: 1 << 8,
  /** Finite form of a separable verb whose prefix stands apart ("lehnte" of "ablehnen"). */
  SEPARABLE_STEM: 1 << 9,
  /** A word of the English word list that is not a German word form. */
  ENGLISH: 1 << 10,
  /** Closed classes, from the engine's own lists (analysis/function-words.ts). */
  ARTICLE: 1 << 11,
  PRONOUN: 1 << 12,
  PREPOSITION: 1 << 13,
  CONJ_SUBORD: 1 << 14,
  CONJ_COORD: 1 << 15,
  ADVERB: 1 << 16,
  AUXILIARY: 1 << 17,
  MODAL: 1 << 18,
  /** Imperative singular/plural form. */
  IMPERATIVE: 1 << 19,
} as const;

export const FINITE = WordClass.FIN_PRES | WordClass.FIN_PAST | WordClass.KONJ1 | WordClass.KONJ2;
export const VERB = FINITE | WordClass.INFINITIVE | WordClass.PARTICIPLE;

export type Gender = 'M' | 'F' | 'N';
export type Case = 'NOM' | 'GEN' | 'DAT' | 'AKK';
export type GramNumber = 'SIN' | 'PLU';

/** Noun readings of a form: gender and the case/number combinations it can stand for. */
export interface NounReading {
  gender: Gender;
  /** Bit set over case × number: bit (caseIndex * 2 + (plural ? 1 : 0)), cases in NOM, GEN, DAT, AKK order. */
  caseNumber: number;
}

export interface VerbReading {
  lemma: string;
  /** For separable verbs, the prefix that stands apart in main clauses ("mit" of "mitteilen"). */
  prefix?: string;
}

export interface Lexicon {
  /** Word-class bits of a form, case-sensitive first, then lower-cased; 0 when unknown. */
  classes(word: string): number;
  /** Noun readings of a form (for compounds, of its last part). */
  nouns(word: string): NounReading[];
  /** Verb lemmas a form belongs to (finite, participle or infinitive), with separable prefixes. */
  verbs(word: string): VerbReading[];
  /** Whether the word is known at all to the German lexicons. */
  isGerman(word: string): boolean;
}

export declare function createLexicon(data: string): Lexicon;
