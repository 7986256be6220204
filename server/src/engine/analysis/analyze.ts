import type { Lexicon } from '../lexicon.js';
import { lineStartsOf } from '../positions.js';
import type { EngineConfig, TextFormat } from '../types.js';
import { findAttributions } from './attributions.js';
import { layoutOf } from './blocks.js';
import { classifyLines } from './debris.js';
import { closedClasses } from './function-words.js';
import type { Analysis, Quotation, Sentence, Token } from './model.js';
import { markQuotedTokens, pairQuotations } from './quotations.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import { WordTable } from './words.js';

/** The words each engine (each lexicon) has seen, with their classes, shared by all its texts. */
const wordTables = new WeakMap<Lexicon, WordTable>();

function wordTableOf(lexicon: Lexicon): WordTable {
  let table = wordTables.get(lexicon);
  if (table === undefined) {
    table = new WordTable((text, lower) => lexicon.classes(text) | closedClasses(lower));
    wordTables.set(lexicon, table);
  }
  return table;
}

/** The one analysis of a text that all rules share. */
export function analyze(text: string, format: TextFormat, config: EngineConfig, lexicon: Lexicon): Analysis {
  const { blocks, excluded, directives } = layoutOf(text, format);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const quotations: Quotation[] = [];
  const words = wordTableOf(lexicon);
  const spellings = words.startText();
  const firstTokens = new Int32Array(blocks.length + 1);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const start = tokens.length;
    firstTokens[b] = start;
    tokenize(text, block.offset, block.end, excluded, tokens, words);
    splitSentences(tokens, start, tokens.length, block.index, sentences);
    pairQuotations(tokens, sentences, start, tokens.length, quotations);
  }
  firstTokens[blocks.length] = tokens.length;
  markQuotedTokens(tokens, quotations);
  const analysis: Analysis = {
    text,
    format,
    config,
    lexicon,
    blocks,
    sentences,
    tokens,
    spellings,
    quotations,
    attributions: [],
    attributionsBySentence: [],
    coveringAttribution: [],
    directives,
    excluded,
    lineStarts: lineStartsOf(text),
  };
  classifyLines(analysis, firstTokens);
  findAttributions(analysis);
  return analysis;
}
