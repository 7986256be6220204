import { CATEGORIES, type Category, type CheckedEntry, type EngineConfig, type Locale, type RuleMeta, type SeveritySetting } from './types.js';

/** Categories whose rules look for configured phrases (a phrase elsewhere would be silently ignored). */
const PHRASE_CATEGORIES: readonly string[] = ['anonymous-source', 'vague-source', 'boilerplate'];

export function defaultConfig(): EngineConfig {
  return { locale: 'de', rules: {}, phrases: {}, namedSources: [], spellings: {}, checked: [] };
}

/** The configured severity of a rule: its id first, then its category, then its default. */
export function resolveSeverity(config: EngineConfig, meta: RuleMeta): SeveritySetting {
  return config.rules[meta.id] ?? config.rules[meta.category] ?? meta.defaultSeverity;
}

/**
 * The contents of one `.quellcheckrc.json`, validated. `extends` is a path the file loader
 * resolves; `extensions` is for the command-line tool's directory walk; everything else is the
 * engine's.
 */
export interface ConfigFile {
  extends?: string;
  locale?: Locale;
  rules?: Record<string, SeveritySetting>;
  phrases?: Partial<Record<Category, string[]>>;
  namedSources?: string[];
  spellings?: Record<string, string[]>;
  checked?: CheckedEntry[];
  /** File name extensions (without the dot) that a directory walk picks up. */
  extensions?: string[];
}

export interface ConfigProblem {
  /** Where in the file, as keys and indices from the top (empty for the whole file). */
  at: (string | number)[];
  /** The same, written out: `rules["anonymous-source/x"]`, `checked[2].reason`, or `` for the whole. */
  path: string;
  message: string;
}

const SEVERITY_SETTINGS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
const LOCALES: readonly string[] = ['de', 'en'];
const TOP_LEVEL_KEYS = ['extends', 'locale', 'rules', 'phrases', 'namedSources', 'spellings', 'checked', 'extensions'];
const CHECKED_KEYS = ['text', 'rule', 'reason', 'by'];
const EXTENSION = /^[\p{L}\p{N}_-]+$/u;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(at: readonly (string | number)[]): string {
  return at
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) return `[${JSON.stringify(segment)}]`;
      return i === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/**
 * Checks a parsed configuration object. Rule ids and categories are checked against
 * `knownRuleIds` (the engine's `rules.map(r => r.id)`) and the categories. `config` is set only
 * when there is no problem; problems are listed in the order of the keys.
 */
