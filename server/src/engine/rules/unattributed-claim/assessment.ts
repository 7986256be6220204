import type { Analysis, Sentence, Token } from '../../analysis/model.js';
import { hasSourceInReach } from '../../analysis/attributions.js';
import { sentencesWithWords } from '../../analysis/occurrences.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { isProse } from '../helpers.js';
import { insideMessage } from './message-reach.js';
import { Shape } from '../../analysis/spelling.js';

/**
 * Predicative adjectives that judge what follows: "Bemerkenswert ist, dass …", "Es ist klar, dass …".
 * Words that only state what is known or not ("unklar", "bekannt") are no judgement of the writer's.
 */
const JUDGING = new Set(
  `bemerkenswert klar sicher offensichtlich offenkundig unbestreitbar unbestritten unstrittig unumstritten
   fraglich zweifelhaft erstaunlich bezeichnend auffällig entscheidend wichtig bedeutsam interessant
   bedauerlich erfreulich ironisch paradox fest`.split(/\s+/),
);
/** Verbs that join such an adjective to the clause it judges ("Fest steht, dass"). */
const COPULAS = new Set(['ist', 'war', 'bleibt', 'blieb', 'scheint', 'erscheint', 'steht']);
/** Particles that may stand between the copula and the comma ("Klar ist aber, dass"). */
const PARTICLES = new Set(['aber', 'jedoch', 'allerdings', 'auch', 'freilich', 'nur', 'dennoch', 'doch', 'schon', 'jetzt', 'nun']);
/** Words that open the judged clause. */
const CLAUSE_OPENERS = new Set(['dass', 'ob', 'wie', 'was', 'wer', 'wann', 'warum', 'weshalb']);
/** Adverbs with which the text vouches for a claim itself: "Zweifellos war das ein Fehler". */
const VOUCHING = new Set(['zweifellos', 'zweifelsohne', 'fraglos', 'unbestreitbar', 'unzweifelhaft']);

/** Nouns that pass judgement on an event (matched on a compound's end: "Rückschlag"). */
const VERDICT_NOUNS = `schlag erfolg triumph skandal desaster fehler katastrophe blamage armutszeugnis affront
   provokation tragödie meilenstein durchbruch wendepunkt fiasko debakel farce weckruf signal zeichen
   verstoß sieg niederlage rückschritt fortschritt ohrfeige eingeständnis`.split(/\s+/);
const DEMONSTRATIVES = new Set(['dies', 'das', 'dieses']);
/** Articles before a noun subject that the verdict judges: "Das Urteil ist ein großer Erfolg". */
const SUBJECT_ARTICLES = new Set(['der', 'die', 'das', 'dieser', 'diese', 'dieses']);
const VERDICT_COPULAS = new Set(['ist', 'war', 'wäre']);
const VERDICT_DETERMINERS = new Set(['ein', 'eine', 'kein', 'keine']);

function word(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === 'word' && set.has(t.lower);
}

/** Whether, from k on, an optional particle, a comma and the opener of a judged clause follow. */
function judgedClauseAfter(tokens: readonly Token[], k: number, end: number): boolean {
  let m = k;
  if (word(tokens[m], PARTICLES)) m++;
  return m + 1 < end && tokens[m].text === ',' && word(tokens[m + 1], CLAUSE_OPENERS);
}

/**
 * The tokens [start, end) of the writer's judgement at the start of the sentence: "Bemerkenswert ist"
 * (adjective first) or "Es ist klar" (expletive first), each followed by ", dass/ob/wie …"; else undefined.
 */
function judgingFrame(analysis: Analysis, s: Sentence): [number, number] | undefined {
  const { tokens } = analysis;
  const k = s.tokenStart;
  if (k + 3 >= s.tokenEnd || tokens[k].quote >= 0) return undefined;
  if (word(tokens[k], JUDGING) && word(tokens[k + 1], COPULAS) && judgedClauseAfter(tokens, k + 2, s.tokenEnd)) return [k, k + 2];
  if (tokens[k].lower !== 'es' || !word(tokens[k + 1], COPULAS)) return undefined;
  const adjective = word(tokens[k + 2], PARTICLES) ? k + 3 : k + 2;
  if (word(tokens[adjective], JUDGING) && judgedClauseAfter(tokens, adjective + 1, s.tokenEnd)) return [k, adjective + 1];
  return undefined;
}

