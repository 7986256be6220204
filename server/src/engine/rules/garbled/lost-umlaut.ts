import { WordClass, type Lexicon } from '../../lexicon.js';
import { Memo } from '../../memo.js';
import type { Analysis, Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';
import { Shape } from '../../analysis/spelling.js';
import { isCapitalized } from './verbs.js';

const W = WordClass;
const CLOSED = W.ARTICLE | W.PRONOUN | W.PREPOSITION | W.CONJ_COORD | W.CONJ_SUBORD | W.ADVERB | W.GERMAN_OTHER;
/** Replacement characters a broken encoding leaves: U+FFFD and the "⁇" some translation systems emit. */
const REPLACEMENT = new Set(['\ufffd', '\u2047']);
const LOWER_UMLAUTS = ['ä', 'ö', 'ü', 'ß'];
const CAPITAL_UMLAUTS = ['Ä', 'Ö', 'Ü'];
/** Shortest damaged word looked at ("ber" for "über") and longest (keeps the rule linear). */
const MIN_WORD = 3;
const MAX_WORD = 30;
/** Shortest last part of a hyphenated word looked at ("ra" for "Ära"). */
const MIN_PART = 2;
/** Shortest capitalised compound searched for a lost umlaut ("Brgermeisters"). */
const MIN_COMPOUND = 8;
/** Shortest capitalised word taken for a damaged noun (shorter ones are mostly names: "Wei", "Bert"). */
const MIN_NOUN = 5;
/**
 * Proper names with an umlaut that the lexicons lack; the damaged form of any of them ("sterreich")
 * is recognised as well.
 */
const NAMES_WITH_UMLAUT = new Set(
  `Österreich Ägypten Äthiopien Äquatorialguinea Türkei München Köln Düsseldorf Nürnberg Zürich
   Göttingen Tübingen Würzburg Lübeck Saarbrücken Osnabrück Mönchengladbach Fürth Günther Jürgen Jörg`.split(/\s+/),
);
const DAMAGED_NAMES = new Map<string, string>();
for (const name of NAMES_WITH_UMLAUT) {
  for (let i = 0; i < name.length; i++) {
    if (!'ÄÖÜäöüß'.includes(name[i]!)) continue;
    DAMAGED_NAMES.set(name.slice(0, i) + name.slice(i + 1), name);
  }
}

/** Spellings whose restoration each engine remembers across texts, per generation. */
const REMEMBERED_RESTORATIONS = 20_000;
const restorations = new WeakMap<Lexicon, Memo<string | null>[]>();

/**
 * The restorations an engine (its lexicon) has found, across texts: a spelling's depends only on
 * the spelling, on whether it may be a damaged noun and on whether it starts a sentence. One memo
 * per combination of the two (index `slot * 2 + sentenceStart`), keyed by the spelling itself, so
 * that no key string is built per token.
 */
function restorationsOf(lexicon: Lexicon): Memo<string | null>[] {
  let memos = restorations.get(lexicon);
  if (memos === undefined) {
    memos = [0, 1, 2, 3].map(() => new Memo<string | null>(REMEMBERED_RESTORATIONS));
    restorations.set(lexicon, memos);
  }
  return memos;
}

/** A word the lexicon knows as its own entry (not guessed from a final part, not only English). */
function isOwnWord(analysis: Analysis, word: string): boolean {
  return (analysis.lexicon.entryClasses(word) & ~W.ENGLISH) !== 0;
}

/**
 * The word restored by putting back one umlaut or ß that a broken encoding dropped ("nderung" →
 * "Änderung", "Gebhren" → "Gebühren", "sterreich" → "Österreich"); undefined when the word is known
 * as it stands or no single letter restores a known word. A compound counts as restored when its
 * damaged first part does ("nderungsgebühr" → "Änderungs|gebühr").
 */
function restore(analysis: Analysis, t: Token, sentenceStart: boolean): string | undefined {
  // acronyms ("DNN") are no damaged words
  if (t.text.length > 1 && (t.shape & Shape.UPPER_CASE) !== 0) return undefined;
  if (sentenceStart) {
    // "Mglich ist …": try the word as it would stand inside a sentence, capitalise the result again
    const restored = restoreWord(analysis, t, t.lower) ?? restoreWord(analysis, t, t.text);
    return restored && restored[0]!.toUpperCase() + restored.slice(1);
  }
  return restoreWord(analysis, t, t.text);
}

function restoreWord(analysis: Analysis, t: Token, word: string): string | undefined {
  if (word.length > MAX_WORD || /\d/.test(word)) return undefined;
  const hyphen = word.lastIndexOf('-');
  if (hyphen >= 0) return restoreLastPart(analysis, word, hyphen);
  if (word.length < MIN_WORD) return undefined;
  if (DAMAGED_NAMES.has(word)) return DAMAGED_NAMES.get(word);
  if (isOwnWord(analysis, word)) return undefined;
  const lowerStart = word[0] === word[0]!.toLowerCase();
  if (!lowerStart && !mayBeDamagedNoun(analysis.tokens, t)) return undefined;
  // a capitalised compound read by its final part ("Brgermeisters" → "…meisters") may have lost an
  // umlaut in front of it; a short one is more likely a name
  const compound = (t.cls & W.COMPOUND) !== 0;
  if (compound && !lowerStart && word.length < MIN_COMPOUND) return undefined;
  for (let i = lowerStart ? 0 : 1; i <= word.length && !(compound && lowerStart); i++) {
    const before = i > 0 ? isVowel(word[i - 1]!) : false;
    for (const u of LOWER_UMLAUTS) {
      // ä, ö, ü follow a consonant or start the word; ß follows a vowel ("große", "heißen")
      if ((u === 'ß') !== before) continue;
      const candidate = word.slice(0, i) + u + word.slice(i);
      if (isOwnWord(analysis, candidate)) return candidate;
    }
  }
  // the initial capital umlaut of a noun: "nderung" → "Änderung"
  if (lowerStart) {
    for (const u of CAPITAL_UMLAUTS) if (isOwnWord(analysis, u + word) || restoredCompound(analysis, u + word)) return u + word;
  }
  return undefined;
}

/**
 * A hyphenated compound whose last part lost its initial capital umlaut: "Trump-ra" → "Trump-Ära",
 * "Corona-berbrückung" → "Corona-Überbrückung". After a hyphen a noun keeps its capital, so a
 * lower-case part that no lexicon knows but a capital umlaut makes a noun is damage, not a word.
 */
function restoreLastPart(analysis: Analysis, word: string, hyphen: number): string | undefined {
  const part = word.slice(hyphen + 1);
  if (part.length < MIN_PART || part[0] !== part[0]!.toLowerCase() || part[0] === part[0]!.toUpperCase()) return undefined;
  if ((analysis.lexicon.classes(part) & ~W.ENGLISH) !== 0) return undefined;
  for (const u of CAPITAL_UMLAUTS) {
    const candidate = u + part;
    if (isOwnWord(analysis, candidate) || restoredCompound(analysis, candidate)) return word.slice(0, hyphen + 1) + candidate;
  }
  return undefined;
}

function isVowel(c: string): boolean {
  return 'aeiouyäöüAEIOUYÄÖÜ'.includes(c);
}

/**
 * Whether a capitalised unknown word may be a damaged noun rather than a name: long enough, not in
 * capitals, and not beside another capitalised word ("Trainer Bert van Marwijk", "Wei Wenhua").
 */
function mayBeDamagedNoun(tokens: readonly Token[], t: Token): boolean {
  if (t.text.length < MIN_NOUN || (t.shape & Shape.UPPER_CASE) !== 0) return false;
  return !isOpenCapitalized(tokens[t.index - 1]) && !isOpenCapitalized(tokens[t.index + 1]);
}

/** A capitalised word of no closed class: a noun or a name. */
function isOpenCapitalized(u: Token | undefined): boolean {
  return isCapitalized(u) && (u!.cls & CLOSED) === 0;
}

/** A capitalised compound whose first part is a known word ending in a linking "s" or none: "Änderungs|gebühr". */
function restoredCompound(analysis: Analysis, candidate: string): boolean {
  const cls = analysis.lexicon.classes(candidate);
  if ((cls & W.COMPOUND) === 0 || (cls & W.NOUN) === 0) return false;
  for (let i = 4; i < candidate.length - 3; i++) {
    const first = candidate.slice(0, i);
    const head = candidate.charAt(i).toUpperCase() + candidate.slice(i + 1);
    if (!isOwnWord(analysis, head)) continue;
    if (isOwnWord(analysis, first) || (first.endsWith('s') && isOwnWord(analysis, first.slice(0, -1)))) return true;
  }
  return false;
}

/**
 * UTF-8 read as Windows-1252 ("MÃ¼nchen", "â€žWir"): each two- or three-character sequence and the
 * character it stood for.
 */
const MOJIBAKE: [string, string][] = [
  ['Ã¤', 'ä'], ['Ã¶', 'ö'], ['Ã¼', 'ü'], ['Ã„', 'Ä'], ['Ã–', 'Ö'], ['Ãœ', 'Ü'], ['ÃŸ', 'ß'], ['Ã©', 'é'], ['Ã¨', 'è'],
  ['Ã¡', 'á'], ['Ã§', 'ç'], ['Ã±', 'ñ'], ['Ã³', 'ó'], ['â€ž', '„'], ['â€œ', '“'], ['â€™', '’'], ['â€˜', '‘'], ['â€“', '–'],
  ['â€”', '—'], ['â€¦', '…'], ['â‚¬', '€'],
];
/** Most tokens of one word run looked at for mojibake (keeps the rule linear). */
const MAX_RUN = 12;

/** The text with every mojibake sequence decoded; the text itself when it has none. */
function decodeMojibake(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const pair = raw[i] === 'Ã' || raw[i] === 'â' ? MOJIBAKE.find(([from]) => raw.startsWith(from, i)) : undefined;
    if (pair) {
      out += pair[1];
      i += pair[0].length - 1;
    } else out += raw[i];
  }
  return out;
}

