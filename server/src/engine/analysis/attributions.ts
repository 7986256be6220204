/**
 * Attributions: who said what. For each sentence, the cues (verbs of saying, "laut", "zufolge",
 * "nach Angaben", "unter Berufung auf", "wie … berichtete", "so …", "heißt es", agentless passives),
 * the source noun phrase next to each cue, its kind, and the message. Then quotations and
 * Konjunktiv I carry an attribution forward, and pronouns resolve to the last named source.
 */
import { FINITE, WordClass } from '../lexicon.js';
import type { Attribution, SourceKind, Span } from '../types.js';
import {
  ANONYMITY_MODIFIERS,
  ANONYMOUS_HEADS,
  KNOWN_OUTLETS,
  NON_CUE_VERBS,
  OBJECT_SOURCE_VERBS,
  REPORTING_VERBS,
  SAYING_NOUNS,
  SPOKESPERSON_HEADS,
  VAGUE_HEADS,
} from './cues.js';
import { RELATIVE_PRONOUNS } from './function-words.js';
import type { Analysis, Sentence, Token } from './model.js';

const W = WordClass;
const NUMERALS = new Set('zwei drei vier fünf sechs sieben acht neun zehn zwölf hundert tausend mehrere einige viele beide zahlreiche'.split(' '));
const PERSONAL_PRONOUNS = new Set(['er', 'sie', 'ihm', 'ihr', 'ihnen', 'ihn']);
const NP_PREPOSITIONS = new Set(['von', 'vom', 'aus', 'in', 'im', 'mit', 'zum', 'zur', 'bei', 'beim', 'für']);
const SAYING_AFTER_NACH = new Set(['angaben', 'informationen', 'darstellung', 'einschätzung', 'auffassung', 'ansicht', 'worten', 'aussagen', 'erkenntnissen', 'berichten', 'schätzungen']);
const BERUFUNG_VERBS = new Set(['basierend', 'gestützt', 'beruft', 'berufen', 'berief', 'beriefen', 'stützt', 'stützen', 'stützte']);
const PASSIVE_AUX = new Set(['wurde', 'wurden', 'wird', 'werden', 'worden', 'würde', 'würden']);
const BOUNDARY_PUNCT = new Set([',', ';', ':', '–', '—', '(', ')', '-']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

function isCapitalized(t: Token): boolean {
  const c = t.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Finite verb reading of a lower-case word that is not also an article, pronoun or adjective. */
function isFiniteVerb(t: Token | undefined, sentenceStart: number): boolean {
  if (!isWord(t) || (t.cls & FINITE) === 0) return false;
  if (t.cls & (W.ARTICLE | W.PRONOUN | W.PREPOSITION | W.CONJ_SUBORD | W.CONJ_COORD)) return false;
  return !isCapitalized(t) || t.index === sentenceStart;
}

/** A token that may stand inside a noun phrase. */
function isNominal(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (isCapitalized(t)) return (t.cls & (W.CONJ_SUBORD | W.CONJ_COORD | W.ADVERB)) === 0 || (t.cls & W.NOUN) !== 0;
  if (t.cls & W.ARTICLE) return true;
  if (t.cls & (W.PREPOSITION | W.CONJ_COORD | W.CONJ_SUBORD)) return false;
  if (NUMERALS.has(t.lower) || ANONYMITY_MODIFIERS.has(t.lower) || t.lower === 'nicht') return true;
  return (t.cls & (W.ADJECTIVE | W.PARTICIPLE | W.PARTICIPLE1)) !== 0 && (t.cls & FINITE & ~W.KONJ2) === 0 && /(?:e|en|er|es|em)$/.test(t.lower);
}

function headKey(word: string): string {
  return word.toLowerCase();
}

function endsWithAny(word: string, heads: readonly string[]): boolean {
  const lower = headKey(word);
  return heads.some((h) => lower === h || (lower.endsWith(h) && lower.length > h.length + 2) || lower.endsWith('-' + h));
}

interface Candidate {
  cueStart: number;
  cueEnd: number;
  /** Token range of the source, or null. */
  source: [number, number] | null;
  kind: SourceKind | null;
  message: [number, number] | null;
  sentence: number;
  /** The source is a pronoun or "der Sprecher": take the kind of the last named source. */
  anaphoric: boolean;
  /** The kind comes from a document noun ("laut einer Aussage"): yield to a named source in the same sentence. */
  documentOnly: boolean;
}

export class AttributionFinder {
  private readonly tokens: Token[];
  constructor(private readonly analysis: Analysis) {
    this.tokens = analysis.tokens;
  }

  run(): void {
    const { analysis } = this;
    const candidates: Candidate[] = [];
    for (const sentence of analysis.sentences) this.findInSentence(sentence, candidates);
    this.resolve(candidates);
  }

  private isBoundary(t: Token | undefined): boolean {
    return t === undefined || t.kind === 'quote' || (t.kind === 'punct' && (BOUNDARY_PUNCT.has(t.text) || t.text === '.' || t.text === '!' || t.text === '?'));
  }

  private outsideQuote(t: Token): boolean {
    return t.quote < 0;
  }

  private findInSentence(s: Sentence, out: Candidate[]): void {
    const { tokens } = this;
    const lexicon = this.analysis.lexicon;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || !this.outsideQuote(t)) continue;
      const lower = t.lower;
      if (lower === 'laut' && isNominal(tokens[i + 1])) {
        const np = this.nounPhraseRight(i + 1, s);
        if (np) out.push(this.prepositional(s, i, i + 1, np));
        continue;
      }
      if (lower === 'zufolge') {
        const np = this.nounPhraseLeft(i - 1, s);
        if (np) out.push(this.prepositional(s, i, i + 1, np));
        continue;
      }
      if (lower === 'nach' && i + 2 < s.tokenEnd) {
        const c = this.nachAngaben(i, s);
        if (c) out.push(c);
        continue;
      }
      if (lower === 'unter' && tokens[i + 1]?.lower === 'berufung' && tokens[i + 2]?.lower === 'auf') {
        const np = this.nounPhraseRight(i + 3, s);
        if (np) out.push(this.prepositional(s, i, i + 3, np));
        continue;
      }
      if (BERUFUNG_VERBS.has(lower) && tokens[i + 1]?.lower === 'auf') {
        const np = this.nounPhraseRight(i + 2, s);
        if (np) out.push(this.prepositional(s, i, i + 2, np));
        continue;
      }
      if (lower === 'so' && tokens[i - 1]?.text === ',' && isNominal(tokens[i + 1])) {
        const np = this.nounPhraseRight(i + 1, s);
        if (np && this.isBoundary(tokens[np[1]]) && !this.hasReportingVerbAt(np[1], s)) {
          out.push({ ...this.prepositional(s, i, i + 1, np), message: this.messageBefore(i - 1, s) });
        }
        continue;
      }
      if (lower === 'bekannt' && i > s.tokenStart && ['ist', 'war', 'wurde', 'wird', 'sei'].includes(tokens[i - 1]?.lower ?? '') || (lower === 'bekannt' && tokens[i - 2]?.lower === 'ist')) {
        if (tokens[i + 1]?.text === ',') {
          out.push({ cueStart: i, cueEnd: i + 1, source: null, kind: 'vague', message: this.messageAfter(i + 2, s), sentence: s.index, anaphoric: false, documentOnly: false });
        }
        continue;
      }
      if ((t.cls & (FINITE | W.PARTICIPLE | W.INFINITIVE)) === 0 || (t.cls & (W.ARTICLE | W.PREPOSITION)) !== 0) continue;
      if (isCapitalized(t) && i !== s.tokenStart) continue;
      const lemma = this.reportingLemma(t, i, s, lexicon);
      const cue = lemma ? this.verbCue(s, i, lemma) : undefined;
      if (cue) out.push(cue);
    }
  }

  private hasReportingVerbAt(i: number, s: Sentence): boolean {
    const t = this.tokens[i];
    return i < s.tokenEnd && isWord(t) && this.reportingLemma(t, i, s, this.analysis.lexicon) !== undefined;
  }

  /** The reporting lemma of a verb form, checking that a separable prefix stands later in the clause. */
  private reportingLemma(t: Token, i: number, s: Sentence, lexicon: Analysis['lexicon']): string | undefined {
    for (const reading of lexicon.verbs(t.text)) {
      if (!REPORTING_VERBS.has(reading.lemma) || NON_CUE_VERBS.has(reading.lemma)) continue;
      if (!reading.prefix || t.lower.startsWith(reading.prefix) || t.lower.includes('zu' + reading.prefix) || (t.cls & W.PARTICIPLE) !== 0 && t.lower.startsWith(reading.prefix)) {
        if (reading.prefix && !t.lower.startsWith(reading.prefix)) continue;
        return reading.lemma;
      }
      for (let k = i + 1; k < s.tokenEnd; k++) {
        const u = this.tokens[k];
        if (u.kind !== 'word') break;
        if (u.lower === reading.prefix && (k + 1 >= s.tokenEnd || this.tokens[k + 1].kind !== 'word' || (this.tokens[k + 1].cls & W.CONJ_COORD) !== 0)) {
          return reading.lemma;
        }
      }
    }
    return undefined;
  }

  private prepositional(s: Sentence, cueStart: number, cueEnd: number, np: [number, number]): Candidate {
    const { kind, anaphoric, documentOnly } = this.classify(np);
    const message = np[0] > cueStart ? this.messageAround(cueStart, np[1], s) : this.messageAround(np[0], cueEnd, s);
    return { cueStart, cueEnd, source: np, kind, message, sentence: s.index, anaphoric, documentOnly };
  }

  /** "nach Angaben der Polizei", "nach eigenen Angaben", "nach Behördenangaben". */
  private nachAngaben(i: number, s: Sentence): Candidate | undefined {
    const { tokens } = this;
    let k = i + 1;
    while (k < s.tokenEnd && isWord(tokens[k]) && !isCapitalized(tokens[k]) && (tokens[k].cls & (W.ADJECTIVE | W.ARTICLE)) !== 0) k++;
    const noun = tokens[k];
    if (!isWord(noun)) return undefined;
    const lower = noun.lower;
    const compound = lower.endsWith('angaben') && lower !== 'angaben';
    if (!SAYING_AFTER_NACH.has(lower) && !compound) return undefined;
    if (compound) return this.prepositional(s, i, k + 1, [k, k + 1]);
    const owner = tokens[k + 1];
    if (owner && (owner.lower === 'von' || owner.lower === 'der' || owner.lower === 'des')) {
      const np = this.nounPhraseRight(owner.lower === 'von' ? k + 2 : k + 1, s);
      if (np) return this.prepositional(s, i, k + 1, np);
    }
    const possessive = tokens[i + 1];
    if (possessive && /^(eigenen|seinen|ihren)$/.test(possessive.lower)) {
      return { cueStart: i, cueEnd: k + 1, source: [i + 1, i + 2], kind: null, message: this.messageAround(i, k + 1, s), sentence: s.index, anaphoric: true, documentOnly: false };
    }
    return { cueStart: i, cueEnd: k + 1, source: null, kind: 'vague', message: this.messageAround(i, k + 1, s), sentence: s.index, anaphoric: false, documentOnly: false };
  }

  private verbCue(s: Sentence, i: number, lemma: string): Candidate | undefined {
    const { tokens } = this;
    const t = tokens[i];
    const base = { cueStart: i, cueEnd: i + 1, sentence: s.index, anaphoric: false, documentOnly: false };
    if (lemma === 'heißen') {
      const next = tokens[i + 1];
      if (next?.lower === 'es' || tokens[i - 1]?.lower === 'es') {
        const inDoc = next?.lower === 'es' && tokens[i + 2]?.lower === 'in' ? this.nounPhraseRight(i + 3, s) : null;
        if (inDoc) {
          const c = this.classify(inDoc);
          return { ...base, source: inDoc, kind: c.kind === 'vague' ? 'vague' : 'named', message: this.messageForVerb(i, inDoc, s), anaphoric: false, documentOnly: false };
        }
        return { ...base, source: null, kind: 'vague', message: this.messageForVerb(i, null, s) };
      }
    }
    if (OBJECT_SOURCE_VERBS.has(lemma)) {
      const np = this.nounPhraseRight(i + 1, s);
      if (np) {
        const c = this.classify(np);
        return { ...base, source: np, kind: c.kind, message: this.messageForVerb(i, np, s), anaphoric: c.anaphoric, documentOnly: false };
      }
    }
    if (lemma === 'hervorgehen') {
      for (let k = i - 1; k > s.tokenStart; k--) {
        if (tokens[k].lower === 'aus') {
          const np = this.nounPhraseRight(k + 1, s);
          if (np) {
            const c = this.classify(np);
            return { ...base, source: np, kind: c.kind, message: this.messageForVerb(i, np, s), anaphoric: c.anaphoric, documentOnly: false };
          }
        }
        if (tokens[k].lower === 'wie') break;
      }
    }
    const passive = (t.cls & W.PARTICIPLE) !== 0 && this.hasPassiveAux(i, s);
    if (passive) {
      const agent = this.passiveAgent(i, s) ?? this.relativeAntecedent(i, s);
      if (!agent) return { ...base, source: null, kind: 'vague', message: this.messageForVerb(i, null, s) };
      const c = this.classify(agent);
      return { ...base, source: agent, kind: c.kind, message: this.messageForVerb(i, agent, s), anaphoric: c.anaphoric, documentOnly: c.documentOnly };
    }
    const subject = this.subjectOf(i, s);
    if (!subject) {
      return { ...base, source: null, kind: null, message: this.messageForVerb(i, null, s) };
    }
    if (subject[1] - subject[0] === 1 && tokens[subject[0]].lower === 'es') {
      return lemma === 'verlauten' ? { ...base, source: null, kind: 'vague', message: this.messageForVerb(i, null, s) } : undefined;
    }
    if (subject[1] - subject[0] === 1 && tokens[subject[0]].lower === 'man') {
      return { ...base, source: subject, kind: 'vague', message: this.messageForVerb(i, subject, s) };
    }
    const c = this.classify(subject);
    return { ...base, source: subject, kind: c.kind, message: this.messageForVerb(i, subject, s), anaphoric: c.anaphoric, documentOnly: c.documentOnly };
  }

  /** For a verb in a relative clause ("…, in der Putin aufgefordert wird"), the noun phrase the clause belongs to. */
  private relativeAntecedent(i: number, s: Sentence): [number, number] | null {
    const { tokens } = this;
    for (let k = i - 1; k > s.tokenStart; k--) {
      const t = tokens[k];
      if (t.kind !== 'word') {
        if (t.text !== ',') return null;
        const a = tokens[k + 1];
        const b = tokens[k + 2];
        const relative = RELATIVE_PRONOUNS.has(a?.lower ?? '') || ((a?.cls ?? 0) & W.PREPOSITION && RELATIVE_PRONOUNS.has(b?.lower ?? ''));
        return relative ? this.nounPhraseLeft(k - 1, s) : null;
      }
    }
    return null;
  }

  private hasPassiveAux(i: number, s: Sentence): boolean {
    for (let k = Math.max(s.tokenStart, i - 6); k <= Math.min(s.tokenEnd - 1, i + 2); k++) {
      if (k !== i && PASSIVE_AUX.has(this.tokens[k].lower)) {
        const between = k < i ? [k + 1, i] : [i + 1, k];
        let clean = true;
        for (let m = between[0]; m < between[1]; m++) if (this.tokens[m].kind !== 'word') clean = false;
        if (clean) return true;
      }
    }
    return false;
  }

  private passiveAgent(i: number, s: Sentence): [number, number] | null {
    for (let k = Math.max(s.tokenStart, i - 8); k < i; k++) {
      if (this.tokens[k].lower === 'von' || this.tokens[k].lower === 'vom') {
        const np = this.nounPhraseRight(this.tokens[k].lower === 'vom' ? k : k + 1, s);
        if (np && np[1] <= i) return np;
      }
    }
    return null;
  }

  /** The subject of a verb cue: the noun phrase before it, or after it when the cue opens its clause. */
  private subjectOf(i: number, s: Sentence, depth = 0): [number, number] | null {
    const { tokens } = this;
    let anchor = i;
    if ((tokens[i].cls & FINITE) === 0) {
      for (let k = i - 1; k >= s.tokenStart && !this.isBoundary(tokens[k]); k--) {
        if ((tokens[k].cls & (W.AUXILIARY | W.MODAL)) !== 0 && isFiniteVerb(tokens[k], s.tokenStart)) {
          const before = tokens[k - 1];
          if (!(before && before.cls & W.CONJ_SUBORD)) anchor = k;
          break;
        }
        if ((tokens[k].cls & W.CONJ_SUBORD) !== 0) break;
      }
    }
    const left = tokens[anchor - 1];
    if (left && isWord(left) && (left.cls & W.CONJ_COORD) !== 0 && depth < 2) {
      for (let k = anchor - 2; k >= s.tokenStart && !this.isBoundary(tokens[k]); k--) {
        if (isFiniteVerb(tokens[k], s.tokenStart) && tokens[k].quote < 0) return this.subjectOf(k, s, depth + 1);
      }
    }
    if (left?.text === ',') {
      const inserted = this.nounPhraseLeft(anchor - 1, s);
      if (inserted) return inserted;
    }
    const opensClause = anchor === s.tokenStart || this.isBoundary(left) || left.lower === 'so' || (left.cls & W.CONJ_COORD) !== 0;
    const right = () => {
      let k = anchor + 1;
      while (k < s.tokenEnd && isWord(tokens[k]) && (tokens[k].cls & W.ADVERB) !== 0 && !isCapitalized(tokens[k])) k++;
      // "sagte an Eine anonyme … Quelle": a stray particle before a broken-off subject
      if (isWord(tokens[k]) && (tokens[k].cls & W.PREPOSITION) !== 0 && isWord(tokens[k + 1]) && isCapitalized(tokens[k + 1]) && (tokens[k + 1].cls & W.ARTICLE) !== 0) k++;
      return this.nounPhraseRight(k, s);
    };
    if (opensClause) return right();
    const np = this.nounPhraseLeft(anchor - 1, s);
    if (np) {
      const before = tokens[np[0] - 1];
      const first = tokens[np[0]];
      const objectLike = first.cls & W.PREPOSITION || (np[1] - np[0] === 1 && /^(dies|das|dieses|ihm|ihr|ihnen|ihn)$/.test(first.lower));
      const afterPreposition = before !== undefined && np[0] > s.tokenStart && (before.cls & W.PREPOSITION) !== 0 && before.sentence === s.index;
      if (!objectLike && !afterPreposition) return np;
    }
    return right();
  }

  /** Noun phrase ending at token `j` (walking left), with a relative clause or apposition before the cue. */
  private nounPhraseLeft(j: number, s: Sentence): [number, number] | null {
    const { tokens } = this;
    let end = j + 1;
    if (tokens[j]?.text === ',' && j > s.tokenStart) {
      let k = j - 1;
      while (k > s.tokenStart && tokens[k].text !== ',' && tokens[k].kind !== 'quote' && !(tokens[k].text === '.')) k--;
      if (tokens[k]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) {
        const core = this.nounPhraseLeft(k - 1, s);
        return core ? [core[0], j] : null;
      }
      return null;
    }
    let k = j;
    while (k >= s.tokenStart && k >= 0) {
      const t = tokens[k];
      if (isNominal(t) || t.lower === 'pronoun-never') {
        k--;
        continue;
      }
      if (isWord(t) && NP_PREPOSITIONS.has(t.lower) && k > s.tokenStart && isWord(tokens[k - 1]) && isCapitalized(tokens[k - 1]) && k + 1 <= j) {
        k--;
        continue;
      }
      if (isWord(t) && PERSONAL_PRONOUNS.has(t.lower) && k === j) {
        return [k, k + 1];
      }
      if (isWord(t) && t.lower === 'man' && k === j) return [k, k + 1];
      break;
    }
    const start = k + 1;
    if (start > j) return null;
    while (start < end && isWord(tokens[end - 1]) && !isCapitalized(tokens[end - 1]) && (tokens[end - 1].cls & W.ARTICLE) !== 0) end--;
    return start < end ? [start, end] : null;
  }

  /** Noun phrase starting at token `k` (walking right): articles, adjectives, nouns, names, genitives. */
  private nounPhraseRight(k: number, s: Sentence): [number, number] | null {
    const { tokens } = this;
    const first = tokens[k];
    if (!first || k >= s.tokenEnd) return null;
    if (isWord(first) && (PERSONAL_PRONOUNS.has(first.lower) || first.lower === 'es' || first.lower === 'man')) return [k, k + 1];
    let j = k;
    let sawNoun = false;
    while (j < s.tokenEnd) {
      const t = tokens[j];
      if (isNominal(t) && !(sawNoun && isWord(t) && !isCapitalized(t) && (t.cls & W.ARTICLE) === 0 && (t.cls & W.ADJECTIVE) === 0)) {
        if (isWord(t) && isCapitalized(t)) sawNoun = true;
        j++;
        continue;
      }
      if (sawNoun && isWord(t) && NP_PREPOSITIONS.has(t.lower) && isNominal(tokens[j + 1]) && j + 1 < s.tokenEnd) {
        j++;
        continue;
      }
      break;
    }
    while (j > k && isWord(tokens[j - 1]) && !isCapitalized(tokens[j - 1])) j--;
    return j > k && sawNoun ? [k, j] : null;
  }

  /** Kind of a source noun phrase (before pronoun resolution). */
  private classify(np: [number, number]): { kind: SourceKind | null; anaphoric: boolean; documentOnly: boolean } {
    const { tokens } = this;
    let commaAt = np[1];
    for (let k = np[0]; k < np[1]; k++) {
      if (tokens[k].text === ',') {
        commaAt = k;
        break;
      }
    }
    const words = tokens.slice(np[0], np[1]).filter(isWord);
    const coreWords = tokens.slice(np[0], commaAt).filter(isWord).length;
    if (words.length === 0) return { kind: null, anaphoric: false, documentOnly: false };
    const firstLower = words[0].lower;
    if (words.length === 1 && (PERSONAL_PRONOUNS.has(firstLower) || firstLower === 'eigenen')) return { kind: null, anaphoric: true, documentOnly: false };
    if (words.length === 1 && firstLower === 'es') return { kind: 'vague', anaphoric: false, documentOnly: false };
    const named = new Set(this.analysis.config.namedSources.map((n) => n.toLowerCase()));
    // the core phrase ends before a genitive, a prepositional attachment or a relative clause
    let coreEnd = coreWords;
    for (let k = 1; k < coreWords; k++) {
      if (NP_PREPOSITIONS.has(words[k].lower) || ((words[k].lower === 'des' || words[k].lower === 'der') && isCapitalized(words[k - 1]))) {
        coreEnd = k;
        break;
      }
    }
    const core = words.slice(0, coreEnd);
    const attachment = words.slice(coreEnd);
    const head = [...core].reverse().find((w) => isCapitalized(w));
    const isNameLike = (w: Token): boolean => {
      if (!isCapitalized(w)) return false;
      if (KNOWN_OUTLETS.has(w.text) || named.has(w.lower)) return true;
      const parts = w.text.split('-');
      if (parts.some((p) => KNOWN_OUTLETS.has(p) || named.has(p.toLowerCase()))) return true;
      if (/^[A-ZÄÖÜ]{2,}$/.test(w.text) && w.text !== 'US') return true;
      return !this.analysis.lexicon.isGerman(w.text) && (w.cls & (W.NOUN | W.ADJECTIVE)) === 0 && !endsWithAny(w.text, ANONYMOUS_HEADS);
    };
    const allText = words.map((w) => w.text).join(' ');
    if (this.analysis.config.namedSources.some((n) => allText.includes(n))) return { kind: 'named', anaphoric: false, documentOnly: false };
    const capitalizedAdjective = core.some((w, idx) => idx > 0 && isCapitalized(w) && (w.cls & W.ADJECTIVE) !== 0 && (w.cls & W.NOUN) === 0);
    const coreNamed = core.some(isNameLike) || capitalizedAdjective;
    const attachmentNamed = attachment.some(isNameLike) || attachment.some((w, idx) => idx > 0 && isCapitalized(w) && (w.cls & W.ADJECTIVE) !== 0);
    if (!head) return { kind: null, anaphoric: false, documentOnly: false };
    const headIsSpokesperson = endsWithAny(head.text, SPOKESPERSON_HEADS);
    const headIsAnonymous = endsWithAny(head.text, ANONYMOUS_HEADS);
    const definiteSpokesperson = headIsSpokesperson && (firstLower === 'der' || firstLower === 'die') && core.length === 2;
    if (definiteSpokesperson && !attachmentNamed) return { kind: null, anaphoric: true, documentOnly: false };
    if (headIsSpokesperson && (attachment.length > 0 || head.text.length > 'sprecher'.length + 2 && !/^(Presse|Regierungs)?[Ss]precher/.test(head.text) || head.text.includes('-'))) {
      return { kind: 'named', anaphoric: false, documentOnly: false };
    }
    if (headIsAnonymous && !(coreNamed && head === core[core.length - 1] && isNameLike(head))) {
      return { kind: 'anonymous', anaphoric: false, documentOnly: false };
    }
    if (coreNamed || attachmentNamed) return { kind: 'named', anaphoric: false, documentOnly: false };
    const document = SAYING_NOUNS.has(head.text) || endsWithAny(head.text, ['bericht', 'berichte', 'berichten', 'aussage', 'angaben', 'mitteilung', 'erklärung']);
    if (endsWithAny(head.text, VAGUE_HEADS) && !(firstLower === 'der' || firstLower === 'dem' || firstLower === 'des')) {
      return { kind: 'vague', anaphoric: false, documentOnly: document };
    }
    if (document && core.length > 0 && /^(einer|einem|eine|ein)$/.test(firstLower)) return { kind: 'vague', anaphoric: false, documentOnly: true };
    return { kind: 'named', anaphoric: false, documentOnly: document };
  }

  private messageForVerb(i: number, source: [number, number] | null, s: Sentence): [number, number] | null {
    const { tokens } = this;
    const quoteBefore = this.adjacentQuotationBefore(i, source, s);
    if (quoteBefore) return quoteBefore;
    let after = Math.max(i + 1, source && source[0] > i ? source[1] : i + 1);
    while (after < s.tokenEnd && isWord(tokens[after]) && !isCapitalized(tokens[after]) && (tokens[after].cls & (W.ADVERB | W.PREPOSITION)) === 0 && tokens[after].kind === 'word' && after - i < 3 && tokens[after].lower !== 'dass' && !(tokens[after].cls & W.CONJ_SUBORD)) after++;
    const next = tokens[after];
    if (next && (next.text === ':' || next.text === ',')) {
      const quoteAfter = tokens[after + 1]?.kind === 'quote' ? this.quotationStartingAt(after + 1) : null;
      if (quoteAfter) return quoteAfter;
      return this.messageAfter(after + 1, s);
    }
    if (next && (next.cls & W.CONJ_SUBORD) !== 0) return this.messageAfter(after, s);
    if (tokens[i - 1]?.text === ',' && i - 1 > s.tokenStart) return this.messageBefore(i - 1, s);
    return null;
  }

  private quotationStartingAt(k: number): [number, number] | null {
    const q = this.analysis.quotations[this.tokens[k].quote];
    return q && q.tokenStart === k ? [q.tokenStart, q.tokenEnd] : null;
  }

  /** „…“, sagte X — the quotation that ends right before the reporting clause. */
  private adjacentQuotationBefore(i: number, source: [number, number] | null, s: Sentence): [number, number] | null {
    const { tokens } = this;
    let k = source && source[0] < i ? source[0] - 1 : i - 1;
    if (tokens[k]?.text === ',') k--;
    const t = tokens[k];
    if (!t || t.kind !== 'quote' || k < 0) {
      if (t && t.kind === 'punct' && t.text === '.' && tokens[k - 1]?.kind === 'quote') return null;
      return null;
    }
    const quotations = this.analysis.quotations;
    for (let q = this.tokens[k - 1]?.quote ?? -1; q >= 0; q = -1) {
      const quote = quotations[q];
      if (quote.tokenEnd - 1 === k) return [quote.tokenStart, quote.tokenEnd];
    }
    const closing = quotations.find((q) => q.tokenEnd - 1 === k && q.close >= 0);
    void s;
    return closing ? [closing.tokenStart, closing.tokenEnd] : null;
  }

  /** From token `k` to the end of the sentence, final punctuation excluded. */
  private messageAfter(k: number, s: Sentence): [number, number] | null {
    let end = s.tokenEnd;
    for (let m = k + 1; m + 1 < s.tokenEnd; m++) {
      if (this.tokens[m].text === ',' && this.tokens[m].quote < 0 && isFiniteVerb(this.tokens[m + 1], s.tokenStart) && (this.tokens[m + 1].cls & W.KONJ1) === 0) {
        end = m;
        break;
      }
    }
    while (end > k && this.tokens[end - 1].kind === 'punct') end--;
    return end > k ? [k, end] : null;
  }

  /** From the start of the sentence to token `k` (exclusive). */
  private messageBefore(k: number, s: Sentence): [number, number] | null {
    return k > s.tokenStart ? [s.tokenStart, k] : null;
  }

  /** The sentence without the cue phrase [a, b): what stands after it, or else what stands before it. */
  private messageAround(a: number, b: number, s: Sentence): [number, number] | null {
    let start = b;
    if (this.tokens[start]?.text === ',') start++;
    const after = this.messageAfter(start, s);
    if (after && after[1] - after[0] >= 2) return after;
    let before = a;
    if (this.tokens[before - 1]?.text === ',') before--;
    return this.messageBefore(before, s);
  }

  private resolve(candidates: Candidate[]): void {
    const { analysis, tokens } = this;
    const span = (r: [number, number]): Span => {
      const offset = tokens[r[0]].offset;
      const end = tokens[r[1] - 1].end;
      return { offset, length: end - offset, text: analysis.text.slice(offset, end) };
    };
    const bySentence: Candidate[][] = analysis.sentences.map(() => []);
    for (const c of candidates) bySentence[c.sentence].push(c);
    let lastNamed = -1;
    const attributions: Attribution[] = [];
    const attributionsBySentence: number[][] = analysis.sentences.map(() => []);
    for (const group of bySentence) {
      const namedHere = group.some((c) => c.kind === 'named');
      for (const c of group) {
        let kind: SourceKind = c.kind ?? 'named';
        let continues: number | undefined;
        if (c.anaphoric) {
          const antecedent = lastNamed >= 0 && c.sentence - attributionSentence(attributions[lastNamed]) <= 8 ? lastNamed : -1;
          if (antecedent >= 0) {
            continues = antecedent;
            kind = attributions[antecedent].sourceKind;
          } else {
            kind = 'named';
          }
        } else if (c.kind === null) {
          kind = c.source ? 'named' : 'none';
        }
        if (c.documentOnly && namedHere && kind !== 'named') kind = 'named';
        const attribution: Attribution = {
          cue: span([c.cueStart, c.cueEnd]),
          source: c.source ? span(c.source) : null,
          sourceKind: kind,
          message: c.message ? span(c.message) : null,
        };
        if (continues !== undefined) attribution.continues = continues;
        const index = attributions.length;
        attributions.push(attribution);
        sentenceOf.set(attribution, c.sentence);
        attributionsBySentence[c.sentence].push(index);
        if (kind === 'named' && !c.anaphoric && c.source) lastNamed = index;
        if (c.message) this.linkQuotations(c.message, index);
      }
    }
    analysis.attributions = attributions;
    analysis.attributionsBySentence = attributionsBySentence;
    this.cover();
  }

  private linkQuotations(message: [number, number], index: number): void {
    const { tokens, analysis } = this;
    for (let k = message[0]; k < message[1]; k++) {
      const q = tokens[k].quote;
      if (q >= 0 && analysis.quotations[q].attribution < 0) analysis.quotations[q].attribution = index;
    }
  }

  /** Which attribution covers each sentence: its own, one whose quotation it lies in, or one carried forward. */
  private cover(): void {
    const { analysis, tokens } = this;
    const covering = analysis.sentences.map(() => -1);
    let carried = -1;
    let carriedFrom = -1;
    for (const s of analysis.sentences) {
      const own = analysis.attributionsBySentence[s.index];
      if (own.length > 0) {
        const best = own.find((a) => analysis.attributions[a].sourceKind === 'named') ?? own[0];
        covering[s.index] = best;
        carried = best;
        carriedFrom = s.index;
        continue;
      }
      const quoted = this.quotationAttribution(s);
      if (quoted >= 0) {
        covering[s.index] = quoted;
        carried = quoted;
        carriedFrom = s.index;
        continue;
      }
      if (carried < 0 || s.index - carriedFrom > 3) continue;
      const first = tokens[s.tokenStart];
      const startsQuote = first?.kind === 'quote';
      const previousBlock = analysis.sentences[carriedFrom].block;
      const konjunktiv = this.hasKonjunktiv1(s);
      if ((startsQuote && s.block - previousBlock <= 1) || (konjunktiv && s.block === previousBlock)) {
        covering[s.index] = carried;
        carriedFrom = s.index;
        if (startsQuote) this.linkSentenceQuotes(s, carried);
      } else {
        carried = -1;
      }
    }
    analysis.coveringAttribution = covering;
  }

  private linkSentenceQuotes(s: Sentence, index: number): void {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const q = this.tokens[k].quote;
      if (q >= 0 && this.analysis.quotations[q].attribution < 0) this.analysis.quotations[q].attribution = index;
    }
  }

  private quotationAttribution(s: Sentence): number {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const q = this.tokens[k].quote;
      if (q >= 0 && this.analysis.quotations[q].attribution >= 0) return this.analysis.quotations[q].attribution;
    }
    return -1;
  }

  private hasKonjunktiv1(s: Sentence): boolean {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = this.tokens[k];
      if (t.quote < 0 && isWord(t) && (t.cls & W.KONJ1) !== 0 && !isCapitalized(t)) return true;
    }
    return false;
  }
}

const sentenceOf = new WeakMap<Attribution, number>();

function attributionSentence(a: Attribution): number {
  return sentenceOf.get(a) ?? -1;
}

export function findAttributions(analysis: Analysis): void {
  new AttributionFinder(analysis).run();
}
