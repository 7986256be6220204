/**
 * What the language server and its clients agree on beyond LSP itself: language ids, command ids
 * and their arguments, the custom request for the source counts. Pure declarations, so that the
 * VS Code extension can import them without pulling in the server.
 */

/** Documents the server lints. */
export const ARTICLE_LANGUAGE_ID = 'quellcheck-artikel';
export const LANGUAGE_IDS = ['plaintext', 'markdown', ARTICLE_LANGUAGE_ID] as const;

/** `source` of every diagnostic. */
export const DIAGNOSTIC_SOURCE = 'quellcheck';

/** Code action kind of "apply all safe fixes" (usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.quellcheck';

export const Commands = {
  /**
   * Accept a finding's sentence as checked. Argument: `MarkCheckedArgs`. Code actions carry it
   * without `reason`; the client asks the user for one (VS Code: showInputBox in an
   * `executeCommand` middleware) and passes it on. Without a reason the server refuses.
   */
  markChecked: 'quellcheck.markChecked',
  /** Lint every article (*.txt, *.md) in the workspace folders and publish the diagnostics. Result: `WorkspaceLintSummary`. */
  lintWorkspace: 'quellcheck.lintWorkspace',
} as const;

export interface MarkCheckedArgs {
  uri: string;
  /** The finding, in UTF-16 offsets into the document's text. */
  offset: number;
  length: number;
  rule: string;
  reason?: string;
}

/**
 * What `quellcheck.markChecked` answers (null when nothing was written). The entry reaches the
 * configuration file through a WorkspaceEdit; an editor that leaves the file unsaved should save it
 * for the entry to take effect.
 */
export interface MarkCheckedResult {
  configUri: string;
}

export interface WorkspaceLintSummary {
  files: number;
  findings: number;
  /** Files that could not be read, with the reason. */
  failures: string[];
}

/** Request `quellcheck/sourceSummary`: how the document's statements are sourced (for a status bar). */
export const SOURCE_SUMMARY_REQUEST = 'quellcheck/sourceSummary';

export interface SourceSummaryParams {
  uri: string;
}

/** Numbers of statements (attributions, continued ones counted with their source) per kind of source. */
export interface SourceSummary {
  named: number;
  anonymous: number;
  vague: number;
  none: number;
  /** Distinct sources per kind. */
  sources: { named: number; anonymous: number; vague: number };
}

/** `data` of every Quellcheck diagnostic: what the code actions need, valid for `version` only. */
export interface FindingData {
  rule: string;
  version: number;
  fixes: { title: string; safe: boolean; edits: { offset: number; length: number; newText: string }[] }[];
}
