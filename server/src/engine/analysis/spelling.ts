/**
 * The case of a word's letters, found once per spelling (`Token.shape`), so that rules, which ask
 * of nearly every token, read a number instead of calling string methods. The tests answer from the
 * first code unit for ASCII letters and through the string methods (with their Unicode case rules)
 * otherwise.
 */

/** Bits of `Token.shape`. */
export const Shape = {
  /** The word begins with a lower-case letter (`startsLowerCase`). */
  LOWER_START: 1 << 0,
  /** The word's first character changes when lower-cased (`startsUpperCase`). */
  UPPER_START: 1 << 1,
  /** Upper-casing leaves the word as it is (`isUpperCaseText`). */
  UPPER_CASE: 1 << 2,
  /** Lower-casing leaves the word as it is. */
  LOWER_CASE: 1 << 3,
} as const;

/** The `Shape` bits of a word and its lower-case form. */
export function shapeOf(text: string, lower: string): number {
  return (
    (startsLowerCase(text, lower) ? Shape.LOWER_START : 0) |
    (startsUpperCase(text, lower) ? Shape.UPPER_START : 0) |
    (isUpperCaseText(text) ? Shape.UPPER_CASE : 0) |
    (text === lower ? Shape.LOWER_CASE : 0)
  );
}

const A = 0x41;
const Z = 0x5a;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const ASCII_END = 0x80;

/** The word begins with a lower-case letter ("sagte", "über"; not "Sagte", "3D", "-"); `lower` is its lower-case form. */
export function startsLowerCase(text: string, lower: string): boolean {
  const c = text.charCodeAt(0);
  if (c < ASCII_END) return c >= LOWER_A && c <= LOWER_Z;
  return text[0] === lower[0] && text[0] !== text[0]!.toUpperCase();
}

/** The word's first character changes when lower-cased ("Sagte", "Über"); `lower` is its lower-case form. */
export function startsUpperCase(text: string, lower: string): boolean {
  const c = text.charCodeAt(0);
  if (c < ASCII_END) return c >= A && c <= Z;
  return text[0] !== lower[0];
}

/** Upper-casing leaves the text as it is ("NATO", "G7", "ÖVP"; not "Nato"). */
export function isUpperCaseText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= ASCII_END) return text === text.toUpperCase();
    if (c >= LOWER_A && c <= LOWER_Z) return false;
  }
  return true;
}
