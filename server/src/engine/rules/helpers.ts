import type { Analysis, Sentence, Token } from '../analysis/model.js';
import type { Attribution, Fix, Localized } from '../types.js';
import { QUOTE_CHARS } from '../analysis/tokenize.js';

/** Offset and length covering tokens [start, end). */
export function tokenSpan(tokens: readonly Token[], start: number, end: number): { offset: number; length: number } {
  return { offset: tokens[start].offset, length: tokens[end - 1].end - tokens[start].offset };
}

export function sentenceText(analysis: Analysis, s: Sentence): string {
  return analysis.text.slice(s.offset, s.end);
}

/** Sentences in body text (not headlines, captions, bullets' first words or debris). */
export function isProse(analysis: Analysis, s: Sentence): boolean {
  const kind = analysis.blocks[s.block].kind;
  return kind === 'body' || kind === 'bullet';
}

/** The covered span of an attribution's cue and source together when they stand close, else the source. */
export function cueAndSource(a: Attribution): { offset: number; length: number } {
  if (!a.source) return { offset: a.cue.offset, length: a.cue.length };
  const start = Math.min(a.cue.offset, a.source.offset);
  const end = Math.max(a.cue.offset + a.cue.length, a.source.offset + a.source.length);
  if (end - start <= a.source.length + a.cue.length + 12) return { offset: start, length: end - start };
  return { offset: a.source.offset, length: a.source.length };
}

/**
 * Whether an attribution's message asks rather than states: an indirect yes/no question ("drängte
 * Psaki, ob dies bedeute …") or a quotation that ends in a question mark. Nobody vouches for a
 * question, so its asker is no source of a claim.
 */
export function asksQuestion(a: Attribution): boolean {
  const text = a.message?.text;
  if (!text) return false;
  let start = 0;
  let end = text.length;
  while (start < end && isQuoteEdge(text[start])) start++;
  while (end > start && isQuoteEdge(text[end - 1])) end--;
  return text.startsWith('ob ', start) || text[end - 1] === '?';
}

/** A quotation mark or a space, which may stand at either end of a message. */
function isQuoteEdge(c: string): boolean {
  return c === ' ' || c === '\n' || QUOTE_CHARS.has(c);
}

/** A suggested rewrite with a placeholder; never applied by --fix. */
export function placeholderFix(title: string, offset: number, length: number, newText: string): Fix {
  return { title, edits: [{ offset, length, newText }], safe: false };
}

/** A fix title (or other rule text) in the language the configuration asks for. */
export function inLocale(analysis: Analysis, text: Localized): string {
  return text[analysis.config.locale];
}