export function validateConfig(obj: unknown, knownRuleIds: readonly string[]): { config?: ConfigFile; problems: ConfigProblem[] } {
  type At = (string | number)[];
  const problems: ConfigProblem[] = [];
  const problem = (at: At, message: string): void => {
    problems.push({ at, path: formatPath(at), message });
  };
  const categories: readonly string[] = CATEGORIES;
  const ruleNames = [...knownRuleIds, ...categories];
  const ruleNameSet = new Set(ruleNames);

  function stringList(value: unknown, at: At, check?: (s: string, itemAt: At) => void): string[] | undefined {
    if (!Array.isArray(value)) {
      problem(at, `must be an array of strings, not ${describe(value)}`);
      return undefined;
    }
    let ok = true;
    value.forEach((item: unknown, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        problem([...at, i], `must be a non-empty string, not ${describe(item)}`);
        ok = false;
      } else {
        check?.(item, [...at, i]);
      }
    });
    return ok ? (value as string[]) : undefined;
  }

  function checkRuleName(name: string, at: At): void {
    if (!ruleNameSet.has(name)) problem(at, `unknown rule or category ${JSON.stringify(name)}${suggestion(name, ruleNames)}`);
  }

  function record(key: string, value: unknown, what: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    problem([key], `must be an object of ${what}, not ${describe(value)}`);
    return undefined;
  }

  /** An object whose values are lists of strings (`phrases`, `spellings`). */
  function listsByKey(key: string, value: unknown, what: string, checkKey?: (name: string) => void): Record<string, string[]> | undefined {
    const lists = record(key, value, what);
    if (!lists) return undefined;
    const valid: Record<string, string[]> = {};
    for (const [name, list] of Object.entries(lists)) {
      checkKey?.(name);
      const items = stringList(list, [key, name]);
      if (items) valid[name] = items;
    }
    return valid;
  }

  function checkedEntry(entry: unknown, at: At): CheckedEntry | undefined {
    if (!isRecord(entry)) {
      problem(at, `must be an object with "text" and "reason", not ${describe(entry)}`);
      return undefined;
    }
    for (const key of Object.keys(entry)) {
      if (!CHECKED_KEYS.includes(key)) problem([...at, key], `unknown key (allowed: ${CHECKED_KEYS.join(', ')})`);
    }
    const { text, rule, reason, by } = entry;
    const before = problems.length;
    if (typeof text !== 'string' || text.trim() === '') problem([...at, 'text'], 'must be the checked sentence (a non-empty string)');
    if (typeof reason !== 'string' || reason.trim() === '') {
      problem([...at, 'reason'], 'a checked entry needs a reason (a non-empty string saying why the passage is accepted)');
    }
    if (typeof rule === 'string') checkRuleName(rule, [...at, 'rule']);
    else if (rule !== undefined) problem([...at, 'rule'], `must be a rule id or category, not ${describe(rule)}`);
    if (by !== undefined && typeof by !== 'string') problem([...at, 'by'], `must be a string, not ${describe(by)}`);
    if (problems.length > before) return undefined;
    return {
      text: text as string,
      reason: reason as string,
      ...(typeof rule === 'string' ? { rule } : {}),
      ...(typeof by === 'string' ? { by } : {}),
    };
  }

  if (!isRecord(obj)) {
    problem([], `the configuration must be a JSON object, not ${describe(obj)}`);
    return { problems };
  }
  const config: ConfigFile = {};
  for (const [key, value] of Object.entries(obj)) {
    switch (key) {
      case 'extends':
        if (typeof value === 'string' && value.trim() !== '') config.extends = value;
        else problem([key], `must be the path of another configuration file, not ${describe(value)}`);
        break;
      case 'locale':
        if (typeof value === 'string' && LOCALES.includes(value)) config.locale = value as Locale;
        else problem([key], `must be "de" or "en", not ${describe(value)}`);
        break;
      case 'rules': {
        const rules = record(key, value, 'rule ids or categories to severities');
        if (!rules) break;
        config.rules = {};
        for (const [name, setting] of Object.entries(rules)) {
          checkRuleName(name, [key, name]);
          if (typeof setting === 'string' && SEVERITY_SETTINGS.includes(setting)) config.rules[name] = setting as SeveritySetting;
          else problem([key, name], `must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, not ${describe(setting)}`);
        }
        break;
      }
      case 'phrases':
        config.phrases = listsByKey(key, value, 'categories to lists of phrases', (category) => {
          if (!categories.includes(category)) {
            problem([key, category], `unknown category ${JSON.stringify(category)}${suggestion(category, categories)}`);
          } else if (!PHRASE_CATEGORIES.includes(category)) {
            problem([key, category], `no rule of ${JSON.stringify(category)} reads phrases (phrases are read for ${PHRASE_CATEGORIES.join(', ')})`);
          }
        });
        break;
      case 'namedSources': {
        const items = stringList(value, [key]);
        if (items) config.namedSources = items;
        break;
      }
      case 'spellings':
        config.spellings = listsByKey(key, value, 'preferred spellings to lists of variants');
        break;
      case 'checked':
        if (!Array.isArray(value)) {
          problem([key], `must be an array of {"text", "reason", "rule"?, "by"?} entries, not ${describe(value)}`);
          break;
        }
        config.checked = [];
        value.forEach((entry: unknown, i) => {
          const checked = checkedEntry(entry, [key, i]);
          if (checked) config.checked!.push(checked);
        });
        break;
      case 'extensions': {
        const items = stringList(value, [key], (s, at) => {
          if (!EXTENSION.test(s.replace(/^\./, ''))) problem(at, `${JSON.stringify(s)} is not a file name extension`);
        });
        if (items) config.extensions = items.map((s) => s.replace(/^\./, ''));
        break;
      }
      default:
        problem([key], `unknown key${suggestion(key, TOP_LEVEL_KEYS)} (allowed: ${TOP_LEVEL_KEYS.join(', ')})`);
    }
  }
  return problems.length === 0 ? { config, problems } : { problems };
}

/** Edit distance, for "did you mean" hints on short names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function suggestion(name: string, candidates: readonly string[]): string {
  let best = '';
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  return a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
}

/**
 * `override` laid over `base` (an extending file over the file it extends): scalars and
 * per-rule severities of `override` win, lists are joined, `spellings` merge per preferred
 * spelling, `extensions` are replaced. The result has no `extends`.
 */
export function mergeConfig(base: ConfigFile, override: ConfigFile): ConfigFile {
  const merged: ConfigFile = {};
  const locale = override.locale ?? base.locale;
  if (locale) merged.locale = locale;
  if (base.rules || override.rules) merged.rules = { ...base.rules, ...override.rules };
  if (base.phrases || override.phrases) {
    const phrases: Partial<Record<Category, string[]>> = {};
    for (const category of CATEGORIES) {
      const list = union(base.phrases?.[category], override.phrases?.[category]);
      if (list) phrases[category] = list;
    }
    merged.phrases = phrases;
  }
  const namedSources = union(base.namedSources, override.namedSources);
  if (namedSources) merged.namedSources = namedSources;
  if (base.spellings || override.spellings) merged.spellings = { ...base.spellings, ...override.spellings };
  if (base.checked || override.checked) merged.checked = [...(base.checked ?? []), ...(override.checked ?? [])];
  const extensions = override.extensions ?? base.extensions;
  if (extensions) merged.extensions = [...extensions];
  return merged;
}

/** The engine's view of a resolved configuration file: defaults filled in, file-only keys dropped. */
export function toEngineConfig(file: ConfigFile): EngineConfig {
  const defaults = defaultConfig();
  return {
    locale: file.locale ?? defaults.locale,
    rules: file.rules ?? defaults.rules,
    phrases: file.phrases ?? defaults.phrases,
    namedSources: file.namedSources ?? defaults.namedSources,
    spellings: file.spellings ?? defaults.spellings,
    checked: file.checked ?? defaults.checked,
  };
}
