import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../engine/rules/index.js';
import { ruleDocsUrl } from '../engine/index.js';
import { RULES_END, RULES_START, anchorOf, rulesMarkdown } from './rules-markdown.js';

const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

test('the README documents every rule as the rules themselves describe it (npm run docs:rules)', () => {
  const section = readme.slice(readme.indexOf(RULES_START), readme.indexOf(RULES_END) + RULES_END.length);
  assert.equal(section, rulesMarkdown(allRules.map((r) => r.meta)));
});

test('every rule docs link lands on an anchor of the README', () => {
  for (const rule of allRules) {
    const url = ruleDocsUrl(rule.meta.id);
    assert.ok(url.endsWith(`README.md#${anchorOf(rule.meta.id)}`), url);
    assert.ok(readme.includes(`<a id="${anchorOf(rule.meta.id)}"></a>`), rule.meta.id);
  }
});

test('rule ids are <category>/<name> and unique', () => {
  const ids = allRules.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of allRules) assert.match(r.meta.id, new RegExp(`^${r.meta.category}/[a-z0-9-]+$`));
});
