import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';

/** An opening quotation mark with no closing mark in its paragraph. */
export const unbalancedQuote: Rule = {
  meta: {
    id: 'typography/unbalanced-quote',
    category: 'typography',
    defaultSeverity: 'warning',
    message: {
      de: 'Anführungszeichen {mark} wird im Absatz nicht geschlossen.',
      en: 'Quotation mark {mark} is not closed within its paragraph.',
    },
    explanation: {
      de: 'Ein Zitat wird geöffnet, aber nicht geschlossen. Der Leser kann nicht erkennen, wo die zitierten Worte enden und der Text der Redaktion beginnt.',
      en: 'A quotation is opened but never closed. The reader cannot tell where the quoted words end and the newsroom\'s text resumes.',
    },
    standard: STANDARDS.typography,
    howToFix: {
      de: 'Das schließende Anführungszeichen setzen.',
      en: 'Add the closing quotation mark.',
    },
  },
  check(analysis, report) {
    for (const q of analysis.quotations) {
      if (q.close < 0 && q.openMark !== "'") report({ offset: q.open, length: 1, data: { mark: q.openMark } });
    }
  },
};
