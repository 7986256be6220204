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
/** The values `headMask` takes: the word's own entry, a hyphen compound's tail, a noun head, an adjective head. */
const HEAD_MASKS = [0, -1, WordClass.NOUN, ADJECTIVE_HEAD];
/** Distinct words whose lookup is remembered; a long session starts afresh when it is full. */
const MEMO_SIZE = 50_000;
const EMPTY_NOUNS: NounReading[] = [];
Object.freeze(EMPTY_NOUNS);
const EMPTY_VERBS: readonly VerbReading[] = Object.freeze([]);

interface Reading {
  classes: number;
  nouns: NounReading[];
}

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

function parseReading(line: string): Reading {
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
  for (let i = 0, pos = formSection.start; i < formSection.count; i++) {
    blockStarts[i] = pos;
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

  /** Offset just after the ":" of the entry of `word`, or -1. */
  function find(word: string): number {
    if (word.length === 0) return -1;
    let lo = 0;
    let hi = formSection.count - 1;
    if (hi < 0 || compareWithBlock(word, 0) < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (compareWithBlock(word, mid) < 0) hi = mid - 1;
      else lo = mid;
    }
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

  function readingAt(pos: number): Reading {
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
   * Set by `lookUp`: 0 when the entry is the word's own, otherwise the classes that carry over from
   * the entry of the word's final part.
   */
  let headMask = 0;
  /** Results of `lookUp`: entry offset × 4 + index of the head mask in HEAD_MASKS, or -1. */
  const memo = new Map<string, number>();
  /** Results of `verbs`, shared between callers (who only read them). */
  const verbMemo = new Map<string, readonly VerbReading[]>();

  /** The entry of `word`: as written, lower-cased, a compound's final part, or an English word. */
  function lookUp(word: string): number {
    const cached = memo.get(word);
    if (cached !== undefined) {
      headMask = cached < 0 ? 0 : HEAD_MASKS[cached % 4]!;
      return cached < 0 ? -1 : Math.floor(cached / 4);
    }
    const pos = lookUpUncached(word);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(word, pos < 0 ? -1 : pos * 4 + HEAD_MASKS.indexOf(headMask));
    return pos;
  }

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

  function classes(word: string): number {
    const pos = lookUp(word);
    if (pos < 0) return 0;
    const own = readingAt(pos).classes;
    return headMask === 0 ? own : (own & headMask) | WordClass.COMPOUND;
  }

  return {
    classes,
    nouns(word) {
      const pos = lookUp(word);
      return pos < 0 || (headMask !== 0 && (headMask & WordClass.NOUN) === 0) ? EMPTY_NOUNS : readingAt(pos).nouns;
    },
    verbs(word) {
      const cached = verbMemo.get(word);
      if (cached) return cached;
      let pos = find(word);
      if (pos < 0) {
        const lower = word.toLowerCase();
        if (lower !== word) pos = find(lower);
      }
      const readings = pos < 0 ? EMPTY_VERBS : verbsAt(pos);
      if (verbMemo.size >= MEMO_SIZE) verbMemo.clear();
      verbMemo.set(word, readings);
      return readings;
    },
    isGerman(word) {
      return (classes(word) & ~WordClass.ENGLISH) !== 0;
    },
    entryClasses(word) {
      const pos = find(word);
      return pos < 0 ? 0 : readingAt(pos).classes;
    },
  };
}
