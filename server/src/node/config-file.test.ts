import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, ConfigLoader, parseConfigText } from './config-file.js';

const RULE_IDS = ['anonymous-source/quellen-zufolge'];
const root = mkdtempSync(join(tmpdir(), 'quellcheck-config-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function configError(action: () => unknown): ConfigError {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ConfigError');
}

describe('parseConfigText', () => {
  it('reports bad JSON with line and column', () => {
    const error = configError(() => parseConfigText('{\n  "locale": "de",\n  "rules": }\n', 'x.json', RULE_IDS));
    assert.equal(error.problem, 'invalid JSON: expected a value');
    assert.deepEqual([error.line, error.column], [3, 12]);
  });

  it('rejects comments and trailing commas (it is JSON)', () => {
    assert.equal(configError(() => parseConfigText('{"locale": "de",}', 'x.json', RULE_IDS)).problem, 'invalid JSON: expected a property name in double quotes');
    assert.equal(configError(() => parseConfigText('// c\n{}', 'x.json', RULE_IDS)).problem, 'invalid JSON: comments are not allowed in JSON');
  });

  it('reads an empty file as an empty configuration (editors create the file before writing into it)', () => {
    assert.deepEqual(parseConfigText('', 'x.json', RULE_IDS), {});
    assert.deepEqual(parseConfigText(' \n', 'x.json', RULE_IDS), {});
  });

  it('points at the property of a validation problem and counts the others', () => {
    const error = configError(() => parseConfigText('{\n  "locale": "de",\n  "rules": {\n    "anonymous-source/nope": "error"\n  },\n  "colour": 1\n}', 'x.json', RULE_IDS));
    assert.equal(error.problem, 'invalid configuration: rules["anonymous-source/nope"]: unknown rule or category "anonymous-source/nope" (did you mean "anonymous-source"?) (and 1 more problem)');
    assert.deepEqual([error.line, error.column], [4, 5]);
  });

  it('reads a file with a byte-order mark', () => {
    assert.deepEqual(parseConfigText('\ufeff{"locale": "en"}', 'x.json', RULE_IDS), { locale: 'en' });
  });
});

describe('ConfigLoader', () => {
  it('resolves extends relative to the extending file, the extending file winning', () => {
    write('ext/shared/base.json', '{"locale": "de", "namedSources": ["dpa"], "rules": {"typography": "off"}}');
    const file = write('ext/project/.quellcheckrc.json', '{"extends": "../shared/base.json", "locale": "en", "namedSources": ["AFP"]}');
    assert.deepEqual(new ConfigLoader(RULE_IDS).load(file), { locale: 'en', namedSources: ['dpa', 'AFP'], rules: { typography: 'off' } });
  });

  it('reports an extends cycle on the file that closes it', () => {
    const a = write('cycle/a.json', '{"extends": "b.json"}');
    write('cycle/b.json', '{"extends": "./a.json"}');
    const error = configError(() => new ConfigLoader(RULE_IDS).load(a));
    assert.equal(error.problem, '"extends" forms a cycle: a.json → b.json → a.json');
    assert.equal(error.file, join(root, 'cycle/b.json'));
  });

  it('reports a missing extends target and an unreadable file', () => {
    const file = write('missing/.quellcheckrc.json', '{"extends": "nowhere.json"}');
    assert.equal(configError(() => new ConfigLoader(RULE_IDS).load(file)).problem, '"extends": cannot find configuration file nowhere.json');
    assert.equal(configError(() => new ConfigLoader(RULE_IDS).load(join(root, 'none.json'))).problem, 'cannot read configuration file: no such file or directory');
  });

  it('finds the nearest file upward, and nothing where there is none', () => {
    const top = write('tree/.quellcheckrc.json', '{"locale": "en"}');
    const inner = write('tree/a/.quellcheckrc.json', '{"locale": "de"}');
    mkdirSync(join(root, 'tree/a/b/c'), { recursive: true });
    mkdirSync(join(root, 'tree/d'), { recursive: true });
    const loader = new ConfigLoader(RULE_IDS);
    assert.equal(loader.findNearest(join(root, 'tree/a/b/c')), inner);
    assert.equal(loader.findNearest(join(root, 'tree/d')), top);
    assert.deepEqual(loader.forDirectory(join(root, 'tree/a/b')), { file: inner, config: { locale: 'de' } });
    mkdirSync(join(root, 'lonely'), { recursive: true });
    assert.equal(new ConfigLoader(RULE_IDS).findNearest(join(root, 'lonely')), null);
  });

  it('caches per directory until cleared', () => {
    mkdirSync(join(root, 'cache/sub'), { recursive: true });
    const loader = new ConfigLoader(RULE_IDS);
    assert.equal(loader.findNearest(join(root, 'cache/sub')), null);
    const file = write('cache/.quellcheckrc.json', '{}');
    assert.equal(loader.findNearest(join(root, 'cache/sub')), null);
    loader.clear();
    assert.equal(loader.findNearest(join(root, 'cache/sub')), file);
  });
});
