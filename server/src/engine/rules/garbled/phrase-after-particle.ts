import { WordClass } from '../../lexicon.js';
import type { Analysis, Sentence, Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { determinerOf, governedCases, inCases } from './noun-phrase.js';
import { canBeFinite, isCapitalized, isInflectedAttribute, isLowerWord } from './verbs.js';

const W = WordClass;
/** How far a separable particle may stand from its verb ("lehnte eine Auskunft zu den Details ab"). */
const MAX_BRACKET = 8;
/** How far back a conjunction opening a subordinate clause is looked for (keeps the rule linear). */
const MAX_CLAUSE = 30;
/** Particles that are adverbs of time or manner too, free to stand before an object: "setzte gleich eine gute Marke". */
const ADVERB_PARTICLES = new Set(['gleich', 'weiter', 'wieder', 'fort', 'zusammen']);
/** Cases a particle that is also a preposition would govern; "ab" takes the accusative only in dates. */
const PARTICLE_CASES = new Map([['ab', inCases('D')]]);

/**
 * The finite verb whose separable particle token k is ("lehnte … ab"), when it is the verb of a main
 * clause: no conjunction or punctuation between them, and none opening a subordinate clause before it.
 */
function verbOfParticle(analysis: Analysis, s: Sentence, k: number): Token | undefined {
  const { tokens, lexicon } = analysis;
  const particle = tokens[k];
  for (let m = k - 1; m >= s.tokenStart && k - m <= MAX_BRACKET; m--) {
    const u = tokens[m];
    if (u.kind !== 'word' || u.quote !== particle.quote || (u.cls & (W.CONJ_COORD | W.CONJ_SUBORD)) !== 0) return undefined;
    if (!canBeFinite(u) || !lexicon.verbs(u.text).some((r) => r.prefix === particle.lower)) continue;
    for (let b = m - 1; b >= s.tokenStart && m - b <= MAX_CLAUSE && tokens[b].kind === 'word'; b--) {
      if ((tokens[b].cls & W.CONJ_SUBORD) !== 0) return undefined;
    }
    return u;
  }
  return undefined;
}

/**
 * Where the noun phrase after token k ends: a determiner, its inflected adjectives and a noun; -1
 * when no such phrase follows, or when the particle is a preposition and the determiner fits its
 * case ("legte vor dem Gericht Berufung ein" is a prepositional phrase).
 */
/** Numerals written as words that open a noun phrase without article. */
const CARDINALS = new Set('zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend'.split(' '));

export function phraseAfter(tokens: readonly Token[], s: Sentence, k: number, bare = false): number {
  const particle = tokens[k];
  const first = tokens[k + 1];
  if (k + 1 >= s.tokenEnd || first.quote !== particle.quote) return -1;
  // with `bare`, a phrase without article: "neue Sanktionen", "drei Panzer", "100 Soldaten"
  if (bare && (first.kind === 'number' || CARDINALS.has(first.lower) || (isInflectedAttribute(first) && (first.cls & W.ADVERB) === 0))) {
    let m = k + 2;
    while (m < s.tokenEnd && isInflectedAttribute(tokens[m])) m++;
    return m < s.tokenEnd && isCapitalized(tokens[m]) && tokens[m].quote === particle.quote ? m : -1;
  }
  if (!isLowerWord(first)) return -1;
  const determiner = determinerOf(first.lower);
  if (!determiner) return -1;
  const cases = PARTICLE_CASES.get(particle.lower) ?? ((particle.cls & W.PREPOSITION) !== 0 ? governedCases(particle.lower) : undefined);
  if ((particle.cls & W.PREPOSITION) !== 0 && (cases === undefined || (determiner.features & cases) !== 0)) return -1;
  let m = k + 2;
  while (m < s.tokenEnd && isInflectedAttribute(tokens[m])) m++;
  return m < s.tokenEnd && isCapitalized(tokens[m]) && tokens[m].quote === particle.quote ? m : -1;
}

/** A noun phrase after the particle that closed the main clause: "lehnte eine Auskunft ab irgendwelche Details". */
export const phraseAfterParticle: Rule = {
  meta: {
    id: 'garbled/phrase-after-particle',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: 'Nach der Verbpartikel „{particle}“ (zu „{verb}“) steht noch „{phrase}“: Die Satzklammer ist zerbrochen.',
      en: 'After the verb particle "{particle}" (of "{verb}") there is still "{phrase}": the sentence structure is broken.',
    },
    explanation: {
      de: 'Die abgetrennte Verbpartikel („lehnte … ab“) schließt den Hauptsatz. Folgt ihr ohne Komma noch eine Nominalgruppe, hat die Übersetzung die Wortstellung der Vorlage übernommen; wer was abgelehnt oder mitgeteilt hat, wird unklar.',
      en: 'The separated verb particle ("lehnte … ab") closes the main clause. A noun phrase that still follows it without a comma shows the translation kept the source word order; what was refused or announced becomes unclear.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Die Nominalgruppe vor die Partikel stellen oder den Satz neu formulieren.',
      en: 'Move the noun phrase before the particle or rewrite the sentence.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s)) continue;
      for (let k = s.tokenStart + 2; k + 2 < s.tokenEnd; k++) {
        const particle = tokens[k];
        // an adverb may stand before the object ("gab es wieder einen Zwischenfall"), an article begins one
        if (!isLowerWord(particle) || (particle.cls & (W.ARTICLE | W.PRONOUN | W.CONJ_COORD | W.CONJ_SUBORD | W.ADVERB)) !== 0 || ADVERB_PARTICLES.has(particle.lower)) continue;
        const end = phraseAfter(tokens, s, k);
        if (end < 0) continue;
        const verb = verbOfParticle(analysis, s, k);
        if (!verb) continue;
        const phrase = analysis.text.slice(tokens[k + 1].offset, tokens[end].end);
        report({ offset: particle.offset, length: tokens[end].end - particle.offset, data: { particle: particle.text, verb: verb.text, phrase } });
        k = end;
      }
    }
  },
};
