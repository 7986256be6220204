import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';

const MARKS = new Set([',', '.', ';', ':', '!', '?']);

/** A space before a comma, period or other closing punctuation ("verschlechtern ."). */
export const spaceBeforePunctuation: Rule = {
  meta: {
    id: 'typography/space-before-punctuation',
    category: 'typography',
    defaultSeverity: 'warning',
    message: {
      de: 'Leerzeichen vor „{mark}“.',
      en: 'Space before "{mark}".',
    },
    explanation: {
      de: 'Satzzeichen schließen im Deutschen ohne Leerzeichen an das vorangehende Wort an; das Leerzeichen stammt meist aus einer Übersetzung oder Kopie.',
      en: 'In German, punctuation attaches to the preceding word without a space; the space usually comes from translation or copying.',
    },
    standard: STANDARDS.typography,
    howToFix: {
      de: 'Das Leerzeichen löschen.',
      en: 'Delete the space.',
    },
  },
  check(analysis, report) {
    const { tokens, text } = analysis;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      if (t.kind !== 'punct' || !MARKS.has(t.text) || !t.spaceBefore || prev.sentence !== t.sentence) continue;
      if (prev.kind !== 'word' && prev.kind !== 'number' && prev.kind !== 'quote') continue;
      const gap = text.slice(prev.end, t.offset);
      if (gap.length === 0 || gap.includes('\n')) continue;
      report({
        offset: prev.end,
        length: t.end - prev.end,
        data: { mark: t.text },
        fixes: [{ title: inLocale(analysis, { de: 'Leerzeichen löschen', en: 'Delete the space' }), edits: [{ offset: prev.end, length: gap.length, newText: '' }], safe: true }],
      });
    }
  },
};
