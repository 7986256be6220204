import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutOf } from './blocks.js';
import { testEngine } from '../testing/rule-test-kit.js';

test('plain text: headline, body paragraphs, bullets and short lines', () => {
  const text = 'Kreml dementiert Bericht\n\nDer Kreml bestritt das.\n  • Ein Punkt der Liste.\nBrendan Hoffman/Getty\n';
  const { blocks } = layoutOf(text, 'plaintext');
  assert.deepEqual(blocks.map((b) => [b.kind, text.slice(b.offset, b.end).trim()]), [
    ['headline', 'Kreml dementiert Bericht'],
    ['body', 'Der Kreml bestritt das.'],
    ['bullet', '• Ein Punkt der Liste.'],
    ['short', 'Brendan Hoffman/Getty'],
  ]);
});

test('plain text: a long paragraph whose last sentence lacks its full stop is still prose', () => {
  const article =
    'Ein Selbstmordattentäter tötete bei einem Anschlag auf einen Buskonvoi mindestens 126 Menschen, darunter 68 Kinder. ' +
    'Die syrische Regierung und die Rebellen hatten sich auf die Räumung der Städte geeinigt. 98 Tote seien Flüchtlinge (Stand: Sonntag)';
  assert.deepEqual(layoutOf(article, 'plaintext').blocks.map((b) => b.kind), ['body']);
  // a long title without a sentence inside stays a headline; so does a short line with an abbreviation
  assert.deepEqual(layoutOf('Syrien: Anschlag auf Buskonvoi mit Flüchtlingen aus den belagerten Städten Al-Fu\'ah und Kafriya fordert mindestens 126 Tote, darunter 68 Kinder, 13 Frauen und zahlreiche Helfer der Rebellen', 'plaintext').blocks.map((b) => b.kind), ['headline']);
  assert.deepEqual(layoutOf('Dr. Müller tritt zurück', 'plaintext').blocks.map((b) => b.kind), ['headline']);
});

test('plain text: a line continuing in lower case joins its paragraph', () => {
  const text = 'Der Kreml bestritt\ndas am Freitag.\n';
  assert.equal(layoutOf(text, 'plaintext').blocks.length, 1);
});

test('markdown: front matter, code, comments and link targets are excluded; directives are read', () => {
  const text = '---\ntitle: x\n---\n# Titel\n\nText mit [Link](https://example.org/a) und `code`.\n\n```\nQuellen zufolge\n```\n<!-- quellcheck-disable-next-line anonymous-source -- Grund: Informantenschutz -->\nQuellen zufolge ist das so.\n';
  const { blocks, excluded, directives } = layoutOf(text, 'markdown');
  const excludedTexts = excluded.map((e) => text.slice(e.offset, e.end));
  assert.ok(excludedTexts.includes('---\ntitle: x\n---'));
  assert.ok(excludedTexts.includes('(https://example.org/a)'));
  assert.ok(excludedTexts.includes('`code`'));
  assert.ok(excludedTexts.includes('Quellen zufolge'));
  assert.deepEqual(directives.map((d) => [d.kind, d.rules, d.reason]), [['disable-next-line', ['anonymous-source'], 'Grund: Informantenschutz']]);
  assert.deepEqual(blocks.map((b) => b.kind), ['heading', 'body', 'body']);
  assert.ok(text.slice(blocks[2].offset, blocks[2].end).endsWith('Quellen zufolge ist das so.'));
});

test('credits and the caption above them are told apart from prose', () => {
  const text = 'Der Kreml bestritt das.\n\nEin Soldat in einem Graben in Pisky.\nBrendan Hoffman/Getty\n\nFoto: dpa\n';
  const a = testEngine().analyze(text);
  assert.deepEqual(a.blocks.map((b) => b.kind), ['body', 'caption', 'credit', 'credit']);
});
