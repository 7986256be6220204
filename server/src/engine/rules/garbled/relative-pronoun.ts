import { WordClass } from '../../lexicon.js';
import type { Analysis, Sentence } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { adjectiveEnding, adjectiveFeatures, determinerOf, nounFeatures, nounHeadFeatures } from './noun-phrase.js';
import { canBeFinite, isCapitalized, isInflectedAttribute, isLowerWord, isVerbForm } from './verbs.js';

const CLOSED = WordClass.ARTICLE | WordClass.PRONOUN | WordClass.PREPOSITION | WordClass.CONJ_COORD | WordClass.CONJ_SUBORD | WordClass.ADVERB | WordClass.GERMAN_OTHER;

/** Gender and number as four bits: masculine, feminine, neuter, plural. */
const M = 1;
const F = 2;
const N = 4;
const P = 8;
/** What the relative pronoun can refer to ("der" is also the feminine dative). */
const RELATIVE: Record<string, number> = {
  der: M | F,
  die: F | P,
  das: N,
  dem: M | N,
  den: M,
  dessen: M | N,
  deren: F | P,
  denen: P,
};
/** Determiners that may make the noun before the comma a genitive attribute of another noun ("der Brief des Ministers, der …"). */
const GENITIVE_CAPABLE = /^(?:der|des|einer|eines|keiner|keines|dieser|dieses|jener|jenes|[mds]einer|[mds]eines|ihrer|ihres|unserer|unseres)$/;
const MAX_ADJECTIVES = 4;
/** Tokens looked back from the comma for another noun the pronoun may refer to (keeps the rule linear). */
const MAX_LOOKBACK = 25;

/** Gender and number bits of a case/number/gender feature set. */
function genders(features: number): number {
  let bits = 0;
  for (let g = 0; g < 4; g++) if (features & (0x1111 << g)) bits |= 1 << g;
  return bits;
}

/** Gender and number of the noun phrase that ends at the noun before the comma, when it begins with a determiner that cannot be genitive. */
function antecedent(analysis: Analysis, s: Sentence, comma: number): { start: number; genders: number } | undefined {
  const { tokens } = analysis;
  const noun = comma - 1;
  if (noun <= s.tokenStart || !isCapitalized(tokens[noun])) return undefined;
  let m = noun - 1;
  let adjectives = 0;
  while (m > s.tokenStart && adjectives < MAX_ADJECTIVES && isInflectedAttribute(tokens[m])) {
    m--;
    adjectives++;
  }
  const t = tokens[m];
  const lower = t.kind === 'word' && (isLowerWord(t) || m === s.tokenStart) ? t.lower : '';
  const determiner = determinerOf(lower);
  if (!determiner || GENITIVE_CAPABLE.test(lower)) return undefined;
  let features = determiner.features & (nounHeadFeatures(analysis, tokens[noun].text) ?? 0);
  for (let a = m + 1; a < noun; a++) features &= adjectiveFeatures(adjectiveEnding(tokens[a].lower), determiner.strongAfter);
  return features === 0 ? undefined : { start: m, genders: genders(features) };
}

/** Whether the d-word at k begins a noun phrase as an article ("…, das Geld sei weg"). */
function beginsNounPhrase(analysis: Analysis, s: Sentence, k: number): boolean {
  const { tokens } = analysis;
  let m = k + 1;
  while (m < s.tokenEnd && m - k <= MAX_ADJECTIVES && isInflectedAttribute(tokens[m])) m++;
  if (m >= s.tokenEnd || !isCapitalized(tokens[m])) return false;
  const readings = analysis.lexicon.nouns(tokens[m].text);
  return readings.length === 0 || (determinerOf(tokens[k].lower)!.features & nounFeatures(readings)) !== 0;
}

