/**
 * Which gold sources are anonymous. The annotation marks who spoke but not whether the reader learns
 * who that is, so the evaluation decides it from the source's head noun: "Diplomaten", "aus
 * Militärkreisen", "ein hochrangiger Regierungsbeamter", "Behördenangaben" are anonymous; a proper
 * name after the noun ("Regierungssprecher Steffen Seibert") is the head and makes it named; a bare
 * "Sprecher" is anonymous unless an institution follows ("ein Sprecher des Finanzministeriums"), and
 * a name in apposition (", Peter Clever") names the source.
 * "Angaben von Augenzeugen" is classified by what follows the noun of saying. A source the text calls
 * anonymous ("ein anonymer Hinweis", "nicht genannte Quellen") is anonymous whatever its head. A
 * pronoun takes the class of the nearest gold source before it; so do a possessive with a noun of
 * saying ("Seiner Darstellung zufolge") and a definite bare spokesperson ("Der Sprecher teilte mit"),
 * which refer back to a source named before.
 */

export type SourceClass = 'anonymous' | 'other' | 'pronoun' | 'empty';

/** Head nouns (or the last part of a compound) of sources that leave the reader guessing who spoke. */
const ANONYMOUS_HEAD =
  /(?:quellen?|beamte[rn]?|beamtin(?:nen)?|diplomat(?:en|in|innen)?|insidern?|kreisen?|analyst(?:en|in|innen)?|experten?|expertin(?:nen)?|behördenangaben|informant(?:en|in|innen)?|mitarbeiter(?:n|in|innen)?|vertreter(?:n|in|innen)?|ermittler(?:n|in|innen)?|zeugen?|zeugin(?:nen)?|anwohner(?:n|in|innen)?)$/u;
/** Compounds that end like an anonymous head but name a person's role next to a named one. */
const NOT_ANONYMOUS = /stellvertreter(?:in)?$/u;
const BARE_SPOKESPERSON = /^sprecher(?:in|innen|n)?$/u;

/**
 * Personal, relative and demonstrative pronouns standing alone as the source ("Er sagte", ", der
 * sagte"), and the pronominal adverbs that stand for a source named before ("Demnach ist …").
 */
const PRONOUNS = new Set([
  'er', 'sie', 'ihm', 'ihn', 'ihr', 'ihnen', 'ich', 'wir', 'du', 'der', 'die', 'welcher', 'welche', 'dieser', 'diese',
  'demnach', 'demzufolge', 'danach',
]);
/** Nouns of saying: in "Angaben von Augenzeugen" the source is what follows them. */
const SAYING_NOUNS = new Set([
  'angaben', 'angabe', 'informationen', 'aussagen', 'aussage', 'meinung', 'worten', 'berichten', 'bericht', 'einschätzung',
  'schätzungen', 'darstellung', 'ansicht', 'auffassung', 'erkenntnissen',
]);
/** Words before the head noun that are never the head: articles, quantifiers, numerals. */
const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'mehrere', 'einige', 'viele', 'alle', 'zwei', 'drei', 'vier', 'fünf', 'diese', 'dieser', 'dieses', 'diesem', 'diesen',
  'andere', 'anderer', 'weitere', 'weiterer', 'manche', 'zahlreiche',
  // prepositions that open a source phrase ("Aus EU-Kreisen", "Laut Diplomaten")
  'aus', 'laut', 'nach', 'von', 'vom', 'seitens', 'bei',
]);
/** Lower-case words that end the core of the noun phrase and start a modifier after it. */
const POSTMODIFIER_START = new Set([
  'des', 'der', 'von', 'vom', 'aus', 'im', 'in', 'bei', 'beim', 'am', 'an', 'für', 'zur', 'zum', 'mit', 'über', 'auf', 'gegenüber', 'und',
]);
/** Words by which the text says that it leaves the source unnamed ("ein anonymer Hinweis", "ungenannte Diplomaten"). */
const ANONYMITY_WORD = /^(?:anonym|ungenannt|namenlos)/u;
/** Possessive determiners: with a noun of saying they refer back to a source ("Seiner Darstellung", "nach eigenen Angaben"). */
const POSSESSIVES = new Set(['seiner', 'seinen', 'seinem', 'seine', 'ihrer', 'ihren', 'ihrem', 'ihre', 'eigenen', 'eigener', 'dessen', 'deren']);
const DEFINITE = new Set(['der', 'die', 'den', 'dem']);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const isWord = (word: string) => /\p{L}/u.test(word);