/** The word that an umlaut or ß in place of a replacement character between `left` and `right` makes ("K" + "nig" → "König"). */
function umlautInside(analysis: Analysis, left: string, right: string): string | undefined {
  if (left.length + right.length + 1 < MIN_WORD) return undefined;
  for (const u of left.length === 0 ? CAPITAL_UMLAUTS : LOWER_UMLAUTS) {
    const candidate = left + u + right;
    if (isOwnWord(analysis, candidate)) return candidate;
  }
  return undefined;
}

/** Umlauts lost or replaced by a broken encoding: "in sterreich", "keine nderung", "⁇ nderungsgebühr", "MÃ¼nchen". */
export const lostUmlaut: Rule = {
  meta: {
    id: 'garbled/lost-umlaut',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: '„{word}“: Die Zeichenkodierung ist beschädigt, gemeint ist wohl {restored}.',
      en: '"{word}": the character encoding is damaged; {restored} is probably meant.',
    },
    explanation: {
      de: 'Ein Wort ist nur mit einem zusätzlichen Ä, Ö, Ü oder ß bekannt, ein Ersatzzeichen (�, ⁇) steht im Text, oder ein Umlaut erscheint als zwei Zeichen („MÃ¼nchen“). Das sind Spuren einer falschen Zeichenkodierung beim Übersetzen oder Kopieren; oft sind weitere Stellen betroffen.',
      en: 'A word is known only with an added Ä, Ö, Ü or ß, a replacement character (�, ⁇) stands in the text, or an umlaut shows as two characters ("MÃ¼nchen"). These are traces of a wrong character encoding in translation or copying; other places are often affected too.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Den Text mit der richtigen Zeichenkodierung neu übernehmen oder die Umlaute einsetzen.',
      en: 'Take the text over again with the right encoding, or put the umlauts back.',
    },
  },
  check(analysis, report) {
    const { tokens, text } = analysis;
    // names and other unknown words repeat; each spelling is tried once per text, a capitalised one
    // apart as a possibly damaged noun and as a name
    const restoredBySpelling = [new Array<string | null | undefined>(analysis.spellings.length), new Array<string | null | undefined>(analysis.spellings.length)];
    const remembered = restorationsOf(analysis.lexicon);
    const restoreOnce = (t: Token): string | undefined => {
      const lowerStart = (t.shape & Shape.UPPER_START) === 0;
      const slot = lowerStart || mayBeDamagedNoun(tokens, t) ? 0 : 1;
      const known = restoredBySpelling[slot]!;
      let restored = known[t.spelling];
      if (restored === undefined) {
        const sentenceStart = analysis.sentences[t.sentence]!.tokenStart === t.index && !lowerStart;
        restored = remembered[slot * 2 + (sentenceStart ? 1 : 0)]!.of(t.text, () => restore(analysis, t, sentenceStart) ?? null);
        known[t.spelling] = restored;
      }
      return restored ?? undefined;
    };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === 'word' && (t.text.includes('Ã') || t.text.includes('â'))) {
        // a run of tokens without space between them, the damaged word: "MÃ" "¼" "nchen"
        let last = k;
        while (last + 1 < tokens.length && last - k < MAX_RUN && tokens[last + 1].offset === tokens[last].end && tokens[last + 1].kind !== 'punct') last++;
        const raw = text.slice(t.offset, tokens[last].end);
        const decoded = decodeMojibake(raw);
        if (decoded !== raw) {
          report({
            offset: t.offset,
            length: raw.length,
            data: { word: raw, restored: `„${decoded}“` },
            fixes: [{ title: inLocale(analysis, { de: `„${decoded}“ einsetzen`, en: `Insert "${decoded}"` }), edits: [{ offset: t.offset, length: raw.length, newText: decoded }], safe: false }],
          });
          k = last;
          continue;
        }
      }
      const replacement = t.kind === 'symbol' && REPLACEMENT.has(t.text);
      if (!replacement && (t.kind !== 'word' || (t.cls !== 0 && (t.cls & W.COMPOUND) === 0))) continue;
      if (analysis.blocks[analysis.sentences[t.sentence]!.block]!.kind === 'debris') continue;
      if (replacement) {
        const next = tokens[k + 1];
        const prev = tokens[k - 1];
        // inside a word the character stands for the umlaut itself: "K�nig", "gro�"
        const left = prev && prev.kind === 'word' && prev.end === t.offset ? prev : undefined;
        const right = next && next.kind === 'word' && next.offset === t.end ? next : undefined;
        const inside = left || right ? umlautInside(analysis, left?.text ?? '', right?.text ?? '') : undefined;
        // else the damaged word follows, at most a space away: "⁇ nderungsgebühr"
        const restored = inside ?? (next && next.kind === 'word' && next.offset - t.end <= 1 ? restoreOnce(next) : undefined);
        const start = inside && left ? left.offset : t.offset;
        const joined = inside ? right : restored ? next : undefined;
        const end = joined ? joined.end : t.end;
        report({
          offset: start,
          length: end - start,
          data: { word: text.slice(start, end), restored: restored ? `„${restored}“` : '?' },
          fixes: restored ? [{ title: inLocale(analysis, { de: `„${restored}“ einsetzen`, en: `Insert "${restored}"` }), edits: [{ offset: start, length: end - start, newText: restored }], safe: false }] : [],
        });
        if (joined) k++;
        continue;
      }
      // a word glued to a replacement character is judged with it: "gro�"
      const after = tokens[k + 1];
      if (after && after.kind === 'symbol' && REPLACEMENT.has(after.text) && after.offset === t.end) continue;
      const restored = restoreOnce(t);
      if (!restored) continue;
      report({
        offset: t.offset,
        length: t.end - t.offset,
        data: { word: t.text, restored: `„${restored}“` },
        fixes: [{ title: inLocale(analysis, { de: `„${restored}“ einsetzen`, en: `Insert "${restored}"` }), edits: [{ offset: t.offset, length: t.end - t.offset, newText: restored }], safe: false }],
      });
    }
  },
};
