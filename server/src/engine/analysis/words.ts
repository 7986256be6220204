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
const SLOT_NUMBERS = 3;

/**
 * One open-addressing hash table of word forms, keyed by their UTF-16 code units. Each slot's hash,
 * length and code units lie in typed arrays, so that a lookup compares contiguous memory and touches
 * a form object only once it has found it.
 */
class Generation {
  /** Per slot, three numbers: the hash, the length (0: empty slot) and where the units start in `units`. */
  keys = new Int32Array(INITIAL_SLOTS * SLOT_NUMBERS);
  forms: (WordForm | undefined)[] = new Array<WordForm | undefined>(INITIAL_SLOTS).fill(undefined);
  /** The code units of the forms, one after the other. */
  units = new Uint16Array(INITIAL_SLOTS * 8);
  unitsUsed = 0;
  size = 0;

  find(text: string, start: number, end: number, hash: number): WordForm | undefined {
    const { keys, units } = this;
    const mask = this.forms.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = slot * SLOT_NUMBERS;
      const slotLength = keys[key + 1]!;
      if (slotLength === 0) return undefined;
      if (slotLength !== length || keys[key] !== hash) continue;
      const offset = keys[key + 2]! - start;
      let k = start;
      while (k < end && units[offset + k] === text.charCodeAt(k)) k++;
      if (k === end) return this.forms[slot];
    }
  }

  add(form: WordForm, hash: number): void {
    if ((this.size + 1) * 2 > this.forms.length) this.grow();
    const { text } = form;
    if (this.unitsUsed + text.length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, this.unitsUsed + text.length));
      units.set(this.units);
      this.units = units;
    }
    const at = this.unitsUsed;
    for (let k = 0; k < text.length; k++) this.units[at + k] = text.charCodeAt(k);
    this.unitsUsed += text.length;
    this.place(form, hash, at);
    this.size++;
  }

  private place(form: WordForm, hash: number, at: number): void {
    const mask = this.forms.length - 1;
    let slot = hash & mask;
    while (this.keys[slot * SLOT_NUMBERS + 1] !== 0) slot = (slot + 1) & mask;
    this.forms[slot] = form;
    this.keys[slot * SLOT_NUMBERS] = hash;
    this.keys[slot * SLOT_NUMBERS + 1] = form.text.length;
    this.keys[slot * SLOT_NUMBERS + 2] = at;
  }

  private grow(): void {
    const { keys, forms } = this;
    this.keys = new Int32Array(forms.length * 2 * SLOT_NUMBERS);
    this.forms = new Array<WordForm | undefined>(forms.length * 2).fill(undefined);
    for (let slot = 0; slot < forms.length; slot++) {
      const form = forms[slot];
      if (form !== undefined) this.place(form, keys[slot * SLOT_NUMBERS]!, keys[slot * SLOT_NUMBERS + 2]!);
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
