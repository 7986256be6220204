/**
 * The GermEval 2023 speaker-attribution data (German Wikinews, Task 2): rebuilding running text from
 * its tokens while keeping every token's offset, and reading the gold events as token sets, so that
 * the engine's character spans can be compared with the annotation token by token.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SpkattSentence {
  SentenceId: number;
  Tokens: string[];
}

export interface SpkattAnnotation {
  Cue: string[];
  Source: string[];
  Message: string[];
  Addr: string[];
  Frame: string[];
  Form: string;
  STWR: string;
  IsNested: boolean;
  HasNested: boolean;
}

export interface SpkattDocument {
  DocumentName: string;
  Sentences: SpkattSentence[];
  Annotations: SpkattAnnotation[];
}

/** One token of the rebuilt text: [start, end) in UTF-16 code units. */
export interface PlacedToken {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface RebuiltText {
  text: string;
  /** All tokens of the document in order; a token's position here is its document-wide index. */
  tokens: PlacedToken[];
  /** Document-wide index of each sentence's first token. */
  sentenceStarts: number[];
}

/** Token indices (document-wide, ascending) of each role of one gold event. */
export interface GoldEvent {
  cue: number[];
  source: number[];
  message: number[];
  form: string;
}

type QuoteFamily = 'low' | 'straight' | 'guillemet' | 'single';
type QuoteRole = 'open' | 'close' | 'apostrophe';

/** Punctuation that sticks to the word before it. */
const ATTACHES_LEFT = new Set([',', '.', ':', ';', '!', '?', ')', ']', '…']);
/** Punctuation that sticks to the word after it. */
const ATTACHES_RIGHT = new Set(['(', '[']);
/**
 * A sentence ending in one of these continues the paragraph (an opening mark at the end belongs to
 * the next sentence); anything else was a heading or a list line.
 */
const SENTENCE_FINAL = new Set(['.', '!', '?', ':', ';', '…', '„', '“', '”', '"', "'", '»', '«', '‚', '’', '‘', ')', ']']);

/**
 * The role of a quotation-mark token. German „…“ and ‚…‘ are unambiguous; “ ” ‘ open when no
 * quotation of their family is open (English style); straight quotes and guillemets alternate
 * (» … « and « … » both occur); ’ outside a single quotation is an apostrophe ("O’Keefe").
 */
function quoteRole(token: string, open: ReadonlyMap<QuoteFamily, number>): { role: QuoteRole; family?: QuoteFamily } | undefined {
  const isOpen = (family: QuoteFamily) => (open.get(family) ?? 0) > 0;
  const toggle = (family: QuoteFamily) => ({ role: isOpen(family) ? ('close' as const) : ('open' as const), family });
  switch (token) {
    case '„':
      return { role: 'open', family: 'low' };
    case '“':
    case '”':
      return toggle('low');
    case '"':
    case "''":
      return toggle('straight');
    case '»':
    case '«':
      return toggle('guillemet');
    case '‚':
      return { role: 'open', family: 'single' };
    case '‘':
      return toggle('single');
    case '’':
      return isOpen('single') ? { role: 'close', family: 'single' } : { role: 'apostrophe' };
    case '`':
    case '´':
      return { role: 'apostrophe' };
    default:
      return undefined;
  }
}

function attachesLeft(token: string): boolean {
  return ATTACHES_LEFT.has(token[0]!) && !/[\p{L}\p{N}]/u.test(token);
}

function endsSentence(tokens: readonly string[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && SENTENCE_FINAL.has(last[last.length - 1]!);
}

/**
 * Joins the tokens as a German news text would print them: no space before , . : ; ! ? ) ] and
 * closing quotation marks, none after ( [ and opening marks. Sentences of a document run on with a
 * space; a sentence without final punctuation (a heading, a result line) ends its line, and open
 * quotations do not carry over a line break.
 */
export function rebuildText(sentences: readonly (readonly string[])[]): RebuiltText {
  const tokens: PlacedToken[] = [];
  const sentenceStarts: number[] = [];
  /** How many quotations of each family are open ("„… „in dubio pro reo“ …“" nests). */
  const openQuotes = new Map<QuoteFamily, number>();
  let text = '';
  let glueNext = true;
  let lineBreak = false;
  sentences.forEach((words, sentence) => {
    if (sentence > 0 && !endsSentence(sentences[sentence - 1]!)) {
      lineBreak = true;
      openQuotes.clear();
    }
    sentenceStarts.push(tokens.length);
    for (const word of words) {
      const quote = quoteRole(word, openQuotes);
      let glueBefore = attachesLeft(word);
      let glueAfter = ATTACHES_RIGHT.has(word);
      if (quote?.role === 'open') {
        openQuotes.set(quote.family!, (openQuotes.get(quote.family!) ?? 0) + 1);
        glueAfter = true;
      } else if (quote?.role === 'close') {
        openQuotes.set(quote.family!, openQuotes.get(quote.family!)! - 1);
        glueBefore = true;
      } else if (quote?.role === 'apostrophe') {
        glueBefore = true;
        glueAfter = true;
      }
      if (lineBreak) text += '\n';
      else if (!glueNext && !glueBefore) text += ' ';
      lineBreak = false;
      tokens.push({ text: word, start: text.length, end: text.length + word.length, sentence });
      text += word;
      glueNext = glueAfter;
    }
  });
  return { text, tokens, sentenceStarts };
}

/** Document-wide indices of the tokens that overlap [offset, offset + length), ascending. */
export function tokensInSpan(tokens: readonly PlacedToken[], offset: number, length: number): number[] {
  const end = offset + length;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  const found: number[] = [];
  for (let i = low; i < tokens.length && tokens[i]!.start < end; i++) found.push(i);
  return found;
}

function resolveRefs(refs: readonly string[], rebuilt: RebuiltText, documentName: string): number[] {
  const indices = refs.map((ref) => {
    const [sentence, token] = ref.split(':').map(Number);
    const start = rebuilt.sentenceStarts[sentence!];
    const next = rebuilt.sentenceStarts[sentence! + 1] ?? rebuilt.tokens.length;
    if (start === undefined || !Number.isInteger(token) || start + token! >= next) {
      throw new Error(`${documentName}: token reference ${ref} is outside the document`);
    }
    return start + token!;
  });
  return [...new Set(indices)].sort((a, b) => a - b);
}

export function goldEvents(doc: SpkattDocument, rebuilt: RebuiltText): GoldEvent[] {
  return doc.Annotations.map((a) => ({
    cue: resolveRefs(a.Cue, rebuilt, doc.DocumentName),
    source: resolveRefs(a.Source, rebuilt, doc.DocumentName),
    message: resolveRefs(a.Message, rebuilt, doc.DocumentName),
    form: a.Form,
  }));
}

/** The sentences' token lists, in SentenceId order (the references use the ids). */
export function sentenceTokens(doc: SpkattDocument): string[][] {
  return doc.Sentences.map((s, position) => {
    if (s.SentenceId !== position) throw new Error(`${doc.DocumentName}: sentence ${position} has id ${s.SentenceId}`);
    return s.Tokens;
  });
}

/** The Wikinews article number that starts a document name ("10022 - Der Astronaut …"). */
export function documentNumber(name: string): number {
  const match = /^(\d+)/.exec(name);
  if (!match) throw new Error(`document name without a leading number: ${name}`);
  return Number(match[1]);
}

export type Split = 'dev' | 'test';

/** A fixed split: every fifth article (by number) is held out as `test` and never tuned on. */
export function splitOf(name: string): Split {
  return documentNumber(name) % 5 === 0 ? 'test' : 'dev';
}

export function readSpkattDocuments(dir: string): SpkattDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => documentNumber(a) - documentNumber(b))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SpkattDocument);
}
