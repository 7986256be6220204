/**
 * Word classes from the German lexicons, compiled at build time (server/scripts/build-lexicon.mjs)
 * into a compact form that `createLexicon` reads. The engine receives the data as a string; loading
 * the file is the adapters' business.
 */
import { Memo } from './memo.js';

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
  /**
   * A German word of none of the open classes above (closed classes, numerals, adverbs, particles),
   * known to the lexicon so that it is never ENGLISH and `isGerman` holds.
   */
  GERMAN_OTHER: 1 << 20,
  /**
   * The reading is guessed from the word's final part: a capitalised compound's last known noun
   * ("Kremlsprecher" → "Sprecher"), the part after a hyphen, or a lower-case word's last known
   * adjective or participle ("prorussischen" → "russischen"). Proper names can take it too ("Scholz").
   */
  COMPOUND: 1 << 21,
} as const;

export const FINITE = WordClass.FIN_PRES | WordClass.FIN_PAST | WordClass.KONJ1 | WordClass.KONJ2;
export const VERB = FINITE | WordClass.INFINITIVE | WordClass.PARTICIPLE;

export type Gender = 'M' | 'F' | 'N';
export type Case = 'NOM' | 'GEN' | 'DAT' | 'AKK';
export type GramNumber = 'SIN' | 'PLU';

/**
 * Noun readings of a form: gender and the case/number combinations it can stand for. Readings of
 * several nouns with the same gender and form are merged. Pluralia tantum ("Leute") have gender 'N'
 * as a placeholder and plural bits only.
 */
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
  verbs(word: string): readonly VerbReading[];
  /** Whether the word is known at all to the German lexicons. */
  isGerman(word: string): boolean;
  /**
   * Classes of the word's own entry exactly as written: no lower-casing, no guess from a compound's
   * final part, no memo. For rules that try many candidate spellings.
   */
  entryClasses(word: string): number;
  /** Whether the word is the separable prefix of some verb (`VerbReading.prefix`: "mit", "ab", "fest"). */
  isSeparablePrefix(word: string): boolean;
}


const MAGIC = 'QUELLCHECK-LEXICON 1\n';
const COLON = 0x3a;
const SPACE = 0x20;
const SLASH = 0x2f;
const COMMA = 0x2c;
const DASH = 0x2d;
const STAR = 0x2a;
const NEWLINE = 0x0a;
/** Shared-prefix lengths of the front coding, one character each (see server/scripts/build-lexicon.mjs). */
const PREFIX_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PREFIX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < PREFIX_DIGITS.length; i++) PREFIX_VALUE[PREFIX_DIGITS.charCodeAt(i)] = i;
/** A capitalised compound's final noun part has at least this many letters ("Kreml|sprecher")… */
const MIN_NOUN_HEAD = 4;
/** …or one letter less after a longer modifier ("Jahres|tag", "Sicherheits|rat"). */
const MIN_SHORT_NOUN_HEAD = 3;
const MIN_NOUN_MODIFIER = 3;
const MIN_MODIFIER_BEFORE_SHORT_HEAD = 4;
/** A lower-case compound's final adjective or participle ("pro|russischer", "un|genannten"). */
const MIN_ADJECTIVE_HEAD = 5;
const MIN_ADJECTIVE_MODIFIER = 2;
const ADJECTIVE_HEAD = WordClass.ADJECTIVE | WordClass.PARTICIPLE | WordClass.PARTICIPLE1;
/** Distinct words whose lookup is remembered per generation (see memo.ts). */
const MEMO_SIZE = 50_000;
/**
 * The filter of known forms (see `FormFilter`): 2^19 words of 32 bits for the ~830,000 forms, four
 * bits per form in one word; about one absent word in three hundred passes it.
 */
const FILTER_WORDS_LOG2 = 19;
const FILTER_BITS_PER_FORM = 4;
/** The filter is written section by section (256 sections by a hash's top bits) while it is built. */
const FILTER_SECTION_SHIFT = 24;
const FILTER_SECTIONS = 256;
/**
 * Searches of the data before the filter is built: a short text never pays for building it, a long
 * one (or a long session) soon saves more than it cost.
 */
