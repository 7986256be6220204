import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind } from 'vscode-languageserver/node';
import type { Attribution, SourceKind } from '../engine/index.js';
import { documentSymbols, groupSources, rootAttribution, sourceSummary } from './outline.js';

const TEXT = [
  'Kremlsprecher Dmitri Peskow sagte, man warte ab.',
  'Peskow fügte hinzu, es gebe keine Eile.',
  'Eine russische Quelle sagte, die Gespräche seien gescheitert.',
  'Russische Quelle: alles offen.',
  'Es heißt, die Lage sei ernst.',
].join('\n');

/** An attribution on line `line` of TEXT, its spans found by their text. */
function attribution(line: number, kind: SourceKind, source: string | null, cue: string, message: string): Attribution {
  const lineStart = TEXT.split('\n').slice(0, line).reduce((sum, l) => sum + l.length + 1, 0);
  const span = (text: string) => ({ offset: TEXT.indexOf(text, lineStart), length: text.length, text });
  return { cue: span(cue), source: source ? span(source) : null, sourceKind: kind, message: span(message) };
}

const ATTRIBUTIONS: Attribution[] = [
  attribution(0, 'named', 'Kremlsprecher Dmitri Peskow', 'sagte', 'man warte ab'),
  attribution(1, 'named', 'Peskow', 'fügte hinzu', 'es gebe keine Eile'),
  attribution(2, 'anonymous', 'Eine russische Quelle', 'sagte', 'die Gespräche seien gescheitert'),
  attribution(3, 'anonymous', 'Russische Quelle', ':', 'alles offen'),
  attribution(4, 'vague', 'Es heißt', 'heißt', 'die Lage sei ernst'),
];

test('a named source is grouped by its last name and labelled as written most fully', () => {
  const groups = groupSources(ATTRIBUTIONS);
  assert.deepEqual(
    groups.map((g) => [g.kind, g.label, g.statements]),
    [
      ['named', 'Kremlsprecher Dmitri Peskow', [0, 1]],
      ['anonymous', 'Eine russische Quelle', [2, 3]],
      ['vague', 'Es heißt', [4]],
    ],
  );
});

test('a statement that continues another counts for the source of the one it continues', () => {
  const continued = [...ATTRIBUTIONS.slice(0, 4), { ...attribution(4, 'none', null, 'heißt', 'die Lage sei ernst'), continues: 2 }];
  assert.equal(rootAttribution(continued, 4), 2);
  assert.deepEqual(sourceSummary(continued), { named: 2, anonymous: 3, vague: 0, none: 0, sources: { named: 1, anonymous: 1, vague: 0 } });
});

test('a cycle of continuations ends instead of looping', () => {
  const cyclic = [
    { ...ATTRIBUTIONS[0], continues: 1 },
    { ...ATTRIBUTIONS[1], continues: 0 },
  ];
  assert.ok([0, 1].includes(rootAttribution(cyclic, 0)));
});

test('document symbols: a symbol per source with its statements inside its range', () => {
  const document = TextDocument.create('file:///a.txt', 'plaintext', 1, TEXT);
  const symbols = documentSymbols(document, ATTRIBUTIONS, 'de');
  assert.deepEqual(
    symbols.map((s) => [s.name, s.detail, s.kind, s.children?.length]),
    [
      ['Kremlsprecher Dmitri Peskow', 'benannt · 2 Aussagen', SymbolKind.Class, 2],
      ['Eine russische Quelle', 'anonym · 2 Aussagen', SymbolKind.Interface, 2],
      ['Es heißt', 'vage · 1 Aussage', SymbolKind.TypeParameter, 1],
    ],
  );
  assert.equal(symbols[0].children?.[1].name, 'es gebe keine Eile');
  assert.deepEqual(symbols[0].range, { start: { line: 0, character: 0 }, end: { line: 1, character: 38 } });
});
