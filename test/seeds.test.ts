/**
 * The seed articles against their gold annotation (seeds/expected.json): recall over `expect`
 * entries >= 0.90, precision >= 0.90, and no finding on a `forbid` span — scored as
 * ../shared/tools/score-seeds.py scores the CLI's JSON output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Finding } from '../server/src/engine/index.js';
import { loadLexiconData } from '../server/src/node/lexicon-file.js';

interface Entry {
  category: string[];
  text: string;
  occurrence?: number;
}
interface Gold {
  categories: Record<string, string>;
  files: Record<string, { expect: Entry[]; optional: Entry[]; forbid: Entry[] }>;
}

const seeds = join(__dirname, '..', 'seeds');
const gold = JSON.parse(readFileSync(join(seeds, 'expected.json'), 'utf8')) as Gold;
const engine = createEngine(loadLexiconData());

function spanOf(text: string, entry: Entry): [number, number] {
  let at = -1;
  for (let n = 0; n < (entry.occurrence ?? 1); n++) {
    at = text.indexOf(entry.text, at + 1);
    assert.ok(at >= 0, `gold text not found: ${entry.text}`);
  }
  return [at, at + entry.text.length];
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];
const findingSpan = (f: Finding): [number, number] => [f.offset, f.offset + Math.max(1, f.length)];

let expected = 0;
let found = 0;
let truePositives = 0;
let falsePositives = 0;
const misses: string[] = [];
const falseAlarms: string[] = [];
const forbiddenHits: string[] = [];

for (const [file, spec] of Object.entries(gold.files)) {
  const text = readFileSync(join(seeds, file), 'utf8').replace(/^\uFEFF/, '');
  const findings = engine.lint(text).findings;
  const spans = (entries: Entry[]) => entries.map((e) => ({ entry: e, span: spanOf(text, e) }));
  const expect = spans(spec.expect);
  const optional = spans(spec.optional);
  for (const { entry, span } of expect) {
    expected++;
    if (findings.some((f) => entry.category.includes(f.category) && overlaps(findingSpan(f), span))) found++;
    else misses.push(`${file.slice(0, 3)} ${entry.category.join('/')}: ${entry.text}`);
  }
  for (const f of findings) {
    if (!(f.category in gold.categories)) continue;
    const ok = [...expect, ...optional].some(({ entry, span }) => entry.category.includes(f.category) && overlaps(findingSpan(f), span));
    if (ok) truePositives++;
    else {
      falsePositives++;
      falseAlarms.push(`${file.slice(0, 3)} ${f.rule}: ${text.slice(f.offset, f.offset + f.length)}`);
    }
    for (const { entry, span } of spans(spec.forbid)) {
      if (entry.category.includes(f.category) && overlaps(findingSpan(f), span)) forbiddenHits.push(`${file.slice(0, 3)} ${f.rule} on ${entry.text}`);
    }
  }
}

test('seed recall over expected entries is at least 0.90', () => {
  const recall = found / expected;
  assert.ok(recall >= 0.9, `recall ${recall.toFixed(2)} (${found}/${expected}); misses:\n${misses.join('\n')}`);
});

test('seed precision is at least 0.90', () => {
  const precision = truePositives / (truePositives + falsePositives);
  assert.ok(precision >= 0.9, `precision ${precision.toFixed(2)}; false alarms:\n${falseAlarms.join('\n')}`);
});

test('no finding on a forbidden span', () => {
  assert.deepEqual(forbiddenHits, []);
});
