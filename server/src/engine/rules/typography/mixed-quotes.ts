import type { Quotation } from '../../analysis/model.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { inLocale } from '../helpers.js';

const PROPER_CLOSE: Record<string, string> = { '„': '“', '»': '«', '«': '»', '"': '"', '“': '”', '‚': '‘' };

/** The article's own quotation style: the most frequent opening mark, German „“ on a tie. */
function houseOpening(quotations: readonly Quotation[]): string {
  const counts = new Map<string, number>();
  for (const q of quotations) if (q.openMark !== "'" && q.openMark !== '‚') counts.set(q.openMark, (counts.get(q.openMark) ?? 0) + 1);
  let best = '„';
  for (const [mark, n] of counts) if (n > (counts.get(best) ?? 0)) best = mark;
  return best;
}

/** Quotation marks of another style than the article's („…“ beside "…" or “…”), or a pair that does not match („…”). */
export const mixedQuotes: Rule = {
  meta: {
    id: 'typography/mixed-quotes',
    category: 'typography',
    defaultSeverity: 'warning',
    message: {
      de: 'Anführungszeichen {found} passen nicht zum Stil des Artikels ({house}).',
      en: 'Quotation marks {found} do not match the article\'s style ({house}).',
    },
    explanation: {
      de: 'Der Artikel verwendet mehrere Arten von Anführungszeichen oder ein Paar, das nicht zusammenpasst. Das wirkt nachlässig und lässt offen, wo ein Zitat beginnt und endet.',
      en: 'The article uses several kinds of quotation marks, or a pair that does not match. It looks careless and blurs where a quotation starts and ends.',
    },
    standard: STANDARDS.typography,
    howToFix: {
      de: 'Alle Zitate in deutsche Anführungszeichen „…“ setzen.',
      en: 'Put all quotations in German quotation marks „…“.',
    },
  },
  check(analysis, report) {
    const quotations = analysis.quotations.filter((q) => q.openMark !== "'" && q.openMark !== '‚');
    const open = houseOpening(quotations);
    const close = PROPER_CLOSE[open];
    for (const q of quotations) {
      // an unclosed quotation is unbalanced-quote's finding; its style matters once it is closed
      if (q.close < 0) continue;
      const openWrong = q.openMark !== open;
      const closeWrong = q.closeMark !== close;
      if (!openWrong && !closeWrong) continue;
      const edits = [];
      if (openWrong) edits.push({ offset: q.open, length: 1, newText: open });
      if (closeWrong) edits.push({ offset: q.close, length: 1, newText: close });
      const at = openWrong ? q.open : q.close;
      report({
        offset: at,
        length: 1,
        data: { found: `${q.openMark}…${q.closeMark}`, house: `${open}…${close}` },
        fixes: [{ title: inLocale(analysis, { de: `In ${open}…${close} ändern`, en: `Change to ${open}…${close}` }), edits, safe: true }],
      });
    }
  },
};
