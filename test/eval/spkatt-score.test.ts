import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution, Finding, SourceKind, Span } from '../../server/src/engine/types.js';
import { goldEvents, rebuildText, sentenceTokens, tokensInSpan, type SpkattDocument } from './spkatt.js';
import { scoreDocument } from './spkatt-score.js';

const doc: SpkattDocument = {
  DocumentName: '7 - Beispiel',
  Sentences: [
    { SentenceId: 0, Tokens: ['Diplomaten', 'sagten', ',', 'die', 'Lage', 'sei', 'ernst', '.'] },
    { SentenceId: 1, Tokens: ['Es', 'hieß', ',', 'der', 'Minister', 'trete', 'zurück', '.'] },
    { SentenceId: 2, Tokens: ['Peskow', 'erklärte', ',', 'alles', 'sei', 'gut', '.'] },
  ],
  Annotations: [
    { Cue: ['0:1'], Source: ['0:0'], Message: ['0:3', '0:4', '0:5', '0:6'] },
    { Cue: ['1:1'], Source: [], Message: ['1:3', '1:4', '1:5', '1:6'] },
    { Cue: ['2:1'], Source: ['2:0'], Message: ['2:3', '2:4', '2:5'] },
  ].map((a) => ({ ...a, Addr: [], Frame: [], Form: 'Indirect', STWR: 'Speech', IsNested: false, HasNested: false })),
};
const rebuilt = rebuildText(sentenceTokens(doc));
const { text } = rebuilt;

function span(phrase: string): Span {
  const offset = text.indexOf(phrase);
  assert.ok(offset >= 0, phrase);
  return { offset, length: phrase.length, text: phrase };
}

function attribution(cue: string, source: string | null, sourceKind: SourceKind, message: string | null): Attribution {
  return { cue: span(cue), source: source === null ? null : span(source), sourceKind, message: message === null ? null : span(message) };
}

function finding(category: Finding['category'], rule: string, phrase: string): Finding {
  const { offset, length } = span(phrase);
  return { rule, category, severity: 'warning', message: '', offset, length, fixes: [], related: [] };
}

const score = scoreDocument(
  doc.DocumentName,
  rebuilt,
  goldEvents(doc, rebuilt),
  {
    attributions: [
      attribution('sagten', 'Diplomaten', 'anonymous', 'die Lage sei ernst'),
      attribution('hieß', null, 'vague', 'der Minister trete zurück.'),
      attribution('erklärte', 'Peskow', 'anonymous', null),
    ],
    findings: [finding('vague-source', 'vague-source/es-hiess', 'Es hieß'), finding('garbled', 'garbled/example', 'alles')],
  },
  (offset, length) => tokensInSpan(rebuilt.tokens, offset, length),
);
const t = score.tally;

test('cue and source tokens are compared as sets per document', () => {
  assert.deepEqual(t.cue, { pNum: 3, pDen: 3, rNum: 3, rDen: 3 });
  assert.deepEqual(t.source, { pNum: 2, pDen: 2, rNum: 2, rDen: 2 });
});

test('messages are matched span to span by shared tokens', () => {
  // predicted: 4 tokens (all gold) + 5 tokens (4 gold, the full stop is not); the third gold message is missed
  assert.deepEqual(t.message, { pNum: 8, pDen: 9, rNum: 8, rDen: 11 });
  assert.deepEqual(t.events, { gold: 3, goldWithCue: 3, goldCueFound: 3, predicted: 3, predictedOnGoldCue: 3 });
});

test('an agentless event counts as marked when its attribution is vague and as flagged by a vague-source finding', () => {
  assert.deepEqual(t.agentless, { events: 1, markedVague: 1, flagged: 1, either: 1, kinds: { vague: 1 } });
});

test('anonymous: recall over anonymous gold sources, precision over predicted anonymous attributions', () => {
  assert.equal(t.anonymous.gold, 1);
  assert.equal(t.anonymous.goldFound, 1);
  assert.equal(t.anonymous.predicted, 2);
  assert.equal(t.anonymous.predictedCorrect, 1);
  const falseOnes = score.examples.filter((e) => e.kind === 'falseAnonymous');
  assert.equal(falseOnes.length, 1);
  assert.match(falseOnes[0]!.excerpt, /⟦Peskow⟧ erklärte/);
});

test('findings are counted by category, garbled ones also by rule and severity', () => {
  assert.deepEqual(t.findings, { 'vague-source': 1, garbled: 1 });
  assert.deepEqual(t.garbledByRule, { 'garbled/example': 1 });
  assert.deepEqual(t.garbledBySeverity, { warning: 1 });
  assert.equal(t.sentences, 3);
});
