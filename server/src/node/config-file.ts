/**
 * Finding, reading and resolving `.quellcheckrc.json` files (shared by the CLI and the language
 * server). Validation itself is the engine's (pure); this module adds the file system: the upward
 * search, `extends` relative to the extending file, cycle detection, and errors that name the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { mergeConfig, validateConfig, type ConfigFile } from '../engine/config.js';

export const CONFIG_FILE_NAME = '.quellcheckrc.json';

/** A configuration file the user has to fix. `file` is absolute; line and column are 1-based. */
export class ConfigError extends Error {
  constructor(
    readonly problem: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${problem} (${file}${line ? `:${line}:${column}` : ''})`);
    this.name = 'ConfigError';
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const PARSE_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished string',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/**
 * Where a problem is: its property (key and value), or, for a key that is missing, the object
 * that lacks it.
 */
function problemOffset(tree: JsonNode, at: readonly (string | number)[]): number {
  for (let depth = at.length; depth > 0; depth--) {
    const node = findNodeAtLocation(tree, at.slice(0, depth));
    if (node) return (node.parent?.type === 'property' ? node.parent : node).offset;
  }
  return tree.offset;
}

/**
 * Parses and validates the text of one configuration file (without following `extends`). Throws
 * `ConfigError` with the position of the first problem.
 */
export function parseConfigText(rawText: string, file: string, knownRuleIds: readonly string[]): ConfigFile {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // An empty file is what an editor creates on disk before it writes the first entry into it.
  if (text.trim().length === 0) return {};
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const { line, column } = lineAndColumn(text, offset);
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    throw new ConfigError(`invalid JSON: ${PARSE_ERROR_TEXT[code] ?? code}`, file, line, column);
  }
  const { config, problems } = validateConfig(JSON.parse(text), knownRuleIds);
  if (config) return config;
  const first = problems[0];
  const { line, column } = lineAndColumn(text, problemOffset(tree, first.at));
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  const where = first.path ? `${first.path}: ` : '';
  throw new ConfigError(`invalid configuration: ${where}${first.message}${more}`, file, line, column);
}

function readConfigText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read configuration file: ${describeFsError(error)}`, file);
  }
}

/** "no such file or directory" instead of Node's "ENOENT: no such file or directory, open '…'". */
export function describeFsError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return code ? `${code}: ${message}` : String(message ?? error);
  }
}

/**
 * Reads configuration files and resolves their `extends`, caching each file by absolute path.
 * One instance per run (CLI) or until a configuration file changes (language server: `clear`).
 */
export class ConfigLoader {
  private readonly files = new Map<string, ConfigFile>();
  private readonly nearest = new Map<string, string | null>();

  constructor(private readonly knownRuleIds: readonly string[]) {}

  /** The configuration in `file` with everything it extends merged in (no `extends` left). */
  load(file: string): ConfigFile {
    return this.resolveChain(resolve(file), []);
  }

  private resolveChain(file: string, chain: string[]): ConfigFile {
    const cached = this.files.get(file);
    if (cached) return cached;
    if (chain.includes(file)) {
      const where = chain[chain.length - 1];
      const cycle = [...chain.slice(chain.indexOf(file)), file].map((f) => relative(dirname(where), f).split(sep).join('/'));
      throw new ConfigError(`"extends" forms a cycle: ${cycle.join(' → ')}`, where);
    }
    const own = parseConfigText(readConfigText(file), file, this.knownRuleIds);
    let resolved: ConfigFile;
    if (own.extends === undefined) {
      resolved = own;
    } else {
      const target = resolve(dirname(file), own.extends);
      if (!isFile(target)) throw new ConfigError(`"extends": cannot find configuration file ${own.extends}`, file);
      resolved = mergeConfig(this.resolveChain(target, [...chain, file]), own);
    }
    this.files.set(file, resolved);
    return resolved;
  }

  /** The nearest `.quellcheckrc.json` in `dir` or above it, or null; cached per directory. */
  findNearest(dir: string): string | null {
    const start = resolve(dir);
    const visited: string[] = [];
    let found: string | null = null;
    for (let current = start; ; current = dirname(current)) {
      const cached = this.nearest.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(current);
      const candidate = resolve(current, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      if (dirname(current) === current) break;
    }
    for (const dirVisited of visited) this.nearest.set(dirVisited, found);
    return found;
  }

  /** The resolved configuration for files in `dir`: the nearest file's, or `{}` when there is none. */
  forDirectory(dir: string): { file: string | null; config: ConfigFile } {
    const file = this.findNearest(dir);
    return { file, config: file ? this.load(file) : {} };
  }

  /** Forgets cached files and searches (after a configuration file was created, changed or deleted). */
  clear(): void {
    this.files.clear();
    this.nearest.clear();
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