/**
 * A verdict on what was just told, opening the sentence: "Dies ist ein schwerer Schlag für …", "Das
 * war ein Fehler", "Das Urteil ist ein Erfolg" (demonstrative or noun subject, copula, a noun that
 * judges); else undefined.
 */
function verdictFrame(analysis: Analysis, s: Sentence): [number, number] | undefined {
  const { tokens } = analysis;
  const k = s.tokenStart;
  if (tokens[k].quote >= 0) return undefined;
  const nounSubject = word(tokens[k], SUBJECT_ARTICLES) && tokens[k + 1]?.kind === 'word' && (tokens[k + 1].shape & Shape.UPPER_START) !== 0;
  const copula = nounSubject ? k + 2 : k + 1;
  if (!(nounSubject || word(tokens[k], DEMONSTRATIVES)) || !word(tokens[copula], VERDICT_COPULAS)) return undefined;
  let m = copula + 1;
  if (word(tokens[m], PARTICLES)) m++;
  if (word(tokens[m], VERDICT_DETERMINERS)) m++;
  for (let n = 0; n < 2 && m < s.tokenEnd && tokens[m].kind === 'word' && (tokens[m].shape & Shape.LOWER_START) !== 0; n++) m++;
  const noun = tokens[m];
  if (m >= s.tokenEnd || noun.kind !== 'word' || (noun.shape & Shape.UPPER_START) === 0) return undefined;
  const head = noun.lower.slice(noun.lower.lastIndexOf('-') + 1);
  for (const verdict of VERDICT_NOUNS) if (head.endsWith(verdict)) return [k, m + 1];
  return undefined;
}

/** The first vouching adverb of the sentence outside quotations: "Zweifellos", "fraglos". */
function vouchingAdverb(analysis: Analysis, s: Sentence): number {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = analysis.tokens[k];
    if (t.quote < 0 && word(t, VOUCHING)) return k;
  }
  return -1;
}

/** A judgement in the writer's own voice ("Bemerkenswert ist, dass …", "zweifellos", "Das ist ein Rückschlag") that nobody in the text makes. */
export const assessment: Rule = {
  meta: {
    id: 'unattributed-claim/assessment',
    category: 'unattributed-claim',
    defaultSeverity: 'information',
    message: {
      de: 'Wertung ohne Quelle („{phrase}“): Wer urteilt hier – die Redaktion oder jemand, den sie zitiert?',
      en: 'Judgement without a source ("{phrase}"): who judges here – the newsroom or someone it quotes?',
    },
    explanation: {
      de: 'Der Satz bewertet einen Sachverhalt („bemerkenswert ist“, „es ist klar“, „zweifellos“, „Dies ist ein schwerer Schlag“), ohne dass eine Quelle in Reichweite steht. So erscheint eine Meinung als Tatsache.',
      en: 'The sentence judges a matter ("bemerkenswert ist", "es ist klar", "zweifellos", "Dies ist ein schwerer Schlag") with no source in reach, so an opinion reads like a fact.',
    },
    standard: STANDARDS.ziffer1,
    howToFix: {
      de: 'Die Wertung einer Quelle zuschreiben, sie als Kommentar kennzeichnen oder streichen.',
      en: 'Attribute the judgement to a source, mark it as comment, or delete it.',
    },
  },
  check(analysis, report) {
    const { tokens } = analysis;
    const withVouching = new Set(sentencesWithWords(analysis, VOUCHING));
    for (const s of analysis.sentences) {
      if (!isProse(analysis, s) || (hasSourceInReach(analysis, s.index) && analysis.attributionsBySentence[s.index].length === 0)) continue;
      const frame = judgingFrame(analysis, s) ?? verdictFrame(analysis, s);
      const adverb = frame || !withVouching.has(s.index) ? -1 : vouchingAdverb(analysis, s);
      const [start, end] = frame ?? [adverb, adverb + 1];
      if (start < 0 || insideMessage(analysis, s, tokens[start].offset)) continue;
      const offset = tokens[start].offset;
      const length = tokens[end - 1].end - offset;
      report({ offset, length, data: { phrase: analysis.text.slice(offset, offset + length) } });
    }
  },
};
