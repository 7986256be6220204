/**
 * Attributions: who said what, found by German clause structure.
 *
 * For each sentence the finder looks for cues: verbs of saying in any form (a separable particle
 * at the end of the clause, perfect, passive, Konjunktiv), the prepositions "laut", "zufolge",
 * "gemäß" and "nach" with a noun of saying, "unter Berufung auf", ", so X", "wonach", "demnach",
 * "heißt es", "wurde bekannt". Next to each cue it finds the source (the Vorfeld when that is a noun
 * phrase, else the first noun phrase after the verb; the agent of a passive; the relative pronoun
 * of a relative clause) and the message (the complement clause, the quotation before or after, the
 * rest of the clause around a prepositional cue, or the whole sentence of a reported act). A
 * source's kind comes from its head noun; a pronoun takes the kind of the source it refers to.
 * Konjunktiv I and quotations then carry an attribution into the following sentences as statements
 * that continue it, until the text moves on.
 *
 * Every scan is bounded (CLAUSE_REACH, NP_REACH tokens), so the work stays linear in the text.
 */
import { FINITE, WordClass, type Lexicon, type NounReading, type VerbReading } from '../lexicon.js';
import type { Attribution, SourceKind, Span } from '../types.js';
import {
  ANAPHORIC_DETERMINERS,
  ANAPHORIC_PRONOUNS,
  ANONYMITY_MODIFIERS,
  ACCORDING_TO_NOUNS,
  ANONYMOUS_HEADS,
  CLAIM_NOUNS,
  INFORMING_VERBS,
  KNOWN_OUTLETS,
  NOT_ANONYMOUS_HEADS,
  OBJECT_SOURCE_VERBS,
  POSTPOSED_NACH_NOUNS,
  REPORTING_PARTICLES,
  SAYING_NOUNS,
  SPEAKER_SUBJECT_PASSIVES,
  SPEECH_VERBS,
  SPOKESPERSON_HEADS,
  SUPPOSITION_VERBS,
  THOUGHT_VERBS,
  TIME_NOUNS,
  VAGUE_HEADS,
  VERBS_WITH_PREPOSITION,
} from './cues.js';
import { RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS } from './function-words.js';
import { SpellingAnswers } from './spelling-answers.js';
import type { Analysis, Quotation, Sentence, Token } from './model.js';

const W = WordClass;
/** The reporting lemmas and every ending of them a particle can complete ("teilen" of "mitteilen"). */
const REPORTING_LEMMA_ENDINGS = new Set<string>();
for (const lemma of [...SPEECH_VERBS, ...THOUGHT_VERBS]) {
  for (let k = 0; k < lemma.length; k++) REPORTING_LEMMA_ENDINGS.add(lemma.slice(k));
}
/** Tokens a scan for one part of a reporting clause may cover. */
const CLAUSE_REACH = 40;
/** Tokens of one noun phrase, appositions included. */
const NP_REACH = 25;
/** A quotation of at most this many words inside a noun phrase is a name („Der Spiegel“). */
const QUOTED_NAME_WORDS = 6;
const PARENTHESIS_REACH = 12;
/** Tokens of a prepositional phrase that ends an apposition (", Professor am Institut für Physik,"). */
const APPOSITION_PHRASE_REACH = 8;
/** Tokens from the preposition that opens an extended attribute to its participle ("einer am 3. Mai veröffentlichten"). */
const EXTENDED_ATTRIBUTE_REACH = 9;
/** Candidates after a reporting clause among which a coordinated second one is looked for. */
const COORDINATION_REACH = 8;
/** Sentences back in which a pronoun finds the source it stands for. */
const ANTECEDENT_SENTENCES = 4;
/** Sentences, and tokens at most, back in which "dem Bericht" finds the report it refers to. */
const MENTION_SENTENCES = 3;
/** Labels before a colon that name no speaker: "Foto: dpa", "Update: …". */
const NON_SPEAKER_LABELS = new Set(
  'foto fotos bild bilder grafik video audio quelle quellen update aktualisierung korrektur hinweis anmerkung fazit achtung tipp info stand ort datum autor autorin mehr lesen tags themen'.split(' '),
);
/** Most words of an interview turn's label ("Frage:", "Olaf Scholz:"). */
const MAX_LABEL_WORDS = 3;
/** Forms of the definite article that open a document phrase. */
const DEFINITE_ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);
const MENTION_REACH = 200;

type Range = [number, number];

/** Punctuation that ends a clause inside a sentence (a period inside a sentence closes an abbreviation or ordinal). */
const CLAUSE_BREAKS = new Set([':', ';', '–', '—', '-']);
const SENTENCE_FINAL = new Set(['.', '!', '?', '…', '...']);
const TRAILING_PUNCT = new Set(['.', '!', '?', '…', '...', ':', ';', ',', '–', '—', '-']);
const PASSIVE_AUX = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'würde', 'würden', 'werde']);
/** Forms of "werden" whose passive tells what is to happen (present for the future, conditional). */
const UPCOMING_PASSIVE_AUX = new Set(['wird', 'werden', 'würde', 'würden']);
/** Words that open an indirect question: its content asks, it claims nothing. */
const QUESTION_OPENERS = new Set(['ob', 'wer', 'wen', 'wem', 'wessen', 'was', 'wann', 'wo', 'wie', 'warum', 'weshalb', 'wieso', 'welcher', 'welche', 'welches', 'welchen', 'welchem']);
const CAUSATIVE = new Set(['ließ', 'ließen', 'lässt', 'lassen', 'ließe']);
const COORDINATORS = new Set(['und', 'oder', 'aber', 'sowie', 'sondern', 'doch']);
/** Reporting verbs whose reflexive use reports nothing: "bestätigt sich", "stellte sich heraus". */
const REFLEXIVE_NOT_REPORTING = new Set(['bestätigen', 'herausstellen', 'nennen']);
const REFLEXIVE = new Set(['sich']);
/** Endings of web addresses that news text names as sources ("tagesschau.de", "space.com"). */
const TOP_LEVEL_DOMAINS = new Set(['de', 'at', 'ch', 'com', 'org', 'net', 'eu', 'info', 'uk', 'fr', 'it', 'ru', 'nl']);
/** Lower-case words inside English names ("University of Toronto", "Bureau for Statistics"). */
const ENGLISH_NAME_JOINERS = new Set(['of', 'for', 'and']);
/** Adverbs among the anaphoric words: "demnach" stands for a source but is no noun phrase. */
const ANAPHORIC_ADVERBS = new Set(['demnach', 'demzufolge']);
/** Determiners that no nominative takes. */
const OBLIQUE_DETERMINERS = new Set(['den', 'einen', 'keinen', 'seinen', 'ihren', 'meinen', 'deinen', 'unseren', 'euren', 'diesen', 'jenen', 'jeden', 'welchen']);
/** Tokens of the sentence before that are searched for a document. */
const DOCUMENT_SCAN = 60;
/** Pronouns that are determiners before a noun ("diese Woche", "ihr Haus"). */
const DETERMINER_PRONOUNS = new Set(['dieser', 'diese', 'ihr', 'ihm']);
/** Verbs of naming: with impersonal "man" and no complement they define a word. */
const NAMING_VERBS = new Set(['nennen', 'bezeichnen']);
/** Tokens after the start of a message in which an inserted reporting clause may end it. */
const MESSAGE_CUT_REACH = 60;
/** Words that may follow a zu-infinitive that ends a complement: a second infinitive joins it. */
const INFINITIVE_JOINERS = new Set(['und', 'oder', 'um', 'ohne', 'statt', 'anstatt']);
/** Conjunctions that join the last member of a list of noun phrases ("Frankreich, Italien und Spanien"). */
const LIST_COORDINATORS = new Set(['und', 'oder', 'sowie']);
/** Members of such a list looked at before the coordinated one. */
const LIST_MEMBERS = 6;
const DATIVE_PRONOUNS = new Set(['ihm', 'ihr', 'ihnen']);
const OBJECT_PRONOUNS = new Set(['ihm', 'ihr', 'ihnen', 'ihn', 'uns', 'mir', 'dir', 'euch', 'sich']);
const DEMONSTRATIVE_OBJECTS = new Set(['dies', 'das', 'dieses']);
/** Words that open a noun phrase in the dative or accusative: such a Vorfeld is an object. */
const OBLIQUE_OPENERS = new Set(['dem', 'einem', 'diesem', 'des', 'eines', 'ihm', 'ihn', 'ihnen', 'mir', 'uns']);
/** Prepositions that attach a phrase inside a source ("Patrick Kamanda von der Umwelt-Behörde", "Quellen in Russland"). */
const NP_PREPOSITIONS = new Set(['von', 'vom', 'aus', 'in', 'im', 'bei', 'beim', 'für', 'zum', 'zur', 'mit', 'über']);
/** Words that open a complement clause after a verb of saying. */
const COMPLEMENT_OPENERS = new Set([
  'dass', 'daß', 'ob', 'wie', 'wo', 'warum', 'wieso', 'weshalb', 'wer', 'was', 'wann', 'inwieweit', 'inwiefern', 'welche', 'welcher', 'welches', 'wonach',
]);
const NUMERALS = new Set('zwei drei vier fünf sechs sieben acht neun zehn elf zwölf hundert tausend mehrere einige viele beide beiden zahlreiche weitere andere anderen'.split(' '));
/** "Personen mit engen Verbindungen": "nicht" inside "nicht genannte". */
const NOMINAL_PARTICLES = new Set(['nicht', 'weiter', 'näher']);
/** Case/number bits of `NounReading.caseNumber` (see lexicon.ts). */
const NOMINATIVE_SINGULAR = 1 << 0;
const NOMINATIVE_PLURAL = 1 << 1;
const GENITIVE_SINGULAR = 1 << 2;
const GENITIVE_PLURAL = 1 << 3;
const ACCUSATIVE_SINGULAR = 1 << 6;
const CLOSED_CLASSES = W.ARTICLE | W.PRONOUN | W.PREPOSITION | W.CONJ_SUBORD | W.CONJ_COORD | W.ADVERB | W.AUXILIARY | W.MODAL;
/** "Hierzu", "Daraufhin", "Dabei": adverbs made of da-/hier-/wo- and a preposition. */
const PRONOMINAL_ADVERB = /^(?:hier|da|dar|wo|wor)(?:zu|bei|mit|für|auf|aus|über|nach|von|vor|um|durch|gegen|in|an|unter|neben|hinter|zwischen)(?:hin)?$/;
/** Focus particles that may precede the subject in the Vorfeld: "Auch einige kleinere Parteien haben …". */
const FOCUS_PARTICLES = new Set(['auch', 'nur', 'selbst', 'sogar', 'insbesondere', 'besonders', 'gerade', 'allein', 'ausgerechnet']);
const NEGATIONS = new Set(['nicht', 'kaum', 'wenig', 'nie', 'niemals', 'keineswegs']);
/** "ist bekannt", "wurde bekannt", "war bekannt geworden": forms of sein and werden around "bekannt". */
const BEKANNT_AUXILIARIES = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'wäre', 'wurde', 'wird', 'worden', 'geworden']);
/** Participles of planning that state a plan with impersonal "es": "Es ist geplant, dass …". */
const PLAN_PARTICIPLES = new Set(['geplant', 'vorgesehen', 'beabsichtigt', 'angedacht']);
/** Infinitives of perceiving after "ist zu": "ist zu hören", "war zu lesen". */
const HEARSAY_INFINITIVES = new Set(['hören', 'lesen', 'vernehmen']);
/** Endings of an inflected adjective or participle. */
const INFLECTED_ENDING = /(?:e|en|er|es|em)$/;
/** Adverbs that claim what follows is known to all: "Bekanntlich ist …". */
const COMMON_KNOWLEDGE_ADVERBS = new Set(['bekanntlich', 'bekanntermaßen', 'bekanntermassen']);
/** Finite forms of "gelten", whose "als" + judgement with a complement is a vague cue ("Es gilt als sicher, dass"). */
const GELTEN_FORMS = new Set(['gilt', 'galt', 'gelte', 'gälte', 'gelten', 'galten']);
/** Prepositions fused with a definite article: "vom Sprecher" is "von dem Sprecher". */
const CONTRACTED_DEFINITE = new Set(['vom', 'zum', 'zur', 'beim', 'im', 'am']);
/** Prepositions before the document or circle a statement comes from ("in dem Bericht", "aus Regierungskreisen"). */
const DOCUMENT_PREPOSITIONS = new Set(['in', 'im', 'auf', 'aus', 'bei', 'beim', 'von', 'vom']);
/** Nouns of hearsay that never have an owner: "dem Vernehmen nach", "Gerüchten zufolge". */
const HEARSAY_NOUNS = new Set(['Vernehmen', 'Hörensagen', 'Gerüchte', 'Gerüchten']);
/** Determiners of a genitive phrase that can be other cases too: decided by the noun after them. */
const GENITIVE_DETERMINERS = new Set(['der', 'einer', 'aller', 'beider', 'einiger', 'mehrerer', 'vieler', 'zahlreicher', 'dieser', 'jener', 'seiner', 'ihrer', 'unserer']);
/** Titles written with a period inside names ("Prof. Dr. Matthias Beckmann"). */
const TITLES = new Set(['Dr', 'Prof', 'St', 'Hr', 'Fr', 'Mr', 'Mrs', 'Ms', 'Gen', 'Col', 'Sen', 'Rep', 'Gov', 'Jr', 'Ing', 'Dipl']);
/** Verbs of thinking whose object is what is thought: "Analysten erwarten höhere Zinsen". */
const CONTENT_OBJECT_VERBS = new Set(['erwarten', 'befürchten', 'fürchten', 'vermuten', 'bezweifeln', 'prognostizieren']);
/** Endings of adverbs and adverbial participles: "monatelang", "relativierend", "möglicherweise". */
const ADVERB_SUFFIX = /(?:end|lang|weise|mals|falls|seits|dings|lings|wärts)$/;
/** Verbs whose subject holds the opinion named by their object or predicate: "ist der Meinung", "vertritt die Ansicht", "teilt die Auffassung". */
const OPINION_VERBS = new Set([
  'ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären', 'vertritt', 'vertreten', 'vertrat', 'vertraten', 'teilt', 'teilen', 'teilte', 'teilten',
]);
/** Particles that older spelling writes apart even before a finite verb at the end of its clause: "bekannt gab". */
const APART_PARTICLES = new Set(['bekannt', 'fest', 'klar', 'richtig']);
/** Words before a "nach" of time: "kurz nach", "erst nach", "Tage nach". */
const BEFORE_TEMPORAL_NACH = new Set(['kurz', 'erst', 'bereits', 'schon', 'unmittelbar', 'gleich', 'sofort', 'noch', 'direkt', 'bald', 'spätestens', 'frühestens']);
/** Nouns that take "nach" as their object: "die Forderung nach", "die Suche nach". */
const NOUNS_WITH_NACH = new Set(['Forderung', 'Forderungen', 'Suche', 'Ruf', 'Rufe', 'Nachfrage', 'Wunsch', 'Streben', 'Sehnsucht', 'Bedarf', 'Verlangen', 'Jagd', 'Appell', 'Appelle']);
/** Adjectives of how long or thorough an inquiry was: "nach umfangreichen Ermittlungen" tells when, not whose. */
const EXTENT_ADJECTIVE = /^(?:eingehend|umfangreich|intensiv|gründlich|langwierig|monatelang|jahrelang|wochenlang|tagelang|ausführlich|sorgfältig|erfolglos|technisch)/;
/** Indefinite pronouns that stand for nobody in particular: "Viele befürchten", "Andere sagen". */
const INDEFINITE_SOURCES = new Set(['viele', 'manche', 'einige', 'andere', 'mehrere', 'etliche', 'wenige']);
/** The indefinite article before a source: "ein Berater des Präsidenten" is one of several, not named. */
const INDEFINITE_ARTICLES = new Set(['ein', 'eine', 'einem', 'einen', 'eines', 'einer']);
/**
 * Endings of nouns for people by their role or trade ("Berater", "Journalist", "Kommandeur",
 * "Kommentator", "Polizistin", "einem Soldaten"); with an indefinite article they leave the
 * person unnamed.
 */
const PERSON_NOUN_ENDING = /(?:ler|iker|ner|ist|eur|tor|soldat|offizier|arzt|ärztin|mitglied|kommissar|kollege|zeuge)(?:in|innen|n|en)?$/u;
/** An agent noun in -er, whose stem is a verb's ("Berater", "Sachbearbeiter"), with its endings. */
const AGENT_ENDING = /er(?:in|innen|n)?$/u;
/** Subordinators of adverbial clauses, which a main clause may enclose before its verb particle ("warf …, nachdem …, vor"). */
const ADVERBIAL_SUBORDINATORS = new Set(['nachdem', 'weil', 'als', 'wenn', 'obwohl', 'obgleich', 'da', 'während', 'bevor', 'seitdem', 'sobald', 'solange', 'falls', 'indem']);
/** Lower-case particles inside personal names that are no German words: "Thomas de Maizière", "Osama bin Laden". */
const NAME_PARTICLES = new Set(['van', 'de', 'da', 'di', 'del', 'della', 'du', 'dos', 'le', 'la', 'ter', 'ten', 'bin', 'ibn', 'al', 'el']);
/** Articles that before a masculine singular noun mark the nominative ("der Minister", "ein Sprecher"). */
const MASCULINE_NOMINATIVE_ARTICLES = new Set(['der', 'ein', 'kein', 'dieser', 'jener']);
/** Verb forms that news text uses as adverbs: "äußerst wichtig" (not "du äußerst"). */
const ADVERB_HOMOGRAPHS = new Set(['äußerst']);
/** Prepositions of the topic between a speaker and the colon: "Nina Hagen zur neuen Heimat: „…“". */
const TOPIC_PREPOSITIONS = new Set(['zur', 'zum', 'zu', 'über', 'nach', 'vor', 'bei', 'beim']);
/** Konjunktiv II auxiliaries and modals that stand in for the Konjunktiv I in reported speech. */
const KONJUNKTIV_TWO_AUXILIARIES = new Set(['würde', 'würden', 'hätte', 'hätten', 'wäre', 'wären', 'könnte', 'könnten', 'müsste', 'müssten', 'dürfte', 'dürften']);
/** Words that add one more quotation of the speaker before: "Und: „…“". */
const ADDING_WORDS = new Set(['und', 'außerdem', 'ferner', 'weiter', 'zudem']);
/** Adverbs between a speaker and the colon before the quotation: "Koppelin wörtlich: „…“". */
const SPEAKER_COLON_ADVERBS = new Set(['wörtlich', 'dazu', 'damals', 'später', 'weiter', 'abschließend', 'zusammenfassend', 'knapp', 'trocken', 'lakonisch']);
/** Adverbs that make "gesagt" a comment on wording: "ehrlich gesagt", "anders gesagt". */
const MANNER_OF_SAYING = new Set(['ehrlich', 'offen', 'kurz', 'grob', 'anders', 'nebenbei', 'genauer', 'salopp', 'vereinfacht', 'gelinde', 'zugespitzt', 'allgemein']);
/** Verbs by which a claim exists without a speaker: "Einigkeit besteht darüber, dass", "herrscht die Meinung vor". */
const EXISTENCE_VERBS = new Set(['besteht', 'bestehen', 'bestand', 'bestanden', 'herrscht', 'herrschen', 'herrschte', 'herrschten']);
const BERUFUNG_VERBS = new Set(['beruft', 'berufen', 'berief', 'beriefen', 'gestützt', 'stützt', 'stützte', 'stützen', 'basierend', 'bezugnehmend']);

function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word';
}

function isCapitalized(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  // "81-Jährige", "3-D-Drucker": a number joined to a noun is as capitalised as the noun
  if (code >= 0x30 && code <= 0x39) {
    const hyphen = t.text.indexOf('-');
    return hyphen > 0 && hyphen + 1 < t.text.length && isCapitalAt(t.text, hyphen + 1);
  }
  return isCapitalAt(t.text, 0);
}

