/**
 * The analysis of one text, computed once and shared by all rules.
 */
import type { Attribution, EngineConfig, TextFormat } from '../types.js';
import type { Lexicon } from '../lexicon.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token {
  /** Position in `Analysis.tokens`. */
  index: number;
  kind: TokenKind;
  text: string;
  lower: string;
  offset: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Whitespace (or the start of the segment) precedes the token. */
  spaceBefore: boolean;
  /** Word-class bits (`WordClass`) from the lexicon and the closed-class lists; 0 for non-words. */
  cls: number;
  /** For a word, the case of its letters (bits of `Shape`, analysis/spelling.ts); 0 for non-words. */
  shape: number;
  /**
   * For a word, the number of its spelling in `Analysis.spellings` (the same for every token written
   * alike), so that rules can keep what they find out per spelling in an array; -1 for non-words.
   */
  spelling: number;
  /** Index in `Analysis.quotations` of the innermost quotation the token stands in, or -1. */
  quote: number;
}

/**
 * How a line is used in the article. Rules treat headlines, captions and credits differently from
 * body text (a headline need not be a full sentence); 'debris' is web-page residue ("Leave a Comment").
 */
export type BlockKind = 'body' | 'headline' | 'bullet' | 'caption' | 'credit' | 'heading' | 'short' | 'debris';

export interface Block {
  index: number;
  kind: BlockKind;
  offset: number;
  end: number;
}

export interface Sentence {
  index: number;
  offset: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  block: number;
  /** The sentence ends with . ! ? (or a closing quotation mark after one). */
  terminated: boolean;
}

export type QuoteStyle = 'german' | 'straight' | 'guillemets' | 'guillemets-reversed' | 'single-german' | 'english' | 'single-straight';

export interface Quotation {
  index: number;
  style: QuoteStyle;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quotation is not closed within its block. */
  close: number;
  /** The opening and closing characters as they stand in the text. */
  openMark: string;
  closeMark: string;
  /** Token range of the marks and content [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Index in `Analysis.attributions` of the statement this quotation belongs to, or -1. */
  attribution: number;
}

/** A Quellcheck directive from a Markdown HTML comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Rule ids or categories; empty means all rules. */
  rules: string[];
  reason: string;
  offset: number;
  end: number;
}

/** A stretch of text that is not prose (code, front matter, link targets, comments). */
export interface Excluded {
  offset: number;
  end: number;
}

export interface Analysis {
  text: string;
  format: TextFormat;
  config: EngineConfig;
  lexicon: Lexicon;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  /** The distinct spellings of the text's words, in order of first occurrence (see `Token.spelling`). */
  spellings: string[];
  quotations: Quotation[];
  /** Attributions in text order; `Sentence` index → indices into this array via `attributionsBySentence`. */
  attributions: Attribution[];
  attributionsBySentence: number[][];
  /** For each sentence, the attribution that covers it (its own or one carried forward), or -1. */
  coveringAttribution: number[];
  directives: Directive[];
  excluded: Excluded[];
  /** UTF-16 offset of the start of each line, for offset → line/character. */
  lineStarts: number[];
}
