import { WordClass, type Lexicon } from '../../lexicon.js';
import { OwnedMemo } from '../../memo.js';
import { ARTICLE_TITLES } from '../../analysis/cues.js';
import { RELATIVE_PRONOUNS } from '../../analysis/function-words.js';
import type { Analysis, Sentence, Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import {
  adjectiveEnding,
  anyGender,
  adjectiveFeatures,
  contractionOf,
  describeFeatures,
  determinerOf,
  governedCases,
  nounFeatures,
  nounHeadFeatures,
  type Contraction,
  type Determiner,
} from './noun-phrase.js';
import { isCapitalized, isInflectedAttribute, isLowerWord } from './verbs.js';
import { Shape } from '../../analysis/spelling.js';

const W = WordClass;
/** Feature sets (see noun-phrase.ts): every case and gender, the plural, the genitive. */
const ALL = 0xffff;
const PLURAL = 0x8888;
const GENITIVE = 0xf0;
/** Endings a plural may have that the lexicon lacks for some nouns ("die Worte", "die Tunnel"). */
const PLURAL_ENDING = /(?:e|en|n|er|el)$/;
/** The forms of the definite article (which are relative and demonstrative pronouns too). */
const D_FORMS = new Set(['der', 'die', 'das', 'den', 'dem']);
/** Closed classes: a word of these is no adjective even where the lexicon has an adjective of that spelling ("unter"). */
const CLOSED = W.ARTICLE | W.PRONOUN | W.PREPOSITION | W.CONJ_COORD | W.CONJ_SUBORD | W.ADVERB;
/**
 * Plural quantifiers that decline like adjectives but are no adjectives to the lexicon: "von vielen
 * Städte" is as wrong as "von großen Städte".
 */
const QUANTIFIERS = new Set(['viele', 'vielen', 'vieler', 'mehrere', 'mehreren', 'mehrerer', 'beide', 'beiden', 'beider', 'etliche', 'etlichen', 'etlicher']);
/** An inflected attribute, a quantifier included. */
function isAttributeWord(t: Token | undefined): boolean {
  return isInflectedAttribute(t) || (isLowerWord(t) && QUANTIFIERS.has(t!.lower));
}
/** Most adjectives looked at between determiner and noun (keeps the rule linear). */
const MAX_ADJECTIVES = 4;
/** Comparatives that are not the positive plus "-er" ("mehr Menschen", "höher Preise"). */
const IRREGULAR_COMPARATIVES = new Set(['mehr', 'weniger', 'höher', 'besser', 'lieber', 'eher', 'minder']);

interface Part {
  token: Token;
  features: number;
}

interface NounPhrase {
  start: number;
  noun: number;
  parts: Part[];
  /** Cases the preposition before the phrase allows (all when there is none). */
  cases: number;
  preposition?: Token;
}

/**
 * Whether an "-er" form without a determiner may be an uninflected comparative ("schneller",
 * "größer") standing as an adverb rather than an attribute. Participles are not compared.
 */
function mayBeComparative(analysis: Analysis, lower: string): boolean {
  if (IRREGULAR_COMPARATIVES.has(lower)) return true;
  if (!lower.endsWith('er')) return false;
  const stem = lower.slice(0, -2);
  const plain = stem.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  for (const positive of stem === plain ? [stem] : [stem, plain]) {
    const cls = analysis.lexicon.classes(positive);
    if ((cls & W.ADJECTIVE) !== 0 && (cls & (W.PARTICIPLE | W.PARTICIPLE1)) === 0) return true;
  }
  return false;
}

/** Whether a form that ends like an inflection is the adjective's base form: "schwer", "sicher" (no adjective "schw", "sich"). */
function isBaseForm(analysis: Analysis, lower: string, ending: string): boolean {
  return ending.length > 0 && (analysis.lexicon.classes(lower.slice(0, -ending.length)) & W.ADJECTIVE) === 0;
}

/** The determiner readings of a lower-case form, looked up once per spelling and text (`Spellings`). */
interface Role {
  contraction: Contraction | undefined;
  determiner: Determiner | undefined;
  governed: number | undefined;
}

/** What the rule looks up per word, kept per spelling (`Token.spelling`) for one text. */
class Spellings {
  private readonly roles: (Role | undefined)[];
  private readonly exempt: (boolean | undefined)[];
  private readonly guessed: (number | undefined)[];
  /** `nounHeadFeatures`, with -1 for undefined. */
  private readonly heads: (number | undefined)[];

  constructor(private readonly analysis: Analysis) {
    const n = analysis.spellings.length;
    this.roles = new Array<Role | undefined>(n);
    this.exempt = new Array<boolean | undefined>(n);
    this.guessed = new Array<number | undefined>(n);
    this.heads = new Array<number | undefined>(n);
  }

  /** The readings of `form`, the lower-case form of token `t`. */
  roleOf(t: Token, form: string): Role {
    let role = this.roles[t.spelling];
    if (role === undefined) {
      role = { contraction: contractionOf(form), determiner: determinerOf(form), governed: governedCases(form) };
      this.roles[t.spelling] = role;
    }
    return role;
  }

  isExempt(noun: Token): boolean {
    return (this.exempt[noun.spelling] ??= isExempt(this.analysis, noun));
  }

  /** The noun's features from the lexicon's readings of the form itself. */
  guessedFeatures(noun: Token): number {
    return (this.guessed[noun.spelling] ??= nounFeatures(this.analysis.lexicon.nouns(noun.text)));
  }

  headFeatures(noun: Token): number | undefined {
    const mask = (this.heads[noun.spelling] ??= nounHeadFeatures(this.analysis, noun.text) ?? -1);
    return mask < 0 ? undefined : mask;
  }
}

/** A word in the position of a determiner, in lower case, or capitalised as the sentence's first word. */
function determinerForm(t: Token, sentenceStart: number): string | undefined {
  if (t.kind !== 'word') return undefined;
  if (isLowerWord(t)) return t.lower;
  return t.index === sentenceStart && (t.shape & Shape.UPPER_CASE) === 0 ? t.lower : undefined;
}

/** A governing preposition directly before token k, in the same quotation. */
function prepositionBefore(tokens: readonly Token[], k: number, sentenceStart: number, spellings: Spellings): Token | undefined {
  if (k - 1 < sentenceStart) return undefined;
  const p = tokens[k - 1];
  const form = determinerForm(p, sentenceStart);
  return form !== undefined && p.quote === tokens[k].quote && spellings.roleOf(p, form).governed !== undefined ? p : undefined;
}

/**
 * Whether a form that may also be a pronoun ("der", "einer", "diese") stands where it must be a
 * determiner. A pronoun opens relative clauses ("…, die Geld brauchen", "…, in der Menschen leben")
 * and stands after conjunctions ("dass das Menschen betrifft") and first in a sentence before a
 * verb that looks like an adjective ("Das berichteten Mitarbeiter"). After a preposition, and for
 * the definite article after a verb or a noun, it is taken as a determiner.
 */
function determinerInContext(tokens: readonly Token[], k: number, sentenceStart: number, preposition: Token | undefined): boolean {
  const before = preposition ? k - 2 : k - 1;
  if (before < sentenceStart) return preposition !== undefined || isCapitalized(tokens[k + 1]);
  const b = tokens[before];
  if (b.kind !== 'word' || (b.cls & (W.CONJ_COORD | W.CONJ_SUBORD | W.PRONOUN)) !== 0) return false;
  if (preposition) return true;
  // "hat dieser neue Anschläge angedroht": "dieser", "einer", "jeder" are subjects after a verb too
  return D_FORMS.has(tokens[k].lower) && !RELATIVE_PRONOUNS.has(b.lower) && (b.cls & W.ARTICLE) === 0;
}

/**
 * The noun phrase that begins at token k: a determiner (or a preposition fused with one, or a
 * preposition before bare adjectives, or a bare adjective with an unambiguous strong ending), its
 * inflected adjectives, and a capitalised noun. Undefined when anything else stands between or the
 * words may be read otherwise (a pronoun, an adverbial comparative, a postposition).
 */
function nounPhraseAt(analysis: Analysis, s: Sentence, k: number, spellings: Spellings): NounPhrase | undefined {
  const { tokens } = analysis;
  const t = tokens[k];
  const form = determinerForm(t, s.tokenStart);
  if (form === undefined) return undefined;
  /** The determiner or contraction, if any, which heads `parts` (made only once a phrase may start here). */
  let determinerPart: Part | undefined;
  let cases = ALL;
  let preposition: Token | undefined;
  let strong = true;
  let next = k;
  const role = spellings.roleOf(t, form);
  const { contraction, determiner } = role;
  if (contraction) {
    // "am stärksten expandierende": a superlative adverb, not an attribute
    if (form === 'am' && tokens[k + 1]?.lower.endsWith('sten')) return undefined;
    cases = governedCases(contraction.preposition) ?? ALL;
    determinerPart = { token: t, features: contraction.features };
    strong = false;
    next = k + 1;
  } else if (determiner) {
    // "einer solchen Rakete": a determiner after another one is an adjective
    if (k > s.tokenStart && (tokens[k - 1].cls & W.ARTICLE) !== 0) return undefined;
    preposition = prepositionBefore(tokens, k, s.tokenStart, spellings);
    if (determiner.pronoun && !determinerInContext(tokens, k, s.tokenStart, preposition)) return undefined;
    if (preposition) cases = governedCases(preposition.lower)!;
    determinerPart = { token: t, features: determiner.features };
    strong = determiner.strongAfter;
    next = k + 1;
  } else if (isLowerWord(t) && role.governed !== undefined && isAttributeWord(tokens[k + 1])) {
    if (form === 'zu' || (form === 'unter' && tokens[k + 1].lower.startsWith('ander'))) return undefined;
    // "meiner Meinung nach fragwürdige …": a postposition
    if (form === 'nach' && k > s.tokenStart && isCapitalized(tokens[k - 1])) return undefined;
    preposition = t;
    cases = role.governed;
    next = k + 1;
  } else if (isInflectedAttribute(t) && (t.cls & CLOSED) === 0) {
    // a bare adjective: only endings the weak declension lacks, so that it cannot belong to a
    // determiner further back ("der von Russland kontrollierten Gebiete")
    const prev = tokens[k - 1];
    if (k === s.tokenStart || (prev.kind === 'word' && ((prev.cls & (W.ARTICLE | W.PREPOSITION)) !== 0 || isInflectedAttribute(prev)))) return undefined;
    const ending = adjectiveEnding(t.lower);
    if (ending !== 'er' && ending !== 'es' && ending !== 'em') return undefined;
    // before another attribute a base form in "-er" is an adverb: "doch sicher effektivere Wege"
    if (isInflectedAttribute(tokens[k + 1]) && isBaseForm(analysis, t.lower, ending)) return undefined;
  } else {
    return undefined;
  }
  const parts: Part[] = determinerPart === undefined ? [] : [determinerPart];
  for (let count = 0; next < s.tokenEnd && count < MAX_ADJECTIVES; next++, count++) {
    const a = tokens[next];
    if (!isAttributeWord(a) || a.quote !== t.quote || determinerOf(a.lower) || ((a.cls & CLOSED) !== 0 && !QUANTIFIERS.has(a.lower))) break;
    const ending = adjectiveEnding(a.lower);
    if (strong && ending === 'er' && mayBeComparative(analysis, a.lower)) return undefined;
    // a word the lexicon only guesses from its end may be an adverb before the next attribute: "ein vergleichsweise schwaches Rennen"
    if ((a.cls & W.COMPOUND) !== 0 && isInflectedAttribute(tokens[next + 1])) return undefined;
    // a base form that only looks inflected is an adverb of the next attribute: "des schwer verletzten Kapitäns"
    if (isInflectedAttribute(tokens[next + 1]) && isBaseForm(analysis, a.lower, ending)) continue;
    // after a strong adjective the next one is often weak in usage ("mit neuem olympischen Rekord")
    const declined = adjectiveFeatures(ending, strong) | (strong && count > 0 ? adjectiveFeatures(ending, false) : 0);
    const features = QUANTIFIERS.has(a.lower) ? declined & PLURAL : declined;
    // an ending the declension lacks ("seinem französischem") is an error after a determiner; a bare one may be read otherwise
    if (features === 0 && parts.length === 0) return undefined;
    parts.push({ token: a, features });
  }
  const noun = tokens[next];
  if (parts.length === 0 || next >= s.tokenEnd || !isCapitalized(noun) || noun.quote !== t.quote || (noun.shape & Shape.UPPER_CASE) !== 0) return undefined;
  // "ein Jahrzehnte altes Foto", "seinen Ende 2006 endenden Vertrag": the noun is inside an attribute
  const after = tokens[next + 1];
  if (next + 1 < s.tokenEnd && (after.kind === 'number' || isInflectedAttribute(after))) return undefined;
  return { start: preposition ? preposition.index : k, noun: next, parts, cases, preposition };
}

/**
 * Nouns the check leaves alone: names of publications and parties that take an article of their
 * own ("die Bild", "der Sport-Bild", "der Linken"), English words ("der Pistons"), nominalised
 * multiples ("das Sechsfache"), and the configured named sources.
 */
function isExempt(analysis: Analysis, noun: Token): boolean {
  return exemptSpellings.of(analysis.lexicon, noun.text) || analysis.config.namedSources.includes(noun.text);
}

/** Whether a noun written `text` is exempt whatever the configuration (see `isExempt`). */
function isExemptSpelling(lexicon: Lexicon, text: string): boolean {
  const hyphen = text.lastIndexOf('-');
  const tail = hyphen < 0 ? text : text.slice(hyphen + 1);
  const lower = text.toLowerCase();
  const tailLower = hyphen < 0 ? lower : lower.slice(hyphen + 1);
  // a lower-case word without a hyphen is English only by its own entry (a reading guessed from its
  // final part is an adjective's), so the entry is asked directly, without the search for that part
  return ARTICLE_TITLES.has(tail) || (lexicon.entryClasses(tailLower) & W.ENGLISH) !== 0 || lower.endsWith('fache');
}

/** `isExemptSpelling` per lexicon, carried over from text to text. */
const exemptSpellings = new OwnedMemo<Lexicon, boolean>(50_000, isExemptSpelling);

/** Article, adjective and noun that do not agree in case, number and gender: "für ein Kommentar", "bestimmter Lebensmitteln". */
export const agreement: Rule = {
  meta: {
    id: 'garbled/agreement',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: '„{phrase}“: Artikel, Adjektiv und Nomen passen in Kasus, Numerus oder Genus nicht zusammen ({reason}).',
      en: '"{phrase}": article, adjective and noun do not agree in case, number or gender ({reason}).',
    },
    explanation: {
      de: 'Die Formen der Wortgruppe schließen einander aus: Das Nomen hat kein Genus, keinen Kasus und keinen Numerus, zu dem Artikel, Adjektiv und Präposition zugleich passen. Maschinelle Übersetzungen verfehlen so oft das Genus eines Nomens; der Satz ist dann holprig oder mehrdeutig.',
      en: 'The forms of the phrase exclude each other: the noun has no gender, case and number that article, adjective and preposition all fit. Machine translation often gets a noun\'s gender wrong this way; the sentence then reads badly or becomes ambiguous.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Artikel- und Adjektivendungen an Genus, Kasus und Numerus des Nomens anpassen.',
      en: 'Make the article and adjective endings fit the gender, case and number of the noun.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    const spellings = new Spellings(analysis);
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const phrase = nounPhraseAt(analysis, s, k, spellings);
        if (!phrase) continue;
        const noun = tokens[phrase.noun];
        if (spellings.isExempt(noun)) continue;
        let required = phrase.cases;
        for (const part of phrase.parts) required &= part.features;
        const guessed = spellings.guessedFeatures(noun);
        if ((withBareGenitive(guessed) & required) !== 0) continue;
        const nounMask = spellings.headFeatures(noun);
        // the genitive of a name or loanword may drop its -s ("des Iran", "des Euro")
        if (nounMask === undefined || (withBareGenitive(nounMask) & required) !== 0) continue;
        // a form with a plural ending and no plural reading may be a plural the lexicon lacks ("die Worte")
        if ((nounMask & (PLURAL | GENITIVE)) === 0 && (required & PLURAL) !== 0 && PLURAL_ENDING.test(noun.text)) continue;
        // a capitalised word after the noun may make it the attribute of a name ("des Kölner Doms"),
        // an English word the start of one ("die Mail on Sunday"); a name no lexicon knows stands in
        // apposition and leaves the noun the head ("das benachbarte Truppenübungsplatz Pontrilas")
        const after = tokens[phrase.noun + 1];
        if (phrase.noun + 1 < s.tokenEnd && ((isCapitalized(after) && mayHeadAfter(noun, after)) || (after.cls & W.ENGLISH) !== 0)) continue;
        // a mark glued to the noun continues it: "den Michail-Tal'-Cup"
        if (phrase.noun + 1 < s.tokenEnd && !after.spaceBefore && after.kind !== 'punct') continue;
        // "die neue Eisbären und Schneelöwenanlage": a first part that lost its hyphen shares the last noun
        const shared = tokens[phrase.noun + 2];
        if (phrase.noun + 2 < s.tokenEnd && (after.lower === 'und' || after.lower === 'oder') && isCapitalized(shared)) {
          const sharedMask = spellings.headFeatures(shared);
          if (sharedMask !== undefined && shared.lower.length > noun.lower.length && (withBareGenitive(sharedMask) & required) !== 0) continue;
        }
        const start = tokens[phrase.start];
        const reason = [
          ...(phrase.preposition ? [`${phrase.preposition.text} + ${describeCases(phrase.cases)}`] : []),
          ...phrase.parts.map((p) => `${p.token.text}: ${describeFeatures(p.features)}`),
          `${noun.text}: ${describeFeatures(nounMask)}`,
        ].join('; ');
        // case and number the lexicon knows well; its genders less so, unless the suffix confirms them
        const sure = (withBareGenitive(anyGender(nounMask)) & required) === 0 || genderBySuffix(noun.text, nounMask);
        report({
          offset: start.offset,
          length: noun.end - start.offset,
          data: { phrase: analysis.text.slice(start.offset, noun.end), reason },
          ...(sure ? {} : { severity: 'hint' as const }),
        });
        k = phrase.noun;
      }
    }
  },
};

