/**
 * The distinct words an engine has seen, each with its lower-case form and word classes, found
 * straight from the text's characters. The tokenizer looks a word up here instead of slicing and
 * lower-casing it, so a word that recurs costs no allocation, and all tokens of one spelling share
 * one string (which makes every later lookup keyed by token text cheaper too).
 */

export interface WordForm {
  text: string;
  lower: string;
  /** Word-class bits (`WordClass`), as the table's classifier gives them. */
  cls: number;
}

/** Words longer than this are not remembered (they are rare and would only take memory). */
const MAX_REMEMBERED_LENGTH = 48;
/** Distinct words per generation; a full table becomes the old generation and a new one begins. */
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

export class WordTable {
  private current = new Generation();
  private previous: Generation | undefined;

  /** `classify` gives the word classes of a word form (its text and lower-case form). */
  constructor(private readonly classify: (text: string, lower: string) => number) {}

  /** The word form of text[start, end). */
  formOf(text: string, start: number, end: number): WordForm {
    if (end - start > MAX_REMEMBERED_LENGTH) return this.make(text.slice(start, end));
    // FNV-1a over the code units
    let hash = 0x811c9dc5;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
    const known = this.current.find(text, start, end, hash);
    if (known !== undefined) return known;
    const form = this.previous?.find(text, start, end, hash) ?? this.make(text.slice(start, end));
    if (this.current.size >= GENERATION_SIZE) {
      this.previous = this.current;
      this.current = new Generation();
    }
    this.current.add(form, hash);
    return form;
  }

  private make(text: string): WordForm {
    const lower = text.toLowerCase();
    return { text, lower, cls: this.classify(text, lower) };
  }
}
