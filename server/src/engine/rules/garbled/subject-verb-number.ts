import { FINITE, WordClass } from '../../lexicon.js';
import type { Analysis, Sentence, Token } from '../../analysis/model.js';
import type { Report, Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { adjectiveEnding, adjectiveFeatures, determinerOf, GENITIVE_ARTICLES, nounFeatures, SINGULAR } from './noun-phrase.js';
import { isCapitalized, isFiniteVerb, isInflectedAttribute, isLowerWord, isVerbForm } from './verbs.js';
import { Shape } from '../../analysis/spelling.js';

const W = WordClass;
/** Singular pronouns that pick one out of a group: "einer der Quellen", "jedes der Länder". */
const ONE_OF = new Set(['einer', 'eines', 'eine', 'keiner', 'keines', 'keine', 'jeder', 'jedes', 'jede']);
/** Most words of a name in apposition (", John Kirby,"). */
const MAX_NAME_WORDS = 4;
/** Most adjectives looked at inside the group (keeps the rule linear). */
const MAX_ADJECTIVES = 4;
const PLURAL_ONLY_FORMS = new Set(['sind', 'seien', 'waren', 'wären', 'wurden', 'würden', 'hatten', 'hätten']);
const MASCULINE_NOMINATIVE = 1;
const PLURAL_GENITIVE = 1 << 7;
const SEIN_FORMS = new Set(['sind', 'waren', 'seien', 'wären']);

/**
 * A finite form that is plural only: "sagten", "waren", "hatten" (not "sagen", which is also an
 * infinitive, nor "erklärten" before a noun, where it is an adjective).
 */
function isPluralFinite(analysis: Analysis, k: number): boolean {
  const { tokens } = analysis;
  const t = tokens[k];
  if (PLURAL_ONLY_FORMS.has(t.lower)) return true;
  if (!isFiniteVerb(tokens, k) || !t.lower.endsWith('en') || (t.cls & (W.INFINITIVE | W.PARTICIPLE | W.NOUN | W.ENGLISH)) !== 0) return false;
  // the singular without the final "n" is a finite form too ("sagten" → "sagte"); "schien" has none
  return (analysis.lexicon.classes(t.lower.slice(0, -1)) & FINITE) !== 0;
}

/**
 * Whether token k may begin the subject: first in the sentence or after a comma, or after a word
 * that opens a clause ("so", "wie", "dass", "und"). After a preposition or a noun "einer" is a
 * dative or genitive ("nach Angaben einer der Quellen sagten die Beamten …").
 */
function beginsSubject(tokens: readonly Token[], s: Sentence, k: number): boolean {
  if (k === s.tokenStart) return true;
  const prev = tokens[k - 1];
  if (prev.kind === 'punct') return prev.text === ',' || prev.text === ';' || prev.text === ':';
  if (prev.kind !== 'word' || (!isLowerWord(prev) && k - 1 !== s.tokenStart)) return false;
  return (prev.lower === 'so' || prev.lower === 'wie' || (prev.cls & (W.CONJ_SUBORD | W.CONJ_COORD)) !== 0) && (prev.cls & W.PREPOSITION) === 0;
}

/** Index after a noun phrase of determiner, inflected adjectives and a capitalised noun at k, or -1. */
function phraseEnd(tokens: readonly Token[], s: Sentence, k: number): number {
  let m = k + 1;
  while (m < s.tokenEnd && m - k - 1 < MAX_ADJECTIVES && isInflectedAttribute(tokens[m])) m++;
  return m < s.tokenEnd && isCapitalized(tokens[m]) ? m + 1 : -1;
}

/**
 * Index after a genitive attribute at `end` ("Der Sprecher der Regierung", with a name adjective:
 * "des Weißen Hauses"), `end` without one, or -1.
 */
function afterGenitive(tokens: readonly Token[], s: Sentence, end: number): number {
  const genitive = tokens[end];
  if (!isLowerWord(genitive) || !GENITIVE_ARTICLES.has(genitive.lower)) return end;
  const phrase = phraseEnd(tokens, s, end);
  return phrase > 0 && phrase < s.tokenEnd && isCapitalized(tokens[phrase]) && isCapitalized(tokens[phrase - 1]) ? phrase + 1 : phrase;
}

/** Index after a name in apposition at `end` (", John Kirby,"), `end` without one. */
function afterApposition(tokens: readonly Token[], s: Sentence, end: number): number {
  if (end < 0 || end >= s.tokenEnd || tokens[end].text !== ',') return end;
  let m = end + 1;
  while (m < s.tokenEnd && m - end <= MAX_NAME_WORDS && isCapitalized(tokens[m]) && (tokens[m].cls & W.ARTICLE) === 0) m++;
  return m > end + 1 && m < s.tokenEnd && tokens[m].text === ',' ? m + 1 : end;
}

/**
 * A sentence that begins with a masculine singular subject, certain by its forms ("Der Sprecher",
 * "Ein Beamter des Ministeriums"), directly before a plural verb: "Der Sprecher der Regierung sagten".
 * Feminine and neuter phrases are left to `singularObjectLessBeforeVerb`: they may be objects before a plural subject.
 */
function masculineSubjectBeforeVerb(analysis: Analysis, s: Sentence): Report | undefined {
  const { tokens } = analysis;
  const start = tokens[s.tokenStart];
  const determiner = start.kind === 'word' && (start.shape & Shape.UPPER_CASE) === 0 ? determinerOf(start.lower) : undefined;
  if (!determiner) return undefined;
  const end = phraseEnd(tokens, s, s.tokenStart);
  if (end < 0) return undefined;
  let features = determiner.features & nounFeatures(analysis.lexicon.nouns(tokens[end - 1].text));
  for (let a = s.tokenStart + 1; a < end - 1; a++) features &= adjectiveFeatures(adjectiveEnding(tokens[a].lower), determiner.strongAfter);
  // "Der Sprecher" may also be a genitive plural, which does not begin a German sentence
  if ((features & MASCULINE_NOMINATIVE) === 0 || (features & ~(MASCULINE_NOMINATIVE | PLURAL_GENITIVE)) !== 0) return undefined;
  const verb = afterApposition(tokens, s, afterGenitive(tokens, s, end));
  // "sein" agrees with a plural predicate: "Ein weiterer Faktor sind fehlende Einsparungen"
  if (verb < 0 || verb >= s.tokenEnd || !isPluralFinite(analysis, verb) || SEIN_FORMS.has(tokens[verb].lower)) return undefined;
  return {
    offset: start.offset,
    length: tokens[verb].end - start.offset,
    data: { subject: analysis.text.slice(start.offset, tokens[end - 1].end), verb: tokens[verb].text, ...SINGULAR_SUBJECT },
  };
}

const SINGULAR_SUBJECT = { subjectnumber: 'Singular', verbnumber: 'Plural' };
const PLURAL_SUBJECT = { subjectnumber: 'Plural', verbnumber: 'Singular' };
/** Finite forms of the auxiliaries and modals that are singular only. */
const SINGULAR_ONLY_FORMS = new Set(
  'ist war hat hatte wird wurde kann konnte muss musste soll sollte will wollte darf durfte sei habe werde könne müsse solle wolle'.split(' '),
);
/** Tokens after the verb searched for a subject that would make the sentence object-first. */
const MAX_SUBJECT_SEARCH = 12;

/** A singular-only finite form: an auxiliary or modal, or a past form in "-te" whose plural "-ten" exists ("sagte"). */
function isSingularFinite(analysis: Analysis, k: number): boolean {
  const { tokens } = analysis;
  const t = tokens[k];
  if (SINGULAR_ONLY_FORMS.has(t.lower)) return true;
  if (!isFiniteVerb(tokens, k) || !t.lower.endsWith('te') || (t.cls & (W.INFINITIVE | W.NOUN | W.ENGLISH)) !== 0) return false;
  return (analysis.lexicon.classes(t.lower + 'n') & W.FIN_PAST) !== 0;
}

/**
 * Whether a word that may be the subject follows the verb in its clause: then the plural phrase in
 * front is an object ("Die Verhandlungen leitete der Minister").
 */
/** Articles and pronouns that cannot begin a nominative: what they open is an object. */
const OBLIQUE_ARTICLES = new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines', 'diesen', 'diesem', 'dieses']);
const OBLIQUE_PRONOUNS = new Set(['ihn', 'ihm', 'ihnen', 'uns', 'euch', 'mich', 'mir', 'dich', 'dir', 'sich']);
/** Finite plural forms of "haben" and "werden" (their infinitives look the same, but after the Vorfeld they are finite). */
const PLURAL_AUXILIARIES = new Set(['haben', 'hatten', 'hätten', 'werden', 'wurden', 'würden']);

/**
 * Whether everything between the verb and the end of the clause is an object, an adverb, a verb form
 * or a prepositional phrase ("den Verdächtigen am Montag festgenommen"), so that no plural subject
 * can follow the verb.
 */
function onlyObjectsAfter(tokens: readonly Token[], s: Sentence, verb: number): boolean {
  for (let k = verb + 1; k < s.tokenEnd && k - verb <= MAX_SUBJECT_SEARCH; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') return t.text === '.' || t.text === ',';
    if (t.kind !== 'word') return false;
    const preposition = (t.cls & W.PREPOSITION) !== 0 && isLowerWord(t);
    const oblique = OBLIQUE_ARTICLES.has(t.lower);
    if (oblique || (preposition && determinerOf(tokens[k + 1]?.lower ?? '') !== undefined)) {
      const end = phraseEnd(tokens, s, oblique ? k : k + 1);
      if (end < 0) return false;
      k = end - 1;
      continue;
    }
    if (OBLIQUE_PRONOUNS.has(t.lower)) continue;
    // a preposition fused with its article, or before a name: "am Montag", "vom Parlament", "in Berlin"
    if (preposition && isCapitalized(tokens[k + 1])) {
      k++;
      continue;
    }
    if (isCapitalized(t) || (t.cls & (W.ARTICLE | W.PRONOUN)) !== 0 || !isLowerWord(t)) return false;
  }
  return false;
}

/**
 * A sentence that begins with a feminine or neuter noun that has no plural form like it ("Die
 * Polizei", "Das Ministerium") before a plural "haben" or "werden" or a plural-only verb, with only
 * objects after the verb: "Die Polizei haben den Verdächtigen festgenommen". With a subject after
 * the verb the noun is an object ("Die Polizei haben die Demonstranten angegriffen").
 */
function singularObjectLessBeforeVerb(analysis: Analysis, s: Sentence): Report | undefined {
  const { tokens } = analysis;
  const start = tokens[s.tokenStart];
  if (start.kind !== 'word' || (start.lower !== 'die' && start.lower !== 'das') || (start.shape & Shape.UPPER_CASE) !== 0) return undefined;
  const end = phraseEnd(tokens, s, s.tokenStart);
  if (end < 0 || end >= s.tokenEnd) return undefined;
  const features = nounFeatures(analysis.lexicon.nouns(tokens[end - 1].text));
  if (features === 0 || (features & SINGULAR) !== features) return undefined;
  const verb = end;
  const plural = PLURAL_AUXILIARIES.has(tokens[verb].lower) || (isPluralFinite(analysis, verb) && !SEIN_FORMS.has(tokens[verb].lower));
  if (!plural || !onlyObjectsAfter(tokens, s, verb)) return undefined;
  return {
    offset: start.offset,
    length: tokens[verb].end - start.offset,
    data: { subject: analysis.text.slice(start.offset, tokens[end - 1].end), verb: tokens[verb].text, ...SINGULAR_SUBJECT },
  };
}

function subjectAfter(tokens: readonly Token[], s: Sentence, verb: number): boolean {
  for (let k = verb + 1; k < s.tokenEnd && k - verb <= MAX_SUBJECT_SEARCH; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' || t.kind === 'quote') return false;
    if (t.kind !== 'word' || isCapitalized(t) || (t.cls & (W.PRONOUN | W.ARTICLE)) !== 0) return true;
  }
  return false;
}

/**
 * A sentence that begins with a plural subject, certain by its noun ("Die Verhandlungen", "Die
 * Vereinten Nationen"), directly before a singular verb with no other subject in its clause.
 */
function pluralSubjectBeforeVerb(analysis: Analysis, s: Sentence): Report | undefined {
  const { tokens } = analysis;
  const start = tokens[s.tokenStart];
  if (start.kind !== 'word' || (start.lower !== 'die' && start.lower !== 'diese') || (start.shape & Shape.UPPER_CASE) !== 0) return undefined;
  let end = phraseEnd(tokens, s, s.tokenStart);
  if (end < 0) return undefined;
  // a capitalised adjective of a name: "Die Vereinten Nationen"
  if (end < s.tokenEnd && isCapitalized(tokens[end]) && (analysis.lexicon.classes(tokens[end - 1].lower) & W.ADJECTIVE) !== 0) end++;
  const features = nounFeatures(analysis.lexicon.nouns(tokens[end - 1].text));
  if (features === 0 || (features & SINGULAR) !== 0) return undefined;
  const verb = afterGenitive(tokens, s, end);
  if (verb < 0 || verb >= s.tokenEnd || !isSingularFinite(analysis, verb) || subjectAfter(tokens, s, verb)) return undefined;
  return {
    offset: start.offset,
    length: tokens[verb].end - start.offset,
    data: { subject: analysis.text.slice(start.offset, tokens[end - 1].end), verb: tokens[verb].text, ...PLURAL_SUBJECT },
  };
}

/**
 * A singular subject with a plural verb ("so einer der russischen Quellen sagten", "Der Sprecher der
 * Regierung sagten") or a plural subject with a singular verb ("Die Verhandlungen hat zuletzt gestockt").
 */
export const subjectVerbNumber: Rule = {
  meta: {
    id: 'garbled/subject-verb-number',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: '„{subject}“ ist {subjectnumber}, das Verb „{verb}“ {verbnumber}: Subjekt und Verb passen nicht zusammen.',
      en: '"{subject}" is {subjectnumber}, the verb "{verb}" {verbnumber}: subject and verb do not agree.',
    },
    explanation: {
      de: 'Subjekt und konjugiertes Verb stimmen im Numerus überein: „einer der …“ oder „der Sprecher“ verlangt ein Verb im Singular, „die Verhandlungen“ eines im Plural. Passen sie nicht zusammen, hat die Übersetzung die Bezüge verloren; unklar wird, ob eine oder mehrere Quellen etwas gesagt haben.',
      en: 'Subject and finite verb agree in number: "einer der …" or "der Sprecher" needs a singular verb, "die Verhandlungen" a plural one. When they do not, the translation lost track of who is meant; it becomes unclear whether one source or several said something.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das Verb in den Numerus des Subjekts setzen („sagte“ / „sagten“) oder das Subjekt anpassen.',
      en: 'Put the verb in the number of the subject ("sagte" / "sagten") or change the subject.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      const first = masculineSubjectBeforeVerb(analysis, s) ?? pluralSubjectBeforeVerb(analysis, s) ?? singularObjectLessBeforeVerb(analysis, s);
      if (first) report(first);
      for (let k = s.tokenStart; k + 3 < s.tokenEnd; k++) {
        const one = tokens[k];
        if (one.kind !== 'word' || !ONE_OF.has(one.lower) || !beginsSubject(tokens, s, k)) continue;
        const article = tokens[k + 1];
        // the group is a plural genitive: "der", "dieser", "ihrer" … before a noun
        if (!isLowerWord(article) || !determinerOf(article.lower) || !article.lower.endsWith('er')) continue;
        let m = k + 2;
        while (m < s.tokenEnd && m - k - 2 < MAX_ADJECTIVES && isInflectedAttribute(tokens[m])) m++;
        if (m >= s.tokenEnd || !isCapitalized(tokens[m])) continue;
        // the verb or verb cluster follows, then the clause ends: "… sagten.", "… berichtet hatten,"
        let finite: Token | undefined;
        let end = m + 1;
        for (; end < s.tokenEnd && isVerbForm(tokens[end]); end++) if (!finite && isPluralFinite(analysis, end)) finite = tokens[end];
        if (!finite || (end < s.tokenEnd && tokens[end].kind !== 'punct')) continue;
        end--;
        report({
          offset: one.offset,
          length: tokens[end].end - one.offset,
          data: { subject: analysis.text.slice(one.offset, tokens[m].end), verb: finite.text, ...SINGULAR_SUBJECT },
        });
        k = end;
      }
    }
  },
};
