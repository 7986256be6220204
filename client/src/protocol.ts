/**
 * The client's only door into the server's sources: the pure declarations (command ids, their
 * arguments, the `quellcheck/sourceSummary` request) both sides agree on beyond LSP itself.
 */
export {
  Commands,
  DIAGNOSTIC_SOURCE,
  LANGUAGE_IDS,
  SOURCE_SUMMARY_REQUEST,
  type MarkCheckedArgs,
  type MarkCheckedResult,
  type SourceSummary,
  type SourceSummaryParams,
  type WorkspaceLintSummary,
} from '../../server/src/lsp/protocol';
