/**
 * Tokens with UTF-16 offsets. One left-to-right pass over char codes; words may hold inner hyphens
 * ("Kreml-Sprecher"), apostrophes ("geht's"), and dots between letters without a space ("R.Politik").
 */
import type { Excluded, Token, TokenKind } from './model.js';
import { WordTable } from './words.js';

/** Opening and closing quotation marks (German, English, French, straight). */
export const QUOTE_CHARS = new Set(['„', '“', '”', '"', '»', '«', '‚', '‘', '’', '‹', '›', "'"]);

const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const SPACE = 4;

/** Character class of each BMP code unit, filled on first sight (Unicode tests are slow per char). */
const classOfCode = new Uint8Array(0x10000);

function charClass(code: number): number {
  let cls = classOfCode[code];
  if (cls === 0) {
    const c = String.fromCharCode(code);
    cls = /[\p{L}\p{M}]/u.test(c) ? LETTER : /\p{Nd}/u.test(c) ? DIGIT : /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/u.test(c) ? SPACE : OTHER;
    classOfCode[code] = cls;
  }
  return cls;
}

const isLetter = (code: number): boolean => charClass(code) === LETTER;
const isWordChar = (code: number): boolean => {
  const cls = charClass(code);
  return cls === LETTER || cls === DIGIT;
};
const isHyphen = (code: number): boolean => code === 0x2d || code === 0x2011;
const isUpper = (code: number): boolean => {
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase();
};

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const PERIOD = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const BLANK = 0x20;
/** NaN for positions past the text, so every class test is false there. */
const at = (text: string, i: number): number => text.charCodeAt(i);

/** End of the word starting at `i` (letters, digits, inner joiners). */
function wordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const code = at(text, j);
    if (isWordChar(code)) {
      j++;
      continue;
    }
    const next = at(text, j + 1);
    if (isHyphen(code) && j + 1 < limit && isWordChar(next)) {
      j++;
      continue;
    }
    // Ergänzungsstrich: "Staats- und Regierungschefs"
    if (isHyphen(code) && (next === BLANK || next === COMMA) && j > i && isLetter(at(text, j - 1))) return j + 1;
    if ((code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) && isLetter(next) && j > i && isLetter(at(text, j - 1)) && !isLetter(at(text, j + 2))) {
      j++;
      continue;
    }
    if (code === PERIOD && j + 1 < limit && j > i && isLetter(at(text, j - 1)) && isLetter(next) && isUpper(next)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** End of the number starting at `i`: digits with inner . , : separators ("200.000", "2,5", "14:30", "2:0"). */
function numberEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const code = at(text, j);
    if (charClass(code) === DIGIT) j++;
    else if ((code === PERIOD || code === COMMA || code === COLON) && j > i && j + 1 < limit && charClass(at(text, j + 1)) === DIGIT) j++;
    else break;
  }
  return j;
}

const PUNCTUATION = new Set('.,;:!?…()[]{}–—-/'.split('').map((c) => c.charCodeAt(0)));
const QUOTE_CODES = new Set([...QUOTE_CHARS].map((c) => c.charCodeAt(0)));
const isCombining = (code: number): boolean => code === 0x200d || code === 0xfe0f || (charClass(code) === LETTER && /\p{M}/u.test(String.fromCharCode(code)));

/**
 * Tokenizes text[offset, end) skipping excluded ranges (sorted). A word's text, lower-case form,
 * `cls`, `shape` and `spelling` come from `words` (without a table of the engine's, `cls` is 0). Sentence and
 * quote fields are filled later.
 */
export function tokenize(text: string, offset: number, end: number, excluded: readonly Excluded[], into: Token[], words: WordTable = new WordTable(() => 0)): void {
  let ex = 0;
  while (ex < excluded.length && excluded[ex].end <= offset) ex++;
  let i = offset;
  let spaceBefore = true;
  while (i < end) {
    if (ex < excluded.length && i >= excluded[ex].offset) {
      i = Math.max(i, excluded[ex].end);
      ex++;
      spaceBefore = true;
      continue;
    }
    const limit = ex < excluded.length ? Math.min(end, excluded[ex].offset) : end;
    const code = at(text, i);
    const cls = charClass(code);
    if (cls === SPACE) {
      i++;
      spaceBefore = true;
      continue;
    }
    let kind: TokenKind;
    let j: number;
    if (cls === LETTER) {
      kind = 'word';
      j = wordEnd(text, i, limit);
    } else if (cls === DIGIT) {
      j = numberEnd(text, i, limit);
      // "20-jährige", "390.000-Einwohner-Stadt", "2023-2024" and "5G" are one word
      if (j < limit && (isLetter(at(text, j)) || (isHyphen(at(text, j)) && isWordChar(at(text, j + 1))))) {
        kind = 'word';
        j = wordEnd(text, j, limit);
      } else {
        kind = 'number';
      }
    } else if (QUOTE_CODES.has(code)) {
      kind = 'quote';
      j = i + 1;
    } else if (PUNCTUATION.has(code)) {
      kind = 'punct';
      j = code === PERIOD && at(text, i + 1) === PERIOD && at(text, i + 2) === PERIOD ? i + 3 : i + 1;
    } else {
      kind = 'symbol';
      j = code >= 0xd800 && code <= 0xdbff && i + 1 < limit ? i + 2 : i + 1;
      while (j < limit && isCombining(at(text, j))) j++;
    }
    const form = kind === 'word' ? words.formOf(text, i, j) : undefined;
    const tokenText = form === undefined ? text.slice(i, j) : form.text;
    into.push({
      index: into.length,
      kind,
      text: tokenText,
      lower: form === undefined ? tokenText : form.lower,
      offset: i,
      end: j,
      sentence: -1,
      spaceBefore,
      cls: form === undefined ? 0 : form.cls,
      shape: form === undefined ? 0 : form.shape,
      spelling: form === undefined ? -1 : form.spelling,
      quote: -1,
    });
    spaceBefore = false;
    i = j;
  }
}
