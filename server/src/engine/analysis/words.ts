/**
 * The distinct words an engine has seen, each with its lower-case form and word classes, found
 * straight from the text's characters. The tokenizer looks a word up here instead of slicing and
 * lower-casing it, so a word that recurs costs no allocation, and all tokens of one spelling share
 * one string (which makes every later lookup keyed by token text cheaper too).
 */
import { shapeOf } from './spelling.js';

export interface WordForm {
  text: string;
  lower: string;
  /** Word-class bits (`WordClass`), as the table's classifier gives them. */
  cls: number;
  /** Bits of `Shape`. */
  shape: number;
  /** The text (counted by `WordTable.startText`) in which the form last occurred, and its spelling number there. */
  lastText: number;
  spelling: number;
  /**
   * The text is its lower-case form, that form with a capital first letter, or that form in capitals
   * ("soll", "Soll", "SOLL"; not "SoLL"), so that `spellingsOfLower` finds it by those three.
   */
  plainCase: boolean;
}

/** Words longer than this are remembered for one text only (they are rare and would only take memory). */
const MAX_REMEMBERED_LENGTH = 48;
/**
 * Distinct words per generation; when a text starts and the table is full, it becomes the old
 * generation and a new one begins.
 */
const GENERATION_SIZE = 1 << 17;
const INITIAL_SLOTS = 1 << 12;

/** One open-addressing hash table of word forms, keyed by their UTF-16 code units. */
class Generation {
  hashes = new Int32Array(INITIAL_SLOTS);
  forms: (WordForm | undefined)[] = new Array<WordForm | undefined>(INITIAL_SLOTS).fill(undefined);
  size = 0;

  find(text: string, start: number, end: number, hash: number): WordForm | undefined {
    const { hashes, forms } = this;
    const mask = forms.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const form = forms[slot];
      if (form === undefined) return undefined;
      if (hashes[slot] !== hash || form.text.length !== length) continue;
      const candidate = form.text;
      let k = 0;
      while (k < length && candidate.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return form;
    }
  }

  add(form: WordForm, hash: number): void {
    if ((this.size + 1) * 2 > this.forms.length) this.grow();
    this.place(form, hash);
    this.size++;
  }

  private place(form: WordForm, hash: number): void {
    const mask = this.forms.length - 1;
    let slot = hash & mask;
    while (this.forms[slot] !== undefined) slot = (slot + 1) & mask;
    this.forms[slot] = form;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const { hashes, forms } = this;
    this.hashes = new Int32Array(forms.length * 2);
    this.forms = new Array<WordForm | undefined>(forms.length * 2).fill(undefined);
    for (let slot = 0; slot < forms.length; slot++) {
      const form = forms[slot];
      if (form !== undefined) this.place(form, hashes[slot]!);
    }
  }
}

/** The table that numbered each text's spellings (see `startText`). */
const tableOfText = new WeakMap<readonly string[], WordTable>();

/**
 * The spellings (numbers) of a text whose lower-case form is `lower`, given the text's spelling list
 * (`Analysis.spellings`); undefined when its word table has gone on to another text since.
 */
export function spellingsOfLower(spellings: readonly string[], lower: string): number[] | undefined {
  return tableOfText.get(spellings)?.spellingsOfLower(spellings, lower);
}

export class WordTable {
  private current = new Generation();
  private previous: Generation | undefined;
  /** The current text; forms start with `lastText` 0, so that they are numbered in the first text too. */
  private textNumber = 1;
  private spellings: string[] = [];
  /** The forms of the current text that are not `plainCase`. */
  private otherCaseForms: WordForm[] = [];
  /** Lower-case form → spellings among `otherCaseForms`, made when first asked for in a text. */
  private otherCaseSpellings: Map<string, number[]> | undefined;
  private longForms = new Map<string, WordForm>();

  /** `classify` gives the word classes of a word form (its text and lower-case form). */
  constructor(private readonly classify: (text: string, lower: string) => number) {}

  /**
   * Begins a text: the forms met from now on are numbered by first occurrence in it (`WordForm.spelling`),
   * and the returned list, filled as forms are met, holds their texts by that number.
   */
  startText(): string[] {
    if (this.current.size >= GENERATION_SIZE) {
      this.previous = this.current;
      this.current = new Generation();
    }
    this.textNumber++;
    this.spellings = [];
    this.otherCaseForms = [];
    this.otherCaseSpellings = undefined;
    this.longForms = new Map();
    tableOfText.set(this.spellings, this);
    return this.spellings;
  }

  /**
   * The spellings (numbers, any order) whose lower-case form is `lower` in the text whose spellings
   * `startText` returned as `spellings`; undefined when that is no longer the current text.
   */
  spellingsOfLower(spellings: readonly string[], lower: string): number[] | undefined {
    if (spellings !== this.spellings) return undefined;
    const found: number[] = [];
    const upperFirst = capitalized(lower);
    const upper = lower.toUpperCase();
    for (const text of [lower, upperFirst, upper]) {
      const form = this.numbered(text);
      if (form !== undefined && form.lower === lower && !found.includes(form.spelling)) found.push(form.spelling);
    }
    if (this.otherCaseSpellings === undefined) {
      this.otherCaseSpellings = new Map();
      for (const form of this.otherCaseForms) {
        const list = this.otherCaseSpellings.get(form.lower);
        if (list === undefined) this.otherCaseSpellings.set(form.lower, [form.spelling]);
        else list.push(form.spelling);
      }
    }
    for (const spelling of this.otherCaseSpellings.get(lower) ?? []) found.push(spelling);
    return found;
  }

  /** The form written `text` if it occurs in the current text. */
  private numbered(text: string): WordForm | undefined {
    let form: WordForm | undefined;
    if (text.length > MAX_REMEMBERED_LENGTH) {
      form = this.longForms.get(text);
    } else {
      form = this.current.find(text, 0, text.length, hashOf(text, 0, text.length));
    }
    return form !== undefined && form.lastText === this.textNumber ? form : undefined;
  }

  /** The word form of text[start, end), numbered in the current text. */
  formOf(text: string, start: number, end: number): WordForm {
    const form = end - start > MAX_REMEMBERED_LENGTH ? this.longForm(text.slice(start, end)) : this.shortForm(text, start, end);
    if (form.lastText !== this.textNumber) {
      form.lastText = this.textNumber;
      form.spelling = this.spellings.length;
      this.spellings.push(form.text);
      if (!form.plainCase) this.otherCaseForms.push(form);
    }
    return form;
  }

  private shortForm(text: string, start: number, end: number): WordForm {
    const hash = hashOf(text, start, end);
    const known = this.current.find(text, start, end, hash);
    if (known !== undefined) return known;
    const form = this.previous?.find(text, start, end, hash) ?? this.make(text.slice(start, end));
    this.current.add(form, hash);
    return form;
  }

  private longForm(text: string): WordForm {
    let form = this.longForms.get(text);
    if (form === undefined) {
      form = this.make(text);
      this.longForms.set(text, form);
    }
    return form;
  }

  private make(text: string): WordForm {
    // a word in lower case shares its string, so that `text === lower` is decided at once
    const lowered = text.toLowerCase();
    const lower = lowered === text ? text : lowered;
    const plainCase = text === lower || text === capitalized(lower) || text === lower.toUpperCase();
    return { text, lower, cls: this.classify(text, lower), shape: shapeOf(text, lower), lastText: 0, spelling: -1, plainCase };
  }
}

/** FNV-1a over the code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}

/** The word with its first code unit upper-cased. */
function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
