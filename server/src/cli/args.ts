import { parseArgs } from 'node:util';
import { UserError } from './user-error.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliOptions {
  operands: string[];
  format: OutputFormat;
  /** Explicit configuration file; `null` for `--no-config`; undefined: search upward per file. */
  config: string | null | undefined;
  maxWarnings: number | undefined;
  quiet: boolean;
  fix: boolean;
  stdinFilename: string | undefined;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: quellcheck [options] <file|dir|glob|->...

Checks German news text for sourcing problems: anonymous and vague sources, unattributed claims,
garbled sentences, web debris, typography and inconsistent names.

Operands:
  file                      a text file (any extension)
  dir                       walked for *.txt and *.md (configuration "extensions" changes that)
  glob                      e.g. "articles/**/*.txt" (quote it so the shell leaves it alone)
  -                         standard input

Options:
  -f, --format FORMAT       text (default), json, sarif or github
  -c, --config FILE         use this configuration file instead of the nearest .quellcheckrc.json
      --no-config           use the defaults, ignore every .quellcheckrc.json
      --max-warnings N      fail when there are more than N warnings
  -q, --quiet               report errors only
      --fix                 apply the safe fixes in place (with -: write the fixed text to stdout)
      --stdin-filename NAME the name of standard input in the output and for the configuration search
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no error (and no more warnings than --max-warnings), 1 errors or too many warnings,
2 usage error, unreadable file, invalid configuration or no files matched.
`;

function isOutputFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}

/** Parses the command line; throws `UserError` for anything the user has to correct. */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        fix: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UserError(describeParseError(error as NodeJS.ErrnoException), 'see quellcheck --help');
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    operands: positionals,
    format: 'text',
    config: values['no-config'] ? null : values.config,
    maxWarnings: undefined,
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    stdinFilename: values['stdin-filename'],
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (options.help || options.version) return options;

  if (values.format !== undefined) {
    if (!isOutputFormat(values.format)) {
      throw new UserError(`unknown format "${values.format}"`, `choose one of ${FORMATS.join(', ')}`);
    }
    options.format = values.format;
  }
  if (values['no-config'] && values.config !== undefined) {
    throw new UserError('--config and --no-config exclude each other', 'see quellcheck --help');
  }
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/.test(text)) throw new UserError(`--max-warnings needs a whole number ≥ 0, not "${text}"`, 'see quellcheck --help');
    options.maxWarnings = Number(text);
  }
  if (options.operands.length === 0) {
    throw new UserError('no files given', 'usage: quellcheck [options] <file|dir|glob|->..., see quellcheck --help');
  }
  if (options.operands.filter((o) => o === '-').length > 1) {
    throw new UserError('standard input (-) can be read only once', 'see quellcheck --help');
  }
  if (options.stdinFilename !== undefined && !options.operands.includes('-')) {
    throw new UserError('--stdin-filename needs - among the operands', 'see quellcheck --help');
  }
  return options;
}

function describeParseError(error: NodeJS.ErrnoException): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0] ?? quoted;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return error.message.includes('does not take') ? `option ${option} takes no value` : `option ${option} needs a value`;
  }
  return error.message;
}
