/**
 * Public and shared types of the Quellcheck engine. The engine is pure: it takes text (and the
 * compiled lexicon data) and returns findings and attributions. It knows nothing of files or editors.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const CATEGORIES = [
  'anonymous-source',
  'vague-source',
  'unattributed-claim',
  'garbled',
  'boilerplate',
  'typography',
  'consistency',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Locale = 'de' | 'en';
export interface Localized {
  de: string;
  en: string;
}

/** One replacement in the original text; offsets and lengths in UTF-16 code units. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `--fix` and "fix all"; suggestions (placeholders) never are. */
  safe: boolean;
}

export interface RelatedSpan {
  offset: number;
  length: number;
  message: string;
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  fixes: Fix[];
  related: RelatedSpan[];
}

export interface Span {
  offset: number;
  length: number;
  text: string;
}

export type SourceKind = 'named' | 'anonymous' | 'vague' | 'none';

export interface Attribution {
  cue: Span;
  source: Span | null;
  sourceKind: SourceKind;
  message: Span | null;
  /**
   * For a statement that continues an earlier one (a following quotation, Konjunktiv I, "er fügte
   * hinzu"), the index in `attributions` of the attribution that named the source.
   */
  continues?: number;
}

export interface LintResult {
  findings: Finding[];
  attributions: Attribution[];
}

/** Statement of a rule; every rule file exports one `Rule` with this metadata. */
export interface RuleMeta {
  /** `<category>/<name>` */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** Message template; `{name}` placeholders are filled from a report's `data`. */
  message: Localized;
  /** What is wrong and why it matters to the reader, two or three sentences. */
  explanation: Localized;
  /** The standard behind the rule (Pressekodex Ziffer 2/5, AP, Reuters, Duden …). */
  standard: Localized;
  /** How to fix it, one sentence. */
  howToFix: Localized;
}

export type TextFormat = 'plaintext' | 'markdown';

/** A sentence a newsroom has checked and accepted, with the reason (configuration `checked`). */
export interface CheckedEntry {
  /** The sentence, or an unambiguous part of it, as it stands in the text. */
  text: string;
  /** Rule id or category the acceptance covers; all sourcing rules when absent. */
  rule?: string;
  reason: string;
  by?: string;
}

/** The resolved, validated configuration the engine works with (no `extends`, no file paths). */
export interface EngineConfig {
  locale: Locale;
  /** Keys are rule ids or categories; a rule id wins over its category. */
  rules: Record<string, SeveritySetting>;
  /** Extra phrases per category (for `anonymous-source`, `vague-source`, `boilerplate`). */
  phrases: Partial<Record<Category, string[]>>;
  /** Outlets, agencies and institutions that count as named sources. */
  namedSources: string[];
  /** Preferred spelling → the variants to replace by it. */
  spellings: Record<string, string[]>;
  checked: CheckedEntry[];
}

export interface LintOptions {
  format?: TextFormat;
  config?: Partial<EngineConfig>;
}
