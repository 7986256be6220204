import { FINITE, WordClass } from '../../lexicon.js';
import { SUBJECT_PRONOUNS } from '../../analysis/function-words.js';
import { hasSourceInReach, isSourced } from '../../analysis/attributions.js';
import type { Analysis, Quotation, Sentence, Token } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';

/** Words a quotation needs before it counts as a statement rather than a quoted term. */
const STATEMENT_WORDS = 5;

/** For each token index k (and the end), the number of words before token k. */
function countWords(tokens: readonly Token[]): Int32Array {
  const before = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) before[k + 1] = before[k]! + (tokens[k]!.kind === 'word' ? 1 : 0);
  return before;
}

/** Nouns that name a work or motto by the quotation after them: "der Song „…“", "unter dem Motto „…“", "die Parole „…“". */
const TITLE_NOUNS = new Set(
  `song lied film buch roman album titel stück theaterstück serie sendung gedicht oper musical motto slogan
   kampagne aktion programm initiative ausstellung projekt bericht studie artikel schlagzeile überschrift
   parole losung devise aufschrift spruch`.split(/\s+/),
);

/**
 * Whether the quotation is the title of a work rather than something said: a title noun before it
 * ("der Film „…“", "unter dem Motto „…“") or its author after it ("„…“ von Bob Dylan").
 */
function isTitle(tokens: readonly Token[], q: Quotation): boolean {
  const before = tokens[q.tokenStart - 1];
  if (before !== undefined && before.kind === 'word' && TITLE_NOUNS.has(before.lower)) return true;
  const after = tokens[q.tokenEnd];
  const author = tokens[q.tokenEnd + 1];
  return q.close >= 0 && after !== undefined && after.lower === 'von' && author !== undefined && author.kind === 'word' && author.text[0] !== author.lower[0];
}

/** Readings of a word that may be the finite verb of a clause. */
const FINITE_READINGS = FINITE | WordClass.AUXILIARY | WordClass.MODAL;

/** A word that may have one of `readings`, written in lower case (not a capitalised noun or name). */
function hasReading(t: Token, readings: number): boolean {
  return t.kind === 'word' && (t.cls & readings) !== 0 && t.text[0] === t.lower[0];
}

/**
 * What `isStatement` asks of the words, each token read once: an unclosed quotation reaches to the
 * end of its block, so reading each quotation's (or its sentence's) tokens again would take time
 * growing with the square of the text.
 */
class Readings {
  /** Per quotation: a word of its own (not of a quotation inside it) may be a finite verb. */
  private readonly finiteIn: Uint8Array;
  /** Per sentence asked about: the innermost quotations (-1: none) of its words that may be a Konjunktiv I. */
  private readonly konjunktivIn = new Map<number, Set<number>>();
  /** Per sentence asked about: its colons that close a clause with a finite verb and a possible subject. */
  private readonly introducingColons = new Map<number, Set<number>>();

  constructor(private readonly analysis: Analysis) {
    this.finiteIn = new Uint8Array(analysis.quotations.length);
    const { tokens } = analysis;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.quote >= 0 && this.finiteIn[t.quote] === 0 && hasReading(t, FINITE_READINGS)) this.finiteIn[t.quote] = 1;
    }
  }

  /**
   * Whether the colon at token `k` closes a clause that introduces what follows: "Die Firma empfindet
   * die Kritik als ungerechtfertigt: „…“", "Er rief aus: „…“" — its subject is the speaker.
   */
  introducedByClause(s: Sentence, k: number): boolean {
    let colons = this.introducingColons.get(s.index);
    if (colons === undefined) {
      colons = new Set();
      let finite = false;
      let subject = false;
      for (let m = s.tokenStart; m < s.tokenEnd; m++) {
        const t = this.analysis.tokens[m]!;
        if (t.quote >= 0) continue;
        if (t.text === ':') {
          if (finite && subject) colons.add(m);
          finite = subject = false;
        } else if (t.kind === 'word') {
          finite ||= hasReading(t, FINITE_READINGS);
          subject ||= t.text[0] !== t.lower[0] || SUBJECT_PRONOUNS.has(t.lower);
        }
      }
      this.introducingColons.set(s.index, colons);
    }
    return colons.has(k);
  }

  hasFinite(q: Quotation): boolean {
    return this.finiteIn[q.index] === 1;
  }

  /** Whether sentence `s` has a word that may be a Konjunktiv I standing in quotation `quote` (-1: outside any). */
  hasKonjunktiv(s: Sentence, quote: number): boolean {
    let quotes = this.konjunktivIn.get(s.index);
    if (quotes === undefined) {
      quotes = new Set();
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = this.analysis.tokens[k]!;
        if (hasReading(t, WordClass.KONJ1)) quotes.add(t.quote);
      }
      this.konjunktivIn.set(s.index, quotes);
    }
    return quotes.has(quote);
  }
}

/**
 * Whether the quotation reads as somebody's words: it has a word that may be a finite verb, or it
 * stands in reported speech (Konjunktiv I outside it: "Die Lage sei „so ernst wie nie“ gewesen").
 * Otherwise it is a name, a title or a slogan ("„Commandeur de la Légion d'Honneur“", "„Nieder mit
 * der Besatzung“").
 */
function isStatement(analysis: Analysis, readings: Readings, q: Quotation, s: Sentence): boolean {
  if (readings.hasFinite(q)) return true;
  // the words around the quotation: outside any quotation, or inside the one that encloses it
  const outside = q.tokenStart > s.tokenStart ? analysis.tokens[q.tokenStart - 1]!.quote : -1;
  return readings.hasKonjunktiv(s, outside);
}

/** A quotation whose speaker the text never names, in its sentence or the ones before. */
export const orphanQuote: Rule = {
  meta: {
    id: 'unattributed-claim/orphan-quote',
    category: 'unattributed-claim',
    defaultSeverity: 'warning',
    message: {
      de: 'Zitat ohne Urheber: Wer hat das gesagt?',
      en: 'Quotation without a speaker: who said this?',
    },
    explanation: {
      de: 'Das Zitat steht ohne Sprecher im Satz und setzt kein vorher zitiertes Statement fort. Leser können es niemandem zuordnen.',
      en: 'The quotation has no speaker in its sentence and does not continue a statement quoted before. Readers cannot tell whose words they are.',
    },
    standard: STANDARDS.ziffer1,
    howToFix: {
      de: 'Den Sprecher nennen („…“, sagte [Name]).',
      en: 'Name the speaker ("…", said [name]).',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    // words before each token, so that nested quotations (each reaching to the sentence end when
    // unclosed) are counted without going over their tokens again
    let wordsBefore: Int32Array | undefined;
    let readings: Readings | undefined;
    for (const q of analysis.quotations) {
      if (q.attribution >= 0 && isSourced(analysis, q.attribution)) continue;
      const s = analysis.sentences[tokens[q.tokenStart].sentence];
      if (!isProse(analysis, s) || hasSourceInReach(analysis, s.index)) continue;
      wordsBefore ??= countWords(tokens);
      if (wordsBefore[q.tokenEnd]! - wordsBefore[q.tokenStart]! < STATEMENT_WORDS || isTitle(tokens, q)) continue;
      readings ??= new Readings(analysis);
      if (!isStatement(analysis, readings, q, s)) continue;
      const before = q.tokenStart - 1;
      if (before >= s.tokenStart && tokens[before].text === ':' && readings.introducedByClause(s, before)) continue;
      const end = tokens[q.tokenEnd - 1].end;
      report({ offset: q.open, length: end - q.open });
    }
  },
};
