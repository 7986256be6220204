import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixes, assertSilent, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'boilerplate/web-debris';
const ARTICLE = 'Der Kreml hat den Bericht zurückgewiesen. Peskow sagte, er sei falsch.\n\n';

test('flags scraper markers, comment forms and read-more links on their own lines', () => {
  for (const line of ['source site-19', 'Leave a Comment', 'Leave a Reply', 'Lesen Sie den Originalartikel auf Business Insider', 'Verwandte Themen:', 'Weitere Nachrichten', 'Your email address will not be published. Required fields are marked *', 'Source link']) {
    assert.deepEqual(flaggedTexts(RULE, ARTICLE + line + '\n'), [line], line);
  }
});

test('flags German teasers, share buttons, translation notes and blog footers', () => {
  for (const line of ['Lesen Sie auch: Was der Besuch für den Krieg bedeutet', 'Teilen auf Facebook', 'Dieser Artikel wurde automatisch übersetzt.', 'Dieser Artikel wurde automatisch aus dem Englischen übersetzt.', 'Cookie-Einstellungen', 'Originalartikel lesen', 'Posted in Politik | Tagged Ukraine, USA']) {
    assert.deepEqual(flaggedTexts(RULE, ARTICLE + line + '\n'), [line], line);
  }
});

test('the titles listed under a link-list header are debris too, up to an empty line', () => {
  const list = 'Mehr zum Thema:\nBundesliga: Alle Transfers im Überblick\nTuchel: „Wir sind noch nicht fertig“\n\nKane wird am Sonntag spielen.\n';
  assert.deepEqual(flaggedTexts(RULE, ARTICLE + list), ['Mehr zum Thema:', 'Bundesliga: Alle Transfers im Überblick', 'Tuchel: „Wir sind noch nicht fertig“']);
  // a teaser with its title on the same line lists nothing below it
  assert.deepEqual(flaggedTexts(RULE, ARTICLE + 'Lesen Sie auch: Was der Besuch bedeutet\nKane wird am Sonntag spielen\n'), ['Lesen Sie auch: Was der Besuch bedeutet']);
});

test('flags a short line left in English', () => {
  assert.deepEqual(flaggedTexts(RULE, ARTICLE + 'Click to share on Twitter\n'), ['Click to share on Twitter']);
});

test('a configured phrase counts as debris', () => {
  assert.deepEqual(flaggedTexts(RULE, ARTICLE + 'Unterstützen Sie unseren Journalismus\n', { config: { phrases: { boilerplate: ['Unterstützen Sie'] } } }), ['Unterstützen Sie unseren Journalismus']);
});

test('leaves article text, datelines and paragraphs that mention such words alone', () => {
  assertSilent(RULE, [
    '(CNN) – Kreml-Sprecher Dmitri Peskow sagte am Freitag, dass die Gespräche schwierig seien.',
    ARTICLE + 'Der Newsletter der Zeitung erscheint seit 2010 jeden Morgen, sagte der Verleger in Berlin am Montag.\n',
    'Biden offen für Gipfel mit Putin\n\n' + ARTICLE,
  ]);
});

test('the fix deletes the whole line', () => {
  assertFixes(RULE, ARTICLE + 'source site-19\n', ARTICLE);
  assertFixes(RULE, ARTICLE + 'Leave a Comment\r\nEnde.', ARTICLE + 'Ende.');
});
