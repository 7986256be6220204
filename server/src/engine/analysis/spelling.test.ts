import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUpperCaseText, Shape, shapeOf, startsLowerCase, startsUpperCase } from './spelling.js';

const SAMPLES = ['sagte', 'Sagte', 'über', 'Über', 'ähnlich', 'Äußerung', 'ßx', '3D', 'eBay', 'NATO', 'ÖVP', 'G7', 'Nato', 'x', 'X', '-', 'ǅemal', 'élan', 'Élan', 'İstanbul', 'ǆ', 'Ωmega', 'ωmega', '😀a', 'USA-Beamte', 'US-Beamte', 'STRASSE', 'STRAßE', 'ＡＢＣ', 'ａｂｃ'];

test('the case tests answer as the string methods do, for ASCII and other letters', () => {
  for (const text of SAMPLES) {
    const lower = text.toLowerCase();
    assert.equal(startsLowerCase(text, lower), text[0] === lower[0] && text[0] !== text[0]!.toUpperCase(), text);
    assert.equal(startsUpperCase(text, lower), text[0] !== lower[0], text);
    assert.equal(isUpperCaseText(text), text === text.toUpperCase(), text);
  }
});

test('typical words', () => {
  assert.ok(startsLowerCase('über', 'über'));
  assert.ok(!startsLowerCase('3D', '3d'));
  assert.ok(startsUpperCase('Äußerung', 'äußerung'));
  assert.ok(isUpperCaseText('ÖVP'));
  assert.ok(!isUpperCaseText('Nato'));
});

test('the shape of a word holds all four tests', () => {
  assert.equal(shapeOf('über', 'über'), Shape.LOWER_START | Shape.LOWER_CASE);
  assert.equal(shapeOf('NATO', 'nato'), Shape.UPPER_START | Shape.UPPER_CASE);
  assert.equal(shapeOf('Nato', 'nato'), Shape.UPPER_START);
  assert.equal(shapeOf('3D', '3d'), Shape.UPPER_CASE);
  assert.equal(shapeOf('eBay', 'ebay'), Shape.LOWER_START);
});
