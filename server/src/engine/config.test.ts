import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeConfig, toEngineConfig, validateConfig } from './config.js';

const RULE_IDS = ['anonymous-source/quellen-zufolge', 'typography/quotes'];

function problemsOf(obj: unknown): string[] {
  const { config, problems } = validateConfig(obj, RULE_IDS);
  if (problems.length > 0) assert.equal(config, undefined, 'no config when there are problems');
  return problems.map((p) => `${p.path}: ${p.message}`);
}

describe('validateConfig', () => {
  it('accepts every documented key', () => {
    const obj = {
      extends: '../base.json',
      locale: 'en',
      rules: { 'anonymous-source/quellen-zufolge': 'error', typography: 'off', 'vague-source': 'hint' },
      phrases: { 'anonymous-source': ['aus Kreisen der Regierung'], boilerplate: ['Jetzt abonnieren'] },
      namedSources: ['dpa', 'Reuters'],
      spellings: { Selenskyj: ['Selensky', 'Zelensky'] },
      checked: [{ text: 'Quellen zufolge', rule: 'anonymous-source', reason: 'Informantenschutz', by: 'CvD' }],
      extensions: ['txt', '.markdown'],
    };
    const { config, problems } = validateConfig(obj, RULE_IDS);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { ...obj, extensions: ['txt', 'markdown'] });
  });

  it('accepts an empty object', () => {
    assert.deepEqual(validateConfig({}, RULE_IDS), { config: {}, problems: [] });
  });

  it('rejects what is not an object', () => {
    assert.deepEqual(problemsOf([]), [': the configuration must be a JSON object, not an array']);
    assert.deepEqual(problemsOf(null), [': the configuration must be a JSON object, not null']);
  });

  it('names an unknown key and suggests the near one', () => {
    assert.deepEqual(problemsOf({ rule: {} }), ['rule: unknown key (did you mean "rules"?) (allowed: extends, locale, rules, phrases, namedSources, spellings, checked, extensions)']);
  });

  it('names an unknown rule id with a suggestion, and a wrong severity', () => {
    assert.deepEqual(problemsOf({ rules: { 'anonymous-source/quelen-zufolge': 'error', 'typography/quotes': 'fatal' } }), [
      'rules["anonymous-source/quelen-zufolge"]: unknown rule or category "anonymous-source/quelen-zufolge" (did you mean "anonymous-source/quellen-zufolge"?)',
      'rules["typography/quotes"]: must be one of "error", "warning", "information", "hint", "off", not string "fatal"',
    ]);
  });

  it('rejects phrases for a category whose rules read none', () => {
    assert.deepEqual(problemsOf({ phrases: { garbled: ['x'] } }), [
      'phrases.garbled: no rule of "garbled" reads phrases (phrases are read for anonymous-source, vague-source, boilerplate)',
    ]);
  });

  it('rejects unknown categories in phrases and wrong types', () => {
    assert.deepEqual(problemsOf({ phrases: { anonymous: ['x'] }, namedSources: 'dpa', locale: 'fr' }), [
      'phrases.anonymous: unknown category "anonymous"',
      'namedSources: must be an array of strings, not string "dpa"',
      'locale: must be "de" or "en", not string "fr"',
    ]);
    assert.deepEqual(problemsOf({ spellings: { Selenskyj: ['Selensky', 3] } }), ['spellings.Selenskyj[1]: must be a non-empty string, not number 3']);
  });

  it('requires a non-empty reason on every checked entry', () => {
    assert.deepEqual(problemsOf({ checked: [{ text: 'Quellen zufolge' }, { text: 'Es heißt', reason: '  ' }, { text: 'x', reason: 'ok', rule: 'nope', who: 'me' }] }), [
      'checked[0].reason: a checked entry needs a reason (a non-empty string saying why the passage is accepted)',
      'checked[1].reason: a checked entry needs a reason (a non-empty string saying why the passage is accepted)',
      'checked[2].who: unknown key (allowed: text, rule, reason, by)',
      'checked[2].rule: unknown rule or category "nope"',
    ]);
  });

  it('rejects extensions that are not extensions', () => {
    assert.deepEqual(problemsOf({ extensions: ['*.txt'] }), ['extensions[0]: "*.txt" is not a file name extension']);
  });
});

describe('mergeConfig', () => {
  it('lets the extending file win on scalars and severities and joins lists', () => {
    const base = {
      locale: 'de' as const,
      rules: { typography: 'off' as const, 'vague-source': 'warning' as const },
      phrases: { 'anonymous-source': ['a', 'b'] },
      namedSources: ['dpa'],
      spellings: { Selenskyj: ['Selensky'], Kyjiw: ['Kiew'] },
      checked: [{ text: 'x', reason: 'r1' }],
      extensions: ['txt'],
    };
    const override = {
      extends: 'base.json',
      locale: 'en' as const,
      rules: { typography: 'warning' as const },
      phrases: { 'anonymous-source': ['b', 'c'], boilerplate: ['d'] },
      namedSources: ['Reuters', 'dpa'],
      spellings: { Selenskyj: ['Zelensky'] },
      checked: [{ text: 'y', reason: 'r2' }],
    };
    assert.deepEqual(mergeConfig(base, override), {
      locale: 'en',
      rules: { typography: 'warning', 'vague-source': 'warning' },
      phrases: { 'anonymous-source': ['a', 'b', 'c'], boilerplate: ['d'] },
      namedSources: ['dpa', 'Reuters'],
      spellings: { Selenskyj: ['Zelensky'], Kyjiw: ['Kiew'] },
      checked: [
        { text: 'x', reason: 'r1' },
        { text: 'y', reason: 'r2' },
      ],
      extensions: ['txt'],
    });
  });

  it('replaces extensions rather than joining them', () => {
    assert.deepEqual(mergeConfig({ extensions: ['txt', 'md'] }, { extensions: ['markdown'] }).extensions, ['markdown']);
  });
});

describe('toEngineConfig', () => {
  it('fills defaults and drops file-only keys', () => {
    assert.deepEqual(toEngineConfig({ extends: 'x', extensions: ['txt'], locale: 'en' }), {
      locale: 'en',
      rules: {},
      phrases: {},
      namedSources: [],
      spellings: {},
      checked: [],
    });
  });
});
