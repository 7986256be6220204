import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { asksQuestion, cueAndSource, placeholderFix } from '../helpers.js';

/** A statement rests on a source the text does not name: "eine russische Quelle", "US-Beamte", "Diplomaten". */
export const unnamedSource: Rule = {
  meta: {
    id: 'anonymous-source/unnamed-source',
    category: 'anonymous-source',
    defaultSeverity: 'warning',
    message: {
      de: 'Anonyme Quelle „{source}“: Nennt der Text den Grund der Anonymität und beschreibt er die Quelle genau?',
      en: 'Anonymous source "{source}": does the text give the reason for anonymity and describe the source specifically?',
    },
    explanation: {
      de: 'Die Aussage stützt sich auf eine Quelle, die nicht genannt wird. Leser können ihre Glaubwürdigkeit nur einschätzen, wenn der Text sagt, warum sie anonym bleibt und in welcher Position sie ist.',
      en: 'The statement rests on a source that is not named. Readers can judge its credibility only if the text says why it stays anonymous and what position it holds.',
    },
    standard: STANDARDS.ziffer2and5,
    howToFix: {
      de: 'Quelle so genau wie möglich beschreiben („ein mit den Verhandlungen befasster Diplomat“) und den Grund der Anonymität nennen; keinen Namen erzwingen.',
      en: 'Describe the source as specifically as possible ("a diplomat involved in the talks") and give the reason for anonymity; never force a name.',
    },
  },
  check(analysis, report) {
    for (const a of analysis.attributions) {
      // a statement that continues an earlier one was flagged where its source was first named
      if (a.sourceKind !== 'anonymous' || !a.source || a.continues !== undefined || asksQuestion(a)) continue;
      const span = cueAndSource(a);
      const end = a.source.offset + a.source.length;
      report({
        ...span,
        data: { source: a.source.text },
        fixes: [placeholderFix('Beschreibung und Grund der Anonymität ergänzen', end, 0, ' ([genaue Beschreibung], anonym, weil [Grund])')],
      });
    }
  },
};