function isCapitalAt(text: string, i: number): boolean {
  // ASCII answered without allocating; beyond it a titlecase letter ("ǅ") is not capitalised, which `Token.shape` cannot tell
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = text[i];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** `Heads` lists made so far (each numbers itself by it). */
let headsLists = 0;

/** Lower-cased heads, looked up by suffix: one lookup per position of the word, whatever the list's length. */
class Heads {
  /** Number of the list, for answers kept per list and spelling (see `AttributionFinder.ends`). */
  readonly id = headsLists++;
  private readonly set: ReadonlySet<string>;
  private readonly longest: number;
  private readonly shortest: number;

  constructor(words: Iterable<string>) {
    this.set = new Set([...words].map((w) => w.toLowerCase()));
    const lengths = [...this.set].map((w) => w.length);
    this.longest = Math.max(...lengths);
    this.shortest = Math.min(...lengths);
  }

  /** The lower-cased word is one of the heads or a compound ending in one ("regierungskreisen", "us-beamte", "medienberichten"). */
  endsOne(lower: string): boolean {
    for (let k = Math.max(0, lower.length - this.longest); k <= lower.length - this.shortest; k++) {
      if ((k === 0 || k > 2 || lower.charCodeAt(k - 1) === 0x2d) && this.set.has(lower.slice(k))) return true;
    }
    return false;
  }
}

const ANONYMOUS_SOURCES = new Heads(ANONYMOUS_HEADS);
const NOT_ANONYMOUS_SOURCES = new Heads(NOT_ANONYMOUS_HEADS);
const SPOKESPEOPLE = new Heads(SPOKESPERSON_HEADS);
const VAGUE_SOURCES = new Heads(VAGUE_HEADS);
const SAYING = new Heads(SAYING_NOUNS);
const CLAIMS = new Heads(CLAIM_NOUNS);
const ACCORDING_TO = new Heads(ACCORDING_TO_NOUNS);
const MEDIA = new Heads(['zeitung', 'nachrichtenagentur', 'presseagentur', 'magazin', 'sender', 'fernsehen', 'blatt', 'journalisten', 'reportern', 'presse']);
const HEADS_LISTS = headsLists;

/** An uninflected adjective or adverb that may qualify an attribute after it ("gut" in "gut unterrichteten"). */
function isDegreeWord(t: Token): boolean {
  return (t.cls & (W.ADJECTIVE | W.ADVERB)) !== 0 && (t.cls & (W.PREPOSITION | W.CONJ_COORD | W.CONJ_SUBORD)) === 0 && !INFLECTED_ENDING.test(t.lower);
}

function isOpeningQuote(tokens: readonly Token[], quotations: readonly Quotation[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'quote' && t.quote >= 0 && quotations[t.quote].tokenStart === i;
}

interface Candidate {
  sentence: number;
  cue: Range;
  source: Range | null;
  /** null: decided later (a pronoun's antecedent, or named by default). */
  kind: SourceKind | null;
  /** The source refers back: a pronoun, "der Sprecher", "nach eigenen Angaben", "demnach". */
  anaphoric: boolean;
  /** The kind comes from a document noun ("laut einer Aussage"): a named source in the same sentence wins. */
  documentOnly: boolean;
  message: Range | null;
}

interface Classified {
  kind: SourceKind | null;
  anaphoric: boolean;
  documentOnly: boolean;
}

/** Where a verb stands: the clause it belongs to and what its Vorfeld tells. */
interface ClauseInfo {
  kind: 'main' | 'subordinate' | 'relative';
  /** The subordinator or relative pronoun; for a main clause the first token of the Vorfeld. */
  start: number;
  /** A main clause's Vorfeld constituent, relative clauses left out ("In der Vorabversion des Berichts"). */
  vorfeld: Range | null;
  /** A main clause whose Vorfeld is a noun phrase: that phrase, the subject. */
  vorfeldSubject: Range | null;
  /** The Vorfeld is a lone pronoun object ("Dies bestätigte der Minister"). */
  pronounObject: boolean;
  /** What precedes a clause that opens with its verb and may be its message: a quotation or a clause. */
  before: Range | null;
}

const NAMED: Classified = { kind: 'named', anaphoric: false, documentOnly: false };
const ANAPHORIC: Classified = { kind: null, anaphoric: true, documentOnly: false };
const VAGUE: Classified = { kind: 'vague', anaphoric: false, documentOnly: false };
const ANONYMOUS: Classified = { kind: 'anonymous', anaphoric: false, documentOnly: false };

export class AttributionFinder {
  private readonly tokens: Token[];
  private readonly lexicon: Lexicon;
  private readonly namedSources: string[];
  /** Sentence being searched, and the index of its last word or number. */
  private s!: Sentence;
  private lastWord = -1;
  /** The colons right before an opening quotation mark, in text order (see `speakerColonCue`). */
  private readonly colonsBeforeQuotes: Int32Array;

  /** Sentences that open an interview turn ("Müller: Wir werden …"), mapped to the colon after the speaker's label. */
  private readonly turnColons: Map<number, number>;

  /** For each quotation, itself while no statement has it, else a later quotation to look at (see `nextUnlinked`). */
  private readonly unlinkedAfter: Int32Array;

  /** `Heads` answers per spelling of the text, one question per list. */
  private readonly headAnswers: SpellingAnswers;

  /** `mayBeReporting` per spelling of the text. */
  private readonly reportingAnswers: SpellingAnswers;
  /** Lexicon readings looked up once per spelling of the text. */
  private readonly nounReadings: (readonly NounReading[] | undefined)[];
  private readonly verbReadings: (readonly VerbReading[] | undefined)[];

  constructor(private readonly analysis: Analysis) {
    this.tokens = analysis.tokens;
    this.lexicon = analysis.lexicon;
    this.namedSources = analysis.config.namedSources.map((n) => n.toLowerCase());
    const colons = analysis.quotations
      .filter((q) => this.tokens[q.tokenStart - 1]?.text === ':' && isOpeningQuote(this.tokens, analysis.quotations, q.tokenStart))
      .map((q) => q.tokenStart - 1);
    this.colonsBeforeQuotes = Int32Array.from(colons).sort();
    this.headAnswers = new SpellingAnswers(analysis.spellings.length, HEADS_LISTS);
    this.reportingAnswers = new SpellingAnswers(analysis.spellings.length);
    this.nounReadings = new Array(analysis.spellings.length);
    this.verbReadings = new Array(analysis.spellings.length);
    this.unlinkedAfter = Int32Array.from(analysis.quotations, (q, i) => (q.attribution < 0 ? i : i + 1));
    this.turnColons = this.interviewTurns();
  }

  /**
   * Paragraphs that open with a label of one to three capitalised words and a colon that opens two
   * paragraphs or more ("Frage: …", "Müller: …"): the turns of an interview, each its speaker's.
   */
  private interviewTurns(): Map<number, number> {
    const { tokens, analysis } = this;
    const byLabel = new Map<string, [number, number][]>();
    for (const s of analysis.sentences) {
      if (s.index > 0 && analysis.sentences[s.index - 1].block === s.block) continue;
      let k = s.tokenStart;
      while (k < s.tokenEnd && k - s.tokenStart < MAX_LABEL_WORDS && isWord(tokens[k]) && isCapitalized(tokens[k]) && tokens[k].quote < 0) k++;
      if (k === s.tokenStart || k + 1 >= s.tokenEnd || tokens[k].text !== ':' || tokens[k + 1].kind === 'quote') continue;
      if (analysis.blocks[s.block].kind !== 'body' || NON_SPEAKER_LABELS.has(tokens[s.tokenStart].lower)) continue;
      const label = analysis.text.slice(tokens[s.tokenStart].offset, tokens[k - 1].end);
      const turns = byLabel.get(label);
      if (turns) turns.push([s.index, k]);
      else byLabel.set(label, [[s.index, k]]);
    }
    const colons = new Map<number, number>();
    for (const turns of byLabel.values()) if (turns.length >= 2) for (const [sentence, colon] of turns) colons.set(sentence, colon);
    return colons;
  }

  /** An interview turn: its label is the source, the rest of the paragraph the message. */
  private interviewTurnCue(i: number): Candidate | undefined {
    const colon = this.turnColons.get(this.s.index);
    if (colon === undefined || i !== this.s.tokenStart) return undefined;
    const { sentences } = this.analysis;
    let last = this.s.index;
    while (last + 1 < sentences.length && sentences[last + 1].block === this.s.block) last++;
    const end = sentences[last].tokenEnd;
    const source: Range = [i, colon];
    return this.candidate([colon, colon + 1], source, NAMED, [colon + 1, end]);
  }

  run(): void {
    const candidates: Candidate[] = [];
    for (const sentence of this.analysis.sentences) {
      this.enter(sentence);
      this.findInSentence(candidates);
    }
    this.resolve(candidates);
  }

  private enter(s: Sentence): void {
    this.s = s;
    this.lastWord = s.tokenStart - 1;
    for (let k = s.tokenEnd - 1; k >= s.tokenStart; k--) {
      if (this.tokens[k].kind === 'word' || this.tokens[k].kind === 'number') {
        this.lastWord = k;
        break;
      }
    }
  }

  /** `heads.endsOne` for a token, asked once per spelling of the text. */
  private ends(heads: Heads, t: Token): boolean {
    if (t.spelling < 0) return heads.endsOne(t.text.toLowerCase());
    return this.headAnswers.answer(t.spelling, heads.id) ?? this.headAnswers.remember(t.spelling, heads.endsOne(t.lower), heads.id);
  }

  private nounsOf(t: Token): readonly NounReading[] {
    if (t.spelling < 0) return this.lexicon.nouns(t.text);
    let readings = this.nounReadings[t.spelling];
    if (readings === undefined) {
      readings = this.lexicon.nouns(t.text);
      this.nounReadings[t.spelling] = readings;
    }
    return readings;
  }

  private verbsOf(t: Token): readonly VerbReading[] {
    if (t.spelling < 0) return this.lexicon.verbs(t.text);
    let readings = this.verbReadings[t.spelling];
    if (readings === undefined) {
      readings = this.lexicon.verbs(t.text);
      this.verbReadings[t.spelling] = readings;
    }
    return readings;
  }

  // -------------------------------------------------------------------------------------------
  // Word classes in context

  /** The word stands where any word is capitalised: first in its sentence, after an opening quote, colon or bracket. */
  private atCapitalStart(i: number): boolean {
    if (i === this.s.tokenStart) return true;
    const prev = this.tokens[i - 1];
    return prev.kind === 'quote' || prev.text === ':' || prev.text === '(' || prev.text === '–';
  }

  /** A finite verb form (not a capitalised noun, not a closed-class word that merely looks finite). */
  private isFinite(i: number): boolean {
    const t = this.tokens[i];
    if (!isWord(t) || (t.cls & FINITE) === 0) return false;
    if (t.cls & (W.PRONOUN | W.PREPOSITION | W.CONJ_SUBORD | W.CONJ_COORD)) return false;
    if ((t.cls & W.ARTICLE) !== 0 && !this.isDeterminerVerb(i)) return false;
    if (isCapitalized(t) && !(this.atCapitalStart(i) && (t.cls & W.NOUN) === 0)) return false;
    // "die betonte Silbe": an adjective reading between a determiner (or adjective) and a noun
    if ((t.cls & W.ADJECTIVE) === 0 || !this.isNounAt(i + 1)) return true;
    const prev = this.tokens[i - 1];
    if (prev?.kind === 'number' || NUMERALS.has(prev?.lower ?? '')) return false;
    // "Das berichteten Mitarbeiter": after "das" an adjective would end in -e, and it would need a neuter noun ("Das erklärte General X")
    // "Das erklärte Hans Berg", "Das kritisierte Greenpeace": a name after it takes no article and adjective
    if (prev?.lower === 'das' && (t.lower.endsWith('en') || !this.canBeNeuterSingular(i + 1) || this.isNameLike(this.tokens[i + 1]))) return true;
    return !(isWord(prev) && (prev.cls & (W.ARTICLE | W.PREPOSITION | W.ADJECTIVE)) !== 0 && !this.isNounAt(i - 1));
  }

  /**
   * A determiner that is also a form of a reporting verb ("meinen") used as the verb: no noun or adjective follows it
   * ("meinen die Forscher", "meinen, dass"), as one would after "meinen Bruder".
   */
  private isDeterminerVerb(i: number): boolean {
    const t = this.tokens[i];
    if (!this.verbsOf(t).some((r) => r.prefix === undefined && this.isReportingLemma(r.lemma))) return false;
    const next = this.tokens[i + 1];
    if (next === undefined || i + 1 >= this.s.tokenEnd) return true;
    if (!isWord(next)) return next.kind === 'punct' || next.kind === 'quote';
    if (this.isNounAt(i + 1)) return false;
    return (next.cls & (W.ARTICLE | W.PRONOUN | W.ADVERB | W.PREPOSITION | W.CONJ_COORD | W.CONJ_SUBORD)) !== 0 && (next.cls & (W.ADJECTIVE | W.PARTICIPLE | W.PARTICIPLE1)) === 0;
  }

  /** The noun at `k` can be a neuter singular nominative or accusative (or is unknown to the lexicon). */
  private canBeNeuterSingular(k: number): boolean {
    const readings = this.nounsOf(this.tokens[k]);
    return readings.length === 0 || readings.some((r) => r.gender === 'N' && (r.caseNumber & (NOMINATIVE_SINGULAR | ACCUSATIVE_SINGULAR)) !== 0);
  }

  /** A capitalised noun or name (not a sentence-initial function word or verb). */
  private isNounAt(i: number): boolean {
    const t = this.tokens[i];
    if (!isWord(t)) return false;
    // "eBay", "iPod", "ai-Bericht": names and compounds written with an inner capital
    if (!isCapitalized(t)) return t.text !== t.lower && /^\p{Ll}[\p{L}\d]*(?:\p{Lu}|-\p{Lu})/u.test(t.text) && (t.cls & CLOSED_CLASSES) === 0;
    if (!this.atCapitalStart(i)) return true;
    if ((t.cls & (W.ADJECTIVE | W.PARTICIPLE | W.ADVERB)) !== 0 && (t.cls & W.NOUN) === 0) return false;
    if ((t.cls & CLOSED_CLASSES) !== 0 || NUMERALS.has(t.lower) || PRONOMINAL_ADVERB.test(t.lower)) return false;
    if (t.cls & W.NOUN) return !this.isInitialAdjective(i);
    if (t.cls & W.GERMAN_OTHER) return false;
    return (t.cls & (CLOSED_CLASSES | FINITE)) === 0 && !this.isInitialAdjective(i);
  }

  /**
   * "Russischen Quellen zufolge", "Südsudanesische Vertreter sagten": a capitalised first word
   * before a noun that is an adjective in lower case, or unknown with an adjective's suffix.
   */
  private isInitialAdjective(i: number): boolean {
    const t = this.tokens[i];
    if (!/(?:e|en|er|es|em)$/.test(t.lower) || !this.isNounAt(i + 1)) return false;
    const lower = this.lexicon.classes(t.lower);
    if (lower === 0) return /(?:isch|lich|ig)(?:e|en|er|es|em)$/.test(t.lower);
    return (lower & W.ADJECTIVE) !== 0 && (lower & W.NOUN) === 0;
  }

  /** A word that may stand inside a noun phrase before or between its nouns. */
  private isNominal(i: number): boolean {
    const t = this.tokens[i];
    if (t === undefined) return false;
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') return false;
    if (this.isNounAt(i)) return true;
    if (t.cls & W.ARTICLE || NUMERALS.has(t.lower)) return true;
    if (isCapitalized(t) && this.atCapitalStart(i) && this.isInitialAdjective(i)) return true;
    if (isCapitalized(t) && !this.atCapitalStart(i)) return false;
    if (NOMINAL_PARTICLES.has(t.lower)) return !NOMINAL_PARTICLES.has(this.tokens[i + 1]?.lower ?? '') && this.isNominal(i + 1);
    // an uninflected degree word before an inflected attribute: "aus gut unterrichteten Kreisen"
    if (isDegreeWord(t) && (t.cls & W.PRONOUN) === 0) {
      const next = this.tokens[i + 1];
      if (isWord(next) && !isCapitalized(next) && INFLECTED_ENDING.test(next.lower) && (next.cls & (W.ADJECTIVE | W.PARTICIPLE)) !== 0) return this.isNominal(i + 1);
    }
    if (t.cls & (W.PREPOSITION | W.CONJ_COORD | W.CONJ_SUBORD | W.PRONOUN | W.ADVERB)) return false;
    if (NUMERALS.has(t.lower) || ANONYMITY_MODIFIERS.has(t.lower) || ANAPHORIC_DETERMINERS.has(t.lower)) return true;
    if (!INFLECTED_ENDING.test(t.lower)) return false;
    if ((t.cls & (W.ADJECTIVE | W.PARTICIPLE | W.PARTICIPLE1)) !== 0) return !this.isFinite(i) || this.isNounAt(i + 1);
    // an adjective the lexicon does not know ("somalischer") before a noun
    const next = this.tokens[i + 1];
    return (t.cls & ~(W.COMPOUND | W.ENGLISH)) === 0 && (this.isNounAt(i + 1) || (isWord(next) && (next.cls & W.ADJECTIVE) !== 0 && this.isNounAt(i + 2)));
  }

  private isRelativeStart(i: number): boolean {
    const t = this.tokens[i];
    if (!isWord(t)) return false;
    if (t.cls & W.PREPOSITION) {
      if (!RELATIVE_PRONOUNS.has(this.tokens[i + 1]?.lower ?? '')) return false;
      // ", in den persönlichen Sachen seien …": an adjective in -en between it and a noun makes the pronoun an article
      const adjective = this.tokens[i + 2];
      if (isWord(adjective) && !isCapitalized(adjective) && (adjective.cls & (W.ADJECTIVE | W.PARTICIPLE)) !== 0 && adjective.lower.endsWith('en') && this.isNounAt(i + 3)) return false;
      if (!this.isNounAt(i + 2)) return true;
      // ", in der Putin aufgefordert wird": a name the lexicon does not know, in a clause that ends with its verb
      return this.tokens[i - 1]?.text === ',' && this.nounsOf(this.tokens[i + 2]).length === 0 && this.isVerbFinalSegment(i + 3);
    }
    if (!RELATIVE_PRONOUNS.has(t.lower) || this.isNounAt(i + 1) || this.quotedNameAt(i + 1)) return false;
    return !((this.tokens[i + 1]?.cls ?? 0) & W.ADJECTIVE && this.isNounAt(i + 2));
  }

  /** The segment from `k` to the next comma or break has its first finite verb at its end. */
  private isVerbFinalSegment(k: number): boolean {
    for (let j = k; j < Math.min(this.s.tokenEnd, k + CLAUSE_REACH / 2); j++) {
      if (this.tokens[j].kind === 'quote' || this.isBreak(j)) return false;
      if (this.tokens[j].quote < 0 && this.isFinite(j)) return this.isClauseFinal(j);
    }
    return false;
  }

  private isSubordinator(i: number): boolean {
    const t = this.tokens[i];
    return isWord(t) && SUBORDINATORS.has(t.lower);
  }

  /** Verbs and particles that close a clause after its last finite or non-finite verb. */
  private isVerbCluster(i: number): boolean {
    const t = this.tokens[i];
    if (!isWord(t) || isCapitalized(t)) return false;
    return (t.cls & (FINITE | W.PARTICIPLE | W.INFINITIVE)) !== 0 || REPORTING_PARTICLES.has(t.lower);
  }

  private isBreak(i: number): boolean {
    return i >= this.s.tokenEnd || i < this.s.tokenStart || this.tokens[i].text === ',' || this.breaksClause(i);
  }

  /** ";", ":", a dash, or the sentence's final punctuation; not the colon of "10:05" nor the period of "20. Juli". */
  private breaksClause(k: number): boolean {
    const t = this.tokens[k];
    if (t === undefined || t.kind !== 'punct') return false;
    if (SENTENCE_FINAL.has(t.text)) return k > this.lastWord;
    if (t.text === ':') {
      const prev = this.tokens[k - 1];
      const next = this.tokens[k + 1];
      return !(prev?.kind === 'number' && next?.kind === 'number' && !next.spaceBefore);
    }
    return CLAUSE_BREAKS.has(t.text);
  }

  /** The quotation that token `i` (outside it) closes, when it is a closing mark. */
  private quotationEndingAt(i: number): Quotation | undefined {
    const t = this.tokens[i];
    if (t === undefined || t.kind !== 'quote' || t.quote < 0) return undefined;
    const q = this.analysis.quotations[t.quote];
    return q.tokenEnd - 1 === i && q.close >= 0 ? q : undefined;
  }

  /** Whether [start, end) holds more than `n` words (counting no further than that). */
  private moreWordsThan(start: number, end: number, n: number): boolean {
    let words = 0;
    for (let k = start; k < end && words <= n; k++) if (this.tokens[k].kind === 'word') words++;
    return words > n;
  }

  /** A closed quotation that is short enough to be a name inside a noun phrase, opening at `i`. */
  private quotedNameAt(i: number): Quotation | undefined {
    if (!isOpeningQuote(this.tokens, this.analysis.quotations, i)) return undefined;
    const q = this.analysis.quotations[this.tokens[i].quote];
    if (q.close < 0 || q.tokenEnd > this.s.tokenEnd || this.moreWordsThan(q.tokenStart, q.tokenEnd, QUOTED_NAME_WORDS)) return undefined;
    // a title after an article may hold a verb: die „Aktion Deutschland hilft“
    if ((this.tokens[i - 1]?.cls & W.ARTICLE) !== 0 && this.tokens[i - 1].kind === 'word') return q;
    for (let k = q.tokenStart + 1; k < q.tokenEnd - 1; k++) if (this.isFinite(k)) return undefined;
    return q;
  }

  /** The matching ")" of a short parenthesis opening at `i`, or -1. */
  private parenthesisEnd(i: number): number {
    if (this.tokens[i]?.text !== '(') return -1;
    for (let k = i + 1; k < Math.min(this.s.tokenEnd, i + PARENTHESIS_REACH); k++) {
      const t = this.tokens[k];
      if (t.text === ')') return k;
      if (t.kind === 'punct' && t.text !== '.' && t.text !== ',' && t.text !== '-') return -1;
    }
    return -1;
  }

  /** For a dash that closes an insertion ("lässt sie – offenbar durch ihre Anwälte – erklären"), the opening dash, or -1. */
  private dashInsertionStart(k: number): number {
    const t = this.tokens[k];
    if (t === undefined || (t.text !== '-' && t.text !== '–' && t.text !== '—')) return -1;
    for (let j = k - 1; j > Math.max(this.s.tokenStart, k - PARENTHESIS_REACH * 2); j--) {
      const u = this.tokens[j];
      if (u.text === t.text) return j;
      if (u.kind === 'punct' && u.text !== ',') return -1;
    }
    return -1;
  }

  /** The matching "(" of a short parenthesis closing at `i`, or -1. */
  private parenthesisStart(i: number): number {
    if (this.tokens[i]?.text !== ')') return -1;
    for (let k = i - 1; k > Math.max(this.s.tokenStart, i - PARENTHESIS_REACH); k--) {
      const t = this.tokens[k];
      if (t.text === '(') return k;
      if (t.kind === 'punct' && t.text !== '.' && t.text !== ',' && t.text !== '-') return -1;
    }
    return -1;
  }

  // -------------------------------------------------------------------------------------------
  // Noun phrases

  /**
   * The noun phrase starting at `k`: determiners, adjectives, nouns and names ("Präsident Gusmão"),
   * genitive attributes ("der Polizei", "Russlands"), "von"/"aus" phrases and "in" with a place
   * ("Ein Regierungssprecher in Berlin"), numbers ("Artikel 65"), short quoted names, parentheses
   * ("( SPD )") and, optionally, appositions between commas. Ends at its last noun; null when it has
   * none. A description of an unnamed source keeps its attached phrases ("Personen mit engen
   * Verbindungen zum Kreml").
   */
  private nounPhraseRight(k: number, appositions = true, addresseeStops = false): Range | null {
    const { tokens } = this;
    const first = tokens[k];
    if (first === undefined || k >= this.s.tokenEnd) return null;
    // a pronoun stands alone; "diese" and "ihr" before a noun are determiners ("er Reportern" is a pronoun and an object)
    const pronoun = isWord(first) && (SUBJECT_PRONOUNS.has(first.lower) || ANAPHORIC_PRONOUNS.has(first.lower));
    if (pronoun && (!DETERMINER_PRONOUNS.has(first.lower) || !this.isNounAt(k + 1))) return [k, k + 1];
    const limit = Math.min(this.s.tokenEnd, k + NP_REACH);
    let j = k;
    let end = -1;
    let afterHead = false;
    let description = false;
    /** The last head is a noun of saying: "die Meldung auf der Homepage von …" */
    let document = false;
    let appositionsLeft = appositions ? 2 : 0;
    while (j < limit) {
      const t = tokens[j];
      const name = this.quotedNameAt(j);
      if (name) {
        j = name.tokenEnd;
        end = j;
        afterHead = true;
        continue;
      }
      if (!afterHead) {
        const address = this.webAddressEnd(j);
        if (address > 0) {
          j = address;
          end = j;
          afterHead = true;
          continue;
        }
        if (!this.isNominal(j)) {
          const attributeEnd = this.extendedAttributeEnd(j);
          if (attributeEnd < 0) break;
          j = attributeEnd;
          continue;
        }
        if (this.isNounAt(j)) {
          end = j + 1;
          afterHead = true;
          description ||= this.ends(ANONYMOUS_SOURCES, t) && !this.ends(NOT_ANONYMOUS_SOURCES, t);
          document = this.isSayingNoun(t);
        }
        j++;
        continue;
      }
      if (t.text === '(') {
        const close = this.parenthesisEnd(j);
        if (close < 0) break;
        j = close + 1;
        end = j;
        continue;
      }
      if (t.text === '.' && !t.spaceBefore && this.isAbbreviationBefore(j) && this.isNounAt(j + 1) && j + 1 < limit) {
        j++;
        continue;
      }
      // "der Afrikanischen Union", "der Vereinigten Staaten": a capitalised adjective of a name before its noun
      const nameAdjective = tokens[j - 1].kind === 'word' && isCapitalized(tokens[j - 1]) && this.isInitialAdjective(j - 1);
      if (this.isNounAt(j) && (tokens[j - 1].kind === 'word' || tokens[j - 1].text === '.') && (this.mayBeName(t) || this.mayBeName(tokens[j - 1]) || this.isGenitiveName(j) || this.isPlaceAdjective(j - 1) || nameAdjective)) {
        j++;
        end = j;
        continue;
      }
      // "University of Toronto", "Museum of Natural History": an English name
      if (isWord(t) && ENGLISH_NAME_JOINERS.has(t.text) && isWord(tokens[j + 1]) && isCapitalized(tokens[j + 1]) && this.isNounAt(j - 1)) {
        afterHead = false;
        j++;
        continue;
      }
      // "Artikel 65 des Grundgesetzes", "Apollo 11": a number that ends the phrase or comes before a genitive
      const afterNumber = tokens[j + 1];
      if (t.kind === 'number' && (j + 1 >= this.s.tokenEnd || afterNumber.kind === 'punct' || afterNumber.kind === 'quote' || this.isGenitiveAt(j + 1))) {
        j++;
        end = j;
        continue;
      }
      // "Thomas de Maizière", "Ursula von der Leyen", "Bayer 04 Leverkusen": particles or a number inside a name
      const nameRest = this.nameParticlesEnd(j);
      if (nameRest > j && this.isNameLike(tokens[j - 1]) && this.mayBeName(tokens[nameRest])) {
        j = nameRest + 1;
        end = j;
        continue;
      }
      if (addresseeStops && isWord(t) && (t.lower === 'der' || t.lower === 'dem') && this.isMediaAt(j + 1)) break;
      const afterName = (tokens[j - 1].kind === 'quote' || this.isNameLike(tokens[j - 1])) && (t.lower === 'der' || t.lower === 'einer');
      // "Angaben der Sport-Bild", "Berechnungen der Associated Press": after a noun of saying "der" + noun opens its owner
      const ownerOfDocument = document && (t.lower === 'der' || t.lower === 'einer') && this.isNounAt(j + 1);
      if ((this.isGenitiveAt(j) && !afterName) || ownerOfDocument || this.isAttachedPhraseAt(j, description, document)) {
        afterHead = false;
        j++;
        continue;
      }
      if (isWord(t) && (t.lower === 'und' || t.lower === 'sowie') && this.startsNounPhrase(j + 1) && !this.isFinite(j + 1) && !SUBJECT_PRONOUNS.has(tokens[j + 1].lower)) {
        afterHead = false;
        j++;
        continue;
      }
      if (appositionsLeft > 0 && t.text === ',' && j === end) {
        const apposition = this.appositionAt(j + 1);
        if (!apposition) break;
        // an apposition that runs to the end of the sentence must be the first and hold no quotation
        const last = apposition[1] >= this.s.tokenEnd || tokens[apposition[1]].text !== ',';
        if (last && (appositionsLeft < 2 || this.quotationIn(apposition[0], apposition[1]))) break;
        appositionsLeft--;
        j = apposition[1];
        end = j;
        continue;
      }
      break;
    }
    return end > k ? [k, end] : null;
  }

  /**
   * The index after the particles of a name ("de", "van der", "von der") or a two-digit number inside
   * it ("04") that start at `j`; `j` when none. "von" and "zu" alone are prepositions ("Anelka zu Domenech").
   */
  private nameParticlesEnd(j: number): number {
    const { tokens } = this;
    const t = tokens[j];
    if (t?.kind === 'number') return t.text.length <= 2 && this.isNameLike(tokens[j + 1]) ? j + 1 : j;
    if (!isWord(t)) return j;
    const article = isWord(tokens[j + 1]) && (tokens[j + 1].text === 'der' || tokens[j + 1].text === 'den');
    if (article && (t.text === 'von' || t.text === 'van')) return j + 2;
    return NAME_PARTICLES.has(t.text) ? j + 1 : j;
  }

  /**
   * "einer am Dienstag veröffentlichten Studie", "der für die Region zuständige Koordinator", "der erst
   * kürzlich ernannte Bischof", "die staatlich kontrollierten Medien": a phrase opened by a
   * preposition, an adverb or an uninflected adjective between a determiner and its noun that ends in
   * an inflected participle or adjective (an extended attribute). The index of that participle, or -1.
   */
  private extendedAttributeEnd(j: number): number {
    const { tokens } = this;
    const before = tokens[j - 1];
    const opener = tokens[j];
    // after an article or a numeral: "einer am Montag veröffentlichten Studie", "zwei mit der Sache vertrauten Personen"
    const determiner = (isWord(before) && ((before.cls & W.ARTICLE) !== 0 || NUMERALS.has(before.lower))) || before?.kind === 'number';
    if (!determiner || !isWord(opener) || isCapitalized(opener)) return -1;
    const preposition = (opener.cls & W.PREPOSITION) !== 0;
    if (!preposition && (opener.cls & (W.ADVERB | W.ADJECTIVE)) === 0) return -1;
    for (let k = preposition ? j + 2 : j + 1; k < Math.min(this.s.tokenEnd, j + EXTENDED_ATTRIBUTE_REACH); k++) {
      const t = tokens[k];
      if (t.kind !== 'word' && t.kind !== 'number') return -1;
      if (isCapitalized(t) || !/(?:e|en|er|es|em)$/.test(t.lower)) continue;
      const adjectival = (t.cls & (W.ADJECTIVE | W.PARTICIPLE | W.PARTICIPLE1)) !== 0 || (t.cls & ~(W.COMPOUND | W.ENGLISH)) === 0;
      const next = tokens[k + 1];
      const beforeNoun = this.isNounAt(k + 1) || (isWord(next) && !isCapitalized(next) && (next.cls & W.ADJECTIVE) !== 0 && this.isNounAt(k + 2));
      return adjectival && beforeNoun ? k : -1;
    }
    return -1;
  }

  /**
   * The article before an extended attribute that holds token `k` and ends in its participle or
   * adjective at `k` or after it ("Dem von Russland eingesetzten …", `k` at "von" or "eingesetzten"), or -1.
   */
  private extendedAttributeArticle(k: number, stop: number): number {
    for (let d = k - 1; d >= Math.max(stop, k - EXTENDED_ATTRIBUTE_REACH); d--) {
      const t = this.tokens[d];
      if (!isWord(t) || t.quote !== this.tokens[k].quote) return -1;
      if ((t.cls & W.ARTICLE) !== 0 && this.extendedAttributeEnd(d + 1) >= k) return d;
    }
    return -1;
  }

  /**
   * Whether token k is an uninflected degree word that opens a noun phrase: first in the sentence
   * ("Gut informierte Quellen") or after an article or a preposition ("aus gut unterrichteten Kreisen").
   */
  private opensWithDegreeWord(k: number): boolean {
    const t = this.tokens[k];
    if (k < this.s.tokenStart || !isWord(t)) return false;
    const degree = k === this.s.tokenStart ? (this.lexicon.classes(t.lower) & (W.ADJECTIVE | W.ADVERB)) !== 0 && !INFLECTED_ENDING.test(t.lower) : isDegreeWord(t);
    if (!degree) return false;
    const before = this.tokens[k - 1];
    return k === this.s.tokenStart || (isWord(before) && (before.cls & (W.ARTICLE | W.PREPOSITION)) !== 0);
  }

  /** Whether the word at `i` is the adjective that closes an extended attribute opened a few words before. */
  private endsExtendedAttribute(i: number): boolean {
    for (let j = i - 1; j > this.s.tokenStart && i - j < EXTENDED_ATTRIBUTE_REACH; j--) {
      if (this.tokens[j].kind === 'punct') return false;
      if (this.extendedAttributeEnd(j) === i) return true;
    }
    return false;
  }

  /** "t-online.de", "space.com": a web address that names a site; the index after it, or -1. */
  private webAddressEnd(j: number): number {
    const { tokens } = this;
    const dot = tokens[j + 1];
    const domain = tokens[j + 2];
    if (!isWord(tokens[j]) || j + 2 >= this.s.tokenEnd || dot.text !== '.' || dot.spaceBefore || !isWord(domain) || domain.spaceBefore) return -1;
    return TOP_LEVEL_DOMAINS.has(domain.text) ? j + 3 : -1;
  }

  /** A genitive determiner after a noun: "des", "eines", "aller", or "der"/"einer" before a noun that can be genitive. */
  private isGenitiveAt(j: number): boolean {
    const t = this.tokens[j];
    if (!isWord(t)) return false;
    // "des von der Hamas kontrollierten Gesundheitsministeriums": an extended attribute may come first
    if (t.lower === 'des' || t.lower === 'eines' || t.lower === 'seines' || t.lower === 'ihres') return this.isNominal(j + 1) || this.quotedNameAt(j + 1) !== undefined || this.extendedAttributeEnd(j + 1) >= 0;
    // "Angaben gut informierter Kreise": a degree word before such a genitive
    if (isDegreeWord(t) && !isCapitalized(t)) {
      const next = this.tokens[j + 1];
      return isWord(next) && !isCapitalized(next) && next.lower.endsWith('er') && this.isGenitiveAt(j + 1);
    }
    // "Angaben libanesischer Sicherheitskreise": a genitive plural without article
    const bareAdjective = !isCapitalized(t) && t.lower.endsWith('er') && (t.cls & (W.ARTICLE | FINITE)) === 0 && this.isNominal(j);
    if (bareAdjective) {
      const next = this.tokens[j + 1];
      const readings = this.isNounAt(j + 1) ? this.nounsOf(next) : [];
      return readings.some((r) => (r.caseNumber & GENITIVE_PLURAL) !== 0);
    }
    if (!GENITIVE_DETERMINERS.has(t.lower)) return false;
    // "der in London ansässigen Beobachtungsstelle": the noun after an extended attribute decides
    const attributeEnd = this.isNominal(j + 1) ? -1 : this.extendedAttributeEnd(j + 1);
    const nounFrom = attributeEnd >= 0 ? attributeEnd : j + 1;
    for (let k = nounFrom; k < Math.min(this.s.tokenEnd, nounFrom + 4); k++) {
      if (this.quotedNameAt(k)) return true;
      if (!this.isNominal(k)) return false;
      // adjectives after a genitive article end in -en: "der ursprüngliche Toaster" is a nominative
      if (!this.isNounAt(k) && this.tokens[k].kind === 'word' && (this.tokens[k].cls & W.ARTICLE) === 0 && !this.tokens[k].lower.endsWith('en')) return false;
      if (!this.isNounAt(k)) continue;
      const readings = this.nounsOf(this.tokens[k]);
      return readings.length === 0 || readings.some((r) => (r.caseNumber & GENITIVE_PLURAL) !== 0 || (r.gender === 'F' && (r.caseNumber & GENITIVE_SINGULAR) !== 0));
    }
    return false;
  }

  /** "R." and "Dr.": an initial or a title before the period at `j`. */
  private isAbbreviationBefore(j: number): boolean {
    const t = this.tokens[j - 1];
    return isWord(t) && isCapitalized(t) && (t.text.length === 1 || TITLES.has(t.text));
  }

  /** "Frankfurter Hauptbahnhof", "Berliner Zeitung": a place name in -er before a noun. */
  private isPlaceAdjective(j: number): boolean {
    const t = this.tokens[j];
    if (!isWord(t) || !isCapitalized(t) || !t.lower.endsWith('er') || t.lower.length <= 4 || this.isNounAt(j - 1)) return false;
    // "der Minister Fehler": a role noun in -er is no place adjective; "Berliner", "Wiener" are adjectives too
    return (t.cls & W.ADJECTIVE) !== 0 || this.nounsOf(t).length === 0;
  }

  /** "Meinung Russlands": a noun after a noun that can only be a genitive. */
  private isGenitiveName(j: number): boolean {
    const t = this.tokens[j];
    if (!t.lower.endsWith('s')) return false;
    const readings = this.nounsOf(t);
    return readings.length > 0 && readings.every((r) => (r.caseNumber & ~(GENITIVE_SINGULAR | GENITIVE_PLURAL)) === 0);
  }

  /**
   * A phrase that belongs to the noun before it: "von"/"aus" + noun, "in"/"bei" + a name; any
   * preposition in a description; "auf" + a determined phrase after a document ("auf der Homepage").
   */
  private isAttachedPhraseAt(j: number, description: boolean, document: boolean): boolean {
    const t = this.tokens[j];
    const lowerName = isWord(this.tokens[j + 1]) && !isCapitalized(this.tokens[j + 1]) && !this.lexicon.isGerman(this.tokens[j + 1].text);
    // "von" names an owner, never the channel: "ein Artikel von „BBC News“"
    const owner = t.lower === 'von' || t.lower === 'vom';
    if (!isWord(t) || (t.cls & W.PREPOSITION) === 0 || this.timePhraseAt(j + 1) || (!owner && this.documentPhraseAt(j + 1))) return false;
    if (!this.isNominal(j + 1) && !this.quotedNameAt(j + 1) && !((t.lower === 'von' || t.lower === 'vom') && lowerName)) return false;
    const next = this.tokens[j + 1];
    // "von der Gewerkschaft", "aus Frankfurt"; not "aus Sicherheitsgründen", "mit Sicherheit"
    const determined = (next.cls & W.ARTICLE) !== 0 || this.mayBeName(next) || CONTRACTED_DEFINITE.has(t.lower) || next.kind === 'quote';
    if (t.lower === 'von' || t.lower === 'vom') return true;
    if (t.lower === 'aus' || (document && t.lower === 'auf')) return determined;
    // "die Leiterin der Fachstelle für Suchtvorbeugung", "das Ministerium für Wirtschaft"
    if (t.lower === 'für') return this.isNounAt(j + 1) || (next.cls & W.ARTICLE) !== 0 || (next.cls & W.ADJECTIVE) !== 0;
    if (description && NP_PREPOSITIONS.has(t.lower)) return determined || ((next.cls & W.ADJECTIVE) !== 0 && !isCapitalized(next));
    if (t.lower !== 'in' && t.lower !== 'im' && t.lower !== 'bei' && t.lower !== 'beim') return false;
    for (let k = j + 1; k < Math.min(this.s.tokenEnd, j + 5); k++) {
      if (this.isNounAt(k)) return this.isNameLike(this.tokens[k]);
      if (!this.isNominal(k)) return false;
    }
    return false;
  }

  /** ", Gisela Piltz ," / ", die Leiterin der Fachstelle ." — a noun phrase between commas, not a clause. */
  private appositionAt(k: number): Range | null {
    if (!isWord(this.tokens[k]) || this.isRelativeStart(k) || this.isSubordinator(k)) return null;
    const t = this.tokens[k];
    if (!this.isNounAt(k) && (t.cls & W.ARTICLE) === 0 && (t.cls & W.ADJECTIVE) === 0) return null;
    const np = this.nounPhraseRight(k, false);
    if (!np) return null;
    const closesAt = (j: number) => j >= this.s.tokenEnd || this.tokens[j].text === ',' || this.tokens[j].text === ')' || this.breaksClause(j);
    if (closesAt(np[1])) return np;
    // ", Vorsitzender des Ausschusses im Senat,": a phrase of place or institution before the closing comma
    const preposition = this.tokens[np[1]];
    if (!isWord(preposition) || !NP_PREPOSITIONS.has(preposition.lower)) return null;
    for (let j = np[1] + 1; j < Math.min(this.s.tokenEnd, np[1] + APPOSITION_PHRASE_REACH); j++) {
      const t = this.tokens[j];
      if (t.text === ',' && this.isNounAt(j - 1)) return [np[0], j];
      if ((t.kind !== 'word' && t.kind !== 'number') || this.isFinite(j)) return null;
    }
    return null;
  }

  private timePhraseAt(k: number): boolean {
    for (let j = k; j < Math.min(this.s.tokenEnd, k + 4); j++) {
      const t = this.tokens[j];
      if (!isWord(t) && t.kind !== 'number') return false;
      if (this.isNounAt(j)) return TIME_NOUNS.has(t.text);
      // "Er sagte am Sonntag": the noun of time after a verb belongs to another phrase
      if (j > k && !this.isNominal(j)) return false;
    }
    return false;
  }

  /** "in einem Interview", "in einer Erklärung": the channel of a statement, not part of its source. */
  private documentPhraseAt(k: number): boolean {
    for (let j = k; j < Math.min(this.s.tokenEnd, k + 4); j++) {
      if (this.isNounAt(j)) return SAYING_NOUNS.has(this.tokens[j].text) || this.isMediaAt(j);
    }
    return false;
  }

  /** A newspaper, broadcaster or agency: "der Zeitung" after a verb of saying is its addressee. */
  private isMediaAt(i: number): boolean {
    const t = this.tokens[i];
    if (!isWord(t)) return isOpeningQuote(this.tokens, this.analysis.quotations, i);
    return KNOWN_OUTLETS.has(t.text) || this.ends(MEDIA, t);
  }

  /** The noun phrase ending at `j` (walking left), for "X zufolge" and the head of a relative clause. */
  private nounPhraseLeft(j: number): Range | null {
    const { tokens } = this;
    const stop = Math.max(this.s.tokenStart, j - NP_REACH);
    let k = j;
    let start = -1;
    while (k >= stop) {
      const t = tokens[k];
      const quoted = this.quotationEndingAt(k);
      if (quoted && quoted.tokenStart >= stop && this.quotedNameAt(quoted.tokenStart)) {
        k = quoted.tokenStart - 1;
        start = k + 1;
        continue;
      }
      // "Der Website worldreferee.com zufolge": a web address is a name
      if (k - 2 >= stop && this.webAddressEnd(k - 2) === k + 1) {
        start = k - 2;
        k -= 3;
        continue;
      }
      if (t.text === ')') {
        const open = this.parenthesisStart(k);
        if (open < 0) break;
        k = open - 1;
        continue;
      }
      if (isWord(t) && SUBJECT_PRONOUNS.has(t.lower) && k === j) return [k, k + 1];
      if (tokens[k - 1]?.text === ',' && RELATIVE_PRONOUNS.has(t.lower)) break;
      if (this.isNominal(k)) {
        start = k;
        k--;
        continue;
      }
      if (isWord(t) && NP_PREPOSITIONS.has(t.lower) && start === k + 1 && this.isNounAt(k - 1)) {
        k--;
        continue;
      }
      // "Das von der Hamas kontrollierte Gesundheitsministerium": an extended attribute between article and noun
      const article = start === k + 1 ? this.extendedAttributeArticle(k, stop) : -1;
      if (article >= 0) {
        start = article;
        k = article - 1;
        continue;
      }
      break;
    }
    if (start < 0) return null;
    let end = j + 1;
    while (end > start && !this.isNounAt(end - 1) && tokens[end - 1].kind !== 'number' && !this.quotationEndingAt(end - 1) && tokens[end - 1].text !== ')' && !(end - 3 >= start && this.webAddressEnd(end - 3) === end)) end--;
    return end > start ? [start, end] : null;
  }

  // -------------------------------------------------------------------------------------------
  // Clauses

  /** Start of the comma-separated segment holding `i`; quotations and parentheses are skipped whole. */
  private segmentStart(i: number): number {
    const { tokens } = this;
    const stop = Math.max(this.s.tokenStart, i - CLAUSE_REACH);
    let k = i - 1;
    while (k >= stop) {
      const t = tokens[k];
      const quoted = this.quotationEndingAt(k);
      if (quoted && quoted.tokenStart >= stop) {
        k = quoted.tokenStart - 1;
        continue;
      }
      if (t.text === ')') {
        const open = this.parenthesisStart(k);
        if (open >= 0) {
          k = open - 1;
          continue;
        }
      }
      if (t.kind === 'quote' || t.kind === 'symbol' || t.text === ',' || t.text === '(' || t.text === ')' || this.breaksClause(k)) break;
      k--;
    }
    return k + 1;
  }

  /** The first comma or clause break after `k` outside quotations (at most CLAUSE_REACH tokens on), or where the search stopped. */
  private segmentEnd(k: number): number {
    const limit = Math.min(this.s.tokenEnd, k + CLAUSE_REACH);
    for (let j = k + 1; j < limit; j++) {
      if (this.tokens[j].quote < 0 && (this.tokens[j].text === ',' || this.breaksClause(j))) return j;
    }
    return limit;
  }

  /** A finite verb in [a, b) outside quotations and relative clauses' ends. */
  private hasFinite(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.tokens[k].quote < 0 && this.isFinite(k)) return true;
    return false;
  }

  /** A segment that may begin a noun phrase: article, adjective, noun, name, number or subject pronoun. */
  private startsNounPhrase(k: number): boolean {
    const t = this.tokens[k];
    if (t === undefined) return false;
    if (t.kind === 'number') return true;
    if (this.quotedNameAt(k)) return true;
    if (!isWord(t)) return false;
    if (SUBJECT_PRONOUNS.has(t.lower) || ANAPHORIC_PRONOUNS.has(t.lower)) return true;
    if (t.cls & (W.PREPOSITION | W.CONJ_SUBORD)) return (t.cls & W.ARTICLE) !== 0;
    if ((t.cls & W.ADVERB) !== 0 && (t.cls & W.ARTICLE) === 0 && !this.isNounAt(k)) return false;
    return this.isNominal(k);
  }

  /**
   * The clause of the verb at `v` (the finite verb, or the first verb of a verb-final cluster):
   * subordinate, relative or main, and for a main clause whether its Vorfeld is the subject.
   */
  /** The comma-separated segments that end at the comma `comma` and go back from it (at most six, within reach of `v`). */
  private commaSegmentsBefore(comma: number, v: number): Range[] {
    const segments: Range[] = [];
    let end = comma;
    const stop = Math.max(this.s.tokenStart, v - CLAUSE_REACH);
    while (end > stop && this.tokens[end]?.text === ',' && segments.length < 6) {
      const a = this.segmentStart(end);
      segments.unshift([a, end]);
      end = a - 1;
    }
    return segments;
  }

  /**
   * Whether the segment [a, b) is an infinitive group ending in "zu" + infinitive ("mit der Presse zu
   * sprechen"), which belongs to the clause before it even when the infinitive looks finite.
   */
  private isZuInfinitiveGroup(a: number, b: number): boolean {
    const last = this.tokens[b - 1];
    return b - 2 >= a && isWord(last) && (last.cls & W.INFINITIVE) !== 0 && this.tokens[b - 2].lower === 'zu';
  }

  /**
   * The subordinator that opens the nearest of `segments` when every later segment is an apposition
   * or a closed relative clause ("wie Burt Rutan", ", Chef der Firma,"); -1 otherwise.
   */
  private openerBeforeAppositions(segments: readonly Range[]): number {
    for (let n = segments.length - 1; n >= 0; n--) {
      const [a, b] = segments[n];
      if (this.isSubordinator(a)) return n < segments.length - 1 && !this.hasFinite(a + 1, b) ? a : -1;
      const closedRelative = this.isRelativeStart(a) && this.hasFinite(a + 1, b);
      if (!closedRelative && (!this.startsNounPhrase(a) || this.hasFinite(a, b))) return -1;
    }
    return -1;
  }

  /**
   * The subordinator of a clause interrupted by relative clauses before the comma `comma`: the
   * first segment opens with it ("Wie ein Vertreter"), every later one is a relative clause.
   */
  private resumedSubordinateOpener(comma: number, v: number): number {
    const segments = this.commaSegmentsBefore(comma, v);
    if (segments.length < 2) return -1;
    const [first] = segments;
    if (!this.isSubordinator(first[0]) || this.hasFinite(first[0] + 1, first[1])) return -1;
    return segments.slice(1).every(([a]) => this.isRelativeStart(a)) ? first[0] : -1;
  }

  private clauseOf(v: number): ClauseInfo {
    const { tokens } = this;
    const start = this.segmentStart(v);
    const verbFinal = this.isClauseFinal(v);
    const main = (info: Partial<ClauseInfo>): ClauseInfo => ({ kind: 'main', start: v, vorfeld: null, vorfeldSubject: null, pronounObject: false, before: null, ...info });
    if (start < v) {
      // ", so glaubt man", ", so sagte er": an inserted reporting clause after its message
      if (start + 1 === v && tokens[start].lower === 'so' && tokens[start - 1]?.text === ',') return main({ start, before: this.messageBefore(start - 1) });
      // "„Wozu …?“ fragen sich Experten": a quotation (not a quoted name) right before the verb, without a comma
      const quotedBefore = this.quotationEndingAt(v - 1);
      if (quotedBefore && quotedBefore.tokenStart === start && !this.quotedNameAt(start)) return main({ before: [quotedBefore.tokenStart, quotedBefore.tokenEnd] });
      const opener = verbFinal && !this.hasSecondPositionVerb(start, v) ? this.subordinateOpener(start) : -1;
      // "Wie ein Vertreter, der anonym bleiben wollte, Reportern sagte": a relative clause that has its verb
      // before the comma is closed; the verb-final clause it interrupted resumes after it
      const closedRelative = opener >= 0 && opener < start && this.isRelativeStart(opener) && this.hasFinite(opener + 1, start - 1);
      const resumed = closedRelative && tokens[start - 1]?.text === ',' ? this.resumedSubordinateOpener(start - 1, v) : -1;
      if (resumed >= 0) return main({ kind: 'subordinate', start: resumed });
      if (opener >= 0) return main({ kind: this.isRelativeStart(opener) && !this.isSubordinator(opener) ? 'relative' : 'subordinate', start: opener });
      const coordinated = this.coordinatedClauseStart(start, v);
      if (coordinated >= 0) return this.vorfeldClause(coordinated, [coordinated, v], v);
      const listStart = this.listStart(start, v);
      return this.vorfeldClause(listStart, [listStart, v], v);
    }
    const left = tokens[v - 1];
    if (v === this.s.tokenStart || left === undefined || left.text !== ',') {
      const quoted = this.quotationEndingAt(v - 1);
      return main({ before: quoted ? [quoted.tokenStart, quoted.tokenEnd] : null });
    }
    const quotedBefore = this.quotationEndingAt(v - 2);
    if (quotedBefore) return main({ before: [quotedBefore.tokenStart, quotedBefore.tokenEnd] });
    // the verb follows a comma: a Vorfeld with appositions or relative clauses, or a clause before it
    const segments = this.commaSegmentsBefore(v - 1, v);
    const [first] = segments;
    if (first === undefined || first[0] >= first[1]) return main({});
    const firstIsClause = this.hasFinite(first[0], first[1]) || this.isSubordinator(first[0]);
    // a subordinate clause right after a relative clause depends on it: "Ein Mitarbeiter, der anonym bleiben
    // wollte, weil er nicht befugt ist, sagte"
    const attributes = segments
      .slice(1)
      .every(([a, b], n) => this.isRelativeStart(a) || this.isZuInfinitiveGroup(a, b) || (!this.hasFinite(a, b) && !this.isSubordinator(a)) || (this.isSubordinator(a) && n > 0 && this.isRelativeStart(segments[n][0])));
    if (!firstIsClause && attributes) {
      // one constituent before the verb: a noun phrase with its appositions (relative clauses left out), or an adverbial
      let subjectEnd = first[1];
      for (const [a, b] of segments.slice(1)) {
        if (this.isRelativeStart(a) || !this.startsNounPhrase(a)) break;
        subjectEnd = b;
      }
      return this.vorfeldClause(first[0], [first[0], subjectEnd], v);
    }
    // "Wie die Premierministerin, Anna Bligh, erklärte, …": a verb-final clause across appositions
    if (verbFinal && !this.hasSecondPositionVerb(first[0], first[1]) && attributes) {
      const opener = this.subordinateOpener(first[0]);
      if (opener >= 0) return main({ kind: this.isRelativeStart(opener) && !this.isSubordinator(opener) ? 'relative' : 'subordinate', start: opener });
    }
    // "…, wie Burt Rutan, Chef der Firma, mitteilte": the verb-final clause opens after a main clause
    const inner = verbFinal ? this.openerBeforeAppositions(segments) : -1;
    if (inner >= 0) return main({ kind: 'subordinate', start: inner });
    const adverbial = this.isSubordinator(first[0]) && tokens[first[0]].lower !== 'dass';
    return main({ before: adverbial ? null : [first[0], v - 1] });
  }

  /**
   * "Dies war nicht die erste Auseinandersetzung und die Hongkonger befürchten": a main clause after
   * a coordinator whose noun phrase alone stands before the verb `v`, when the segment from `start`
   * already has a finite verb before it; -1 otherwise.
   */
  private coordinatedClauseStart(start: number, v: number): number {
    const { tokens } = this;
    for (let k = v - 1; k > start; k--) {
      const t = tokens[k];
      if (t.quote >= 0 || !isWord(t)) continue;
      if (this.isFinite(k)) return -1;
      if (!COORDINATORS.has(t.lower)) continue;
      const np = this.startsNounPhrase(k + 1) ? this.nounPhraseRight(k + 1, false) : null;
      return np && np[1] === v && this.hasFinite(start, k) ? k + 1 : -1;
    }
    return -1;
  }

  /**
   * "Frankreich, Italien und Spanien kritisierten": when the segment from `start` to the verb `v`
   * coordinates with "und"/"oder"/"sowie", the start of the comma-separated noun phrases before it
   * that run back to a clause break (the members of one list); otherwise `start`.
   */
  private listStart(start: number, v: number): number {
    const { tokens } = this;
    let coordinated = false;
    for (let k = start; k < v && !coordinated; k++) coordinated = isWord(tokens[k]) && LIST_COORDINATORS.has(tokens[k].lower);
    if (!coordinated) return start;
    let a = start;
    for (let members = 0; members < LIST_MEMBERS && tokens[a - 1]?.text === ','; members++) {
      const previous = this.segmentStart(a - 1);
      if (previous >= a - 1 || !this.startsNounPhrase(previous) || this.isSubordinator(previous) || this.isRelativeStart(previous) || this.hasFinite(previous, a - 1)) return start;
      if (this.nounPhraseRight(previous, false)?.[1] !== a - 1) return start;
      a = previous;
      if (this.isBreakBefore(a)) return a;
    }
    return start;
  }

  /**
   * The subordinator or relative pronoun that opens the verb-final clause whose last segment starts
   * at `start`, across appositions of its subject ("wie Steve Marshall, Sprecher der UN, in Bangkok
   * mitteilte"); -1 for a main clause.
   */
  private subordinateOpener(start: number): number {
    const { tokens } = this;
    let a = start;
    for (let steps = 0; steps < 4; steps++) {
      const so = tokens[a].lower === 'so' && tokens[a - 1]?.text === ',';
      if (this.isSubordinator(a) || so) return a;
      if (tokens[a - 1]?.text === ',' && this.isRelativeStart(a)) return a;
      if (tokens[a - 1]?.text !== ',' || a - 1 <= this.s.tokenStart) return -1;
      const previous = this.segmentStart(a - 1);
      if (this.hasFinite(previous, a - 1) && !this.isSubordinator(previous) && !this.isRelativeStart(previous)) return -1;
      if (a === start && !this.startsNounPhrase(a) && tokens[a].quote < 0 && !(tokens[a].cls & W.PREPOSITION)) return -1;
      a = previous;
    }
    return -1;
  }

  /** A finite verb in (a, b) that does not end its clause ("Als Beispiel führte er …"): the clause is a main clause. */
  private hasSecondPositionVerb(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) {
      if (this.tokens[k].quote >= 0 || !this.isFinite(k)) continue;
      let next = k + 1;
      while (next < b && this.isVerbCluster(next)) next++;
      const t = this.tokens[next];
      if (next < b && isWord(t) && !COORDINATORS.has(t.lower)) return true;
    }
    return false;
  }

  /** Whether a segment starting at `k` begins at a clause break (sentence start, colon, dash, quotation). */
  private isBreakBefore(k: number): boolean {
    const prev = this.tokens[k - 1];
    return k === this.s.tokenStart || prev === undefined || prev.kind === 'quote' || (prev.kind === 'punct' && prev.text !== ',');
  }

  /**
   * A main clause with the Vorfeld starting at `start` before the verb `v`; `core` is the part of it
   * that may be the subject (the noun phrase and its appositions, without relative clauses).
   */
  private vorfeldClause(start: number, core: Range, v: number): ClauseInfo {
    const { tokens } = this;
    const info: ClauseInfo = { kind: 'main', start, vorfeld: core, vorfeldSubject: null, pronounObject: false, before: null };
    let [a, b] = core;
    if (isWord(tokens[a]) && COORDINATORS.has(tokens[a].lower) && a + 1 < b) a++;
    while (a + 1 < b && isWord(tokens[a]) && FOCUS_PARTICLES.has(tokens[a].lower) && !this.isNounAt(a)) a++;
    if (tokens[a].lower === 'vor' && tokens[a + 1]?.lower === 'allem' && a + 2 < b) a += 2;
    const first = tokens[a];
    if (this.timePhraseAt(a)) return info;
    // "Forscher sagen, …": a noun that is also a comparative ("forscher") is the subject when none follows the verb
    if (b - a === 1 && this.isSentenceAdverb(a) && ((first.cls & W.NOUN) === 0 || this.subjectAfter(v) !== null)) return info;
    // "Demnach erwartet Russland …": an adverb that stands for a source, never the subject of the verb
    if (b - a === 1 && isWord(first) && ANAPHORIC_ADVERBS.has(first.lower)) return info;
    // "das zumindest meint X": a demonstrative with a focus adverb is the object as well
    const focused = b - a === 2 && isWord(tokens[a + 1]) && !isCapitalized(tokens[a + 1]) && (tokens[a + 1].cls & W.ADVERB) !== 0;
    if ((b - a === 1 || focused) && isWord(first) && DEMONSTRATIVE_OBJECTS.has(first.lower)) {
      info.pronounObject = true;
      return info;
    }
    if (!this.startsNounPhrase(a) || this.hasFinite(a, b) || (isWord(first) && OBLIQUE_OPENERS.has(first.lower))) return info;
    // adverbs and particles after the noun phrase: "Die Kanadier hingegen sagen"; not the pronoun of "Und er sagte"
    while (b > a && isWord(tokens[b - 1]) && !isCapitalized(tokens[b - 1]) && !this.isNounAt(b - 1) && tokens[b - 1].quote < 0 && !(b - 1 === a && SUBJECT_PRONOUNS.has(tokens[a].lower))) {
      // "Die Person des Ministers betreffend": a participle makes the Vorfeld a phrase of its own
      if (tokens[b - 1].cls & (W.PARTICIPLE | W.PARTICIPLE1 | W.INFINITIVE | FINITE)) return info;
      b--;
    }
    while (b > a && tokens[b - 1].kind === 'punct' && tokens[b - 1].text !== ')') b--;
    if (b <= a || !this.canBeNominative([a, b])) return info;
    // "Die Bürger forderte er auf": a nominative pronoun after the verb is the subject
    const after = tokens[v + 1];
    if (isWord(after) && ['er', 'ich', 'wir', 'man'].includes(after.lower)) return info;
    // "Die Vorwürfe wies der Minister zurück": a masculine nominative after the verb is the subject
    let afterAdverbs = v + 1;
    while (afterAdverbs < v + 4 && isWord(tokens[afterAdverbs]) && !isCapitalized(tokens[afterAdverbs]) && (tokens[afterAdverbs].cls & (W.ADVERB | W.ARTICLE)) === W.ADVERB) afterAdverbs++;
    if (!MASCULINE_NOMINATIVE_ARTICLES.has(first.lower) && this.isMasculineNominativeAt(afterAdverbs)) return info;
    info.vorfeldSubject = [a, b];
    return info;
  }

  /**
   * "Ferner", "Monatelang", "Relativierend" opening a sentence: capitalised only by position, an
   * adjective or adverb in lower case, or unknown with the ending of one.
   */
  private isSentenceAdverb(i: number): boolean {
    const t = this.tokens[i];
    if (!isWord(t) || !isCapitalized(t) || !this.atCapitalStart(i)) return false;
    const lower = this.lexicon.classes(t.lower);
    if (lower === 0) return (t.cls & W.NOUN) === 0 && ADVERB_SUFFIX.test(t.lower);
    // "Deutsche sagen", "Angehörige berichteten": an inflected adjective alone is a noun
    if ((lower & W.NOUN) !== 0 || /(?:e|en|em|es)$/.test(t.lower)) return false;
    return (lower & (W.ADJECTIVE | W.ADVERB)) !== 0;
  }

  /**
   * "der Minister", "ein Sprecher der Polizei": an article that with a masculine noun can only be
   * nominative, then that noun (after adjectives of its own).
   */
  private isMasculineNominativeAt(k: number): boolean {
    const article = this.tokens[k];
    if (!isWord(article) || !MASCULINE_NOMINATIVE_ARTICLES.has(article.lower)) return false;
    let n = k + 1;
    while (n < k + 4 && isWord(this.tokens[n]) && !isCapitalized(this.tokens[n]) && (this.tokens[n].cls & W.ADJECTIVE) !== 0) n++;
    if (!this.isNounAt(n)) return false;
    const readings = this.nounsOf(this.tokens[n]);
    return readings.length > 0 && readings.every((r) => r.gender === 'M') && readings.some((r) => (r.caseNumber & NOMINATIVE_SINGULAR) !== 0);
  }

  /** The phrase's first noun has a nominative reading (or is a name the lexicon does not know). */
  private canBeNominative(r: Range): boolean {
    const nominative = (k: number): boolean => {
      const readings = this.nounsOf(this.tokens[k]);
      return readings.length === 0 || readings.some((n) => (n.caseNumber & (NOMINATIVE_SINGULAR | NOMINATIVE_PLURAL)) !== 0);
    };
    // "seinen Platz", "einen Bericht", "ihren Kindern": a determiner in -en is accusative or dative, never nominative
    if (isWord(this.tokens[r[0]]) && OBLIQUE_DETERMINERS.has(this.tokens[r[0]].lower)) return false;
    let firstNoun = -1;
    for (let k = r[0]; k < r[1] && firstNoun < 0; k++) {
      if (this.tokens[k].text === ',' || this.tokens[k].text === '(') break;
      // "Ein mit den Vorgängen vertrauter Beamter": the nouns of an extended attribute are not the head
      const attributeEnd = k > r[0] ? this.extendedAttributeEnd(k) : -1;
      if (attributeEnd > k) {
        k = attributeEnd;
        continue;
      }
      if (this.isNounAt(k) && !(this.isNounAt(k + 1) && k + 1 < r[1])) firstNoun = k;
    }
    if (firstNoun < 0) return true;
    // "Die Gruppe Turkey Blocks": in a run of nouns, a role noun before a name may carry the case
    let runStart = firstNoun;
    while (runStart > r[0] && this.isNounAt(runStart - 1)) runStart--;
    let head = false;
    for (let k = runStart; k <= firstNoun && !head; k++) head = nominative(k);
    return head;
  }

  /** The verb at `v` (with the verbs and particles after it) ends its clause. */
  private isClauseFinal(v: number): boolean {
    let k = v + 1;
    while (k < this.s.tokenEnd && k < v + 4 && this.isVerbCluster(k)) k++;
    const t = this.tokens[k];
    return k >= this.s.tokenEnd || t.kind === 'quote' || t.text === ',' || t.text === ')' || this.breaksClause(k);
  }

  /**
   * The subject after a verb: skips adverbs, object pronouns, time phrases and "gegenüber X", then
   * takes the first noun phrase that is not in the dative.
   */
  private subjectAfter(v: number): Range | null {
    const { tokens } = this;
    let k = v + 1;
    let skippedObject = false;
    const limit = Math.min(this.s.tokenEnd, v + CLAUSE_REACH / 2);
    while (k < limit) {
      const t = tokens[k];
      if (!isWord(t) && !this.quotedNameAt(k) && t.kind !== 'number') return null;
      if (isWord(t) && !isCapitalized(t) && (t.cls & W.ADVERB) !== 0 && (t.cls & W.ARTICLE) === 0 && !SUBJECT_PRONOUNS.has(t.lower)) {
        k++;
        continue;
      }
      if (isWord(t) && OBJECT_PRONOUNS.has(t.lower) && !(t.lower === 'ihr' && this.isNominal(k + 1))) {
        k++;
        continue;
      }
      if (isWord(t) && (t.cls & W.PREPOSITION) !== 0 && !(t.cls & W.ARTICLE)) {
        const np = this.nounPhraseRight(k + 1, false);
        if (!np) return null;
        k = np[1];
        continue;
      }
      const np = this.nounPhraseRight(k, true, true);
      if (!np) return null;
      if (!skippedObject && isWord(t) && (t.lower === 'dem' || t.lower === 'einem' || t.lower === 'den') && this.hasSubjectAfter(np[1], limit)) {
        skippedObject = true;
        k = np[1];
        continue;
      }
      return np;
    }
    return null;
  }

  private hasSubjectAfter(k: number, limit: number): boolean {
    for (let j = k; j < Math.min(limit, k + 3); j++) {
      const t = this.tokens[j];
      if (!isWord(t)) return false;
      if (t.lower === 'der' || t.lower === 'die' || t.lower === 'ein' || t.lower === 'eine' || SUBJECT_PRONOUNS.has(t.lower)) return true;
    }
    return false;
  }

  /** The finite verb a participle or infinitive depends on, within its clause (left, or right in a verb-final clause). */
  private finiteAnchor(i: number): number {
    const { tokens } = this;
    for (let k = i - 1; k >= Math.max(this.s.tokenStart, i - CLAUSE_REACH / 2); k--) {
      const t = tokens[k];
      const quoted = this.quotationEndingAt(k);
      if (quoted && quoted.tokenStart > this.s.tokenStart) {
        k = quoted.tokenStart;
        continue;
      }
      const insertion = this.dashInsertionStart(k);
      if (insertion >= 0) {
        k = insertion;
        continue;
      }
      // "hatte ein Talibanführer, Baitullah Mehsud, erklärt": an apposition between commas stays in the clause
      const apposition = t.text === ',' ? this.segmentStart(k) : -1;
      if (apposition > this.s.tokenStart && tokens[apposition - 1].text === ',' && this.appositionAt(apposition)?.[1] === k) {
        k = apposition - 1;
        continue;
      }
      if (!isWord(t) && t.kind !== 'number' && t.text !== '(' && t.text !== ')' && !(t.text === '.' && !this.breaksClause(k))) break;
      if ((t.cls & (W.AUXILIARY | W.MODAL)) !== 0 && this.isFinite(k)) return k;
      if (CAUSATIVE.has(t.lower)) return k;
      if (this.isSubordinator(k) && (k === this.s.tokenStart || tokens[k - 1].text === ',' || tokens[k - 1].kind === 'quote')) break;
    }
    for (let k = i + 1; k < Math.min(this.s.tokenEnd, i + 4); k++) {
      if (!this.isVerbCluster(k)) break;
      if (this.isFinite(k)) return k;
    }
    return -1;
  }

  // -------------------------------------------------------------------------------------------
  // Cues

  private findInSentence(out: Candidate[]): void {
    const { tokens, s } = this;
    const before = out.length;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || t.quote >= 0) continue;
      const c = this.wordCue(i) ?? this.verbCue(i);
      if (c) out.push(c);
    }
    this.separateCoordinated(out, before);
    this.dropImpersonalInsideMessages(out, before);
  }

  /**
   * "Ein Diplomat sagte, man rechne nicht mit einem Durchbruch": "man" inside the reported speech of
   * a source is that source's way of speaking, not a second, vague one.
   */
  private dropImpersonalInsideMessages(out: Candidate[], from: number): void {
    const { tokens, s } = this;
    const impersonal = (c: Candidate) => c.source !== null && c.source[1] - c.source[0] === 1 && tokens[c.source[0]].lower === 'man';
    let any = false;
    for (let a = from; a < out.length && !any; a++) any = impersonal(out[a]);
    if (!any) return;
    // how many messages of sourced, not impersonal candidates cover each token of the sentence
    const covered = new Int32Array(s.tokenEnd - s.tokenStart + 1);
    for (let a = from; a < out.length; a++) {
      const { message } = out[a];
      if (out[a].source === null || impersonal(out[a]) || message === null) continue;
      covered[message[0] - s.tokenStart]++;
      covered[message[1] - s.tokenStart]--;
    }
    for (let k = 1; k < covered.length; k++) covered[k] += covered[k - 1];
    let kept = from;
    for (let a = from; a < out.length; a++) {
      if (!impersonal(out[a]) || covered[out[a].cue[0] - s.tokenStart] === 0) out[kept++] = out[a];
    }
    out.length = kept;
  }

  private candidate(cue: Range, source: Range | null, classified: Classified, message: Range | null): Candidate {
    return { sentence: this.s.index, cue, source, kind: classified.kind, anaphoric: classified.anaphoric, documentOnly: classified.documentOnly, message };
  }

  /**
   * Cues that are no verbs of saying: the prepositions "laut", "gemäß", "zufolge", "nach Angaben",
   * "unter Berufung auf", ", so X", "wonach", "demnach", "bekannt" with sein/werden, "die Rede von",
   * a speaker before a colon, and nouns of claiming with a complement clause.
   */
  private wordCue(i: number): Candidate | undefined {
    const { tokens } = this;
    const t = tokens[i];
    const lower = t.lower;
    const next = tokens[i + 1];
    if ((lower === 'laut' || lower === 'gemäß') && i + 1 < this.s.tokenEnd) {
      const relative = tokens[i - 1]?.text === ',' && RELATIVE_PRONOUNS.has(next?.lower ?? '') ? this.relativeCue(i) : undefined;
      if (relative) return relative;
      // "laut taz", "laut ndr.de": a name in lower case
      const address = this.webAddressEnd(i + 1);
      if (address > 0) return this.prepositional([i, i + 1], [i + 1, address]);
      if (isWord(next) && !isCapitalized(next) && !this.lexicon.isGerman(next.text)) return this.prepositional([i, i + 1], [i + 1, i + 2]);
      if (!this.startsNounPhrase(i + 1)) return undefined;
      const np = this.nounPhraseRight(i + 1);
      return np ? this.prepositional([i, i + 1], np) : undefined;
    }
    if (lower === 'zufolge') {
      // "Ihnen zufolge": a pronoun in the dative stands for a source named before
      if (isWord(tokens[i - 1]) && DATIVE_PRONOUNS.has(tokens[i - 1].lower)) return this.candidate([i, i + 1], [i - 1, i], ANAPHORIC, this.messageAround([i, i + 1], [i - 1, i]));
      const np = this.nounPhraseLeft(i - 1);
      return np ? this.prepositional([i, i + 1], np) : undefined;
    }
    if (lower === 'nach') return this.nachCue(i);
    // "Gerüchten zu Folge": "zufolge" written apart
    if (lower === 'folge' && tokens[i - 1]?.lower === 'zu' && t.text === 'Folge') {
      const np = this.nounPhraseLeft(i - 2);
      return np ? this.prepositional([i - 1, i + 1], np) : undefined;
    }
    // "aus Sicht der Organisationen", "aus der Sicht von Experten": from whose point of view
    if (lower === 'aus' && (next?.text === 'Sicht' || (next?.lower === 'der' && tokens[i + 2]?.text === 'Sicht'))) {
      const np = this.nounPhraseRight(i + 1);
      const sicht = next.text === 'Sicht' ? i + 1 : i + 2;
      if (!np || np[1] <= sicht + 1) return undefined;
      // the owner of the view decides the kind: "aus Sicht von Experten" is anonymous
      const owner: Range = [tokens[sicht + 1].lower === 'von' || tokens[sicht + 1].lower === 'vom' ? sicht + 2 : sicht + 1, np[1]];
      return this.candidate([i, i + 1], np, this.classify(owner), this.messageAround([i, i + 1], np));
    }
    if (lower === 'unter' && next?.lower === 'berufung' && tokens[i + 2]?.lower === 'auf') {
      const np = this.nounPhraseRight(i + 3);
      return np ? this.prepositional([i, i + 3], np) : undefined;
    }
    if (BERUFUNG_VERBS.has(lower)) {
      // "beruft auf", "berief sich auf", "beruft sich dabei auf"
      let auf = i + 1;
      if (tokens[auf]?.lower === 'sich') auf++;
      if (auf > i + 1 && isWord(tokens[auf]) && (tokens[auf].cls & W.ADVERB) !== 0 && tokens[auf + 1]?.lower === 'auf') auf++;
      if (tokens[auf]?.lower !== 'auf' || auf >= this.s.tokenEnd) return undefined;
      const np = this.nounPhraseRight(auf + 1);
      if (!np) return undefined;
      // the reflexive form ("Die Zeitung berief sich auf …") is a cue only for an unnamed or vague source,
      // which the reader must be warned of; with a named one the subject's report is the statement
      const kind = auf > i + 1 ? this.classify(np).kind : null;
      if (kind !== null && kind !== 'anonymous' && kind !== 'vague') return undefined;
      return this.prepositional([i, auf + 1], np);
    }
    const afterBreak = tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '–' || tokens[i - 1]?.text === '-';
    if (lower === 'so' && afterBreak && this.startsNounPhrase(i + 1) && !this.isFinite(i + 1)) return this.soCue(i);
    // "Demnach ist …", "soll demnach gestärkt werden": the adverb stands for the source named before, as a pronoun does
    const demnach = lower === 'demnach' || lower === 'demzufolge';
    const danach = lower === 'danach' && i === this.s.tokenStart && isWord(next) && ((next.cls & W.KONJ1) !== 0 || (this.isFinite(i + 1) && this.documentBefore()));
    if ((demnach && this.isFinite(i + 1)) || danach) {
      return this.candidate([i, i + 1], [i, i + 1], ANAPHORIC, this.messageAfter(i + 1));
    }
    if (demnach && i > this.s.tokenStart && this.hasFinite(this.segmentStart(i), i)) {
      return this.candidate([i, i + 1], [i, i + 1], ANAPHORIC, this.trimmed([this.s.tokenStart, this.s.tokenEnd]));
    }
    if (lower === 'wonach' && tokens[i - 1]?.text === ',') {
      const np = this.reportNounBefore(i - 1);
      const message = this.subordinateClause(i + 1);
      return this.candidate([i, i + 1], np, np ? this.classify(np) : { ...VAGUE, documentOnly: true }, message);
    }
    if (lower === 'bekannt') return this.bekanntCue(i);
    // "Bekanntlich ist …": knowledge claimed for everybody, so for nobody in particular
    // (in the sentence's first clause: after a comma it may be part of a statement, "sagte, bekanntlich sei …")
    if (COMMON_KNOWLEDGE_ADVERBS.has(lower) && t.quote < 0 && this.segmentStart(i) === this.s.tokenStart) return this.candidate([i, i + 1], null, VAGUE, this.trimmed([this.s.tokenStart, this.s.tokenEnd]));
    // "Es ist kein Geheimnis, dass …"
    if (t.text === 'Geheimnis' && tokens[i - 1]?.lower === 'kein' && BEKANNT_AUXILIARIES.has(tokens[i - 2]?.lower ?? '') && next?.text === ',' && COMPLEMENT_OPENERS.has(tokens[i + 2]?.lower ?? '')) {
      return this.candidate([i - 1, i + 1], null, VAGUE, this.messageAfter(i + 2));
    }
    if (GELTEN_FORMS.has(lower)) return this.giltAlsCue(i);
    if (PLAN_PARTICIPLES.has(lower)) return this.planCue(i);
    if (HEARSAY_INFINITIVES.has(lower) && tokens[i - 1]?.lower === 'zu') return this.zuHörenCue(i);
    if (t.text === 'Worten' && tokens[i - 2]?.lower === 'mit' && (tokens[i - 1]?.lower === 'den' || tokens[i - 1]?.lower === 'diesen')) return this.mitDenWortenCue(i);
    if (lower === 'rede' && tokens[i - 1]?.lower === 'die') return this.redeCue(i);
    if (i === this.s.tokenStart || this.atCapitalStart(i)) {
      const speaker = this.interviewTurnCue(i) ?? this.speakerColonCue(i);
      if (speaker) return speaker;
    }
    // one more speaker in a row of them: "…, und der norwegische Ministerpräsident Jens Stoltenberg: „…“"
    const previous = tokens[i - 1];
    if (i > this.s.tokenStart && ((isWord(previous) && previous.lower === 'und') || previous.text === ';') && (t.cls & W.ARTICLE) !== 0) {
      const speaker = this.speakerColonCue(i);
      if (speaker) return speaker;
    }
    if (isWord(next) || next?.text === ',') {
      if (this.isNounAt(i) && this.ends(CLAIMS, t) && this.claimComma(i) >= 0) return this.claimNounCue(i);
    }
    return undefined;
  }

  /**
   * The comma before the content of a noun of claiming at `i`: right after it, after a pronominal
   * adverb ("Zweifel daran, ob"), a verb of existence ("Einigkeit besteht darüber, dass") or the
   * particle of "herrscht … vor" ("herrschte die Meinung vor, dass"); -1 when there is none.
   */
  private claimComma(i: number): number {
    const { tokens } = this;
    let k = i + 1;
    if (EXISTENCE_VERBS.has(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower === 'vor') k++;
    if (isWord(tokens[k]) && PRONOMINAL_ADVERB.test(tokens[k].lower)) k++;
    return tokens[k]?.text === ',' ? k : -1;
  }

  /**
   * "die Behauptungen, dass jemand einen Anschlag geplant hatte", "Zweifel daran, ob …": a noun of
   * claiming with its content as a clause. The owner before it ("seine Behauptung", "Putins
   * Vorwurf") is the source; without one the claim is nobody's in particular, unless a named source
   * stands in the sentence (the kind then follows it, as for documents).
   */
  private claimNounCue(i: number): Candidate | undefined {
    const { tokens } = this;
    const comma = this.claimComma(i);
    if (!this.opensComplement(comma + 1) || isOpeningQuote(tokens, this.analysis.quotations, comma + 1)) return undefined;
    const message = COMPLEMENT_OPENERS.has(tokens[comma + 1].lower) ? this.subordinateClause(comma + 1) : this.messageAfter(comma + 1);
    const before = tokens[i - 1];
    if (isWord(before) && ANAPHORIC_DETERMINERS.has(before.lower)) return this.candidate([i, i + 1], [i - 1, i + 1], ANAPHORIC, message);
    if (i - 1 > this.s.tokenStart && this.isGenitiveName(i - 1)) return this.candidate([i, i + 1], [i - 1, i], this.classify([i - 1, i]), message);
    const holder = this.opinionHolder(i);
    if (holder) return this.candidate([i, i + 1], holder, this.classify(holder), message);
    return this.candidate([i, i + 1], null, { ...VAGUE, documentOnly: true }, message);
  }

  /**
   * "Metzges ist der Meinung, dass …", "37 Prozent sind der gegenteiligen Auffassung", "er vertritt
   * die These, dass …": the subject of the verb that takes the noun of claiming as its predicate or
   * object.
   */
  private opinionHolder(i: number): Range | null {
    const { tokens } = this;
    let k = i - 1;
    while (k > this.s.tokenStart && i - k <= 6 && isWord(tokens[k]) && !OPINION_VERBS.has(tokens[k].lower) && !this.isFinite(k)) k--;
    const verb = tokens[k];
    if (!isWord(verb) || !OPINION_VERBS.has(verb.lower) || k === i - 1) return null;
    const subject = this.subjectOf(k, this.clauseOf(k));
    return subject && subject[1] <= i ? subject : null;
  }

  /**
   * "…, so Rice." / "…, so der Minister weiter im Fernsehen." / "Doch sei es, so X, ein Haufen …":
   * a noun phrase after "so", then only adverbs and prepositional phrases up to the clause's end.
   */
  private soCue(i: number): Candidate | undefined {
    const { tokens } = this;
    const np = this.nounPhraseRight(i + 1);
    if (!np) return undefined;
    let end = np[1];
    for (let steps = 0; steps < 6 && end < this.s.tokenEnd && !this.isBreak(end); steps++) {
      const t = tokens[end];
      if (this.isFinite(end)) return undefined;
      if (isWord(t) && (t.cls & W.PREPOSITION) !== 0) {
        const object = this.nounPhraseRight(end + 1, false);
        end = object ? object[1] : end + 1;
      } else if (isWord(t) && !isCapitalized(t) && (t.cls & (W.ARTICLE | W.CONJ_SUBORD | W.CONJ_COORD)) === 0) {
        end++;
      } else {
        return undefined;
      }
    }
    if (!this.isBreak(end)) return undefined;
    const closing = tokens[end];
    const inserted = closing !== undefined && closing.text === ',' && end + 1 < this.s.tokenEnd;
    const message = inserted ? this.trimmed([this.s.tokenStart, this.s.tokenEnd]) : this.messageBefore(i - 1);
    return this.candidate([i, i + 1], np, this.classify(np), message);
  }

  /**
   * The report a "wonach" clause belongs to: the noun phrase before the comma, or a noun of saying a
   * few words back in the clause ("wies Berichte zurück, wonach …").
   */
  private reportNounBefore(comma: number): Range | null {
    const np = this.nounPhraseLeft(comma - 1);
    if (np) return np;
    for (let k = comma - 2; k >= Math.max(this.s.tokenStart, comma - 8); k--) {
      if (this.tokens[k].kind !== 'word') return null;
      if (this.isNounAt(k) && (this.isSayingNoun(this.tokens[k]) || this.ends(CLAIMS, this.tokens[k]))) return this.nounPhraseLeft(k);
    }
    return null;
  }

  private prepositional(cue: Range, np: Range): Candidate {
    return this.candidate(cue, np, this.classify(np), this.messageAround(cue, np));
  }

  /** "nach Angaben der Polizei", "nach Expertenmeinung", "nach denen", "Seiner Meinung nach", "dem Vernehmen nach". */
  private nachCue(i: number): Candidate | undefined {
    const { tokens } = this;
    // postposition: "Seiner Meinung nach", "Dem Vernehmen nach"
    const left = tokens[i - 1];
    if (isWord(left) && POSTPOSED_NACH_NOUNS.has(left.text) && !this.isNominal(i + 1)) {
      const np = this.nounPhraseLeft(i - 1);
      if (np) return this.prepositional([i, i + 1], np);
    }
    const relative = tokens[i - 1]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[i + 1]?.lower ?? '') ? this.relativeCue(i) : undefined;
    if (relative) return relative;
    if (!this.startsNounPhrase(i + 1) || this.isTemporalNach(i)) return undefined;
    const np = this.nounPhraseRight(i + 1);
    if (!np || !this.isSayingHead(np, true)) return undefined;
    // a bare plan or rule that closes its clause is an idiom of manner: "Die Offensive laufe nach Plan."
    if (np[1] - np[0] === 1 && !this.isSayingNoun(tokens[np[0]]) && (np[1] >= this.s.tokenEnd || tokens[np[1]].kind === 'punct')) return undefined;
    return this.prepositional([i, i + 1], np);
  }

  /**
   * "nach" that means "after" or "for": "sechs Tage nach der Veröffentlichung", "erst nach
   * umfangreichen Ermittlungen", "die Forderung nach einem Tarifvertrag".
   */
  private isTemporalNach(i: number): boolean {
    const { tokens } = this;
    const left = tokens[i - 1];
    if (isWord(left) && (TIME_NOUNS.has(left.text) || BEFORE_TEMPORAL_NACH.has(left.lower) || NOUNS_WITH_NACH.has(left.text))) return true;
    const next = tokens[i + 1];
    return isWord(next) && EXTENT_ADJECTIVE.test(next.lower);
  }

  /** "…, nach denen 72 Prozent …", "…, laut denen …": a relative clause that cites its antecedent, a document. */
  private relativeCue(i: number): Candidate | undefined {
    let antecedent = this.nounPhraseLeft(i - 2);
    // "ein Schritt für die Pläne der Nationalsozialisten, laut denen", "eine Konsequenz der Umfragen, nach
    // denen": the report may be a phrase inside, opened by an article or a preposition
    for (let k = i - 2; antecedent && !this.isSayingHead(antecedent, true) && k > antecedent[0]; k--) {
      const t = this.tokens[k];
      if (!isWord(t) || (t.cls & (W.ARTICLE | W.PREPOSITION)) === 0) continue;
      const inner: Range = [(t.cls & W.ARTICLE) !== 0 ? k : k + 1, i - 1];
      if (inner[0] < inner[1] && this.isSayingHead(inner, true)) antecedent = inner;
    }
    if (!antecedent || !this.isSayingHead(antecedent, true)) return undefined;
    return this.candidate([i, i + 1], [i + 1, i + 2], this.classify(antecedent), this.subordinateClause(i + 2));
  }

  /**
   * The head of a phrase is a noun of saying ("Angaben", "Medienberichten", "Grupps Meinung"), or
   * with `accordingTo` also a noun of plans and rules that "nach" takes ("nach dem Grundgesetz").
   */
  private isSayingHead(np: Range, accordingTo = false): boolean {
    for (let k = np[0]; k < np[1]; k++) {
      if (!this.isNounAt(k)) continue;
      // "Nach Grupps Meinung": a genitive name before the noun
      if (this.isNounAt(k + 1) && k + 1 < np[1] && this.tokens[k].lower.endsWith('s') && this.mayBeName(this.tokens[k])) continue;
      const t = this.tokens[k];
      return this.isSayingNoun(t) || (accordingTo && this.ends(ACCORDING_TO, t));
    }
    return false;
  }

  private isSayingNoun(w: Token): boolean {
    return this.ends(SAYING, w);
  }

  /** "Es ist bekannt, dass", "wurde bekannt, dass", "Wie bekannt wurde, …": a vague cue. */
  private bekanntCue(i: number): Candidate | undefined {
    const { tokens } = this;
    const before = this.sameClauseWords(i, -4);
    const after = this.sameClauseWords(i, 2);
    if (before.some((k) => NEGATIONS.has(tokens[k].lower))) return undefined;
    const withSeinBefore = before.some((k) => BEKANNT_AUXILIARIES.has(tokens[k].lower));
    const withSeinAfter = after.some((k) => BEKANNT_AUXILIARIES.has(tokens[k].lower));
    if (!withSeinBefore && !withSeinAfter) return undefined;
    // "Aus Sicherheitskreisen wurde bekannt", "wie aus dem Bericht bekannt wurde": the circle or document it came from
    const from = this.ausPhrase(i);
    const found = (message: Range | null) => (from ? this.candidate([i, i + 1], from.phrase, from.classified, message) : this.candidate([i, i + 1], null, VAGUE, message));
    const opener = this.segmentStart(i);
    if (withSeinAfter && this.isSubordinator(opener)) return found(this.messageForSubordinateCue(opener, i + 1 + after.length));
    let end = i + 1;
    while (end < this.s.tokenEnd && after.includes(end)) end++;
    const next = tokens[end];
    if (next?.text !== ',' && !COMPLEMENT_OPENERS.has(next?.lower ?? '')) return undefined;
    return found(this.messageAfter(next.text === ',' ? end + 1 : end));
  }

  /**
   * "Es gilt als sicher, dass …", "Als wahrscheinlich galt, dass …": a judgement held by nobody in
   * particular. "Er gilt als Favorit" and "Der Plan gilt als sicher" have no complement and report nothing.
   */
  private giltAlsCue(i: number): Candidate | undefined {
    const { tokens } = this;
    const isJudgement = (k: number) => isWord(tokens[k]) && !isCapitalized(tokens[k]) && (tokens[k].cls & (W.ADJECTIVE | W.PARTICIPLE | W.ADVERB)) !== 0;
    let cue: Range;
    if (tokens[i + 1]?.lower === 'als' && isJudgement(i + 2)) cue = [i, i + 3];
    else if (tokens[i - 2]?.lower === 'als' && isJudgement(i - 1)) cue = [i - 2, i + 1];
    else return undefined;
    const next = tokens[cue[1]];
    if (next?.text !== ',' || !COMPLEMENT_OPENERS.has(tokens[cue[1] + 1]?.lower ?? '')) return undefined;
    return this.candidate(cue, null, VAGUE, this.messageAfter(cue[1] + 1));
  }

  /**
   * "Aus der Regierung ist zu hören, …", "In dem Bericht war zu lesen: …": what one can hear or read,
   * from the circle or document named in the clause, else from nobody in particular.
   */
  private zuHörenCue(i: number): Candidate | undefined {
    const { tokens } = this;
    if (!this.sameClauseWords(i - 1, -5).some((k) => BEKANNT_AUXILIARIES.has(tokens[k].lower))) return undefined;
    const next = tokens[i + 1];
    if (next?.text !== ',' && next?.text !== ':') return undefined;
    const cue: Range = [i - 1, i + 1];
    const quoted = next.text === ':' && isOpeningQuote(tokens, this.analysis.quotations, i + 2) ? this.analysis.quotations[tokens[i + 2].quote] : undefined;
    // "ist zu hören, wie der Sturm tobt" is a perception, not a report
    const perception = tokens[i + 2]?.lower === 'wie';
    const message = quoted ? ([quoted.tokenStart, quoted.tokenEnd] as Range) : next.text === ',' && (perception || !this.opensComplement(i + 2)) ? null : this.messageAfter(i + 2);
    if (!message) return undefined;
    const from = this.ausPhrase(i);
    if (from) return this.candidate(cue, from.phrase, from.classified, message);
    const document = this.documentPhraseIn(this.segmentStart(i), i - 1);
    return document ? this.candidate(cue, document, this.classify(document), message) : this.candidate(cue, null, VAGUE, message);
  }

  /**
   * "warb mit den Worten: „…“", "trat dem Vorwurf mit den Worten entgegen, …": the words are the
   * message and the subject of the clause's verb, which is no verb of saying itself, the source.
   */
  private mitDenWortenCue(i: number): Candidate | undefined {
    const { tokens } = this;
    // "mit den Worten entgegen, …": the particle or verbs that end the clause stand between
    let end = i + 1;
    while (end < Math.min(this.s.tokenEnd, i + 3) && isWord(tokens[end]) && (this.isVerbCluster(end) || this.lexicon.isSeparablePrefix(tokens[end].lower))) end++;
    const next = tokens[end];
    if (next?.text !== ':' && next?.text !== ',') return undefined;
    // "wird mit den Worten zitiert": the verb of saying after the words has the statement
    for (let k = i + 1; k < end; k++) if (this.reportingLemma(k) !== undefined) return undefined;
    let verb = -1;
    for (let k = i - 3; k >= Math.max(this.s.tokenStart, i - CLAUSE_REACH / 2) && verb < 0; k--) {
      if (tokens[k].quote >= 0) continue;
      if (this.breaksClause(k) || tokens[k].text === ',') break;
      if (this.isFinite(k)) verb = k;
    }
    if (verb < 0 || this.reportingLemma(verb) !== undefined) return undefined;
    let message: Range | null;
    if (next.text === ':') {
      const quoted = isOpeningQuote(tokens, this.analysis.quotations, end + 1) ? this.analysis.quotations[tokens[end + 1].quote] : undefined;
      message = quoted ? [quoted.tokenStart, quoted.tokenEnd] : end + 1 < this.s.tokenEnd ? this.messageAfter(end + 1) : this.nextSentenceMessage();
    } else {
      message = this.opensComplement(end + 1) ? this.messageAfter(end + 1) : null;
    }
    if (!message) return undefined;
    const subject = this.subjectOf(verb, this.clauseOf(verb));
    const cue: Range = [i - 2, i + 1];
    return subject ? this.candidate(cue, subject, this.classify(subject), message) : this.candidate(cue, null, { kind: 'none', anaphoric: false, documentOnly: false }, message);
  }

  /** "Es ist geplant, dass …", "es war vorgesehen, … zu …": a plan that nobody is said to have made. */
  private planCue(i: number): Candidate | undefined {
    const { tokens } = this;
    const before = this.sameClauseWords(i, -3);
    if (!before.some((k) => tokens[k].lower === 'es') || !before.some((k) => BEKANNT_AUXILIARIES.has(tokens[k].lower))) return undefined;
    if (tokens[i + 1]?.text !== ',' || !this.opensComplement(i + 2)) return undefined;
    return this.candidate([i, i + 1], null, VAGUE, this.messageAfter(i + 2));
  }

  /**
   * The sentence before this one, in the same block, names a document ("eine Studie", "der Bericht"):
   * then a "Danach" that opens this one means "according to it", not "afterwards".
   */
  private documentBefore(): boolean {
    const previous = this.analysis.sentences[this.s.index - 1];
    if (previous === undefined || previous.block !== this.s.block) return false;
    for (let k = previous.tokenStart; k < Math.min(previous.tokenEnd, previous.tokenStart + DOCUMENT_SCAN); k++) {
      const t = this.tokens[k];
      if (isWord(t) && isCapitalized(t) && (t.cls & CLOSED_CLASSES) === 0 && this.isSayingNoun(t)) return true;
    }
    return false;
  }

  /** Up to |n| word tokens before (n < 0) or after `i` without crossing punctuation. */
  private sameClauseWords(i: number, n: number): number[] {
    const found: number[] = [];
    const step = n < 0 ? -1 : 1;
    for (let k = i + step; found.length < Math.abs(n) && k >= this.s.tokenStart && k < this.s.tokenEnd && this.tokens[k].kind === 'word'; k += step) found.push(k);
    return found;
  }

  /**
   * "Ein Beamter der Nationalpolizei: „Hier weiß man, wer die Kriminellen sind.“": a speaker named
   * before a colon and a quotation, with no verb; the colon is the cue.
   */
  private speakerColonCue(i: number): Candidate | undefined {
    // the noun phrase ends inside the sentence or right after it: no colon there, no cue (and no phrase to build)
    const colon = this.colonBeforeQuoteAfter(i);
    if (colon < 0 || colon > this.s.tokenEnd) return undefined;
    const np = this.nounPhraseRight(i);
    if (!np) return undefined;
    // "Koppelin wörtlich: „…“": an adverb of manner may stand before the colon, or what the words are
    // about ("Nina Hagen zur neuen Heimat:", "Ein Hauptkommissar nach der Festnahme:")
    let colonAt = isWord(this.tokens[np[1]]) && SPEAKER_COLON_ADVERBS.has(this.tokens[np[1]].lower) ? np[1] + 1 : np[1];
    if (isWord(this.tokens[colonAt]) && TOPIC_PREPOSITIONS.has(this.tokens[colonAt].lower)) {
      const topic = this.nounPhraseRight(colonAt + 1, false);
      if (topic) colonAt = topic[1];
    }
    if (this.tokens[colonAt]?.text !== ':' || !isOpeningQuote(this.tokens, this.analysis.quotations, colonAt + 1)) return undefined;
    const q = this.analysis.quotations[this.tokens[colonAt + 1].quote];
    return this.candidate([colonAt, colonAt + 1], np, this.classify(np), [q.tokenStart, q.tokenEnd]);
  }

  /** The first colon before an opening quotation mark after token `i`, or -1. */
  private colonBeforeQuoteAfter(i: number): number {
    const colons = this.colonsBeforeQuotes;
    let lo = 0;
    let hi = colons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (colons[mid] <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo < colons.length ? colons[lo] : -1;
  }

  /**
   * "war von einer Fusion die Rede", "In ersten Meldungen ist von Geiseln die Rede": talk reported
   * without a speaker, unless a document is named in the clause.
   */
  private redeCue(i: number): Candidate | undefined {
    const around = [...this.sameClauseWords(i - 1, -10), ...this.sameClauseWords(i, 3)].map((k) => this.tokens[k].lower);
    if (!around.some((w) => BEKANNT_AUXILIARIES.has(w)) || !around.some((w) => w === 'von' || w === 'davon')) return undefined;
    const start = this.segmentStart(i);
    const document = this.documentPhraseIn(start, i);
    const message = this.trimmed([this.s.tokenStart, this.s.tokenEnd]);
    return document ? this.candidate([i, i + 1], document, this.classify(document), message) : this.candidate([i, i + 1], null, VAGUE, message);
  }

  /** The lemma of a reporting verb form and the index of its separated particle (or -1), for a verb that passes `mayBeReporting`. */
  private reportingLemma(i: number): { lemma: string; particle: number } | undefined {
    const t = this.tokens[i];
    const readings = this.verbsOf(t);
    const particle = (t.cls & FINITE) !== 0 ? this.particleOf(i) : -1;
    if (particle >= 0) {
      const p = this.tokens[particle].lower;
      for (const r of readings) {
        const lemma = r.prefix === undefined ? p + r.lemma : r.prefix === p ? r.lemma : undefined;
        if (lemma && this.isReportingLemma(lemma)) return { lemma, particle };
      }
      return undefined;
    }
    // "bekannt gegeben", "fest gestellt": a particle written apart before a participle or infinitive,
    // or before the finite verb that ends its clause ("wie der Verband bekannt gab")
    const prev = this.tokens[i - 1];
    const apart = (t.cls & FINITE) === 0 || (APART_PARTICLES.has(prev?.lower ?? '') && this.isClauseFinal(i));
    if (apart && isWord(prev) && REPORTING_PARTICLES.has(prev.lower)) {
      for (const r of readings) {
        if (r.prefix === undefined && this.isReportingLemma(prev.lower + r.lemma)) return { lemma: prev.lower + r.lemma, particle: i - 1 };
      }
    }
    for (const r of readings) {
      if (r.prefix !== undefined && !t.lower.startsWith(r.prefix)) continue;
      if (this.isReportingLemma(r.lemma)) return { lemma: r.lemma, particle: -1 };
    }
    return undefined;
  }

  /** Every way to a reporting lemma starts from a reading of the verb that is one or ends one. */
  private mayBeReporting(t: Token): boolean {
    if (t.spelling < 0) return this.verbsOf(t).some((r) => REPORTING_LEMMA_ENDINGS.has(r.lemma));
    return this.reportingAnswers.answer(t.spelling) ?? this.reportingAnswers.remember(t.spelling, this.verbsOf(t).some((r) => REPORTING_LEMMA_ENDINGS.has(r.lemma)));
  }

  private isReportingLemma(lemma: string): boolean {
    return SPEECH_VERBS.has(lemma) || THOUGHT_VERBS.has(lemma);
  }

  /** A separable particle standing at the end of the clause of the finite verb at `i` ("teilte … mit"). */
  private particleOf(i: number): number {
    const { tokens } = this;
    const limit = Math.min(this.s.tokenEnd, i + CLAUSE_REACH);
    for (let k = i + 1; k < limit; k++) {
      const t = tokens[k];
      if (t.quote >= 0 && t.kind !== 'quote') continue;
      const name = this.quotedNameAt(k);
      if (name) {
        k = name.tokenEnd - 1;
        continue;
      }
      const close = this.parenthesisEnd(k);
      if (close > 0) {
        k = close;
        continue;
      }
      // an apposition inside the clause: "teilte der Vorsitzende, Magdalena Chu, mit"
      const apposition = t.text === ',' ? this.appositionAt(k + 1) : null;
      if (apposition && tokens[apposition[1]]?.text === ',') {
        k = apposition[1];
        continue;
      }
      // an inserted clause: "warf Obama, nachdem dessen Entscheidung publik wurde, vor"
      const inserted = t.text === ',' && isWord(tokens[k + 1]) && ADVERBIAL_SUBORDINATORS.has(tokens[k + 1].lower) ? this.segmentEnd(k + 1) : -1;
      if (inserted > k + 2 && tokens[inserted]?.text === ',' && this.hasFinite(k + 2, inserted)) {
        k = inserted;
        continue;
      }
      if (t.kind === 'punct' || t.kind === 'quote') return -1;
      if (!isWord(t) || !REPORTING_PARTICLES.has(t.lower)) {
        if (isWord(t) && (t.cls & W.CONJ_COORD) !== 0 && this.isFinite(k + 1)) return -1;
        continue;
      }
      const after = tokens[k + 1];
      const closes = k + 1 >= this.s.tokenEnd || !isWord(after) || ((after.cls & W.CONJ_COORD) !== 0 && !this.isNominal(k + 2));
      if (closes) return k;
    }
    return -1;
  }

  /** A verb of saying with the words next to it that belong to its cue. */
  private verbCue(i: number): Candidate | undefined {
    const c = this.verbStatement(i);
    if (c && c.cue[0] === i && c.cue[1] === i + 1) c.cue = this.adjacentCueWords(i, c);
    return c;
  }

  /**
   * The cue of the verb at `i` widened by the words right next to it that belong to the verb: a
   * particle written apart ("bekannt gegeben", "teilte mit"), an auxiliary ("wurde berichtet",
   * "angekündigt hatte"), the reflexive pronoun ("äußerte sich") and the governed pronominal adverb
   * ("sprach davon"); never into the source or the message.
   */
  private adjacentCueWords(i: number, c: Candidate): Range {
    const { tokens } = this;
    const inside = (k: number, r: Range | null) => r !== null && k >= r[0] && k < r[1];
    const free = (k: number) => k >= this.s.tokenStart && k < this.s.tokenEnd && isWord(tokens[k]) && tokens[k].quote < 0 && !inside(k, c.source) && !inside(k, c.message);
    const auxiliary = (k: number) => free(k) && (tokens[k].cls & W.AUXILIARY) !== 0 && !isCapitalized(tokens[k]);
    const found = this.reportingLemma(i);
    const participle = (tokens[i].cls & W.PARTICIPLE) !== 0 && this.finiteAnchor(i) >= 0;
    let a = i;
    let b = i + 1;
    if (found && found.particle === a - 1 && free(a - 1)) a--;
    if (participle && auxiliary(a - 1)) a--;
    if (!participle && free(b) && tokens[b].lower === 'sich') b++;
    if (found && found.particle === b && free(b)) b++;
    const governed = found ? VERBS_WITH_PREPOSITION.get(found.lemma) : undefined;
    // not "geht davon … aus": a cue is one stretch, and the particle standing apart would be left out
    if (governed && found?.particle === -1 && free(b) && governed.has(tokens[b].lower) && PRONOMINAL_ADVERB.test(tokens[b].lower)) b++;
    if (participle && a === i && auxiliary(b)) b++;
    return [a, b];
  }

  /** A verb of saying: its source (subject, passive agent, relative pronoun) and message. */
  private verbStatement(i: number): Candidate | undefined {
    const { tokens } = this;
    const t = tokens[i];
    if ((t.cls & (FINITE | W.PARTICIPLE | W.INFINITIVE)) === 0 || (t.cls & (W.PREPOSITION | W.PRONOUN)) !== 0 || ADVERB_HOMOGRAPHS.has(t.lower)) return undefined;
    if ((t.cls & W.ARTICLE) !== 0 && !this.isDeterminerVerb(i)) return undefined;
    if (isCapitalized(t) && !(this.atCapitalStart(i) && (t.cls & W.NOUN) === 0)) return undefined;
    // the same cheap test `reportingLemma` starts with, before the costly questions about the verb's clause
    if (!this.mayBeReporting(t)) return undefined;
    // "bestätigt", "kritisiert": finite or participle; with an auxiliary in its clause it is the participle
    // "war schlimm und die Bürger befürchten": 'sein' and 'haben' govern no bare infinitive, so the form is finite
    const governing = (t.cls & (W.PARTICIPLE | W.INFINITIVE)) !== 0 ? this.finiteAnchor(i) : -1;
    const governed = governing >= 0 && ((t.cls & W.PARTICIPLE) !== 0 || !this.verbsOf(tokens[governing]).every((r) => r.lemma === 'sein' || r.lemma === 'haben'));
    const finite = this.isFinite(i) && !governed;
    // an attributive participle ("die angekündigten Maßnahmen") or a zu-infinitive ("um … mitzuteilen")
    // ("aufgefordert Türen … zu halten": a participle in -t has no ending and cannot be attributive)
    if (!finite && this.isNounAt(i + 1) && (t.cls & W.INFINITIVE) === 0 && !t.lower.endsWith('t')) return undefined;
    // "Die am Montag veröffentlichte Studie": a form that looks finite but ends an extended attribute
    if (this.isNounAt(i + 1) && this.endsExtendedAttribute(i)) return undefined;
    // "Gut informierte Quellen sagten": after a degree word that opens the phrase the form is an attribute
    if (this.isNounAt(i + 1) && INFLECTED_ENDING.test(t.lower) && this.opensWithDegreeWord(i - 1)) return undefined;
    const zuInfix = !finite && (t.cls & W.INFINITIVE) !== 0 && this.verbsOf(t).some((r) => r.prefix !== undefined && t.lower.startsWith(r.prefix + 'zu'));
    if (tokens[i - 1]?.lower === 'zu' || zuInfix) return undefined;
    // "Ehrlich gesagt, …", "Anders gesagt": a comment on how something is put, not a report
    if (t.lower === 'gesagt' && isWord(tokens[i - 1]) && MANNER_OF_SAYING.has(tokens[i - 1].lower) && this.isBreakBefore(i - 1) && /^[,:]$/.test(tokens[i + 1]?.text ?? '')) return undefined;
    const found = this.reportingLemma(i);
    if (!found) return undefined;
    const { lemma } = found;
    const preposition = VERBS_WITH_PREPOSITION.get(lemma);
    if (preposition && !this.hasWordInClause(i, preposition)) return undefined;
    const thought = THOUGHT_VERBS.has(lemma) && !SPEECH_VERBS.has(lemma);
    const cue: Range = [i, i + 1];

    if (lemma === 'heißen') return this.heißtEs(i);
    // "Das erfuhr die Zeitung aus Koalitionskreisen": whoever learned it names the informant in its "aus" phrase
    if (lemma === 'hervorgehen' || lemma === 'verlauten' || lemma === 'ergeben' || lemma === 'erfahren') {
      const aus = this.ausPhrase(i);
      if (aus) return this.candidate(cue, aus.phrase, aus.classified, this.messageForVerb(i, i, this.clauseOf(i), aus.phrase));
      if (lemma === 'hervorgehen') return undefined;
      // "Er erfuhr, dass er entlassen wird" tells what he learned; only "Wie die Zeitung erfuhr" reports
      const clause = lemma === 'erfahren' ? this.clauseOf(i) : undefined;
      if (clause && !(clause.kind === 'subordinate' && tokens[clause.start].lower === 'wie')) return undefined;
    }
    const anchor = finite ? i : this.finiteAnchor(i);
    const passive = !finite && (t.cls & W.PARTICIPLE) !== 0 && anchor >= 0 && this.isPassive(i, anchor);
    const clauseVerb = anchor >= 0 && anchor < i ? anchor : i;
    const clause = this.clauseOf(Math.min(i, anchor >= 0 ? anchor : i));
    const subject = passive && !SPEAKER_SUBJECT_PASSIVES.has(lemma) ? null : this.subjectOf(clauseVerb, clause);
    // the reporting clause ends with its particle: "warf Obama, nachdem …, vor, er sei …"
    const message = this.messageForVerb(Math.max(i, found.particle), clauseVerb, clause, subject);
    const hasComplement = message !== null && !this.isWholeSentence(message);
    // a thought needs its content: a complement, a content object ("erwarten keine schnelle Entscheidung") or its preposition ("halten … für wahrscheinlich")
    const supposition = passive && SUPPOSITION_VERBS.has(lemma);
    const content = !passive && ((finite && CONTENT_OBJECT_VERBS.has(lemma)) || preposition !== undefined);
    if (thought && !hasComplement && !supposition && !content) return undefined;
    // "Der Zünder stellte sich als Attrappe heraus": reflexive without a complement, the verb tells what proved true
    if (!hasComplement && REFLEXIVE_NOT_REPORTING.has(lemma) && this.hasWordInClause(i, REFLEXIVE)) return undefined;
    // a perfect without complement or quotation ("Küng hatte den Papst kritisiert") tells an earlier act, not a
    // statement; with its preposition the verb names what was said ("hatten von einem Volkskrieg gesprochen")
    if (!hasComplement && !passive && !finite && preposition === undefined) return undefined;

    // "Der Bericht zitiert zwei Personen mit engen Verbindungen zum Kreml": an unnamed source quoted by a named one
    if (OBJECT_SOURCE_VERBS.has(lemma) && !passive && finite) {
      // "zitierte man Yolanda Alvarez": the impersonal subject stands between the verb and its object
      const objectStart = tokens[i + 1]?.lower === 'man' ? i + 2 : i + 1;
      const object = this.nounPhraseRight(objectStart, false);
      const classified = object ? this.classify(object) : null;
      const impersonal = subject === null || (subject[1] - subject[0] === 1 && tokens[subject[0]].lower === 'man');
      if (object && (classified?.kind === 'anonymous' || impersonal)) return this.candidate(cue, object, classified!, message);
    }
    if (passive) {
      // "Platter wird von Reuters mit den Worten zitiert, …": the one quoted spoke, not the agency
      if (subject) return this.candidate(cue, subject, this.classify(subject), message);
      // "Von einer Krise wird gesprochen": the governed "von" names the content, not the agent
      const agent = preposition?.has('von') ? null : this.passiveAgent(i, clause.start);
      // "Das Feuer wurde von Anwohnern gemeldet": an act with its agent, but no statement
      if (agent) return hasComplement ? this.candidate(cue, agent, this.classify(agent), message) : undefined;
      // "Als Todesursache wurde ein Herzinfarkt angegeben": a statement reported without its speaker
      const reportsAct = (INFORMING_VERBS.has(lemma) || SUPPOSITION_VERBS.has(lemma) || preposition !== undefined) && !this.sameClauseWords(i, -4).some((k) => NEGATIONS.has(tokens[k].lower));
      if (!hasComplement && !reportsAct) return undefined;
      // "Das Ergebnis wird am Montag bekannt gegeben", "Die Maßnahmen könnten verkündet werden": an act of
      // informing still to come, not a statement made ("Als Ursache wird … vermutet" is one, in the present);
      // nor is "Wer gewinnt, wird morgen entschieden", whose content is a question
      const upcoming = UPCOMING_PASSIVE_AUX.has(tokens[anchor].lower) || (tokens[anchor].cls & W.MODAL) !== 0;
      if (upcoming && ((!hasComplement && INFORMING_VERBS.has(lemma)) || (hasComplement && this.isQuestion(message!)))) return undefined;
      const opener = tokens[clause.start];
      const inDocument = clause.kind === 'relative' && (opener.lower === 'in' || opener.lower === 'im') ? this.nounPhraseLeft(clause.start - 2) : null;
      const document = inDocument ?? this.documentPhraseIn(clause.start, i);
      if (document) return this.candidate(cue, document, this.classify(document), message);
      return this.candidate(cue, null, VAGUE, message);
    }
    // "Die Untersuchung ergab, dass …", "wie eine Umfrage ergab": a finding reports only with a document as its subject
    if (lemma === 'ergeben' && !(subject && hasComplement && this.isSayingHead(subject, true))) return undefined;
    if (!subject) return this.candidate(cue, null, lemma === 'verlauten' ? VAGUE : { kind: 'none', anaphoric: false, documentOnly: false }, message);
    const first = tokens[subject[0]];
    // "Als Lichtjahr bezeichnet man die Strecke …", "Rosinenbomber nannte man Flugzeuge …": a definition, not a statement
    const quotedName = message !== null && tokens[message[0]].kind === 'quote' && message[0] > i;
    if (subject[1] - subject[0] === 1 && first.lower === 'man' && NAMING_VERBS.has(lemma) && (!hasComplement || quotedName)) return undefined;
    if (subject[1] - subject[0] === 1 && first.lower === 'es') {
      return lemma === 'verlauten' || hasComplement && thought ? this.candidate(cue, null, VAGUE, message) : undefined;
    }
    if (clause.kind === 'relative' && subject[0] === clause.start) {
      const antecedent = this.nounPhraseLeft(clause.start - 2);
      return this.candidate(cue, subject, antecedent ? this.classify(antecedent) : ANAPHORIC, message);
    }
    return this.candidate(cue, subject, this.classify(subject), message);
  }

  /** Whether the message is an indirect question: its first word (after a comma or dash) opens one. */
  private isQuestion(message: Range): boolean {
    for (let k = message[0]; k < message[1]; k++) {
      const t = this.tokens[k];
      if (t.kind === 'word') return QUESTION_OPENERS.has(t.lower);
    }
    return false;
  }

  /** One of `words` in the clause of the verb at `i`, after it or (Vorfeld, verb-final clause) before it. */
  private hasWordInClause(i: number, words: ReadonlySet<string>): boolean {
    for (let k = i + 1; k < Math.min(this.s.tokenEnd, i + CLAUSE_REACH / 2); k++) {
      if (words.has(this.tokens[k].lower)) return true;
      if (this.tokens[k].kind === 'punct') break;
    }
    for (let k = i - 1; k >= Math.max(this.s.tokenStart, i - CLAUSE_REACH / 4); k--) {
      if (words.has(this.tokens[k].lower)) return true;
      if (this.tokens[k].kind === 'punct') break;
    }
    return false;
  }

  private isWholeSentence(r: Range): boolean {
    return r[0] <= this.s.tokenStart && r[1] >= this.s.tokenEnd;
  }

  /** The participle at `i` with a form of "werden" as its auxiliary, or next to it ("worden", "muss … ausgegangen werden"). */
  private isPassive(i: number, anchor: number): boolean {
    if (PASSIVE_AUX.has(this.tokens[anchor].lower)) return true;
    const after = this.tokens[i + 1];
    return after !== undefined && (after.lower === 'worden' || (after.lower === 'werden' && anchor < i && (this.tokens[anchor].cls & W.MODAL) !== 0));
  }

  /** "von X" / "durch X" before the participle of a passive, within its clause. */
  private passiveAgent(i: number, clauseStart: number): Range | null {
    const agentAt = (k: number): Range | null => {
      const t = this.tokens[k];
      if ((t.lower !== 'von' && t.lower !== 'vom' && t.lower !== 'durch') || this.attachesToPrepositionalPhrase(k)) return null;
      const np = this.nounPhraseRight(k + 1, false);
      return np && !this.timePhraseAt(np[0]) ? np : null;
    };
    for (let k = Math.max(clauseStart, i - CLAUSE_REACH / 2); k < i; k++) {
      const np = agentAt(k);
      if (np && np[1] <= i) return np;
    }
    // "Bestätigt wurde dies von einem Sprecher": the participle first, the agent after the auxiliary
    if (i !== clauseStart) return null;
    for (let k = i + 1; k < Math.min(this.s.tokenEnd, i + CLAUSE_REACH / 4) && isWord(this.tokens[k]); k++) {
      const np = agentAt(k);
      if (np) return np;
    }
    return null;
  }

  /** "unter der Führung von Erdoğan": the "von" at `k` belongs to a noun that is itself inside a prepositional phrase. */
  private attachesToPrepositionalPhrase(k: number): boolean {
    let j = k - 1;
    if (!this.isNounAt(j)) return false;
    while (j > this.s.tokenStart && this.isNominal(j - 1) && k - j < NP_REACH) j--;
    const before = this.tokens[j - 1];
    return isWord(before) && (before.cls & W.PREPOSITION) !== 0 && (before.cls & W.ARTICLE) === 0;
  }

  /** "In einem Bericht der Salzburger Nachrichten wurde vermutet": the document a passive statement stands in. */
  private documentPhraseIn(start: number, i: number): Range | null {
    const { tokens } = this;
    for (let k = Math.max(start, i - CLAUSE_REACH / 2); k < i; k++) {
      const t = tokens[k];
      if (t.lower !== 'in' && t.lower !== 'im') continue;
      const np = this.nounPhraseRight(t.lower === 'im' ? k + 1 : k + 1, false);
      if (np && np[1] <= i && this.isSayingHead(np)) return np;
    }
    return null;
  }

  /** "aus Regierungskreisen verlautete", "wie aus dem Bericht hervorgeht". */
  private ausPhrase(i: number): { phrase: Range; classified: Classified } | undefined {
    for (let k = i - 1; k >= Math.max(this.s.tokenStart, i - CLAUSE_REACH / 2); k--) {
      const t = this.tokens[k];
      if (t.kind === 'punct' || t.kind === 'quote') break;
      if (t.lower !== 'aus') continue;
      const np = this.nounPhraseRight(k + 1, false);
      if (np) return { phrase: np, classified: this.classify(np) };
    }
    for (let k = i + 1; k < Math.min(this.s.tokenEnd, i + 6); k++) {
      const t = this.tokens[k];
      if (t.kind === 'punct') break;
      if (t.lower !== 'aus') continue;
      const np = this.nounPhraseRight(k + 1, false);
      if (np) return { phrase: np, classified: this.classify(np) };
    }
    return undefined;
  }

  /** "heißt es (in dem Bericht)", "In dem Bericht heißt es", "hieß es aus Regierungskreisen", "wie es heißt". */
  private heißtEs(i: number): Candidate | undefined {
    const { tokens } = this;
    const esAfter = tokens[i + 1]?.lower === 'es';
    // a quoted name may stand between: "Wie es in der „Bild“ heißt"
    const name = this.quotationEndingAt(i - 1);
    const before = name && this.quotedNameAt(name.tokenStart) ? name.tokenStart : i;
    const es = esAfter ? i + 1 : this.sameClauseWords(before, -6).find((k) => tokens[k].lower === 'es');
    if (es === undefined) return undefined;
    const anchor = this.isFinite(i) ? i : this.finiteAnchor(i);
    const clause = this.clauseOf(anchor >= 0 ? anchor : i);
    const message = this.messageForVerb(i, i, clause, null);
    // the document or place the words stand in: "In dem Bericht heißt es", "hieß es zunächst aus
    // Regierungskreisen", "wie es in dem Bericht heißt"
    const vorfeld = clause.vorfeld;
    let k = esAfter ? i + 2 : i + 1;
    for (let steps = 0; steps < 3 && isWord(tokens[k]) && !isCapitalized(tokens[k]) && (tokens[k].cls & (W.ADVERB | W.PREPOSITION)) === W.ADVERB; steps++) k++;
    if (es < i && es + 1 < before && DOCUMENT_PREPOSITIONS.has(tokens[es + 1].lower)) k = es + 1;
    const at = vorfeld && DOCUMENT_PREPOSITIONS.has(tokens[vorfeld[0]]?.lower ?? '') ? vorfeld[0] : DOCUMENT_PREPOSITIONS.has(tokens[k]?.lower ?? '') ? k : -1;
    const np = at >= 0 ? this.nounPhraseRight(at + 1) : null;
    // the cue is "heißt es" / "es heißt" when the two stand together
    const cue: Range = esAfter ? [i, i + 2] : es === i - 1 ? [i - 1, i + 1] : [i, i + 1];
    if (!np) return this.candidate(cue, null, VAGUE, message);
    // "hieß es in Kiew": a city stands for people nobody names
    if (tokens[at].lower === 'in' && np[1] - np[0] === 1 && this.isNameLike(tokens[np[0]]) && !this.isMediaAt(np[0])) return this.candidate(cue, np, VAGUE, message);
    const classified = this.classify(np);
    return this.candidate(cue, np, classified.kind === 'vague' || classified.kind === 'anonymous' ? classified : NAMED, message);
  }

  /** The subject of the finite verb at `v` in its clause. */
  private subjectOf(v: number, clause: ClauseInfo, depth = 0): Range | null {
    const { tokens } = this;
    if (clause.kind === 'relative') {
      const t = tokens[clause.start];
      const pronounFirst = (t.cls & W.PREPOSITION) !== 0 ? clause.start + 1 : clause.start;
      // ", die Gerhard Schröder … erklärt hatte": the pronoun is the object when a subject follows it
      const after = this.nounPhraseRight(pronounFirst + 1);
      const oblique = (t.cls & W.PREPOSITION) !== 0 || !['der', 'die', 'das', 'welche', 'welcher', 'welches'].includes(t.lower);
      if (after && after[1] <= v && (oblique || t.lower !== 'der') && this.canBeNominative(after)) return after;
      return oblique ? null : [clause.start, clause.start + 1];
    }
    if (clause.kind === 'subordinate') {
      let k = clause.start + 1;
      while (k < v && isWord(tokens[k]) && (tokens[k].cls & W.ADVERB) !== 0 && !isCapitalized(tokens[k])) k++;
      if (k >= v) return null;
      return this.nounPhraseRight(k);
    }
    // coordinated verb: "lehnte ab und sagte", the subject of the first conjunct
    let left = v - 1;
    while (left > this.s.tokenStart && isWord(tokens[left]) && (tokens[left].cls & W.ADVERB) !== 0 && !isCapitalized(tokens[left])) left--;
    if (depth === 0 && isWord(tokens[left]) && COORDINATORS.has(tokens[left].lower)) {
      for (let k = left - 1; k >= Math.max(this.s.tokenStart, left - CLAUSE_REACH); k--) {
        if (tokens[k].quote >= 0) continue;
        if (this.breaksClause(k)) break;
        // "hat sich informiert und sprach": the auxiliary, not the participle that looks finite
        const participle = (tokens[k].cls & W.PARTICIPLE) !== 0 && this.finiteAnchor(k) >= 0;
        if (this.isFinite(k) && (tokens[k].cls & W.KONJ1) === 0 && !participle) return this.subjectOf(k, this.clauseOf(k), depth + 1);
      }
    }
    if (clause.vorfeldSubject) return clause.vorfeldSubject;
    const after = this.subjectAfter(v);
    if (after || depth > 0) return after;
    // a broken clause with two finite verbs ("hat ein Beamter … sagten"): the subject of the first
    for (let k = clause.start; k < v; k++) {
      if (tokens[k].quote < 0 && this.isFinite(k)) return this.subjectAfter(k);
    }
    return null;
  }

  // -------------------------------------------------------------------------------------------
  // Messages

  /**
   * The message of a verb cue at `i` whose clause verb is `v`: a complement after the reporting
   * clause, a quotation or clause before a verb-first clause, a quotation inside the clause, the
   * sentence before "Dies bestätigte …", or the whole sentence of a reported act.
   */
  private messageForVerb(i: number, v: number, clause: ClauseInfo, source: Range | null): Range | null {
    const { tokens } = this;
    if (clause.kind === 'subordinate' && (tokens[clause.start].lower === 'wie' || tokens[clause.start].lower === 'so')) return this.messageForSubordinateCue(clause.start, i + 1);
    const end = this.reportingClauseEnd(Math.max(i, v), source);
    const stop = tokens[end];
    if (clause.before) return clause.before;
    if (stop && stop.text === ':') {
      const quoted = isOpeningQuote(tokens, this.analysis.quotations, end + 1) ? this.analysis.quotations[tokens[end + 1].quote] : undefined;
      if (quoted) return [quoted.tokenStart, quoted.tokenEnd];
      if (end + 1 < this.s.tokenEnd) return this.messageAfter(end + 1);
      return this.nextSentenceMessage();
    }
    if (stop && stop.text === ',' && this.opensComplement(end + 1)) {
      const quoted = isOpeningQuote(tokens, this.analysis.quotations, end + 1) ? this.analysis.quotations[tokens[end + 1].quote] : undefined;
      if (quoted && (quoted.tokenEnd >= this.s.tokenEnd || this.isBreak(quoted.tokenEnd))) return [quoted.tokenStart, quoted.tokenEnd];
      return clause.kind === 'main' ? this.messageAfter(end + 1) : this.complementInsideClause(end + 1);
    }
    const afterSource = Math.max(Math.min(i, v) + 1, source && source[0] > v ? source[1] : 0);
    const inside = this.quotationIn(afterSource, end);
    if (inside) return inside;
    const infinitive = this.zuInfinitiveUntil(Math.max(i + 1, afterSource), end);
    if (infinitive) return infinitive;
    // "…, und sie hat Symbolcharakter – das meint zumindest X": the clause before the dash
    const breakBefore = tokens[clause.start - 1];
    if (clause.pronounObject && clause.start > this.s.tokenStart + 1 && (breakBefore.text === '–' || breakBefore.text === ';')) return this.trimmed([this.s.tokenStart, clause.start - 1]);
    if (clause.pronounObject && clause.start === this.s.tokenStart && this.s.index > 0) {
      const previous = this.analysis.sentences[this.s.index - 1];
      if (previous.block === this.s.block) return [previous.tokenStart, clause.start + 1];
    }
    return [this.s.tokenStart, this.s.tokenEnd];
  }

  /** "Wie X berichtete, ist …" / "…, wie X mitteilte": the main clause around the wie-clause. */
  private messageForSubordinateCue(opener: number, afterVerb: number): Range | null {
    const { tokens } = this;
    if (tokens[opener].lower !== 'wie' && tokens[opener].lower !== 'so') return null;
    let end = afterVerb;
    while (end < this.s.tokenEnd && this.isVerbCluster(end)) end++;
    if (opener === this.s.tokenStart || this.isBreakBefore(opener)) {
      return tokens[end]?.text === ',' ? this.messageAfter(end + 1) : null;
    }
    return this.messageBefore(opener - 1);
  }

  /** The first ',' or ':' after the reporting clause of verb `v` (outside quotations and the source), or the sentence end. */
  private reportingClauseEnd(v: number, source: Range | null): number {
    const { tokens } = this;
    let k = Math.max(v + 1, source && source[0] > v ? source[1] : v + 1);
    const limit = Math.min(this.s.tokenEnd, v + CLAUSE_REACH);
    for (; k < limit; k++) {
      const t = tokens[k];
      if (t.quote >= 0 && t.kind !== 'quote') continue;
      const q = isOpeningQuote(tokens, this.analysis.quotations, k) ? this.analysis.quotations[t.quote] : undefined;
      if (q && q.tokenEnd <= this.s.tokenEnd) {
        k = q.tokenEnd - 1;
        continue;
      }
      if (t.text === '(') {
        const close = this.parenthesisEnd(k);
        if (close > 0) {
          k = close;
          continue;
        }
      }
      if (t.kind === 'punct' && (t.text === ',' || t.text === ':')) return k;
      if (this.breaksClause(k)) return k;
      if (t.kind === 'quote') return k;
      // "lehnte eine Stellungnahme ab und sagte, …": a second verb ends the first clause
      if (isWord(t) && COORDINATORS.has(t.lower) && this.isFinite(k + 1)) return k;
    }
    return k;
  }

  /**
   * "wurden Anwohner aufgefordert Türen und Fenster geschlossen zu halten": a zu-infinitive that ends
   * the reporting clause without a comma before it, from `start` to `end`.
   */
  private zuInfinitiveUntil(start: number, end: number): Range | null {
    const { tokens } = this;
    const last = end - 1;
    const t = tokens[last];
    if (last - 1 <= start || !isWord(t) || (t.cls & W.INFINITIVE) === 0 || isCapitalized(t) || tokens[last - 1].lower !== 'zu') return null;
    for (let k = start; k < last - 1; k++) if (tokens[k].kind !== 'word' && tokens[k].kind !== 'number' && tokens[k].text !== '.') return null;
    return this.hasFinite(start, last - 1) ? null : [start, end];
  }

  /** After a comma: a dass-/ob-/w-clause, a quotation, a verb-second clause or a zu-infinitive. */
  private opensComplement(k: number): boolean {
    const { tokens } = this;
    const t = tokens[k];
    if (t === undefined || k >= this.s.tokenEnd) return false;
    if (t.kind === 'quote') return true;
    if (!isWord(t) && t.kind !== 'number') return false;
    // "Filme, wie „Full Metal Jacket“": "wie" without a verb in its segment compares, it opens no clause
    if (isWord(t) && t.lower === 'wie') return this.hasFinite(k + 1, this.segmentEnd(k));
    if (isWord(t) && COMPLEMENT_OPENERS.has(t.lower)) return true;
    if (this.isRelativeStart(k) || (this.isSubordinator(k) && !COMPLEMENT_OPENERS.has(t.lower))) return false;
    // ", hieß es weiter": a clause that opens with its verb is a reporting clause, not a complement
    if (this.isFinite(k)) return false;
    if (isWord(t) && (t.lower === 'um' || t.lower === 'ohne' || t.lower === 'statt' || t.lower === 'anstatt')) return false;
    for (let j = k; j < Math.min(this.s.tokenEnd, k + CLAUSE_REACH / 2); j++) {
      const u = tokens[j];
      if (u.quote >= 0 && u.kind !== 'quote') continue;
      // "bis zum 17. Mai": the period of an ordinal inside the sentence
      if (u.text === '.' && tokens[j - 1]?.kind === 'number' && j + 1 < this.s.tokenEnd) continue;
      if (u.kind === 'punct' && u.text !== '(' && u.text !== ')' && u.text !== '-') return j > k && tokens[j - 1]?.kind === 'word' && (tokens[j - 1].cls & W.INFINITIVE) !== 0 && tokens[j - 2]?.lower === 'zu';
      if (this.isFinite(j)) return true;
      if (isWord(u) && (u.cls & W.INFINITIVE) !== 0 && (tokens[j - 1]?.lower === 'zu' || /zu/.test(u.lower))) {
        // a zu-infinitive ends its clause, or another joins it: "… aufzusuchen und …", "… aufzusuchen um …"
        const after = tokens[j + 1];
        if (after === undefined || after.kind !== 'word' || INFINITIVE_JOINERS.has(after.lower)) return true;
      }
    }
    return false;
  }

  /** A statement-like quotation inside [a, b): "nannte den Bericht eine „Zeitungsente“". */
  private quotationIn(a: number, b: number): Range | null {
    for (let k = a; k < b; k++) {
      if (!isOpeningQuote(this.tokens, this.analysis.quotations, k)) continue;
      const q = this.analysis.quotations[this.tokens[k].quote];
      // "der Zeitung „International Herald Tribune“": a title after its noun names something, says nothing
      if (this.isNounAt(k - 1) && this.quotedNameAt(k)) {
        k = q.tokenEnd - 1;
        continue;
      }
      if (q.close >= 0) return [q.tokenStart, q.tokenEnd];
    }
    return null;
  }

  /**
   * The complement of a reporting verb in a relative or subordinate clause, from `k` to where the
   * main clause goes on (", würde die Spannungen verschärfen"), else to the end of the sentence.
   */
  private complementInsideClause(k: number): Range | null {
    const { tokens } = this;
    for (let j = k + 1; j < Math.min(this.s.tokenEnd - 1, k + CLAUSE_REACH * 2); j++) {
      if (tokens[j].text === ',' && tokens[j].quote < 0 && this.isFinite(j + 1)) return this.trimmed([k, j]);
    }
    return this.messageAfter(k);
  }

  /** From token `k` to the end of the sentence, final punctuation excluded. */
  private messageAfter(k: number): Range | null {
    let end = this.s.tokenEnd;
    // "…, er werde nicht zurücktreten, berichtete die Zeitung": a reporting clause that opens with its verb ends the message
    for (let j = k + 1; j < Math.min(this.s.tokenEnd - 1, k + MESSAGE_CUT_REACH); j++) {
      if (this.tokens[j].text !== ',' || this.tokens[j].quote >= 0) continue;
      const verb = this.tokens[j + 1];
      if (isWord(verb) && !isCapitalized(verb) && (verb.cls & FINITE) !== 0 && this.isFinite(j + 1) && this.reportingLemma(j + 1) !== undefined && this.subjectAfter(j + 1) !== null) {
        end = j;
        break;
      }
    }
    while (end > k && this.tokens[end - 1].kind === 'punct' && TRAILING_PUNCT.has(this.tokens[end - 1].text)) end--;
    return end > k ? [k, end] : null;
  }

  /** From the start of the sentence (or of a quotation reaching back into earlier sentences) to token `k`, exclusive. */
  private messageBefore(k: number): Range | null {
    let start = this.s.tokenStart;
    const first = this.tokens[start];
    if (first.quote >= 0) start = Math.min(start, this.analysis.quotations[first.quote].tokenStart);
    let end = k;
    while (end > start && this.tokens[end - 1].kind === 'punct' && TRAILING_PUNCT.has(this.tokens[end - 1].text)) end--;
    return end > start ? [start, end] : null;
  }

  /** The sentence after this one, for a reporting clause that ends in a colon. */
  private nextSentenceMessage(): Range | null {
    const next = this.analysis.sentences[this.s.index + 1];
    if (!next || next.block !== this.s.block) return null;
    const first = this.tokens[next.tokenStart];
    if (first.kind === 'quote' && first.quote >= 0 && this.analysis.quotations[first.quote].tokenStart === next.tokenStart) {
      const q = this.analysis.quotations[first.quote];
      return [q.tokenStart, q.tokenEnd];
    }
    return [next.tokenStart, next.tokenEnd];
  }

  /** A subordinate clause from `k` to the comma after its verb (or the sentence end). */
  private subordinateClause(k: number): Range | null {
    const { tokens } = this;
    let sawVerb = false;
    for (let j = k; j < Math.min(this.s.tokenEnd, k + CLAUSE_REACH * 2); j++) {
      const t = tokens[j];
      if (t.quote >= 0 && t.kind !== 'quote') continue;
      if (this.isFinite(j)) sawVerb = true;
      if (sawVerb && (t.text === ',' || this.breaksClause(j)) && !this.isVerbCluster(j + 1)) {
        return j > k ? [k, j] : null;
      }
    }
    return this.messageAfter(k);
  }

  /**
   * The message around a prepositional cue phrase [lo, hi): the rest of its clause. At the start of
   * the clause the message follows; at its end it precedes; in the middle the clause is the message.
   */
  private messageAround(cue: Range, source: Range): Range | null {
    const { tokens } = this;
    const lo = Math.min(cue[0], source[0]);
    let hi = Math.max(cue[1], source[1]);
    const clause = this.clauseAround(lo);
    if (lo <= clause[0]) {
      if (tokens[hi]?.text === ',') hi++;
      return hi < clause[1] ? this.trimmed([hi, clause[1]]) : null;
    }
    let end = hi;
    while (end < clause[1] && tokens[end].kind === 'punct') end++;
    if (end >= clause[1]) return this.trimmed([clause[0], lo]);
    return this.trimmed(clause);
  }

  /** The clause holding token `i`: a subordinate or relative clause that opens after a comma, else the sentence. */
  private clauseAround(i: number): Range {
    const { tokens } = this;
    let k = i;
    for (let steps = 0; steps < 4; steps++) {
      const start = this.segmentStart(k);
      if (start <= this.s.tokenStart || tokens[start - 1].text !== ',') break;
      if (this.isSubordinator(start) || this.isRelativeStart(start)) {
        const clause = this.subordinateClause(start);
        if (clause && clause[1] > i) return clause;
        break;
      }
      if (this.hasFinite(start, i)) break;
      k = start - 1;
    }
    const colon = this.colonBefore(i);
    return [colon >= 0 ? colon + 1 : this.s.tokenStart, this.s.tokenEnd];
  }

  private colonBefore(i: number): number {
    for (let k = i - 1; k >= Math.max(this.s.tokenStart, i - CLAUSE_REACH); k--) {
      if (this.tokens[k].text === ':' && this.tokens[k].quote < 0) return k;
    }
    return -1;
  }

  private trimmed(r: Range): Range | null {
    let [a, b] = r;
    while (b > a && this.tokens[b - 1].kind === 'punct' && TRAILING_PUNCT.has(this.tokens[b - 1].text)) b--;
    while (a < b && this.tokens[a].kind === 'punct' && TRAILING_PUNCT.has(this.tokens[a].text)) a++;
    return b > a ? [a, b] : null;
  }

  /**
   * Two reporting clauses with one subject ("sagte, … und fügte hinzu, …"): the first message ends
   * where the second reporting clause begins.
   */
  private separateCoordinated(out: Candidate[], from: number): void {
    for (let a = from; a < out.length; a++) {
      const first = out[a];
      if (!first.message) continue;
      // candidates come in text order: the second clause is among the next few
      for (let b = Math.max(from, a - 2); b < Math.min(out.length, a + COORDINATION_REACH); b++) {
        const second = out[b];
        if (b === a || second.cue[0] <= first.cue[0] || second.cue[0] >= first.message[1] || second.cue[0] <= first.message[0]) continue;
        const sameSubject = second.source === null || second.source[0] < first.cue[0] || (second.source[0] === first.source?.[0]);
        let cut = second.cue[0];
        while (cut > first.message[0] && isWord(this.tokens[cut - 1]) && COORDINATORS.has(this.tokens[cut - 1].lower)) cut--;
        if (sameSubject && this.tokens[cut - 1]?.text === ',' || sameSubject && cut < second.cue[0]) {
          first.message = this.trimmed([first.message[0], cut]);
          break;
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Kinds

  /** The kind of a source noun phrase (before pronoun resolution). */
  private classify(np: Range): Classified {
    const { tokens } = this;
    const words: Token[] = [];
    for (let k = np[0]; k < np[1]; k++) if (isWord(tokens[k])) words.push(tokens[k]);
    if (words.length === 0) return NAMED;
    const first = words[0];
    if (words.length === 1 && (ANAPHORIC_PRONOUNS.has(first.lower) || RELATIVE_PRONOUNS.has(first.lower))) return ANAPHORIC;
    if (words.length === 1 && (first.lower === 'es' || first.lower === 'man' || INDEFINITE_SOURCES.has(first.lower))) return VAGUE;
    const text = words.map((w) => w.text).join(' ');
    if (this.namedSources.some((n) => n.length > 0 && text.toLowerCase().includes(n))) return NAMED;
    // the core ends before a genitive, an attached phrase, a parenthesis, an apposition or a quotation
    let coreEnd = np[1];
    for (let k = np[0] + 1; k < np[1]; k++) {
      const t = tokens[k];
      const genitive = isWord(t) && (t.lower === 'des' || t.lower === 'der' || t.lower === 'eines' || t.lower === 'einer') && this.isNounAt(k - 1);
      if (t.kind === 'punct' || t.kind === 'quote' || genitive || (isWord(t) && NP_PREPOSITIONS.has(t.lower) && k > np[0])) {
        coreEnd = k;
        break;
      }
    }
    // "Angaben libanesischer Sicherheitskreise": a genitive without article after a noun of saying
    const firstNoun = words.find((w) => w.index < coreEnd && this.isNounAt(w.index));
    if (firstNoun && (SAYING_NOUNS.has(firstNoun.text) || this.isSayingCompound(firstNoun)) && firstNoun.index + 1 < coreEnd && this.isNominal(firstNoun.index + 1)) {
      coreEnd = firstNoun.index + 1;
    }
    // "Experten und Fans": the first of coordinated nouns is the head
    const conjunction = words.find((w) => w.index < coreEnd && w.index > np[0] && (w.lower === 'und' || w.lower === 'sowie' || w.lower === 'oder'));
    const headEnd = conjunction ? conjunction.index : coreEnd;
    const core = words.filter((w) => w.index < headEnd);
    const rest = words.filter((w) => w.index >= coreEnd);
    const nouns = core.filter((w) => this.isNounAt(w.index));
    const head = nouns[nouns.length - 1];
    if (!head) return rest.length > 0 ? this.classify([coreEnd, np[1]]) : NAMED;
    const headLower = head.lower;
    if (ANAPHORIC_DETERMINERS.has(first.lower) && SAYING_NOUNS.has(head.text)) return ANAPHORIC;
    if (HEARSAY_NOUNS.has(head.text)) return VAGUE;
    // "von offizieller Seite" is nobody in particular; "von Seiten der Polizei" is its owner (not "der 330 Seiten starke Bericht")
    const side = head.text === 'Seite' || head.text === 'Seiten';
    if (side && !core.some((w) => (w.cls & W.ARTICLE) !== 0 || NUMERALS.has(w.lower)) && tokens[head.index - 1]?.kind !== 'number') {
      const owner = rest.length > 0 ? this.ownerAfter(coreEnd, np[1]) : null;
      return owner ? this.classify(owner) : VAGUE;
    }
    if (core.some((w) => ANONYMITY_MODIFIERS.has(w.lower))) return ANONYMOUS;
    // a document: its owner is the source ("Angaben der Polizei", "Behördenangaben", "ersten Angaben")
    if (SAYING_NOUNS.has(head.text) || this.isSayingCompound(head)) {
      if (rest.length > 0) {
        const owner = this.ownerAfter(coreEnd, np[1]);
        if (owner) return { ...this.classify(owner), documentOnly: false };
      }
      if (this.ends(ANONYMOUS_SOURCES, head) && !this.ends(NOT_ANONYMOUS_SOURCES, head)) return ANONYMOUS;
      if (this.hasNamedModifier(head)) return NAMED;
      const demonstrative = ['diese', 'diesem', 'dieser', 'diesen'].includes(first.lower);
      const definite = demonstrative || ['der', 'die', 'das', 'dem', 'den', 'des'].includes(first.lower);
      // "Medienberichten zufolge" is nobody's; "der Untersuchungsbericht" a particular document
      if (this.isSayingCompound(head)) return this.ends(VAGUE_SOURCES, head) && !definite ? { ...VAGUE, documentOnly: true } : { ...NAMED, documentOnly: true };
      if (core.some((w) => this.isNameLike(w))) return NAMED;
      // "nach dieser Analyse" refers back; "dem Bericht zufolge" to a report mentioned before, else to nobody in particular
      return demonstrative || (definite && this.mentionedBefore(head)) ? { ...NAMED, documentOnly: true } : { ...VAGUE, documentOnly: true };
    }
    // a name after the role noun: "Regierungssprecher Steffen Seibert", "die Nachrichtenseite Business Insider"
    const adjacentNouns = nouns.some((w, k) => k > 0 && nouns[k - 1].index === w.index - 1);
    if (adjacentNouns || (this.isNameLike(head) && !this.ends(ANONYMOUS_SOURCES, head))) return NAMED;
    // a spokesperson: named with the institution ("Kreml-Sprecher", "Sprecher des Ministeriums"), else unnamed or referring back
    if (this.ends(SPOKESPEOPLE, head)) {
      const compound = headLower !== 'sprecher' && headLower !== 'sprecherin' && headLower !== 'sprecherinnen' && !headLower.startsWith('presse');
      if (compound || rest.some((w) => this.isNameLike(w) || (this.isNounAt(w.index) && !this.ends(ANONYMOUS_SOURCES, w)))) return NAMED;
      const definite = first.lower === 'der' || first.lower === 'die' || CONTRACTED_DEFINITE.has(tokens[np[0] - 1]?.lower ?? '');
      return definite ? ANAPHORIC : ANONYMOUS;
    }
    if (this.ends(ANONYMOUS_SOURCES, head) && !this.ends(NOT_ANONYMOUS_SOURCES, head)) {
      const nameBefore = core.some((w) => w.index < head.index && this.isNameLike(w) && (w.cls & W.ADJECTIVE) === 0 && !(this.atCapitalStart(w.index) && this.isInitialAdjective(w.index)));
      if (nameBefore || this.hasNamedApposition(np)) return NAMED;
      return ANONYMOUS;
    }
    if (this.ends(VAGUE_SOURCES, head) && !['der', 'dem', 'des', 'die', 'diese', 'diesen'].includes(first.lower)) return VAGUE;
    const indefinite = INDEFINITE_ARTICLES.has(first.lower) && first.index === np[0] && !this.hasNamedApposition(np);
    // "Ein Fernsehsender berichtete": an outlet nobody names is vague, not a person kept anonymous
    if (indefinite && this.ends(MEDIA, head)) {
      const next = tokens[head.index + 1];
      const named = next !== undefined && head.index + 1 < np[1] && (this.quotedNameAt(head.index + 1) !== undefined || (isWord(next) && (next.lower === 'namens' || this.isNameLike(next))));
      return named ? NAMED : VAGUE;
    }
    if (indefinite && this.isUnnamedPerson(head)) return ANONYMOUS;
    return NAMED;
  }

  /**
   * A noun for a person by role ("Berater", "Journalist") or a nominalised adjective ("ein
   * Abgeordneter", "einen Aufständischen"), which with an indefinite article names nobody.
   */
  private isUnnamedPerson(head: Token): boolean {
    const lower = head.lower;
    if (PERSON_NOUN_ENDING.test(lower)) return true;
    const agent = AGENT_ENDING.exec(lower);
    if (agent) {
      // "Sachbearbeiter" ← "bearbeiten", "Autofahrer" ← "fahren"; not "Papier" or "Wasser"
      const stemEnd = agent.index;
      for (let start = 0; start + 3 <= stemEnd; start++) {
        if ((this.lexicon.classes(lower.slice(start, stemEnd) + 'en') & W.INFINITIVE) !== 0) return true;
      }
    }
    return /(?:er|en)$/u.test(lower) && (this.lexicon.classes(lower) & (W.ADJECTIVE | W.PARTICIPLE)) !== 0;
  }

  /**
   * "Die UN legten einen Bericht vor. Dem Bericht zufolge …": the noun of saying `head` (or a
   * compound of it, in any of its forms) stands earlier in its sentence or the few before.
   */
  private mentionedBefore(head: Token): boolean {
    const stem = head.lower.replace(/(?:en|es|e|n|s)$/, '');
    const first = this.analysis.sentences[Math.max(0, this.s.index - MENTION_SENTENCES)].tokenStart;
    for (let k = head.index - 1; k >= Math.max(first, head.index - MENTION_REACH); k--) {
      const t = this.tokens[k];
      // a short stem only at the start of a word: "Daten", not "Kandidaten"
      if (t.kind === 'word' && isCapitalized(t) && (stem.length >= 5 ? t.lower.includes(stem) : t.lower.startsWith(stem))) return true;
    }
    return false;
  }

  /** "Angaben der Polizei" → "der Polizei"; "Angaben von Augenzeugen" → "Augenzeugen". */
  private ownerAfter(a: number, b: number): Range | null {
    let k = a;
    const t = this.tokens[k];
    if (isWord(t) && (t.lower === 'von' || t.lower === 'vom' || t.lower === 'aus')) k++;
    while (k < b && !isWord(this.tokens[k]) && this.tokens[k].kind !== 'quote') k++;
    return k < b ? [k, b] : null;
  }

  private isSayingCompound(w: Token): boolean {
    return !SAYING_NOUNS.has(w.text) && this.ends(SAYING, w);
  }

  /** "Bloomberg-Bericht", "HIS-Studie": a compound whose first part is a name or an acronym. */
  private hasNamedModifier(w: Token): boolean {
    const parts = w.text.split('-');
    return parts.slice(0, -1).some((p) => KNOWN_OUTLETS.has(p) || this.namedSources.includes(p.toLowerCase()) || /^[A-ZÄÖÜ]{2,}$/.test(p) || (p.length > 1 && !this.lexicon.isGerman(p)));
  }

  /** ", Peter Clever": a name in apposition names the source. */
  private hasNamedApposition(np: Range): boolean {
    for (let k = np[0]; k < np[1] - 1; k++) {
      if (this.tokens[k].text === ',' && isWord(this.tokens[k + 1]) && this.isNameLike(this.tokens[k + 1])) return true;
    }
    return false;
  }

  /**
   * A capitalised word that may be (part of) a name: name-like, or a noun the lexicon only guesses
   * from its last part ("Wikimedia"); two nouns of the lexicon side by side are two phrases
   * ("fordern die Organisationen Bürger auf").
   */
  private mayBeName(w: Token): boolean {
    return this.isNameLike(w) || (isCapitalized(w) && (w.cls & W.COMPOUND) !== 0);
  }

  /** A proper name, an acronym, a known outlet or a configured named source. */
  private isNameLike(w: Token): boolean {
    if (!isCapitalized(w) || (w.cls & (CLOSED_CLASSES | W.GERMAN_OTHER)) !== 0 || NUMERALS.has(w.lower) || this.ends(SAYING, w)) return false;
    if (KNOWN_OUTLETS.has(w.text) || this.namedSources.includes(w.lower)) return true;
    const parts = w.text.split('-');
    if (parts.length > 1 && parts.slice(0, -1).some((p) => KNOWN_OUTLETS.has(p) || /^[A-ZÄÖÜ]{2,}$/.test(p) && p !== 'US')) return false;
    if (/^[A-ZÄÖÜ]{2,}$/.test(w.text) && w.text !== 'US') return true;
    return (w.cls & (W.NOUN | W.ADJECTIVE)) === 0 && !this.ends(ANONYMOUS_SOURCES, w);
  }

  // -------------------------------------------------------------------------------------------
  // Resolution, continuation, coverage

  private resolve(candidates: Candidate[]): void {
    const { analysis, tokens } = this;
    const span = (r: Range): Span => {
      const offset = tokens[r[0]].offset;
      const end = tokens[r[1] - 1].end;
      return { offset, length: end - offset, text: analysis.text.slice(offset, end) };
    };
    const attributions: Attribution[] = [];
    const sentenceOf: number[] = [];
    const attributionsBySentence: number[][] = analysis.sentences.map(() => []);
    /** Attributions whose source is a noun phrase, for pronouns to refer to. */
    const antecedents: number[] = [];
    const push = (attribution: Attribution, sentence: number, message: Range | null): number => {
      const index = attributions.length;
      attributions.push(attribution);
      sentenceOf.push(sentence);
      attributionsBySentence[sentence].push(index);
      if (message) this.linkQuotations(message, index);
      return index;
    };
    let group = 0;
    /** The last sentence with a named source of its own: a definite document right after it is that source's ("…, hieß es in der Mitteilung"). */
    let namedSentence = -2;
    while (group < candidates.length) {
      const sentence = candidates[group].sentence;
      let end = group;
      while (end < candidates.length && candidates[end].sentence === sentence) end++;
      const namedHere = candidates.slice(group, end).some((c) => c.kind === 'named' && !c.documentOnly);
      const namedBefore = namedSentence === sentence - 1;
      if (candidates.slice(group, end).some((c) => c.kind === 'named' && !c.documentOnly && !c.anaphoric)) namedSentence = sentence;
      for (const c of candidates.slice(group, end)) {
        let kind: SourceKind = c.kind ?? (c.source ? 'named' : 'none');
        let continues: number | undefined;
        const source = c.source ? span(c.source) : null;
        if (c.anaphoric) {
          const antecedent = this.antecedentOf(c, antecedents, attributions, sentenceOf);
          if (antecedent >= 0) {
            continues = attributions[antecedent].continues ?? antecedent;
            kind = attributions[antecedent].sourceKind;
          } else {
            kind = 'named';
          }
        }
        if (c.documentOnly && (namedHere || (namedBefore && this.isDefiniteAt(c.source))) && kind !== 'named') kind = 'named';
        const attribution: Attribution = {
          cue: span(c.cue),
          source,
          sourceKind: kind,
          message: c.message ? span(c.message) : null,
        };
        if (continues !== undefined) attribution.continues = continues;
        const index = push(attribution, sentence, c.message);
        if (!c.anaphoric && c.source && kind !== 'vague') antecedents.push(index);
      }
      group = end;
    }
    analysis.attributions = attributions;
    analysis.attributionsBySentence = attributionsBySentence;
    this.carryForward(push, span);
    this.putInTextOrder(sentenceOf);
  }

  /** Whether a source phrase opens with the definite article ("dem Bericht", "in der Mitteilung"). */
  private isDefiniteAt(source: Range | null): boolean {
    return source !== null && DEFINITE_ARTICLES.has(this.tokens[source[0]].lower);
  }

  /** Continuations were added after the sentences' own attributions: sort all by sentence and cue, and renumber. */
  private putInTextOrder(sentenceOf: readonly number[]): void {
    const { analysis } = this;
    const old = analysis.attributions;
    const order = old.map((_, i) => i).sort((a, b) => sentenceOf[a] - sentenceOf[b] || old[a].cue.offset - old[b].cue.offset);
    const renumbered = new Int32Array(old.length);
    order.forEach((from, to) => (renumbered[from] = to));
    analysis.attributions = order.map((from) => old[from]);
    for (const a of analysis.attributions) if (a.continues !== undefined) a.continues = renumbered[a.continues];
    analysis.attributionsBySentence = analysis.sentences.map(() => []);
    order.forEach((from, to) => analysis.attributionsBySentence[sentenceOf[from]].push(to));
    analysis.coveringAttribution = analysis.coveringAttribution.map((a) => (a < 0 ? a : renumbered[a]));
    for (const q of analysis.quotations) if (q.attribution >= 0) q.attribution = renumbered[q.attribution];
  }

  /** The most recent source in reach that a pronoun can stand for (gender and number permitting). */
  private antecedentOf(c: Candidate, antecedents: readonly number[], attributions: readonly Attribution[], sentenceOf: readonly number[]): number {
    const pronoun = c.source ? this.tokens[c.source[0]].lower : '';
    for (let k = antecedents.length - 1; k >= 0 && k >= antecedents.length - 4; k--) {
      const index = antecedents[k];
      if (c.sentence - sentenceOf[index] > ANTECEDENT_SENTENCES) break;
      if (this.agrees(pronoun, attributions[index].source)) return index;
    }
    return -1;
  }

  /** "er" needs a masculine singular (or a name), "sie" a feminine or a plural; other words agree with anything. */
  private agrees(pronoun: string, source: Span | null): boolean {
    if (!source || (pronoun !== 'er' && pronoun !== 'sie')) return true;
    const words = source.text.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w));
    const head = words.find((w) => this.lexicon.nouns(w).length > 0);
    if (!head) return true;
    const readings = this.lexicon.nouns(head);
    return readings.some((r) =>
      pronoun === 'er' ? r.gender === 'M' && (r.caseNumber & NOMINATIVE_SINGULAR) !== 0 : (r.gender === 'F' && (r.caseNumber & NOMINATIVE_SINGULAR) !== 0) || (r.caseNumber & NOMINATIVE_PLURAL) !== 0,
    );
  }

  /**
   * Links the quotations in the message (the one it starts in, and those opening inside it) that no
   * statement has yet to attribution `index`. Linked quotations are skipped in one step, so long
   * messages over many quotations stay linear.
   */
  private linkQuotations(message: Range, index: number): void {
    const { quotations } = this.analysis;
    const link = (q: number) => {
      quotations[q].attribution = index;
      this.unlinkedAfter[q] = q + 1;
    };
    const around = this.tokens[message[0]].quote;
    if (around >= 0 && quotations[around].attribution < 0) link(around);
    let lo = 0;
    let hi = quotations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotations[mid].tokenStart < message[0]) lo = mid + 1;
      else hi = mid;
    }
    for (let q = this.nextUnlinked(lo); q < quotations.length && quotations[q].tokenStart < message[1]; q = this.nextUnlinked(q + 1)) link(q);
  }

  /** The first quotation from `q` on that no statement has yet (path-compressed skips over linked ones). */
  private nextUnlinked(q: number): number {
    let root = q;
    while (root < this.unlinkedAfter.length && this.unlinkedAfter[root] !== root) root = this.unlinkedAfter[root];
    while (q < root) {
      const next = this.unlinkedAfter[q];
      this.unlinkedAfter[q] = root;
      q = next;
    }
    return root;
  }

  /**
   * Statements that go on after their attribution: a following quotation that nobody else speaks,
   * or following sentences in Konjunktiv I, become attributions that continue the one before (one
   * per quotation, one per run of sentences), with its source and kind. A sentence in the
   * indicative ends the carry. Konjunktiv I with no attribution before it is reported speech that
   * nobody is said to have made: kind 'none', no source. Also decides which attribution covers each
   * sentence.
   */
  private carryForward(push: (a: Attribution, sentence: number, message: Range | null) => number, span: (r: Range) => Span): void {
    const { analysis, tokens } = this;
    const covering = analysis.sentences.map(() => -1);
    for (let a = 0; a < analysis.attributions.length; a++) this.coverMessage(a, covering);
    let carried = -1;
    let carriedFrom = -1;
    let run: { attribution: Attribution; sentence: number; index: number } | null = null;
    for (const s of analysis.sentences) {
      this.enter(s);
      const own = analysis.attributionsBySentence[s.index];
      if (own.length > 0) {
        const best = own.find((a) => analysis.attributions[a].sourceKind === 'named') ?? own[0];
        if (covering[s.index] < 0) covering[s.index] = best;
        carried = best;
        carriedFrom = s.index;
        run = null;
        continue;
      }
      if (covering[s.index] >= 0) {
        carried = covering[s.index];
        carriedFrom = s.index;
        run = null;
        continue;
      }
      // the carry goes on only from the sentence right before: any other sentence in between ends it
      const inReach = carried >= 0 && s.index - carriedFrom === 1 && s.block - analysis.sentences[carriedFrom].block <= 1;
      const root = carried >= 0 ? (analysis.attributions[carried].continues ?? carried) : -1;
      // a quotation that opens the sentence, or follows "Und:" ("Und: „Die Gefahren sind real.“")
      const quoteAt = isWord(tokens[s.tokenStart]) && ADDING_WORDS.has(tokens[s.tokenStart].lower) && tokens[s.tokenStart + 1]?.text === ':' ? s.tokenStart + 2 : s.tokenStart;
      const opening = tokens[quoteAt];
      if (inReach && quoteAt < s.tokenEnd && opening.kind === 'quote' && isOpeningQuote(tokens, analysis.quotations, quoteAt)) {
        const q = analysis.quotations[opening.quote];
        const { source, sourceKind } = analysis.attributions[root];
        const attribution: Attribution = { cue: span([quoteAt, quoteAt + 1]), source, sourceKind, message: span([q.tokenStart, q.tokenEnd]), continues: root };
        const index = push(attribution, s.index, [q.tokenStart, q.tokenEnd]);
        this.coverMessage(index, covering);
        carriedFrom = s.index;
        run = null;
        continue;
      }
      // in a run of reported speech the Konjunktiv II stands in for a Konjunktiv I that looks like the
      // indicative ("Es würden noch Monate vergehen"); it does not start a run of its own
      const konjunktivOne = this.konjunktivVerb(s);
      const konjunktiv = konjunktivOne >= 0 ? konjunktivOne : run && run.sentence === s.index - 1 ? this.konjunktivTwoVerb(s) : -1;
      if (inReach && konjunktiv >= 0 && s.block === analysis.sentences[carriedFrom].block) {
        if (run && run.sentence === s.index - 1) {
          const start = run.attribution.message!.offset;
          const end = tokens[s.tokenEnd - 1].end;
          run.attribution.message = { offset: start, length: end - start, text: analysis.text.slice(start, end) };
          run.sentence = s.index;
          covering[s.index] = run.index;
          this.linkQuotations([s.tokenStart, s.tokenEnd], run.index);
        } else {
          const { source, sourceKind } = analysis.attributions[root];
          const attribution: Attribution = { cue: span([konjunktiv, konjunktiv + 1]), source, sourceKind, message: span([s.tokenStart, s.tokenEnd]), continues: root };
          const index = push(attribution, s.index, [s.tokenStart, s.tokenEnd]);
          covering[s.index] = index;
          run = { attribution, sentence: s.index, index };
        }
        carriedFrom = s.index;
        continue;
      }
      // Konjunktiv I with nobody in reach: reported speech whose source the text does not give
      if (konjunktiv >= 0 && analysis.blocks[s.block].kind !== 'headline') {
        const attribution: Attribution = { cue: span([konjunktiv, konjunktiv + 1]), source: null, sourceKind: 'none', message: span([s.tokenStart, s.tokenEnd]) };
        const index = push(attribution, s.index, [s.tokenStart, s.tokenEnd]);
        covering[s.index] = index;
        run = { attribution, sentence: s.index, index };
        carried = index;
        carriedFrom = s.index;
        continue;
      }
      carried = -1;
      run = null;
    }
    analysis.coveringAttribution = covering;
  }

  /** Marks the sentences an attribution's message reaches into as covered by it. */
  private coverMessage(index: number, covering: number[]): void {
    const { analysis } = this;
    const a = analysis.attributions[index];
    if (!a.message) return;
    const start = a.message.offset;
    const end = start + a.message.length;
    for (const sentence of this.sentencesBetween(start, end)) {
      if (covering[sentence] < 0 && analysis.attributionsBySentence[sentence].length === 0) covering[sentence] = index;
    }
  }

  private sentencesBetween(start: number, end: number): number[] {
    const { sentences } = this.analysis;
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < sentences.length && sentences[k].offset < end; k++) found.push(k);
    return found;
  }

  /** The first finite verb in Konjunktiv I outside quotations ("sei", "habe", "könne"), or -1. */
  /** The first finite "würde"/"hätte"/"wäre"/"könnte" form outside quotations, or -1. */
  private konjunktivTwoVerb(s: Sentence): number {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = this.tokens[k];
      if (t.quote < 0 && KONJUNKTIV_TWO_AUXILIARIES.has(t.lower)) return k;
    }
    return -1;
  }

  private konjunktivVerb(s: Sentence): number {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = this.tokens[k];
      // "lange", "weite", "deutsche" are adjectives first; after or before "ich" the form is the indicative
      if (t.quote >= 0 || (t.cls & W.KONJ1) === 0 || (t.cls & (W.ADJECTIVE | W.ADVERB | W.NOUN)) !== 0 || isCapitalized(t) || !this.isFinite(k)) continue;
      if (this.tokens[k - 1]?.lower === 'ich' || this.tokens[k + 1]?.lower === 'ich') continue;
      // a past indicative of the same spelling ("trotzdem raste der Jet"), or an attribute between an
      // article and its noun ("das achte Land")
      const attributive = k > s.tokenStart && isWord(this.tokens[k - 1]) && (this.tokens[k - 1].cls & W.ARTICLE) !== 0 && this.isNounAt(k + 1);
      if ((t.cls & W.FIN_PAST) !== 0 || attributive) continue;
      return k;
    }
    return -1;
  }
}

