import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findingsOf, flaggedTexts } from '../../testing/rule-test-kit.js';

const RULE = 'garbled/verbless-clause';

test('flags a subordinate clause that ends the sentence without a verb', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die UN setzen die Gespräche fort, weil die Lieferungen für die Welt wichtig.'), ['weil die Lieferungen für die Welt wichtig']);
  assert.deepEqual(flaggedTexts(RULE, 'Er fragte, ob das Treffen am Montag in Berlin.'), ['ob das Treffen am Montag in Berlin']);
});

test('flags a clause whose subject is followed by a bare participle, its auxiliary lost', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Ukraine hat neue Waffen erhalten, wie die Nachrichtenagentur AFP gemeldet.'), ['wie die Nachrichtenagentur AFP gemeldet']);
  assert.deepEqual(flaggedTexts(RULE, 'Die Ukraine hat neue Waffen erhalten, wie Reuters gemeldet.'), ['wie Reuters gemeldet']);
});

test('flags a relative clause that ends in a bare participle, inside the sentence or at its end', () => {
  assert.deepEqual(flaggedTexts(RULE, 'Die Gespräche, die in Kairo stattgefunden, wurden von Ägypten vermittelt.'), ['die in Kairo stattgefunden']);
  assert.deepEqual(flaggedTexts(RULE, 'Er traf die Delegation, die am Montag aus Kairo angereist.'), ['die am Montag aus Kairo angereist']);
  assertSilent(RULE, [
    'Die Gespräche, die in Kairo stattgefunden hatten, wurden vermittelt.',
    'Die Stadt, die im Krieg zerstört und wieder aufgebaut wurde, wächst.',
    // an absolute phrase: "die" is the article of "Hände"
    'Er stand da, die Hände gefaltet, und schwieg.',
  ]);
});

test('the finding names the clause', () => {
  const [finding] = findingsOf(RULE, 'Das Treffen ist wichtig, obwohl die Lage in der Region ernst.');
  assert.match(finding!.message, /„obwohl die Lage in der Region ernst“/);
});

test('leaves clauses with a verb, set ellipses, quotations and unknown words alone', () => {
  assertSilent(RULE, [
    'Die Lieferungen gehen weiter, weil sie für die Welt wichtig sind.',
    'Er kommt, wenn nötig.',
    'Er hilft, falls möglich, sofort.',
    'Es ist unklar, ob die Gespräche stattfinden.',
    'Er fragte, ob „das Treffen am Montag in Berlin“.',
    'Sie sagte, dass die Regierung die Lage im Griff habe.',
    'Er wusste, dass die Lage in der Stadt bedrohlich, aber beherrschbar war.',
    'Er sagte, dass die Fahrer die Strecke blitzschnell durchrasten.',
    'Die Preise stiegen, wie erwartet.',
    'Die Preise stiegen, wie im Vorjahr angekündigt.',
    'Die Preise stiegen, wie von Experten befürchtet.',
    'Die Industrie hat Tabak durch Zusätze wie Kakao und Zucker schmackhafter gemacht.',
  ]);
});
