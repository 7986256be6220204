/**
 * The `quellcheck` command: operands → files → configuration per file → lint (in this thread or
 * on all cores) → one report in the chosen format → exit status. `run` is what `main.ts` calls and
 * what the tests call with their own streams.
 */
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { toEngineConfig, type ConfigFile } from '../engine/config.js';
import { ruleDocsUrl } from '../engine/index.js';
import type { EngineConfig, Locale, TextFormat } from '../engine/types.js';
import { ConfigError, ConfigLoader } from '../node/config-file.js';
import { version } from '../../package.json';
import { HELP, parseCommandLine, type CliOptions, type OutputFormat } from './args.js';
import { threadEngine } from './engine-instance.js';
import { expandOperands, type Input } from './files.js';
import type { FormatContext, Formatter } from './format/context.js';
import { formatGithub } from './format/github.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';
import { decodeUtf8, encodeUtf8, lintText, toReport, type FileOutcome, type FileTask } from './lint-file.js';
import { lintInProcess, lintInWorkers, shouldUseWorkers } from './pool.js';
import { createProgress } from './progress.js';
import { countBySeverity, type FileReport } from './report.js';
import { UserError } from './user-error.js';

export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: AsyncIterable<string | Uint8Array>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

const DEFAULT_EXTENSIONS = ['txt', 'md'];
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const STDIN_NAME = '<stdin>';

const FORMATTERS: Record<OutputFormat, Formatter> = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub };

/** Exit status for a user error (usage, unreadable file, invalid configuration, nothing matched). */
const EXIT_USAGE = 2;

export function displayPath(cwd: string, path: string): string {
  return (relative(cwd, path) || '.').split(sep).join('/');
}

function textFormatOf(path: string): TextFormat {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** Colour on a terminal; FORCE_COLOR (not "0"/"false") forces it, a non-empty NO_COLOR stops it. */
export function useColor(stream: OutputStream, env: CliIo['env']): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true;
}

async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runChecked(argv, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`quellcheck: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      const position = error.line ? `:${error.line}:${error.column}` : '';
      io.stderr.write(`quellcheck: ${error.problem} (${displayPath(io.cwd, error.file)}${position})\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Configuration per directory: an explicit file, none, or the nearest `.quellcheckrc.json`. */
function configSource(options: CliOptions, io: CliIo, knownRuleIds: readonly string[]): (dir: string) => ConfigFile {
  if (options.config === null) return () => ({});
  const loader = new ConfigLoader(knownRuleIds);
  if (options.config !== undefined) {
    const explicit = loader.load(resolve(io.cwd, options.config));
    return () => explicit;
  }
  return (dir) => loader.forDirectory(dir).config;
}

async function runChecked(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseCommandLine(argv);
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  const engine = threadEngine();
  const configFor = configSource(
    options,
    io,
    engine.rules.map((r) => r.id),
  );
  const engineConfigs = new Map<ConfigFile, EngineConfig>();
  const engineConfigFor = (dir: string): EngineConfig => {
    const file = configFor(dir);
    let config = engineConfigs.get(file);
    if (!config) {
      config = toEngineConfig(file);
      engineConfigs.set(file, config);
    }
    return config;
  };

  const inputs: Input[] = expandOperands(options.operands, io.cwd, (dir) => configFor(dir).extensions ?? DEFAULT_EXTENSIONS);
  const tasks: FileTask[] = [];
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    tasks.push({
      index: tasks.length,
      path: input.path,
      display: displayPath(io.cwd, input.path),
      format: textFormatOf(input.path),
      config: engineConfigFor(dirname(input.path)),
      fix: options.fix,
    });
  }

  let stdinReport: FileReport | undefined;
  let stdinLocale: Locale | undefined;
  if (inputs.some((i) => i.kind === 'stdin')) {
    const named = options.stdinFilename === undefined ? undefined : resolve(io.cwd, options.stdinFilename);
    const config = engineConfigFor(named ? dirname(named) : io.cwd);
    const display = named ? displayPath(io.cwd, named) : STDIN_NAME;
    const decoded = decodeUtf8(await readAll(io.stdin));
    if (!decoded) throw new UserError('cannot read standard input: not valid UTF-8', display);
    const outcome = lintText(engine, decoded.text, { format: named ? textFormatOf(named) : 'plaintext', config, fix: options.fix });
    stdinReport = toReport(display, outcome.text, outcome.result, outcome.fixesApplied);
    stdinLocale = config.locale;
    if (options.fix) io.stdout.write(encodeUtf8({ text: outcome.text, bom: decoded.bom }));
  }

  const outcomes = await lintFiles(tasks, inputs, io, stdinLocale ?? tasks[0]?.config.locale ?? 'de');
  const reports: FileReport[] = [];
  const failures: string[] = [];
  let fileIndex = 0;
  for (const input of inputs) {
    if (input.kind === 'stdin') {
      reports.push(stdinReport!);
      continue;
    }
    const outcome = outcomes[fileIndex++];
    if (outcome.ok) reports.push(outcome.report);
    else failures.push(`quellcheck: ${outcome.problem} (${outcome.where})`);
  }

  const counts = countBySeverity(reports);
  const shown = options.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  const locale = stdinLocale ?? tasks[0]?.config.locale ?? 'de';
  // With `--fix -` standard output carries the fixed text, so the report moves to stderr.
  const reportStream = options.fix && stdinReport ? io.stderr : io.stdout;
  const context: FormatContext = {
    rules: engine.rules,
    locale,
    color: useColor(reportStream, io.env),
    docsUrl: ruleDocsUrl,
    toolVersion: version,
    cwd: io.cwd,
  };
  reportStream.write(FORMATTERS[options.format](shown, context));
  for (const failure of failures) io.stderr.write(`${failure}\n`);

  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(
      locale === 'en'
        ? `quellcheck: too many warnings: ${counts.warning} (--max-warnings ${options.maxWarnings})\n`
        : `quellcheck: zu viele Warnungen: ${counts.warning} (--max-warnings ${options.maxWarnings})\n`,
    );
  }
  if (failures.length > 0) return EXIT_USAGE;
  return counts.error > 0 || tooManyWarnings ? 1 : 0;
}

async function lintFiles(tasks: FileTask[], inputs: readonly Input[], io: CliIo, locale: Locale): Promise<FileOutcome[]> {
  if (tasks.length === 0) return [];
  const label = (done: number, total: number): string =>
    locale === 'en' ? `quellcheck: ${done}/${total} files checked…` : `quellcheck: ${done}/${total} Dateien geprüft…`;
  const progress = createProgress(io.stderr, tasks.length, label);
  const totalBytes = inputs.reduce((sum, i) => sum + (i.kind === 'file' ? i.size : 0), 0);
  try {
    return shouldUseWorkers(tasks.length, totalBytes)
      ? await lintInWorkers(tasks, (done) => progress.update(done))
      : lintInProcess(tasks, (done) => progress.update(done));
  } finally {
    progress.finish();
  }
}