const FILTER_AFTER_SEARCHES = 100_000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Longest form the filter's prefix hashes cover (forms are far shorter). */
const MAX_FORM_LENGTH = 4096;
/** Code units of a form in the keys of the blocks' binary search (three fit a double exactly). */
const KEY_UNITS = 3;
const EMPTY_NOUNS: NounReading[] = [];
Object.freeze(EMPTY_NOUNS);
const EMPTY_VERBS: readonly VerbReading[] = Object.freeze([]);

/** What the lexicon knows of a form: its own entry's, or the guess from its final part. */
interface WordReading {
  classes: number;
  nouns: NounReading[];
}

const UNKNOWN: WordReading = Object.freeze({ classes: 0, nouns: EMPTY_NOUNS });

function formatError(what: string): Error {
  return new Error(`Quellcheck: the lexicon data is damaged or of another version (${what}); run npm run build`);
}

/** The lines of section `name` ("@name N" followed by N lines) and the offset after them. */
function section(data: string, name: string, from: number): { start: number; end: number; count: number } {
  const header = `\n@${name} `;
  const at = data.indexOf(header, from - 1);
  if (at < 0) throw formatError(`no ${name} section`);
  const lineEnd = data.indexOf('\n', at + header.length);
  const count = Number(data.slice(at + header.length, lineEnd));
  if (!Number.isInteger(count) || count < 0) throw formatError(`bad ${name} count`);
  const start = lineEnd + 1;
  let end = start;
  for (let i = 0; i < count; i++) {
    const next = data.indexOf('\n', end);
    if (next < 0) throw formatError(`${name} section cut short`);
    end = next + 1;
  }
  return { start, end, count };
}

function parseReading(line: string): WordReading {
  const [names, ...nounParts] = line.split(' ');
  let classes = 0;
  for (const name of names!.split('+')) {
    const bit = (WordClass as Record<string, number>)[name];
    if (bit === undefined) throw formatError(`unknown word class ${name}`);
    classes |= bit;
  }
  const nouns = nounParts.map((part): NounReading => {
    const gender = part.charAt(0);
    if (gender !== 'M' && gender !== 'F' && gender !== 'N') throw formatError(`bad gender in ${part}`);
    return Object.freeze({ gender, caseNumber: parseInt(part.slice(1), 16) });
  });
  Object.freeze(nouns);
  return { classes, nouns: nouns.length ? nouns : EMPTY_NOUNS };
}

/**
 * A Bloom filter over all forms of the lexicon: a word it rejects is certainly not a form, so the
 * many lookups of absent words (unknown names, compound heads tried one by one, spellings a rule
 * tries out) skip the search of the front-coded data. It never rejects a form.
 */
class FormFilter {
  private readonly bits = new Int32Array(1 << FILTER_WORDS_LOG2);

  /**
   * Hashes every form of the front-coded blocks from the prefix it shares with the one before, then
   * sets the bits in the order of their place in the filter (random writes all over it are slow).
   */
  constructor(data: string, blockStarts: Int32Array, blocks: number) {
    let hashes: Int32Array = new Int32Array(1 << 20);
    let count = 0;
    const prefixHashes = new Int32Array(MAX_FORM_LENGTH + 1);
    prefixHashes[0] = FNV_OFFSET;
    for (let pos = blockStarts[0]!, end = blockStarts[blocks]!; pos < end; pos++) {
      let length = PREFIX_VALUE[data.charCodeAt(pos++)]!;
      let hash = prefixHashes[length]!;
      for (let c = data.charCodeAt(pos); c !== COLON; c = data.charCodeAt(++pos)) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        if (length < MAX_FORM_LENGTH) prefixHashes[++length] = hash;
      }
      if (count === hashes.length) hashes = growInts(hashes);
      hashes[count++] = hash;
      // the entry ends at a space, or at the newline that ends its block
      for (let c = data.charCodeAt(pos); c !== SPACE && c !== NEWLINE; c = data.charCodeAt(++pos));
    }
    const starts = new Int32Array(FILTER_SECTIONS + 1);
    for (let i = 0; i < count; i++) starts[(hashes[i]! >>> FILTER_SECTION_SHIFT) + 1]++;
    for (let i = 1; i <= FILTER_SECTIONS; i++) starts[i] += starts[i - 1]!;
    const ordered = new Int32Array(count);
    for (let i = 0; i < count; i++) ordered[starts[hashes[i]! >>> FILTER_SECTION_SHIFT]++] = hashes[i]!;
    for (let i = 0; i < count; i++) this.add(ordered[i]!);
  }

  mayHave(word: string): boolean {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    const mask = maskOf(hash);
    return (this.bits[hash >>> (32 - FILTER_WORDS_LOG2)]! & mask) === mask;
  }

  private add(hash: number): void {
    this.bits[hash >>> (32 - FILTER_WORDS_LOG2)]! |= maskOf(hash);
  }
}

