/**
 * Phrase lists matched on tokens (case-insensitive), so that rules never scan the raw text. A phrase
 * is compiled once into its token texts; matching looks phrases up by their first token.
 */
import type { Analysis, Token } from './model.js';
import { countOfWord, sentencesWithWords } from './occurrences.js';

export interface PhraseMatch {
  /** Token range [start, end). */
  start: number;
  end: number;
  phrase: string;
}

interface CompiledPhrase {
  parts: string[];
  /** The parts that only a word written so in lower case matches (`PLAIN_WORD`), for `sentencesToSearch`. */
  plainParts: string[];
  phrase: string;
}

export class PhraseSet {
  private readonly byFirst = new Map<string, CompiledPhrase[]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const parts = splitPhrase(phrase);
      if (parts.length === 0) continue;
      const list = this.byFirst.get(parts[0]) ?? [];
      list.push({ parts, plainParts: parts.filter((part) => PLAIN_WORD.test(part)), phrase });
      list.sort((a, b) => b.parts.length - a.parts.length);
      this.byFirst.set(parts[0], list);
    }
  }

  /** The longest phrase that starts at token `i` and ends before `limit`, if any. */
  matchAt(tokens: readonly Token[], i: number, limit: number): PhraseMatch | undefined {
    const candidates = this.byFirst.get(tokens[i].lower);
    if (!candidates) return undefined;
    for (const { parts, phrase } of candidates) {
      if (i + parts.length > limit) continue;
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) ok = partMatches(tokens[i + k].lower, parts[k]);
      if (ok) return { start: i, end: i + parts.length, phrase };
    }
    return undefined;
  }

  /**
   * The sentences (ascending) in which a phrase may match, or undefined when that cannot be told
   * from the words: a phrase can only match in a sentence holding the rarest of its plain words.
   */
  sentencesToSearch(analysis: Analysis): number[] | undefined {
    const rarest = new Set<string>();
    for (const candidates of this.byFirst.values()) {
      for (const { plainParts } of candidates) {
        let best: string | undefined;
        let bestCount = Infinity;
        for (const part of plainParts) {
          const count = countOfWord(analysis, part);
          if (count < bestCount) {
            best = part;
            bestCount = count;
          }
        }
        if (best === undefined) return undefined;
        rarest.add(best);
      }
    }
    return sentencesWithWords(analysis, rarest);
  }

  /** All non-overlapping matches in tokens [start, end), left to right. */
  matchAll(tokens: readonly Token[], start: number, end: number): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    for (let i = start; i < end; i++) {
      const m = this.matchAt(tokens, i, end);
      if (m) {
        matches.push(m);
        i = m.end - 1;
      }
    }
    return matches;
  }
}

/** A phrase part that only a word token can match, and only one written so in lower case. */
const PLAIN_WORD = /^\p{L}[^*]*$/u;

/** A part ending in `*` matches any token that starts with the rest ("site*" matches "site-19"). */
function partMatches(token: string, part: string): boolean {
  return part.endsWith('*') ? token.startsWith(part.slice(0, -1)) : token === part;
}

/** Splits a phrase the way the tokenizer splits text: words (with inner hyphens) and single marks. */
function splitPhrase(phrase: string): string[] {
  const parts: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word) parts.push(word.toLowerCase());
    word = '';
  };
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    if (/\s/.test(c)) flush();
    else if (c === '*' && i === phrase.length - 1) word += c;
    else if (/[\p{L}\p{N}]/u.test(c) || ((c === '-' || c === '.') && word && /[\p{L}\p{N}]/u.test(phrase[i + 1] ?? ''))) word += c;
    else {
      flush();
      parts.push(c);
    }
  }
  flush();
  return parts;
}
