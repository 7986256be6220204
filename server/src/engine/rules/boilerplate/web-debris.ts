import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';

/** Web-page residue left in the article: "source site-19", "Leave a Comment", "Lesen Sie den Originalartikel auf …". */
export const webDebris: Rule = {
  meta: {
    id: 'boilerplate/web-debris',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    message: {
      de: 'Webseiten-Rest „{line}“ gehört nicht zum Artikel.',
      en: 'Web-page residue "{line}" is not part of the article.',
    },
    explanation: {
      de: 'Die Zeile stammt aus der Webseite, von der der Text kopiert wurde (Kommentarformular, Teilen-Knöpfe, Quellverweis des Scrapers). Im Artikel verwirrt sie Leser.',
      en: 'The line comes from the web page the text was copied from (comment form, share buttons, the scraper\'s source marker). In the article it confuses readers.',
    },
    standard: STANDARDS.editing,
    howToFix: {
      de: 'Die Zeile löschen.',
      en: 'Delete the line.',
    },
  },
  check(analysis, report) {
    const { text } = analysis;
    for (const block of analysis.blocks) {
      if (block.kind !== 'debris') continue;
      let removeEnd = block.end;
      if (text[removeEnd] === '\r') removeEnd++;
      if (text[removeEnd] === '\n') removeEnd++;
      report({
        offset: block.offset,
        length: block.end - block.offset,
        data: { line: text.slice(block.offset, block.end).trim() },
        fixes: [{ title: inLocale(analysis, { de: 'Zeile löschen', en: 'Delete the line' }), edits: [{ offset: block.offset, length: removeEnd - block.offset, newText: '' }], safe: true }],
      });
    }
  },
};
