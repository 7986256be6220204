/**
 * Pairs quotation marks within a block: „…“ (German), "…" (straight), “…” (English), »…« and «…»,
 * ‚…‘ and single straight quotes. A quotation opened in one style and closed in another („…”) is kept
 * as one quotation whose marks differ, so typography can flag it.
 */
import type { QuoteStyle, Quotation, Sentence, Token } from './model.js';

interface Open {
  token: number;
  mark: string;
  style: QuoteStyle;
}

/** Closing marks each opening mark accepts; the first is the proper one. */
const CLOSING: Record<string, string[]> = {
  '„': ['“', '”', '"'],
  '“': ['”', '"'],
  '"': ['"', '“', '”'],
  '»': ['«'],
  '«': ['»'],
  '‚': ['‘', '’'],
  "'": ["'", '’'],
  '‘': ['’'],
  '›': ['‹'],
  '‹': ['›'],
};

const STYLE_OF: Record<string, QuoteStyle> = {
  '„': 'german',
  '“': 'english',
  '"': 'straight',
  '»': 'guillemets',
  '«': 'guillemets-reversed',
  '‚': 'single-german',
  "'": 'single-straight',
  '‘': 'single-german',
  '›': 'guillemets',
  '‹': 'guillemets-reversed',
};

const UNAMBIGUOUS_OPENERS = new Set(['„', '»', '‚']);

/** Whether a quote mark at token i stands where a quotation opens: after space or an opener, before a word. */
function opensHere(tokens: Token[], i: number, start: number, end: number): boolean {
  const next = tokens[i + 1];
  const prev = i > start ? tokens[i - 1] : undefined;
  const attachedToNext = next !== undefined && i + 1 < end && !next.spaceBefore;
  const freeBefore = prev === undefined || tokens[i].spaceBefore || '([–—:'.includes(prev.text);
  return attachedToNext && freeBefore;
}

/**
 * Finds the quotations of tokens [start, end) (one block, already split into sentences) and appends
 * them to `into` in order of their opening marks. An unclosed quotation ends with its sentence.
 */
export function pairQuotations(tokens: Token[], sentences: readonly Sentence[], start: number, end: number, into: Quotation[]): void {
  const first = into.length;
  const stack: Open[] = [];
  const make = (open: Open, closeToken: number): void => {
    const closed = closeToken >= 0;
    const last = closed ? closeToken : sentences[tokens[open.token].sentence].tokenEnd - 1;
    const index = into.length;
    into.push({
      index,
      style: open.style,
      open: tokens[open.token].offset,
      close: closed ? tokens[closeToken].offset : -1,
      openMark: open.mark,
      closeMark: closed ? tokens[closeToken].text : '',
      tokenStart: open.token,
      tokenEnd: last + 1,
      attribution: -1,
    });
  };
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token.kind !== 'quote') continue;
    const mark = token.text;
    const top = stack[stack.length - 1];
    const opens = opensHere(tokens, i, start, end);
    const symmetric = mark === '"' || mark === "'";
    const accepts = top !== undefined && (CLOSING[top.mark] ?? []).includes(mark);
    if (accepts && !(symmetric && opens && tokens[i].spaceBefore)) {
      stack.pop();
      make(top, i);
    } else if (STYLE_OF[mark] && (opens || UNAMBIGUOUS_OPENERS.has(mark))) {
      stack.push({ token: i, mark, style: STYLE_OF[mark] });
    }
  }
  for (const open of stack) make(open, -1);
  const added = into.splice(first).sort((a, b) => a.open - b.open);
  for (const q of added) {
    q.index = into.length;
    into.push(q);
  }
}

/**
 * Sets `token.quote` to the innermost quotation of each token (quotations sorted by `open`), in one
 * sweep: a stack holds the quotations open at the current token. Tokens outside every quotation
 * keep the -1 the tokenizer gave them, and the sweep skips them.
 */
export function markQuotedTokens(tokens: Token[], quotations: readonly Quotation[]): void {
  const open: Quotation[] = [];
  let next = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (open.length === 0) {
      if (next === quotations.length) return;
      k = Math.max(k, quotations[next].tokenStart);
    }
    while (next < quotations.length && quotations[next].tokenStart === k) open.push(quotations[next++]);
    while (open.length > 0 && open[open.length - 1].tokenEnd <= k) open.pop();
    tokens[k].quote = open.length > 0 ? open[open.length - 1].index : -1;
  }
}