/**
 * Whether the words after the pronoun end, before the next punctuation, in a verb as a relative
 * clause does ("…, der gestern beschlossen wurde,"), unlike an apposition ("…, der 1. PC Viernheim,")
 * or a main clause ("…, das ist völlig okay für mich").
 */
function endsInVerb(analysis: Analysis, s: Sentence, k: number): boolean {
  const { tokens } = analysis;
  let m = k + 1;
  while (m < s.tokenEnd && m - k <= MAX_LOOKBACK && tokens[m].kind !== 'punct') m++;
  const last = tokens[m - 1];
  return m - 1 > k && (isVerbForm(last) || (isLowerWord(last) && (last.cls & (WordClass.AUXILIARY | WordClass.MODAL)) !== 0));
}

/** Whether another noun earlier in the clause could be what the pronoun refers to ("der Brief an das Ministerium, der …"). */
function otherAntecedent(analysis: Analysis, s: Sentence, before: number, pronoun: number): boolean {
  const { tokens } = analysis;
  for (let m = before - 1; m >= s.tokenStart && before - m <= MAX_LOOKBACK; m--) {
    const t = tokens[m];
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')') return false;
    if (!isCapitalized(t) || (t.cls & CLOSED) !== 0) continue;
    const readings = analysis.lexicon.nouns(t.text);
    if (readings.length === 0 || (genders(nounFeatures(readings)) & pronoun) !== 0) return true;
  }
  return false;
}

/** A relative pronoun whose gender or number fits no noun before it: "das Gesetz, der gestern beschlossen wurde". */
export const relativePronoun: Rule = {
  meta: {
    id: 'garbled/relative-pronoun',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Das Relativpronomen „{pronoun}“ passt nicht zu „{noun}“: Genus oder Numerus stimmen nicht.',
      en: 'The relative pronoun "{pronoun}" does not fit "{noun}": gender or number disagree.',
    },
    explanation: {
      de: 'Ein Relativpronomen richtet sich in Genus und Numerus nach dem Nomen, auf das es sich bezieht („das Gesetz, das …“). Passt es zu keinem Nomen davor, hat die Übersetzung den Bezug verloren; unklar wird, wer oder was gemeint ist.',
      en: 'A relative pronoun takes the gender and number of the noun it refers to ("das Gesetz, das …"). When it fits no noun before it, the translation lost the reference; it becomes unclear who or what is meant.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das Relativpronomen an das gemeinte Nomen anpassen.',
      en: 'Make the relative pronoun fit the noun it refers to.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart + 2; k + 1 < s.tokenEnd; k++) {
        const pronoun = tokens[k];
        const comma = tokens[k - 1];
        if (comma.text !== ',' || !isLowerWord(pronoun) || RELATIVE[pronoun.lower] === undefined || pronoun.quote !== comma.quote) continue;
        // "…, das heißt", "…, das Geld sei weg": not a relative clause
        if (tokens[k + 1].lower === 'heißt' || (determinerOf(pronoun.lower) && beginsNounPhrase(analysis, s, k))) continue;
        if (!endsInVerb(analysis, s, k)) continue;
        // "…, das zeigt dass …": a demonstrative 'das' with its verb second refers to the whole clause before
        if (pronoun.lower === 'das' && canBeFinite(tokens[k + 1]) && k + 2 < s.tokenEnd && tokens[k + 2].kind === 'word') continue;
        const found = antecedent(analysis, s, k - 1);
        if (!found || (found.genders & RELATIVE[pronoun.lower]!) !== 0 || otherAntecedent(analysis, s, found.start, RELATIVE[pronoun.lower]!)) continue;
        const noun = tokens[k - 2];
        // the pronoun may still refer to something outside the clause: a hint, not a warning
        report({
          severity: 'hint',
          offset: tokens[found.start].offset,
          length: pronoun.end - tokens[found.start].offset,
          data: { pronoun: pronoun.text, noun: analysis.text.slice(tokens[found.start].offset, noun.end) },
        });
      }
    }
  },
};
