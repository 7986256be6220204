/**
 * The `quellcheck` command end to end with the real engine: exit codes, formats, configuration
 * files, standard input, --fix. Most cases call `run` in this process; a few spawn the command.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT, runCli, runInProcess } from './spawn-cli.js';
import { sarifErrors } from './sarif-schema.js';

const CLEAN = 'Der Bürgermeister Hans Müller sagte am Montag, die Straße werde im Mai fertig.\n';
/** One anonymous-source finding (a warning by default) on "Quellen zufolge". */
const ANONYMOUS = 'Quellen zufolge will die Regierung die Steuern erhöhen.\n';
/** Two safe fixes: straight quotes in a text with „…“, and a line of web debris. */
const FIXABLE = 'Der Minister Hans Müller sagte: „Wir handeln.“ Er ergänzte: "Sofort."\nsource site-19\n';
const FIXED = 'Der Minister Hans Müller sagte: „Wir handeln.“ Er ergänzte: „Sofort.“\n';

const root = mkdtempSync(join(tmpdir(), 'quellcheck-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));
let workspaces = 0;

/** A fresh directory with the given files (paths relative to it). */
function workspace(files: Record<string, string | Buffer>): string {
  const dir = join(root, `w${++workspaces}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

interface JsonOutput {
  version: number;
  files: { path: string; findings: { rule: string; severity: string; offset: number; length: number; range: { start: { line: number; character: number } } }[] }[];
}

async function jsonOf(args: string[], cwd: string, stdin?: string): Promise<JsonOutput> {
  const result = await runInProcess(['--format', 'json', ...args], { cwd, stdin });
  assert.equal(result.stderr, '');
  return JSON.parse(result.stdout) as JsonOutput;
}

/** Asserts a user error: exit 2, nothing on stdout, exactly one line on stderr. */
function assertUserError(result: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^quellcheck: [^\n]+\n$/);
  assert.match(result.stderr, pattern);
}

describe('exit status', () => {
  it('is 0 for a clean text', async () => {
    const dir = workspace({ 'clean.txt': CLEAN });
    const result = await runInProcess(['clean.txt'], { cwd: dir });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '✔ Keine Befunde in 1 Datei\n');
  });

  it('is 0 for warnings, 1 once they exceed --max-warnings', async () => {
    const dir = workspace({ 'a.txt': ANONYMOUS });
    const plain = await runInProcess(['a.txt'], { cwd: dir });
    assert.equal(plain.status, 0);
    assert.match(plain.stdout, /^ {2}1:1 {2}Warnung {2}.*anonymous-source\/unnamed-source$/m);
    assert.equal((await runInProcess(['--max-warnings', '1', 'a.txt'], { cwd: dir })).status, 0);
    const strict = await runInProcess(['--max-warnings', '0', 'a.txt'], { cwd: dir });
    assert.equal(strict.status, 1);
    assert.equal(strict.stderr, 'quellcheck: zu viele Warnungen: 1 (--max-warnings 0)\n');
  });

  it('is 1 for a finding at error severity, also with --quiet, which hides the warnings', async () => {
    const dir = workspace({
      '.quellcheckrc.json': '{"rules": {"anonymous-source": "error", "typography": "warning"}}',
      'a.txt': ANONYMOUS,
      'b.txt': FIXABLE,
    });
    const result = await runInProcess(['a.txt', 'b.txt'], { cwd: dir });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^ {2}1:1 {2}Fehler {2}/m);
    const quiet = await runInProcess(['--quiet', '--format', 'json', 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(quiet.status, 1);
    const severities = (JSON.parse(quiet.stdout) as JsonOutput).files.flatMap((f) => f.findings.map((x) => x.severity));
    assert.ok(severities.length > 0);
    assert.deepEqual(new Set(severities), new Set(['error']));
  });

  it('is 2 with one line for an unknown option, a missing file, a glob without matches, no operands', async () => {
    const dir = workspace({ 'a.txt': ANONYMOUS });
    assertUserError(await runInProcess(['--colour', 'a.txt'], { cwd: dir }), /^quellcheck: unknown option --colour \(see quellcheck --help\)/);
    assertUserError(await runInProcess(['nope.txt'], { cwd: dir }), /^quellcheck: no such file or directory \(nope\.txt\)/);
    assertUserError(await runInProcess(['texts/**/*.txt'], { cwd: dir }), /^quellcheck: no files matched \(texts\/\*\*\/\*\.txt\)/);
    assertUserError(await runInProcess([], { cwd: dir }), /^quellcheck: no files given/);
  });

  it('is 2 for a file that is not UTF-8, after reporting the others', async () => {
    const dir = workspace({ 'a.txt': ANONYMOUS, 'latin1.txt': Buffer.from('Stra\xdfe\n', 'latin1') });
    const result = await runInProcess(['a.txt', 'latin1.txt'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stdout, /^a\.txt$/m);
    assert.equal(result.stderr, 'quellcheck: cannot read file: not valid UTF-8 (latin1.txt)\n');
  });
});

describe('configuration files', () => {
  it('uses the nearest .quellcheckrc.json above each file', async () => {
    const dir = workspace({
      '.quellcheckrc.json': '{"locale": "en"}',
      'de/.quellcheckrc.json': '{"locale": "de", "rules": {"anonymous-source": "off"}}',
      'de/a.txt': ANONYMOUS,
      'en/deep/a.txt': ANONYMOUS,
    });
    const result = await runInProcess(['en', 'de'], { cwd: dir });
    assert.match(result.stdout, /^en\/deep\/a\.txt\n {2}1:1 {2}warning {2}/m);
    assert.doesNotMatch(result.stdout, /^de\/a\.txt/m);
    assert.match(result.stdout, /^✖ 1 finding \(0 errors, 1 warning\) in 1 of 2 files$/m);
  });

  it('--config replaces the search, --no-config ignores every file', async () => {
    const dir = workspace({ '.quellcheckrc.json': '{"rules": {"anonymous-source": "off"}}', 'strict.json': '{"rules": {"anonymous-source": "error"}}', 'a.txt': ANONYMOUS });
    assert.equal((await jsonOf(['a.txt'], dir)).files[0].findings.length, 0);
    assert.deepEqual(
      (await jsonOf(['--config', 'strict.json', 'a.txt'], dir)).files[0].findings.map((f) => f.severity),
      ['error'],
    );
    assert.deepEqual(
      (await jsonOf(['--no-config', 'a.txt'], dir)).files[0].findings.map((f) => f.severity),
      ['warning'],
    );
  });

  it('a checked entry with its reason silences the finding', async () => {
    const dir = workspace({
      '.quellcheckrc.json': JSON.stringify({ checked: [{ text: 'Quellen zufolge', reason: 'Informantenschutz, geprüft', by: 'CvD' }] }),
      'a.txt': ANONYMOUS,
    });
    assert.deepEqual((await jsonOf(['a.txt'], dir)).files[0].findings, []);
  });

  it('"extensions" decides what a directory walk picks up', async () => {
    const dir = workspace({ '.quellcheckrc.json': '{"extensions": ["markdown"]}', 'a.markdown': ANONYMOUS, 'b.txt': ANONYMOUS });
    assert.deepEqual(
      (await jsonOf(['.'], dir)).files.map((f) => f.path),
      ['a.markdown'],
    );
  });

  const invalid: [string, Record<string, string>, RegExp][] = [
    ['bad JSON, with line and column', { '.quellcheckrc.json': '{\n  "locale": "de",\n}\n' }, /^quellcheck: invalid JSON: expected a property name in double quotes \(\.quellcheckrc\.json:3:1\)\n$/],
    ['an unknown rule', { '.quellcheckrc.json': '{"rules": {"anonymous-source/nope": "off"}}' }, /^quellcheck: invalid configuration: rules\["anonymous-source\/nope"\]: unknown rule or category .* \(\.quellcheckrc\.json:1:12\)\n$/],
    ['a checked entry without reason', { '.quellcheckrc.json': '{"checked": [{"text": "Quellen zufolge"}]}' }, /^quellcheck: invalid configuration: checked\[0\]\.reason: a checked entry needs a reason .*\(\.quellcheckrc\.json:1:14\)\n$/],
    ['an unknown key', { '.quellcheckrc.json': '{"severity": {}}' }, /^quellcheck: invalid configuration: severity: unknown key .*\(\.quellcheckrc\.json:1:2\)\n$/],
    ['an extends cycle', { '.quellcheckrc.json': '{"extends": "base/q.json"}', 'base/q.json': '{"extends": "../.quellcheckrc.json"}' }, /^quellcheck: "extends" forms a cycle: \.\.\/\.quellcheckrc\.json → q\.json → \.\.\/\.quellcheckrc\.json \(base\/q\.json\)\n$/],
  ];
  for (const [what, files, message] of invalid) {
    it(`exits 2 naming the file for ${what}`, async () => {
      const dir = workspace({ ...files, 'a.txt': ANONYMOUS });
      assertUserError(await runInProcess(['a.txt'], { cwd: dir }), message);
    });
  }

  it('exits 2 for a --config file that does not exist', async () => {
    const dir = workspace({ 'a.txt': ANONYMOUS });
    assertUserError(await runInProcess(['--config', 'missing.json', 'a.txt'], { cwd: dir }), /^quellcheck: cannot read configuration file: no such file or directory \(missing\.json\)\n$/);
  });
});

describe('formats on real findings', () => {
  it('json: contract shape, offsets and ranges agree with the text', async () => {
    const output = await jsonOf(['seeds/'], REPO_ROOT);
    assert.equal(output.version, 1);
    assert.deepEqual(
      output.files.map((f) => f.path),
      ['seeds/000_b15dfe6d763aee05.txt', 'seeds/001_23e01cca1d16a3a3.txt', 'seeds/002_89a789b5965c4451.txt', 'seeds/003_8f3ca90800f17ea1.txt', 'seeds/004_789b31930c872255.txt'],
    );
    let checked = 0;
    for (const file of output.files) {
      const lines = readFileSync(join(REPO_ROOT, file.path), 'utf8').split('\n');
      const text = lines.join('\n');
      for (const f of file.findings) {
        const { line, character } = f.range.start;
        assert.equal(lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character, f.offset, `${file.path} ${f.rule}`);
        assert.ok(f.offset + f.length <= text.length);
        checked++;
      }
    }
    assert.ok(checked > 10, `the seeds give findings (${checked})`);
  });

  it('sarif: valid against the 2.1.0 schema, one result per finding', async () => {
    const json = await jsonOf(['seeds/'], REPO_ROOT);
    const result = await runInProcess(['--format', 'sarif', 'seeds/'], { cwd: REPO_ROOT });
    const sarif = JSON.parse(result.stdout);
    assert.deepEqual(sarifErrors(sarif), []);
    const run = sarif.runs[0];
    assert.equal(run.results.length, json.files.reduce((sum, f) => sum + f.findings.length, 0));
    for (const r of run.results) assert.ok(run.tool.driver.rules[r.ruleIndex].id === r.ruleId);
    assert.match(run.tool.driver.rules[0].helpUri, /^https:\/\/.*README\.md#/);
  });

  it('github: one annotation per finding', async () => {
    const json = await jsonOf(['seeds/'], REPO_ROOT);
    const lines = (await runInProcess(['--format', 'github', 'seeds/'], { cwd: REPO_ROOT })).stdout.trimEnd().split('\n');
    assert.equal(lines.length, json.files.reduce((sum, f) => sum + f.findings.length, 0));
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=seeds\/[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+\/[a-z-]+::\S/);
  });

  it('text: coloured only when FORCE_COLOR says so or on a terminal without NO_COLOR', async () => {
    const dir = workspace({ 'a.txt': ANONYMOUS });
    assert.doesNotMatch((await runInProcess(['a.txt'], { cwd: dir })).stdout, /\x1b\[/);
    assert.match((await runInProcess(['a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout, /\x1b\[33mWarnung/);
    assert.match((await runInProcess(['a.txt'], { cwd: dir, tty: true })).stdout, /\x1b\[33mWarnung/);
    assert.doesNotMatch((await runInProcess(['a.txt'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout, /\x1b\[/);
  });
});

describe('standard input', () => {
  it('reads - and names it by --stdin-filename, with that file’s configuration', async () => {
    const dir = workspace({ 'sub/.quellcheckrc.json': '{"rules": {"anonymous-source": "error"}}' });
    const output = await jsonOf(['--stdin-filename', 'sub/artikel.txt', '-'], dir, ANONYMOUS);
    assert.equal(output.files[0].path, 'sub/artikel.txt');
    assert.deepEqual(
      output.files[0].findings.map((f) => [f.rule, f.severity]),
      [['anonymous-source/unnamed-source', 'error']],
    );
    assert.equal((await jsonOf(['-'], dir, CLEAN)).files[0].path, '<stdin>');
  });

  it('--fix - writes the fixed text to stdout and the report to stderr', async () => {
    const result = await runInProcess(['--fix', '-'], { cwd: workspace({}), stdin: `\ufeff${FIXABLE.replace(/\n/g, '\r\n')}` });
    assert.equal(result.status, 0);
    assert.deepEqual(result.stdoutBytes, Buffer.from(`\ufeff${FIXED.replace(/\n/g, '\r\n')}`, 'utf8'));
    assert.match(result.stderr, /2 Korrekturen angewendet in 1 Datei/);
  });
});

describe('--fix', () => {
  it('fixes in place keeping BOM and CRLF, and a second run changes nothing', async () => {
    const original = Buffer.from(`\ufeff${FIXABLE.replace(/\n/g, '\r\n')}`, 'utf8');
    const dir = workspace({ 'a.txt': original, 'lf.txt': FIXABLE });
    const first = await runInProcess(['--fix', 'a.txt', 'lf.txt'], { cwd: dir });
    assert.equal(first.status, 0);
    assert.match(first.stdout, /4 Korrekturen angewendet in 2 Dateien/);
    const fixed = readFileSync(join(dir, 'a.txt'));
    assert.deepEqual(fixed, Buffer.from(`\ufeff${FIXED.replace(/\n/g, '\r\n')}`, 'utf8'));
    assert.equal(readFileSync(join(dir, 'lf.txt'), 'utf8'), FIXED);

    const second = await runInProcess(['--fix', 'a.txt', 'lf.txt'], { cwd: dir });
    assert.doesNotMatch(second.stdout, /Korrektur/);
    assert.deepEqual(readFileSync(join(dir, 'a.txt')), fixed);
    const relinted = await jsonOf(['a.txt'], dir);
    assert.deepEqual(
      relinted.files[0].findings.filter((f) => f.rule.startsWith('typography/') || f.rule.startsWith('boilerplate/')),
      [],
    );
  });
});

describe('many files', () => {
  it('give the same findings as one file at a time, in operand order', async () => {
    const seeds = ['000_b15dfe6d763aee05', '001_23e01cca1d16a3a3', '002_89a789b5965c4451', '003_8f3ca90800f17ea1', '004_789b31930c872255'].map((name) =>
      readFileSync(join(REPO_ROOT, 'seeds', `${name}.txt`), 'utf8'),
    );
    const files: Record<string, string> = {};
    // 24 articles of about 60 KB: on three or more cores this goes to the worker threads.
    for (let i = 0; i < 24; i++) files[`articles/${String(i).padStart(2, '0')}.txt`] = seeds[i % 5].repeat(16);
    const dir = workspace(files);
    const all = await jsonOf(['articles'], dir);
    assert.deepEqual(
      all.files.map((f) => f.path),
      Object.keys(files),
    );
    for (const index of [0, 7, 23]) {
      const alone = await jsonOf([all.files[index].path], dir);
      assert.deepEqual(all.files[index], alone.files[0]);
    }
  });
});

describe('the command itself', () => {
  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: quellcheck \[options\] <file\|dir\|glob\|->\.\.\./);
    const version = await runCli(['--version']);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(REPO_ROOT, 'server', 'package.json'), 'utf8')).version}\n`);
  });

  it('sets the exit status and reads standard input when spawned', async () => {
    const dir = workspace({ 'strict.json': '{"rules": {"anonymous-source": "error"}}' });
    const result = await runCli(['--config', 'strict.json', '--format', 'github', '-'], { cwd: dir, stdin: ANONYMOUS });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^::error file=<stdin>,line=1,col=1,/);
    assertUserError(await runCli(['--format', 'xml', 'x'], { cwd: dir }), /^quellcheck: unknown format "xml"/);
  });

  it('the built bin (server/bin/quellcheck.js, the bundle npm install builds) walks, reads the configuration and lints', async () => {
    const dir = workspace({ '.quellcheckrc.json': '{"rules": {"anonymous-source": "error"}}', 'a.txt': ANONYMOUS, 'b.txt': CLEAN });
    const bin = await runCli(['--format', 'json', '.'], { cwd: dir, command: [join(REPO_ROOT, 'server', 'bin', 'quellcheck.js')] });
    assert.equal(bin.stderr, '');
    assert.equal(bin.status, 1);
    const output = JSON.parse(bin.stdout) as JsonOutput;
    assert.deepEqual(
      output.files.map((f) => f.path),
      ['a.txt', 'b.txt'],
    );
    assert.deepEqual(
      output.files[0].findings.map((f) => [f.rule.split('/')[0], f.severity]),
      [['anonymous-source', 'error']],
    );
  });
});
