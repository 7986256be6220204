/**
 * Tokens with UTF-16 offsets. One left-to-right pass; words may hold inner hyphens ("Kreml-Sprecher"),
 * apostrophes ("geht's"), and dots between letters without a space ("R.Politik").
 */
import type { Excluded, Token, TokenKind } from './model.js';

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/u;

/** Opening and closing quotation marks (German, English, French, straight). */
export const QUOTE_CHARS = new Set(['„', '“', '”', '"', '»', '«', '‚', '‘', '’', '‹', '›', "'"]);

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
}

function isDigit(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return DIGIT.test(c);
}

function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isLetter(c) || isDigit(c));
}

const HYPHENS = new Set(['-', '\u2011']);

/** Length of the word starting at `i` (letters, digits, inner joiners). */
function wordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const c = text[j];
    if (isWordChar(c)) {
      j++;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) break;
    const next = text[j + 1];
    if (HYPHENS.has(c) && isWordChar(next) && j + 1 < limit) {
      j++;
      continue;
    }
    // Ergänzungsstrich: "Staats- und Regierungschefs"
    if (HYPHENS.has(c) && (next === ' ' || next === ',') && j > i && isLetter(text[j - 1])) {
      j++;
      break;
    }
    if ((c === "'" || c === '’') && isLetter(next ?? '') && j > i && isLetter(text[j - 1]) && !isLetter(text[j + 2] ?? '')) {
      j += 1;
      continue;
    }
    if (c === '.' && j > i && isLetter(text[j - 1]) && isLetter(next ?? '') && next === next?.toUpperCase() && j + 1 < limit) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Length of the number starting at `i`: digits with inner . , separators ("200.000", "2,5"). */
function numberEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    if (isDigit(text[j])) j++;
    else if ((text[j] === '.' || text[j] === ',') && j + 1 < limit && isDigit(text[j + 1]) && j > i) j++;
    else break;
  }
  return j;
}

/**
 * Tokenizes text[offset, end) skipping excluded ranges (sorted). Sentence and quote fields are
 * filled later; `cls` is left 0.
 */
export function tokenize(text: string, offset: number, end: number, excluded: readonly Excluded[], into: Token[]): void {
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
    const c = text[i];
    if (isSpace(c)) {
      i++;
      spaceBefore = true;
      continue;
    }
    let kind: TokenKind;
    let j: number;
    if (isLetter(c)) {
      kind = 'word';
      j = wordEnd(text, i, limit);
    } else if (isDigit(c)) {
      j = numberEnd(text, i, limit);
      // "20-jährige", "2023-2024" and "5G" are one word
      if (j < limit && (isLetter(text[j]) || (HYPHENS.has(text[j]) && isWordChar(text[j + 1])))) {
        kind = 'word';
        j = wordEnd(text, i, limit);
      } else {
        kind = 'number';
      }
    } else if (QUOTE_CHARS.has(c)) {
      kind = 'quote';
      j = i + 1;
    } else if ('.,;:!?…()[]{}–—-/'.includes(c)) {
      kind = 'punct';
      j = i + 1;
      if (c === '.' && text[i + 1] === '.' && text[i + 2] === '.') j = i + 3;
    } else {
      kind = 'symbol';
      const code = c.charCodeAt(0);
      j = code >= 0xd800 && code <= 0xdbff && i + 1 < limit ? i + 2 : i + 1;
      while (j < limit && /[\p{M}\u200d\ufe0f]/u.test(text[j])) j++;
    }
    const tokenText = text.slice(i, j);
    into.push({
      index: into.length,
      kind,
      text: tokenText,
      lower: tokenText.toLowerCase(),
      offset: i,
      end: j,
      sentence: -1,
      spaceBefore,
      cls: 0,
      quote: -1,
    });
    spaceBefore = false;
    i = j;
  }
}
