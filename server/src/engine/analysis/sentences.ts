/**
 * Sentence boundaries over the tokens of one block. A period ends a sentence unless it closes an
 * abbreviation ("Dr.", "z. B."), an ordinal ("18. Januar", "56. Brigade"), or the next word goes on
 * in lower case ("… kämpfen.“ sagte der Beamte").
 */
import type { Sentence, Token } from './model.js';
import { ARTICLES, PRONOUNS } from './function-words.js';

const ABBREVIATIONS = new Set(
  `dr prof nr st mio mrd jh jhd tel fr hr hrn abs art bd bzw ca chr dgl evtl etc ff geb ggf gegr hrsg
   inkl insb kap lt max min mr mrs ms op pkt rd sog str usw vgl zzgl jan feb mär apr jun jul aug sep
   sept okt nov dez co corp inc ltd vs gen col sen rep gov jr ing dipl univ bzgl mrd ggü abg präs`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

const MONTHS = new Set(
  'januar februar märz april mai juni juli august september oktober november dezember jänner'.split(' '),
);

const ROMAN_NUMERAL = /^[IVXLC]{1,6}$/;
const TERMINALS = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set(['“', '”', '"', '«', '»', '‘', '’', "'", ')', ']', '‹', '›']);

function startsLower(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const first = token.text[0];
  return first === first.toLowerCase() && first !== first.toUpperCase();
}

/** Whether the period token at `i` closes an abbreviation or an ordinal number. */
function periodContinues(tokens: Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].offset) return false;
  const next = tokens[i + 1];
  // no sentence starts with a comma: "Elisabeth II., die Königin", "usw., aber"
  if (next !== undefined && i + 1 < end && (next.text === ',' || next.text === ';')) return true;
  if (prev.kind === 'word') {
    if (ABBREVIATIONS.has(prev.lower)) return true;
    // single letters are initials or parts of "z. B.", "u. a."
    if (prev.text.length === 1) return true;
    // "U.S." and similar dotted abbreviations
    const lastDot = prev.text.lastIndexOf('.');
    if (lastDot > 0 && prev.text.length - lastDot <= 3) return true;
    // regnal numbers: "Elisabeth II. besuchte", "Benedikt XVI. in Rom"
    const beforeNumeral = tokens[i - 2];
    if (ROMAN_NUMERAL.test(prev.text) && beforeNumeral?.kind === 'word' && beforeNumeral.text[0] !== beforeNumeral.lower[0]) return continuesAfterOrdinal(next);
    return false;
  }
  if (prev.kind === 'number' && i + 1 < end && next && /^\d{1,3}$/.test(prev.text)) {
    if (next.kind === 'number') return true;
    return continuesAfterOrdinal(next);
  }
  return false;
}

/** After an ordinal's period: "56. Brigade" continues; "… 2 Tote. Die Polizei …" does not. */
function continuesAfterOrdinal(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  if (MONTHS.has(next.lower)) return true;
  return !ARTICLES.has(next.lower) && !PRONOUNS.has(next.lower);
}

/**
 * Appends the sentence of tokens [first, last] to `into` (none when `last` < `first`) and sets their
 * `token.sentence`; returns where the next sentence starts. (A function of its own rather than a
 * closure per block, which would be made anew for every block.)
 */
function closeSentence(tokens: Token[], first: number, last: number, block: number, terminated: boolean, into: Sentence[]): number {
  if (last < first) return first;
  const index = into.length;
  for (let k = first; k <= last; k++) tokens[k].sentence = index;
  into.push({
    index,
    offset: tokens[first].offset,
    end: tokens[last].end,
    tokenStart: first,
    tokenEnd: last + 1,
    block,
    terminated,
  });
  return last + 1;
}

/** Appends the sentences of tokens [start, end) (one block) to `into` and sets `token.sentence`. */
export function splitSentences(tokens: Token[], start: number, end: number, block: number, into: Sentence[]): void {
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token.kind !== 'punct' || !TERMINALS.has(token.text)) continue;
    if (token.text === '.' && periodContinues(tokens, i, end)) continue;
    let last = i;
    while (last + 1 < end && !tokens[last + 1].spaceBefore && (TERMINALS.has(tokens[last + 1].text) || CLOSERS.has(tokens[last + 1].text))) last++;
    if (startsLower(tokens[last + 1])) {
      i = last;
      continue;
    }
    sentenceStart = closeSentence(tokens, sentenceStart, last, block, true, into);
    i = last;
  }
  closeSentence(tokens, sentenceStart, end - 1, block, false, into);
}