/**
 * Whether the capitalised word after a noun may be the phrase's real head: a word the lexicon
 * knows ("des Kölner Doms"), or any word after a form in "-er" that may be a place adjective
 * ("die Kieler Kiwi").
 */
function mayHeadAfter(noun: Token, after: Token): boolean {
  return after.cls !== 0 || noun.lower.endsWith('er');
}

/** Suffixes that fix a noun's gender: "-ung" is feminine, "-chen" neuter, "-ismus" masculine. */
const GENDER_SUFFIXES: [RegExp, number][] = [
  [/(?:ung|heit|keit|schaft|tät|ion|enz|anz|ik|ei|ur)(?:en)?$/, 0x2222],
  [/(?:chen|lein|ment|tum|um)s?$/, 0x4444],
  [/(?:ismus|ling|ist|eur|or)(?:s|en|e)?$/, 0x1111],
];

/** Whether the noun's suffix confirms the (one) gender the lexicon gives it. */
function genderBySuffix(word: string, nounMask: number): boolean {
  const singular = nounMask & 0x7777;
  if (singular === 0) return false;
  // a genitive in "-s" is masculine or neuter: "der Flugzeugs"
  if ((singular & ~GENITIVE) === 0 && word.endsWith('s')) return true;
  for (const [suffix, gender] of GENDER_SUFFIXES) if (suffix.test(word)) return (singular & ~gender) === 0;
  return false;
}

/** The noun's features plus a genitive singular for each gender it has in the singular. */
function withBareGenitive(nounMask: number): number {
  let mask = nounMask;
  for (const g of [0, 2]) if (nounMask & (0x1111 << g)) mask |= 1 << (4 + g);
  return mask;
}

function describeCases(mask: number): string {
  return ['Nom.', 'Gen.', 'Dat.', 'Akk.'].filter((_, c) => mask & (0xf << (c * 4))).join('/');
}
