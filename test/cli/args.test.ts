import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCommandLine } from '../../server/src/cli/args.js';
import { UserError } from '../../server/src/cli/user-error.js';

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    assert.ok(error instanceof UserError);
    return error.message;
  }
  assert.fail(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads every option', () => {
    assert.deepEqual(parseCommandLine(['-f', 'sarif', '--config', 'q.json', '--max-warnings', '0', '-q', '--fix', '--stdin-filename', 'a.md', '-', 'seeds/']), {
      operands: ['-', 'seeds/'],
      format: 'sarif',
      config: 'q.json',
      maxWarnings: 0,
      quiet: true,
      fix: true,
      stdinFilename: 'a.md',
      help: false,
      version: false,
    });
  });

  it('defaults to text, the configuration search, no warning limit', () => {
    const options = parseCommandLine(['seeds']);
    assert.equal(options.format, 'text');
    assert.equal(options.config, undefined);
    assert.equal(options.maxWarnings, undefined);
    assert.equal(parseCommandLine(['--no-config', 'seeds']).config, null);
  });

  it('needs no operand for --help and --version', () => {
    assert.equal(parseCommandLine(['--help']).help, true);
    assert.equal(parseCommandLine(['-v']).version, true);
  });

  it('rejects what it cannot use, with a hint', () => {
    assert.equal(usageError(['--colour', 'x']), 'unknown option --colour (see quellcheck --help)');
    assert.equal(usageError(['--format']), 'option --format needs a value (see quellcheck --help)');
    assert.equal(usageError(['--fix=yes', 'x']), 'option --fix takes no value (see quellcheck --help)');
    assert.equal(usageError(['--format', 'xml', 'x']), 'unknown format "xml" (choose one of text, json, sarif, github)');
    assert.equal(usageError(['--max-warnings', '-1', 'x']), 'option --max-warnings needs a value (see quellcheck --help)');
    assert.equal(usageError(['--max-warnings', 'ten', 'x']), '--max-warnings needs a whole number ≥ 0, not "ten" (see quellcheck --help)');
    assert.match(usageError([]), /^no files given/);
    assert.match(usageError(['--config', 'a.json', '--no-config', 'x']), /^--config and --no-config exclude each other/);
    assert.match(usageError(['-', '-']), /^standard input \(-\) can be read only once/);
    assert.match(usageError(['--stdin-filename', 'a.txt', 'x']), /^--stdin-filename needs - among the operands/);
  });
});