/** The bits a form sets in its word of the filter, from a second hash (murmur3's finaliser). */
function maskOf(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  let mask = 0;
  for (let i = 0; i < FILTER_BITS_PER_FORM; i++, h >>>= 5) mask |= 1 << (h & 31);
  return mask;
}

/**
 * The first three code units of the string at `start` (ending at the code unit `stop` or at the
 * string's end), as one number that sorts as the strings do; missing units count as 0.
 */
function keyOf(text: string, start: number, stop: number): number {
  let key = 0;
  let ended = false;
  for (let i = start; i < start + KEY_UNITS; i++) {
    const c: number = ended ? 0 : text.charCodeAt(i);
    ended = ended || c === stop || Number.isNaN(c);
    key = key * 0x10000 + (ended ? 0 : c);
  }
  return key;
}

function growInts(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

function isUpperCaseLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Reads the compiled lexicon. Only the small tables are parsed; word forms stay in the data string,
 * sorted and front-coded in blocks, and a lookup is a binary search over the blocks' first forms
 * followed by a scan of one block.
 */
export function createLexicon(data: string): Lexicon {
  if (!data.startsWith(MAGIC)) throw formatError('unknown header');
  const classSection = section(data, 'classes', MAGIC.length);
  const readings = data.slice(classSection.start, classSection.end - 1).split('\n').map(parseReading);
  const verbSection = section(data, 'verbs', classSection.end);
  const formSection = section(data, 'forms', verbSection.end);
  if (!data.startsWith('@end', formSection.end)) throw formatError('no end marker');

  const blockStarts = new Int32Array(formSection.count + 1);
  /** The first code units of each block's first form, for a binary search that stays in this small array. */
  const blockKeys = new Float64Array(formSection.count);
  for (let i = 0, pos = formSection.start; i < formSection.count; i++) {
    blockStarts[i] = pos;
    blockKeys[i] = keyOf(data, pos + 1, COLON);
    pos = data.indexOf('\n', pos) + 1;
  }
  blockStarts[formSection.count] = formSection.end;

  let verbReadings: VerbReading[] | undefined;
  function verbTable(): VerbReading[] {
    verbReadings ??= data
      .slice(verbSection.start, verbSection.end - 1)
      .split('\n')
      .map((line) => {
        const space = line.indexOf(' ');
        return Object.freeze(space < 0 ? { lemma: line } : { lemma: line.slice(0, space), prefix: line.slice(space + 1) });
      });
    return verbReadings;
  }

  let prefixes: Set<string> | undefined;

  /** Separable verbs by the verb they are made of ("mitteilen" of "teilen"), as the build computes them. */
  let derivatives: Map<number, number[]> | undefined;
  function derivativesOf(base: number): number[] {
    if (!derivatives) {
      const table = verbTable();
      const indexOf = new Map(table.map((verb, i) => [verb.lemma, i]));
      derivatives = new Map();
      table.forEach((verb, i) => {
        if (verb.prefix === undefined) return;
        const b = indexOf.get(verb.lemma.slice(verb.prefix.length));
        if (b === undefined) return;
        const list = derivatives!.get(b);
        if (list) list.push(i);
        else derivatives!.set(b, [i]);
      });
    }
    return derivatives.get(base) ?? [];
  }

  /** Compares `word` with the first form of block `block` (which shares no prefix). */
  function compareWithBlock(word: string, block: number): number {
    let pos = blockStarts[block]! + 1;
    for (let i = 0; ; i++, pos++) {
      const c = data.charCodeAt(pos);
      if (i === word.length) return c === COLON ? 0 : -1;
      if (c === COLON) return 1;
      const w = word.charCodeAt(i);
      if (w !== c) return w - c;
    }
  }

  let filter: FormFilter | undefined;
  let searches = 0;

  /** The first index in [lo, hi) whose block key is greater than `key` (or not less, with `orEqual`). */
  function firstBlockAfter(key: number, orEqual: boolean, lo: number, hi: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = blockKeys[mid]!;
      if (k < key || (!orEqual && k === key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Offset just after the ":" of the entry of `word`, or -1. */
  function find(word: string): number {
    if (word.length === 0) return -1;
    if (filter === undefined && ++searches >= FILTER_AFTER_SEARCHES) filter = new FormFilter(data, blockStarts, formSection.count);
    if (filter !== undefined && !filter.mayHave(word)) return -1;
    // the last block whose first form sorts before or at `word`: blocks with a smaller key all do,
    // blocks with a greater key none; among those with the same key the forms decide
    const key = keyOf(word, 0, -1);
    const sameKey = firstBlockAfter(key, true, 0, formSection.count);
    let lo = sameKey - 1;
    let hi = firstBlockAfter(key, false, sameKey, formSection.count) - 1;
    if (hi > lo && compareWithBlock(word, sameKey) >= 0) {
      lo = sameKey;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (compareWithBlock(word, mid) < 0) hi = mid - 1;
        else lo = mid;
      }
    }
    if (lo < 0) return -1;
    const end = blockStarts[lo + 1]! - 1;
    let pos = blockStarts[lo]!;
    // `matched`: length of the prefix `word` shares with the previous entry, which sorts before it.
    let matched = 0;
    while (pos < end) {
      const shared = PREFIX_VALUE[data.charCodeAt(pos)]!;
      pos++;
      // Sharing less with the previous entry than `word` does means the entry sorts after `word`.
      if (shared < matched) return -1;
      if (shared === matched) {
        let k = matched;
        let c = data.charCodeAt(pos);
        while (c !== COLON && k < word.length && c === word.charCodeAt(k)) {
          k++;
          pos++;
          c = data.charCodeAt(pos);
        }
        if (c === COLON) {
          if (k === word.length) return pos + 1;
        } else if (k === word.length || c > word.charCodeAt(k)) {
          return -1;
        }
        matched = k;
      }
      while (pos < end && data.charCodeAt(pos) !== SPACE) pos++;
      pos++;
    }
    return -1;
  }

  function readingAt(pos: number): WordReading {
    let code = 0;
    for (let c = data.charCodeAt(pos); c !== SLASH && c !== SPACE && c !== NEWLINE; c = data.charCodeAt(++pos)) {
      code = code * 36 + (c <= 0x39 ? c - 0x30 : c - 0x57);
    }
    const reading = readings[code];
    if (!reading) throw formatError(`reading code ${code} out of range`);
    return reading;
  }

  /**
   * The verbs after the entry's reading code, comma-separated base-36 indices: single, runs
   * "first-last", or "*" and the index of a verb that stands for it and all its derivatives.
   */
  function verbsAt(pos: number): VerbReading[] {
    let c = data.charCodeAt(pos);
    while (c !== SLASH && c !== SPACE && c !== NEWLINE) c = data.charCodeAt(++pos);
    if (c !== SLASH) return [];
    const table = verbTable();
    const found: VerbReading[] = [];
    let family = false;
    let first = -1;
    let index = 0;
    for (c = data.charCodeAt(++pos); ; c = data.charCodeAt(++pos)) {
      if (c === STAR) {
        family = true;
      } else if (c === DASH) {
        first = index;
        index = 0;
      } else if (c === COMMA || c === SPACE || c === NEWLINE) {
        if (index >= table.length) throw formatError(`verb ${index} out of range`);
        for (let i = first < 0 ? index : first; i <= index; i++) found.push(table[i]!);
        if (family) for (const d of derivativesOf(index)) found.push(table[d]!);
        if (c !== COMMA) return found;
        family = false;
        first = -1;
        index = 0;
      } else {
        index = index * 36 + (c <= 0x39 ? c - 0x30 : c - 0x57);
      }
    }
  }

  /**
   * Set by `lookUpUncached`: 0 when the entry is the word's own, otherwise the classes that carry
   * over from the entry of the word's final part.
   */
  let headMask = 0;
  const readingOf = (word: string): WordReading => {
    const pos = lookUpUncached(word);
    if (pos < 0) return UNKNOWN;
    const own = readingAt(pos);
    if (headMask === 0) return own;
    return { classes: (own.classes & headMask) | WordClass.COMPOUND, nouns: (headMask & WordClass.NOUN) === 0 ? EMPTY_NOUNS : own.nouns };
  };
  const verbReadingsOf = (word: string): readonly VerbReading[] => {
    let pos = find(word);
    if (pos < 0) {
      const lower = word.toLowerCase();
      if (lower !== word) pos = find(lower);
    }
    return pos < 0 ? EMPTY_VERBS : verbsAt(pos);
  };
  const wordReadings = new Memo<WordReading>(MEMO_SIZE);
  /** Verb readings, shared between callers (who only read them). */
  const verbMemo = new Memo<readonly VerbReading[]>(MEMO_SIZE);

  /** The entry of `word`: as written, lower-cased, a compound's final part, or an English word. */
  function lookUpUncached(word: string): number {
    headMask = 0;
    const pos = find(word);
    if (pos >= 0) return pos;
    const lower = word.toLowerCase();
    const lowerPos = lower === word ? -1 : find(lower);
    if (lowerPos >= 0 && (readingAt(lowerPos).classes & WordClass.ENGLISH) === 0) return lowerPos;
    const headPos = findHead(word);
    if (headPos >= 0) return headPos;
    headMask = 0;
    return lowerPos;
  }

  function findHead(word: string): number {
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && hyphen < word.length - 1) {
      const tail = word.slice(hyphen + 1);
      const pos = find(tail);
      if (pos >= 0) {
        headMask = -1;
        return pos;
      }
      return findSuffix(tail);
    }
    return findSuffix(word);
  }

  /** The longest known final part: a noun for capitalised words, an adjective or participle otherwise. */
  function findSuffix(word: string): number {
    const noun = isUpperCaseLetter(word.charAt(0));
    headMask = noun ? WordClass.NOUN : ADJECTIVE_HEAD;
    const first = noun ? MIN_NOUN_MODIFIER : MIN_ADJECTIVE_MODIFIER;
    const last = word.length - (noun ? MIN_SHORT_NOUN_HEAD : MIN_ADJECTIVE_HEAD);
    for (let i = first; i <= last; i++) {
      if (noun && word.length - i < MIN_NOUN_HEAD && i < MIN_MODIFIER_BEFORE_SHORT_HEAD) continue;
      const head = noun ? word.charAt(i).toUpperCase() + word.slice(i + 1) : word.slice(i);
      const pos = find(head);
      if (pos >= 0 && readingAt(pos).classes & headMask) return pos;
    }
    return -1;
  }

  return {
    classes: (word) => wordReadings.of(word, readingOf).classes,
    nouns: (word) => wordReadings.of(word, readingOf).nouns,
    verbs: (word) => verbMemo.of(word, verbReadingsOf),
    isGerman(word) {
      return (wordReadings.of(word, readingOf).classes & ~WordClass.ENGLISH) !== 0;
    },
    isSeparablePrefix(word) {
      prefixes ??= new Set(verbTable().flatMap((verb) => (verb.prefix === undefined ? [] : [verb.prefix])));
      return prefixes.has(word);
    },
    entryClasses(word) {
      const pos = find(word);
      return pos < 0 ? 0 : readingAt(pos).classes;
    },
  };
}
