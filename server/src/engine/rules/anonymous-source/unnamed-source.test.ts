import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'anonymous-source/unnamed-source';

test('flags unnamed officials, circles, insiders and bare spokespeople with the cue next to them', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Ein hochrangiger Regierungsbeamter sagte, die Verhandlungen seien gescheitert.'), ['Ein hochrangiger Regierungsbeamter sagte']);
  assert.deepEqual(flaggedTexts(RULE, 'Diplomaten zufolge ist das Treffen abgesagt.'), ['Diplomaten zufolge']);
  assert.deepEqual(flaggedTexts(RULE, 'Aus Militärkreisen verlautete, die Truppen würden verlegt.'), ['Militärkreisen verlautete']);
  assert.deepEqual(flaggedTexts(RULE, 'Laut Behördenangaben starben zwei Menschen.'), ['Laut Behördenangaben']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Lage sei ernst, sagte eine anonyme Quelle aus dem Ministerium.'), ['sagte eine anonyme Quelle aus dem Ministerium']);
  assert.deepEqual(flaggedTexts(RULE, 'Wie Reuters unter Berufung auf Insider berichtete, ist das Treffen abgesagt.'), ['unter Berufung auf Insider']);
  assert.deepEqual(flaggedTexts(RULE, 'Ein Sprecher sagte, es gebe keine Verletzten.'), ['Ein Sprecher sagte']);
  assert.deepEqual(flaggedTexts(RULE, 'Analysten erwarten, dass die Zinsen weiter steigen.'), ['Analysten erwarten']);
});

test('one person by role with an indefinite article is unnamed, a spokesperson of a named institution is not', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Ein Berater des Präsidenten sagte, er sei erkrankt.'), ['Ein Berater des Präsidenten sagte']);
  assert.deepEqual(flaggedTexts(RULE, 'Ein Abgeordneter der Opposition sagte, die Pläne seien gescheitert.'), ['Ein Abgeordneter der Opposition sagte']);
  assert.deepEqual(flaggedTexts(RULE, 'Ein Polizist sagte, die Lage sei unter Kontrolle.'), ['Ein Polizist sagte']);
  assertSilent(RULE, [
    'Eine Sprecherin der Polizei sagte, die Lage sei unter Kontrolle.',
    'Ein Bezirksgericht in Virginia entschied, die Klage sei zulässig.',
    'Ein Berater des Präsidenten, Jake Sullivan, sagte, er sei erkrankt.',
  ]);
});

test('asking is no statement: an unnamed questioner is no source', () => {
  assertSilent(RULE, [
    'Ein Reporter drängte Psaki, ob dies bedeute, dass Biden offen sei.',
    '„Wann kommt die Entscheidung?“, fragte ein Journalist.',
  ]);
});

test('the source is flagged where it is first named, not again for a pronoun or a continued statement', () => {
  const text = 'Ein Diplomat sagte, die Gespräche seien gescheitert. Man werde aber weiter verhandeln. Er fügte hinzu, eine Einigung sei möglich.';
  assert.deepEqual(flaggedTexts(RULE, text), ['Ein Diplomat sagte']);
});

test('offers a placeholder for description and reason, never as a safe fix', () => {
  const [finding] = findingsOf(RULE, 'Ein Beamter sagte, der Vertrag sei unterschrieben.');
  assert.equal(finding.fixes.length, 1);
  assert.equal(finding.fixes[0].safe, false);
  assert.match(finding.fixes[0].edits[0].newText, /anonym, weil/);
});

test('leaves named people, spokespeople of named institutions and unnamed people who are no source alone', () => {
  assertSilent(RULE, [
    'Ein Sprecher des Finanzministeriums sagte, es gebe keine Pläne für höhere Steuern.',
    'Regierungssprecher Steffen Seibert sagte, die Kanzlerin sei informiert.',
    'Kreml-Sprecher Dmitri Peskow sagte am Freitag, der Bericht sei falsch.',
    'Die Nachrichtenseite Business Insider berichtete, der Angriff sei geplant gewesen.',
    // the officials are what the report is about, not who reports it
    'Bloomberg berichtete Anfang dieser Woche, dass hochrangige US-Beamte im Dezember über einen ungenannten Vermittler auf die Signale aufmerksam gemacht wurden.',
    // agreeing is no statement
    'Die Diplomaten stimmten dem Vorschlag nach langer Debatte zu.',
    'Ein ukrainischer Soldat der 56. Brigade wurde verletzt.',
  ]);
});
