import { PhraseSet } from '../../analysis/phrases.js';
import type { Rule } from '../rule.js';
import { STANDARDS } from '../standards.js';
import { tokenSpan } from '../helpers.js';

const PHRASES = [
  'unter der Bedingung der Anonymität', 'unter der Bedingung , anonym zu bleiben', 'unter Zusicherung der Anonymität',
  'der anonym bleiben wollte', 'die anonym bleiben wollte', 'die anonym bleiben wollten', 'der nicht genannt werden wollte',
  'die nicht genannt werden wollte', 'die nicht genannt werden wollten', 'der namentlich nicht genannt werden wollte',
  'die namentlich nicht genannt werden wollte', 'die namentlich nicht genannt werden wollten', 'bat um Anonymität',
  'baten um Anonymität', 'auf Anonymität bestand', 'auf Anonymität bestanden',
];

const DEFAULT_PHRASES = new PhraseSet(PHRASES);

/** The text grants anonymity ("unter der Bedingung der Anonymität"): the reason must be given too. */
export const anonymityGranted: Rule = {
  meta: {
    id: 'anonymous-source/anonymity-granted',
    category: 'anonymous-source',
    defaultSeverity: 'warning',
    message: {
      de: 'Anonymität zugesichert („{phrase}“): Warum bleibt die Quelle anonym?',
      en: 'Anonymity granted ("{phrase}"): why does the source stay anonymous?',
    },
    explanation: {
      de: 'Der Text sagt, dass eine Quelle nur anonym sprach, aber nicht warum. Ohne Grund kann der Leser nicht abwägen, ob die Anonymität gerechtfertigt ist.',
      en: 'The text says a source spoke only anonymously but not why. Without a reason readers cannot weigh whether anonymity is justified.',
    },
    standard: STANDARDS.ziffer5,
    howToFix: {
      de: 'Den Grund nennen („weil er nicht befugt ist, öffentlich zu sprechen“).',
      en: 'Give the reason ("because he is not authorised to speak publicly").',
    },
  },
  check(analysis, report) {
    const extra = analysis.config.phrases['anonymous-source'] ?? [];
    const phrases = extra.length > 0 ? new PhraseSet([...PHRASES, ...extra]) : DEFAULT_PHRASES;
    const sentences = phrases.sentencesToSearch(analysis) ?? analysis.sentences.map((s) => s.index);
    for (const index of sentences) {
      const s = analysis.sentences[index];
      for (const m of phrases.matchAll(analysis.tokens, s.tokenStart, s.tokenEnd)) {
        const span = tokenSpan(analysis.tokens, m.start, m.end);
        report({ ...span, data: { phrase: analysis.text.slice(span.offset, span.offset + span.length) } });
      }
    }
  },
};