export function findAttributions(analysis: Analysis): void {
  new AttributionFinder(analysis).run();
}

/**
 * Whether attribution `index` (or the statement it continues) names a source, however vaguely, or
 * stands on a verb of saying whose speaker the finder could not make out. Reported speech in
 * Konjunktiv I that nobody is said to have made (kind 'none', its cue the Konjunktiv verb) does not.
 */
export function isSourced(analysis: Analysis, index: number): boolean {
  const root = analysis.attributions[analysis.attributions[index].continues ?? index];
  if (root.sourceKind !== 'none' || root.source !== null) return true;
  const cue = tokenAt(analysis.tokens, root.cue.offset);
  // a cue of more than one word is a verb of saying with its auxiliary ("habe befürchtet"), never a lone Konjunktiv I
  return cue === undefined || root.cue.length > cue.end - cue.offset || (cue.cls & W.KONJ1) === 0;
}

/** Whether a source stands in reach of a sentence: the attribution covering it (its own, a quotation's or one carried forward) is sourced. */
export function hasSourceInReach(analysis: Analysis, sentence: number): boolean {
  const covering = analysis.coveringAttribution[sentence];
  return covering >= 0 && isSourced(analysis, covering);
}

function tokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].offset < offset) lo = mid + 1;
    else if (tokens[mid].offset > offset) hi = mid - 1;
    else return tokens[mid];
  }
  return undefined;
}
