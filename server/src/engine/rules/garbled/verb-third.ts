import { WordClass } from '../../lexicon.js';
import type { Analysis, Sentence, Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { SUBJECT_PRONOUNS } from '../../analysis/function-words.js';
import { contractionOf, determinerOf, GENITIVE_ARTICLES, governedCases, nounHeadFeatures } from './noun-phrase.js';
import { canBeFinite, isCapitalized, isFiniteVerb, isInflectedAttribute, isLowerWord } from './verbs.js';

const W = WordClass;
/**
 * Adverbs that fill the first position on their own; focus particles ("auch", "nur", "sogar") are
 * left out, as they form one constituent with the noun phrase after them ("Auch die Polizei sagte").
 */
const FRONT_ADVERBS = new Set(
  `gestern heute damals jetzt zuvor danach später inzwischen zudem außerdem allerdings jedoch deshalb
   daher trotzdem dennoch stattdessen anschließend zunächst schließlich unterdessen derweil ebenfalls`.split(/\s+/),
);
/** Conjunctions of a subordinate clause that may fill the first position ("Wie ein Diplomat sagte, …"). */
const FRONT_SUBORDINATORS = new Set(['wie', 'als', 'nachdem', 'weil', 'obwohl', 'während', 'bevor', 'sobald', 'seit', 'seitdem']);
/** Most words of a phrase before "zufolge" looked at. */
const MAX_POSTPOSITION_PHRASE = 6;
/** Prepositions of a place name after a noun ("das Parlament in Kiew"). */
const PLACE_PREPOSITIONS = new Set(['in', 'aus']);
/** Most words of a fronted subordinate clause looked at (keeps the rule linear). */
const MAX_FRONTED_CLAUSE = 25;
/** Determiners that cannot be a genitive attribute of the phrase before them ("Am Tag der Wahl"). */
const SUBJECT_DETERMINERS = new Set(['die', 'das', 'ein', 'eine', 'kein', 'keine', 'diese', 'mehrere', 'viele', 'einige', 'alle']);
/** Determiners of an object that cannot be a genitive attribute either ("Der Kreml den Bericht dementierte"). */
const OBJECT_DETERMINERS = new Set(['den', 'dem', 'einen', 'einem']);
/** Feature bits (see noun-phrase.ts): the masculine nominative, and the genitives "der" opens (feminine, plural). */
const MASCULINE_NOMINATIVE = 1 << 0;
const DER_GENITIVES = (1 << 5) | (1 << 7);
const MAX_ADJECTIVES = 4;
/** How many genitive attributes may extend the fronted phrase. */
const MAX_GENITIVES = 2;
/** Nouns of two-word phrases that comment on the sentence and may stand before a comma: "Im Gegenteil,", "Zum Glück,". */
const COMMENT_PHRASES = new Set(['gegenteil', 'glück', 'übrigen', 'beispiel', 'ernst', 'grunde', 'tat', 'prinzip', 'klartext', 'fazit', 'ergebnis', 'vergleich']);

/** Index after a noun phrase [determiner] [adjectives] noun starting at k, or -1. */
function afterNounPhrase(tokens: readonly Token[], s: Sentence, k: number, determinerRequired: boolean): number {
  let m = k;
  if (m < s.tokenEnd && isLowerWord(tokens[m]) && determinerOf(tokens[m].lower)) m++;
  else if (determinerRequired) return -1;
  for (let n = 0; m < s.tokenEnd && n < MAX_ADJECTIVES && isInflectedAttribute(tokens[m]); n++) m++;
  return m < s.tokenEnd && isCapitalized(tokens[m]) ? m + 1 : -1;
}

/** What fills the first position of a main clause. */
interface FirstConstituent {
  end: number;
  /** A noun phrase with a determiner ("Der Minister"), rather than a prepositional phrase or an adverb. */
  nounPhrase: boolean;
  /** A subordinate clause with its comma ("Wie ein Diplomat sagte,"), after which a pronoun may be the subject too. */
  clause?: boolean;
}

/**
 * The first constituent: a prepositional phrase ("Am Samstag", "Nach dem Spiel", with genitive
 * attributes: "Nach Angaben des ukrainischen Militärs"; "Berichten zufolge"), a temporal adverb, a
 * noun phrase with a determiner ("Ein Sprecher der Kommission"), or a subordinate clause ("Wie ein
 * Diplomat sagte,").
 */
function firstConstituent(analysis: Analysis, s: Sentence): FirstConstituent | undefined {
  const { tokens } = analysis;
  const first = tokens[s.tokenStart];
  if (first.kind !== 'word') return undefined;
  if (FRONT_ADVERBS.has(first.lower)) return { end: s.tokenStart + 1, nounPhrase: false };
  const postposition = postpositionEnd(tokens, s);
  if (postposition > 0) return { end: postposition, nounPhrase: false };
  if (FRONT_SUBORDINATORS.has(first.lower)) {
    const end = afterFrontedClause(tokens, s);
    return end < 0 ? undefined : { end, nounPhrase: false, clause: true };
  }
  const nounPhrase = determinerOf(first.lower) !== undefined;
  if (!nounPhrase && !contractionOf(first.lower) && governedCases(first.lower) === undefined) return undefined;
  let end = afterNounPhrase(tokens, s, s.tokenStart + 1, false);
  for (let n = 0; end > 0 && n < MAX_GENITIVES && end < s.tokenEnd && GENITIVE_ARTICLES.has(tokens[end].lower); n++) {
    const attribute = afterNounPhrase(tokens, s, end, true);
    if (attribute < 0 || (tokens[end].lower === 'der' && onlyMasculineNominative(analysis, tokens[attribute - 1]))) break;
    end = attribute;
  }
  return end < 0 ? undefined : { end, nounPhrase };
}

/** Whether the lexicon knows the noun and none of its readings is a genitive that "der" could open. */
function onlyMasculineNominative(analysis: Analysis, noun: Token): boolean {
  const features = nounHeadFeatures(analysis, noun.text);
  return features !== undefined && (features & MASCULINE_NOMINATIVE) !== 0 && (features & DER_GENITIVES) === 0;
}

/**
 * Index of the comma that closes a fronted subordinate clause ("Wie ein Diplomat sagte,", "Nachdem
 * die Polizei eintraf,"), which must end in its finite verb; -1 when the clause is not of that shape.
 */
function afterFrontedClause(tokens: readonly Token[], s: Sentence): number {
  for (let k = s.tokenStart + 2; k < s.tokenEnd && k - s.tokenStart <= MAX_FRONTED_CLAUSE; k++) {
    const t = tokens[k];
    if (t.kind === 'word' || t.kind === 'number') continue;
    return t.text === ',' && isFiniteVerb(tokens, k - 1) ? k : -1;
  }
  return -1;
}

/** Index after a phrase closed by a postposition ("Berichten zufolge", "Den Angaben des Ministeriums zufolge"), or -1. */
function postpositionEnd(tokens: readonly Token[], s: Sentence): number {
  for (let k = s.tokenStart + 1; k < s.tokenEnd && k - s.tokenStart <= MAX_POSTPOSITION_PHRASE; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return -1;
    if (t.lower === 'zufolge') return k + 1;
  }
  return -1;
}

/** Index after a place that qualifies the noun before it ("das Parlament in Kiew"), `end` without one. */
function afterPlaceName(tokens: readonly Token[], s: Sentence, end: number): number {
  if (end < 0 || end + 1 >= s.tokenEnd || !PLACE_PREPOSITIONS.has(tokens[end].text)) return end;
  let m = end + 1;
  while (m < s.tokenEnd && m - end <= 2 && isCapitalized(tokens[m]) && (tokens[m].cls & W.NOUN) === 0) m++;
  return m > end + 1 ? m : end;
}

/** The finite verb in third place of a main clause: "Am Samstag die Behörden sagten, …". */
export const verbThird: Rule = {
  meta: {
    id: 'garbled/verb-third',
    category: 'garbled',
    defaultSeverity: 'warning',
    message: {
      de: '„{verb}“ steht an dritter Stelle nach „{front}“ und „{second}“: Im deutschen Hauptsatz steht das Verb an zweiter Stelle.',
      en: '"{verb}" comes third, after "{front}" and "{second}": in a German main clause the verb comes second.',
    },
    explanation: {
      de: 'Im Aussagesatz steht das konjugierte Verb an zweiter Stelle, nach genau einem Satzglied; nach einer vorangestellten Zeit- oder Ortsangabe folgt das Subjekt erst nach dem Verb („Am Samstag sagten die Behörden“), nach dem Subjekt das Objekt („Der Kreml dementierte den Bericht“). Die Wortstellung der Vorlage ist stehen geblieben.',
      en: 'In a German statement the finite verb comes second, after exactly one constituent; after a fronted time or place phrase the subject follows the verb ("Am Samstag sagten die Behörden"), after the subject the object ("Der Kreml dementierte den Bericht"). The word order of the source was kept.',
    },
    standard: STANDARDS.grammar,
    howToFix: {
      de: 'Das Verb an die zweite Stelle rücken, direkt nach dem ersten Satzglied.',
      en: 'Move the verb to second place, right after the first constituent.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s) || tokens[s.tokenStart].quote >= 0) continue;
      const constituent = firstConstituent(analysis, s);
      if (constituent === undefined || constituent.end >= s.tokenEnd) continue;
      const constituentEnd = constituent.end;
      // English punctuation after the fronted phrase: "Nach Angaben des Militärs, die Truppen rückten vor";
      // a set phrase of comment may take a comma ("Im Gegenteil, die Lage ist ernst")
      const comma = tokens[constituentEnd].text === ',';
      if (comma && constituentEnd - s.tokenStart === 2 && COMMENT_PHRASES.has(tokens[s.tokenStart + 1].lower)) continue;
      const front = comma ? constituentEnd + 1 : constituentEnd;
      if (front >= s.tokenEnd) continue;
      // a fronted subject with a comma is an apposition or a relative clause: "Der Minister, die Hände in den Taschen, …"
      if (comma && constituent.nounPhrase) continue;
      const secondStart = tokens[front];
      const pronoun = (!comma || constituent.clause === true) && !constituent.nounPhrase && isLowerWord(secondStart) && SUBJECT_PRONOUNS.has(secondStart.lower);
      // after the comma "der" cannot be a genitive of the fronted phrase: "Am Montag, der Kreml hat …";
      // after a fronted subject "den" and "dem" cannot be one either: "Der Kreml den Bericht dementierte"
      const determiner =
        SUBJECT_DETERMINERS.has(secondStart.lower) ||
        (secondStart.lower === 'der' && !constituent.nounPhrase) ||
        (constituent.nounPhrase && OBJECT_DETERMINERS.has(secondStart.lower));
      if (!pronoun && !(isLowerWord(secondStart) && determiner)) continue;
      const verb = pronoun ? front + 1 : afterPlaceName(tokens, s, afterNounPhrase(tokens, s, front, true));
      // without a comma "der" is a genitive attribute of the fronted phrase ("Am Tag der Wahl") unless
      // its noun can only be a masculine nominative ("Am Montag der Präsident reiste")
      if (!comma && secondStart.lower === 'der' && verb > 0 && !onlyMasculineNominative(analysis, tokens[verb - 1])) continue;
      if (verb < 0 || verb >= s.tokenEnd || !isFiniteVerb(tokens, verb)) continue;
      // a plural that is an infinitive too may end an infinitive group ("Am Samstag die Kinder abholen, …");
      // a finite verb goes on with its clause: "Berichten zufolge die Delegationen bereiten sich vor"
      if ((tokens[verb].cls & W.INFINITIVE) !== 0 && !(isLowerWord(tokens[verb + 1]) && (tokens[verb + 1].cls & (W.CONJ_COORD | W.CONJ_SUBORD)) === 0)) continue;
      // the words may be a relative clause that ends with its verb: "Nach dem Treffen, das Stunden dauerte, sagte er",
      // and after a fronted noun phrase one without its comma: "Die Frau die Blumen kaufte ging"
      // after a fronted phrase and its comma such a clause is followed by the main clause's verb; a pronoun
      // or article there opens a complement instead: "In einer Erklärung, die Regierung sagte, sie werde …"
      const clauseEnds = verb + 1 >= s.tokenEnd || tokens[verb + 1].kind === 'punct';
      const opener = tokens[verb + 2];
      const opensComplement = verb + 2 < s.tokenEnd && isLowerWord(opener) && !canBeFinite(opener) && (SUBJECT_PRONOUNS.has(opener.lower) || opener.lower === 'dass' || determinerOf(opener.lower) !== undefined);
      const complementAfter = comma && !constituent.nounPhrase && tokens[verb + 1]?.text === ',' && opensComplement;
      if ((comma || constituent.nounPhrase) && clauseEnds && !complementAfter) continue;
      report({
        offset: tokens[s.tokenStart].offset,
        length: tokens[verb].end - tokens[s.tokenStart].offset,
        data: {
          verb: tokens[verb].text,
          front: analysis.text.slice(tokens[s.tokenStart].offset, tokens[constituentEnd - 1].end),
          second: analysis.text.slice(secondStart.offset, tokens[verb - 1].end),
        },
      });
    }
  },
};
