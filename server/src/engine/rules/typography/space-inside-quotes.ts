import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';

/** Marks whose direction is certain; a straight " may open or close, so a space beside it says nothing. */
const DIRECTED_OPENINGS = new Set(['„', '»', '«', '“', '‚']);

/** Whether the character is a space or tab (a line break inside a quotation is a paragraph's business). */
function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/** A space after an opening or before a closing quotation mark: "„ Wir sind bereit. “". */
export const spaceInsideQuotes: Rule = {
  meta: {
    id: 'typography/space-inside-quotes',
    category: 'typography',
    defaultSeverity: 'warning',
    message: {
      de: 'Leerzeichen innerhalb der Anführungszeichen ({mark}).',
      en: 'Space inside the quotation marks ({mark}).',
    },
    explanation: {
      de: 'Anführungszeichen stehen im Deutschen ohne Leerzeichen am zitierten Text. Ein Leerzeichen nach dem öffnenden oder vor dem schließenden Zeichen stammt meist aus einer Übersetzung oder Kopie.',
      en: 'In German, quotation marks attach to the quoted text without a space. A space after the opening or before the closing mark usually comes from translation or copying.',
    },
    standard: STANDARDS.typography,
    howToFix: {
      de: 'Das Leerzeichen löschen.',
      en: 'Delete the space.',
    },
  },
  check(analysis, report) {
    const { text } = analysis;
    const title = inLocale(analysis, { de: 'Leerzeichen löschen', en: 'Delete the space' });
    for (const q of analysis.quotations) {
      if (!DIRECTED_OPENINGS.has(q.openMark) || q.close < 0) continue;
      const afterOpen = q.open + q.openMark.length;
      let end = afterOpen;
      while (end < q.close && isBlank(text[end])) end++;
      if (end > afterOpen && end < q.close) {
        report({ offset: q.open, length: end - q.open, data: { mark: q.openMark }, fixes: [{ title, edits: [{ offset: afterOpen, length: end - afterOpen, newText: '' }], safe: true }] });
      }
      let start = q.close;
      while (start > end && isBlank(text[start - 1])) start--;
      if (start < q.close && start > afterOpen) {
        report({ offset: start, length: q.close + q.closeMark.length - start, data: { mark: q.closeMark }, fixes: [{ title, edits: [{ offset: start, length: q.close - start, newText: '' }], safe: true }] });
      }
    }
  },
};
