import type { Analysis, Token } from '../../analysis/model.js';
import { firstTokenOfSpelling, tokensOfSpelling } from '../../analysis/occurrences.js';
import { Memo } from '../../memo.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';
import { Shape } from '../../analysis/spelling.js';
import { CLOSED_CLASS_BITS } from '../../analysis/function-words.js';
import { WordClass } from '../../lexicon.js';

/** A spelling key that is the same for transliteration variants: Uschakow/Ushakov, Selenskyj/Selenskij/Zelensky, Chodorkowski/Khodorkovsky. */
export function transliterationKey(name: string): string {
  let key = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/kh/g, 'ch')
    .replace(/j/g, 'y')
    .replace(/-/g, '')
    // Slavic endings: Selenskij/Selenskyj/Zelenskiy, Sergei/Sergej, Dmitri/Dmitry
    .replace(/iy/g, 'y')
    .replace(/i$/, 'y');
  let collapsed = '';
  for (const c of key) if (collapsed[collapsed.length - 1] !== c) collapsed += c;
  key = collapsed;
  return key;
}

const MIN_NAME_LENGTH = 4;
/** Keys of the names seen, across texts (names recur from article to article). */
const transliterationKeys = new Memo<string>(20_000);

/**
 * Whether the lexicon has a German reading of the word. `Token.cls` holds the lexicon's classes and
 * the closed-class bits: a bit beyond those and ENGLISH answers yes, no bit but ENGLISH answers no,
 * and only closed-class bits leave the lexicon to be asked.
 */
function isGerman(analysis: Analysis, t: Token): boolean {
  // a reading guessed from the word's last part is no evidence against a name ("Selenski" → "Ski")
  if ((t.cls & WordClass.COMPOUND) !== 0) return false;
  const german = t.cls & ~WordClass.ENGLISH;
  if ((german & ~CLOSED_CLASS_BITS) !== 0) return true;
  return german !== 0 && analysis.lexicon.isGerman(t.text);
}

/**
 * A capitalised word the lexicon does not know, long enough and without hyphen (`t`: one of its
 * tokens). A word in capitals is a dateline or an acronym ("MOSKAU (AP)"), set so on purpose.
 */
function mayBeName(analysis: Analysis, t: Token): boolean {
  return (
    t.text.length >= MIN_NAME_LENGTH &&
    (t.shape & (Shape.UPPER_START | Shape.UPPER_CASE)) === Shape.UPPER_START &&
    !t.text.includes('-') &&
    !isGerman(analysis, t)
  );
}

/** The same name spelled in two ways in one article ("Uschakow" beside "Ushakov"). */
export const nameSpelling: Rule = {
  meta: {
    id: 'consistency/name-spelling',
    category: 'consistency',
    defaultSeverity: 'warning',
    message: {
      de: '„{found}“ ist hier anders geschrieben als „{preferred}“.',
      en: '"{found}" is spelled differently from "{preferred}" here.',
    },
    explanation: {
      de: 'Derselbe Name erscheint im Artikel in zwei Schreibweisen, oft eine deutsche und eine englische Transkription. Leser fragen sich, ob zwei Personen gemeint sind.',
      en: 'The same name appears in two spellings, often a German and an English transcription. Readers wonder whether two people are meant.',
    },
    standard: STANDARDS.consistency,
    howToFix: {
      de: 'Die im Artikel häufigere (oder im Haus vorgegebene) Schreibweise verwenden.',
      en: 'Use the spelling that is more frequent in the article (or the house spelling).',
    },
  },
  check(analysis, report) {
    const preferredOf = new Map<string, string>();
    for (const [preferred, variants] of Object.entries(analysis.config.spellings)) {
      for (const v of variants) preferredOf.set(v, preferred);
    }
    const { tokens } = analysis;
    if (preferredOf.size > 0) {
      for (const t of tokens) {
        const configured = t.kind === 'word' ? preferredOf.get(t.text) : undefined;
        if (!configured) continue;
        report({
          offset: t.offset,
          length: t.end - t.offset,
          data: { found: t.text, preferred: configured },
          fixes: [{ title: inLocale(analysis, { de: `In „${configured}“ ändern`, en: `Change to "${configured}"` }), edits: [{ offset: t.offset, length: t.end - t.offset, newText: configured }], safe: true }],
        });
      }
    }
    /** Transliteration key → the spellings (in order of first occurrence) that may be names with it. */
    const groups = new Map<string, number[]>();
    for (let spelling = 0; spelling < analysis.spellings.length; spelling++) {
      const text = analysis.spellings[spelling]!;
      if (preferredOf.size > 0 && preferredOf.get(text)) continue;
      if (!mayBeName(analysis, tokens[firstTokenOfSpelling(analysis, spelling)]!)) continue;
      const key = transliterationKeys.of(text, transliterationKey);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [spelling]);
      else group.push(spelling);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const spellings = group.map((spelling): [string, Token[]] => [analysis.spellings[spelling]!, tokensOfSpelling(analysis, spelling).map((k) => tokens[k]!)]).sort((a, b) => b[1].length - a[1].length || a[1][0].offset - b[1][0].offset);
      const preferred = spellings[0][0];
      for (const [spelling, occurrences] of spellings.slice(1)) {
        for (const t of occurrences) {
          report({
            offset: t.offset,
            length: t.end - t.offset,
            data: { found: spelling, preferred },
            related: [{ offset: spellings[0][1][0].offset, length: preferred.length, message: `„${preferred}“` }],
            fixes: [{ title: inLocale(analysis, { de: `In „${preferred}“ ändern`, en: `Change to "${preferred}"` }), edits: [{ offset: t.offset, length: t.end - t.offset, newText: preferred }], safe: true }],
          });
        }
      }
    }
  },
};