/**
 * The head noun: the last capitalised word before the first modifier that follows the noun (a
 * preposition, a conjunction or any lower-case word, such as the genitive "einer Produktionsfirma"
 * or "russischer Behörden"). Only the first or second capitalised word can be an anonymous head:
 * "Hochrangige Diplomaten" is, the name "Die Nachrichtenseite Business Insider" is not.
 */
function headOf(words: readonly string[]): { head: string | undefined; position: number; postmodifier: string[] } {
  let start = 0;
  while (start < words.length && (!isCapitalised(words[start]!) || DETERMINERS.has(words[start]!.toLowerCase()))) start++;
  let end = start;
  while (end < words.length && isWord(words[end]!) && !POSTMODIFIER_START.has(words[end]!) && (end === start || isCapitalised(words[end]!))) end++;
  const core = words.slice(start, end).filter(isCapitalised);
  return { head: core[core.length - 1], position: core.length - 1, postmodifier: words.slice(end) };
}

function isAnonymousHead(word: string | undefined, position: number): boolean {
  if (word === undefined || position > 1) return false;
  const lower = word.toLowerCase();
  return ANONYMOUS_HEAD.test(lower) && !NOT_ANONYMOUS.test(lower);
}

/** "nicht genannte Beamte", "nicht namentlich genannten Quellen". */
function hasNichtGenannt(words: readonly string[]): boolean {
  return words.some((w, i) => w.toLowerCase() === 'nicht' && /^genannt/u.test(words[i + 1] === 'namentlich' || words[i + 1] === 'näher' ? (words[i + 2] ?? '') : (words[i + 1] ?? '')));
}

/** ", Peter Clever": a first and last name in apposition name the source. */
function hasNamedApposition(words: readonly string[]): boolean {
  return words.some(
    (w, i) => w === ',' && isCapitalised(words[i + 1] ?? '') && !DETERMINERS.has(words[i + 1]!.toLowerCase()) && isCapitalised(words[i + 2] ?? ''),
  );
}

/** "Seiner Darstellung", "Der Sprecher": a phrase that stands for a source named before, as a pronoun does. */
function refersBack(words: readonly string[], head: string | undefined, postmodifier: readonly string[]): boolean {
  if (head === undefined || postmodifier.length > 0) return false;
  const first = words[0]!.toLowerCase();
  const lowerHead = head.toLowerCase();
  if (words.length === 2 && POSSESSIVES.has(first) && SAYING_NOUNS.has(lowerHead)) return true;
  return DEFINITE.has(first) && BARE_SPOKESPERSON.test(lowerHead) && words.slice(1, -1).every((w) => !isCapitalised(w));
}

/** The class of one gold source, from its words in text order. */
export function classifySource(words: readonly string[]): SourceClass {
  if (words.length === 0) return 'empty';
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return 'pronoun';
  if (hasNamedApposition(words)) return 'other';
  if (words.some((w) => ANONYMITY_WORD.test(w.toLowerCase())) || hasNichtGenannt(words)) return 'anonymous';
  const { head, position, postmodifier } = headOf(words);
  if (refersBack(words, head, postmodifier)) return 'pronoun';
  if (head !== undefined && SAYING_NOUNS.has(head.toLowerCase()) && postmodifier.length > 0) return classifySource(postmodifier);
  if (isAnonymousHead(head, position)) return 'anonymous';
  if (head !== undefined && BARE_SPOKESPERSON.test(head.toLowerCase())) {
    const modifier = headOf(postmodifier);
    const namesInstitution = postmodifier.some(isCapitalised) && !isAnonymousHead(modifier.head, modifier.position);
    return namesInstitution ? 'other' : 'anonymous';
  }
  return 'other';
}

export interface ClassifiedSource {
  /** Sentence of the source's first token; sources are given in text order. */
  sentence: number;
  cls: SourceClass;
}

/**
 * Gives each pronoun the class of the nearest non-pronoun source at most `reach` sentences before
 * it; a pronoun without one stays 'pronoun' (undecided). Input in text order.
 */
export function resolvePronouns(sources: readonly ClassifiedSource[], reach = 3): SourceClass[] {
  let last: ClassifiedSource | undefined;
  return sources.map((s) => {
    if (s.cls === 'anonymous' || s.cls === 'other') {
      last = s;
      return s.cls;
    }
    if (s.cls === 'pronoun' && last && s.sentence - last.sentence <= reach) return last.cls;
    return s.cls;
  });
}
