/**
 * The Quellcheck language server: wires the engine into LSP. Diagnostics are pushed to clients
 * that cannot pull and pulled by those that can; settings come per document from the client and
 * are merged over the `.quellcheckrc.json` that governs the document.
 */
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CreateFile,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentEdit,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, defaultConfig, type Analysis, type EngineConfig, type Engine, type LintOptions, type LintResult, type Locale, type TextFormat } from '../engine/index.js';
import { toEngineConfig } from '../engine/config.js';
import { CONFIG_FILE_NAME, ConfigError, type ConfigLoader } from '../node/config-file.js';
import { addCheckedEntry, checkedText, newConfigText } from './checked-entry.js';
import { findingActions, fixAllAction, kindRequested, toLspEdits } from './code-actions.js';
import { toDiagnostic } from './diagnostics.js';
import { findingHover, hoverContent, sourceHover, type HoverPart } from './hover.js';
import { documentSymbols, sourceSummary, symbolInformation } from './outline.js';
import {
  ARTICLE_LANGUAGE_ID,
  Commands,
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  SOURCE_SUMMARY_REQUEST,
  type MarkCheckedArgs,
  type MarkCheckedResult,
  type SourceSummary,
  type SourceSummaryParams,
  type WorkspaceLintSummary,
} from './protocol.js';
import { normalizeSettings, SETTINGS_SECTION, type QuellcheckSettings } from './settings.js';
import { text } from './strings.js';
import { articleFiles } from './workspace-files.js';

export interface ServerDependencies {
  engine: Engine;
  /** Reads `.quellcheckrc.json` files; the server clears it when a configuration file changes. */
  configs: ConfigLoader;
}

/** A text to lint: an open document, or an article file of the workspace read from disk. */
interface Target {
  uri: string;
  /** File system path, for `file:` URIs. */
  path: string | undefined;
  languageId: string;
}

interface DocumentOptions {
  settings: QuellcheckSettings;
  lint: LintOptions & { format: TextFormat };
  locale: Locale;
}

/** One lint of one version of a document under one generation of settings and configuration. */
interface DocumentRun {
  version: number;
  generation: number;
  options: DocumentOptions;
  result: LintResult;
  diagnostics: Diagnostic[];
  /** Computed on first use (hover). */
  analysis?: Analysis;
}

interface PushState {
  /** Incremented by every scheduling; a run whose ticket is no longer current is dropped. */
  ticket: number;
  timer?: NodeJS.Timeout;
  /** Diagnostics were published at least once (with `run: onSave` a change then waits for the save). */
  published: boolean;
}

/** The last pulled report of a document, kept for `run: onSave` (reports change only on save). */
interface PulledReport {
  version: number;
  generation: number;
  resultId: string;
  items: Diagnostic[];
}

const EMPTY_RESULT: LintResult = { findings: [], attributions: [] };

function formatOf(languageId: string, uri: string): TextFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === ARTICLE_LANGUAGE_ID && /\.(md|markdown)$/i.test(uri)) return 'markdown';
  return 'plaintext';
}

function languageIdOfPath(path: string): string {
  return path.endsWith('.md') ? 'markdown' : 'plaintext';
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function withoutBom(content: string): string {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A promise that resolves after `ms`, or at once when the request is cancelled. */
function pause(ms: number, token: CancellationToken): Promise<void> {
  if (ms <= 0 || token.isCancellationRequested) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve();
    }, ms);
    const listener = token.onCancellationRequested(() => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

function isMarkCheckedArgs(value: unknown): value is MarkCheckedArgs {
  if (typeof value !== 'object' || value === null) return false;
  const args = value as Partial<MarkCheckedArgs>;
  return (
    typeof args.uri === 'string' &&
    typeof args.offset === 'number' &&
    typeof args.length === 'number' &&
    typeof args.rule === 'string' &&
    (args.reason === undefined || typeof args.reason === 'string')
  );
}

export function startServer(connection: Connection, { engine, configs }: ServerDependencies): void {
  const documents = new TextDocuments(TextDocument);
  const knownRules = new Map(engine.rules.map((meta) => [meta.id, meta]));

  let capabilities: ClientCapabilities = {};
  let pullMode = false;
  let workspaceFolders: string[] = [];
  /** Settings sent with didChangeConfiguration, for clients that cannot answer workspace/configuration. */
  let pushedSettings: unknown;
  /** Bumped whenever settings or configuration files change; runs of an older generation are stale. */
  let generation = 0;
  /** After the shutdown request nothing is published any more. */
  let shuttingDown = false;

  const settingsCache = new Map<string, Promise<QuellcheckSettings>>();
  const runs = new Map<string, DocumentRun>();
  const pushStates = new Map<string, PushState>();
  const pulledReports = new Map<string, PulledReport>();
  const savedVersions = new Map<string, number>();
  /** Configuration files with a published problem, and the messages already shown for them. */
  const configProblemUris = new Set<string>();
  const shownConfigMessages = new Set<string>();

  /** A message without buttons: a notification, so that nothing waits for the user to dismiss it. */
  function showMessage(type: MessageType, message: string): void {
    inBackground('showing a message', connection.sendNotification(ShowMessageNotification.type, { type, message }));
  }

  /**
   * Work nothing waits for (messages to the client, a scheduled lint): a failure is worth a line in
   * the log, and must not end the process as an unhandled rejection would.
   */
  function inBackground(what: string, work: Promise<unknown>): void {
    work.catch((error: unknown) => {
      if (!shuttingDown) connection.console.error(`Quellcheck: ${what} failed: ${errorText(error)}`);
    });
  }

  function publishDiagnostics(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (!shuttingDown) inBackground(`publishing diagnostics for ${uri}`, connection.sendDiagnostics({ uri, version, diagnostics }));
  }

  // --- settings and configuration -------------------------------------------------------------

  function settingsFor(scopeUri: string): Promise<QuellcheckSettings> {
    if (!capabilities.workspace?.configuration) return Promise.resolve(normalizeSettings(pushedSettings));
    let cached = settingsCache.get(scopeUri);
    if (!cached) {
      cached = connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }).then(
        (raw: unknown) => normalizeSettings(raw),
        () => normalizeSettings(undefined),
      );
      settingsCache.set(scopeUri, cached);
    }
    return cached;
  }

  function reportConfigProblem(error: ConfigError, locale: Locale): void {
    const uri = pathToFileURL(error.file).href;
    const line = Math.max((error.line ?? 1) - 1, 0);
    const character = Math.max((error.column ?? 1) - 1, 0);
    configProblemUris.add(uri);
    publishDiagnostics(uri, [
      {
        range: { start: { line, character }, end: { line, character: character + 1 } },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        message: error.problem,
      },
    ]);
    if (!shownConfigMessages.has(error.message)) {
      shownConfigMessages.add(error.message);
      showMessage(MessageType.Error, text('invalidConfig', locale, { file: error.file, problem: error.problem }));
    }
  }

  function clearConfigProblems(): void {
    for (const uri of configProblemUris) publishDiagnostics(uri, []);
    configProblemUris.clear();
  }

  /** The engine configuration of the file's `.quellcheckrc.json`; an invalid file is reported and the defaults apply. */
  function fileConfig(path: string | undefined, settings: QuellcheckSettings): EngineConfig {
    if (!path) return defaultConfig();
    try {
      return toEngineConfig(configs.forDirectory(dirname(path)).config);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      reportConfigProblem(error, settings.locale === 'auto' ? 'de' : settings.locale);
      return defaultConfig();
    }
  }

  async function optionsFor(target: Target, settingsScope = target.uri): Promise<DocumentOptions> {
    const settings = await settingsFor(settingsScope);
    const config = fileConfig(target.path, settings);
    if (settings.locale !== 'auto') config.locale = settings.locale;
    config.rules = { ...config.rules, ...settings.rules };
    return { settings, lint: { format: formatOf(target.languageId, target.uri), config }, locale: config.locale };
  }

  function targetOf(document: TextDocument): Target {
    return { uri: document.uri, path: pathOf(document.uri), languageId: document.languageId };
  }

  // --- linting --------------------------------------------------------------------------------

  /** Lints the document's current text (synchronously, so that text and version belong together). */
  function lintNow(document: TextDocument, options: DocumentOptions, runGeneration: number): DocumentRun {
    let result = EMPTY_RESULT;
    if (options.settings.enable) {
      try {
        result = engine.lint(document.getText(), options.lint);
      } catch (error) {
        connection.console.error(`Quellcheck could not lint ${document.uri}: ${errorText(error)}`);
      }
    }
    return {
      version: document.version,
      generation: runGeneration,
      options,
      result,
      diagnostics: result.findings.map((finding) => toDiagnostic(document, finding)),
    };
  }

  /** The run for the document's current version and settings, from the cache or fresh. */
  async function currentRun(document: TextDocument): Promise<DocumentRun> {
    const cached = runs.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation) return cached;
    const runGeneration = generation;
    const options = await optionsFor(targetOf(document));
    const run = lintNow(document, options, runGeneration);
    if (documents.get(document.uri) === document && runGeneration === generation) runs.set(document.uri, run);
    return run;
  }

  function analysisOf(document: TextDocument, run: DocumentRun): Analysis {
    run.analysis ??= engine.analyze(document.getText(), run.options.lint);
    return run.analysis;
  }

  // --- push diagnostics -----------------------------------------------------------------------

  type Trigger = 'open' | 'change' | 'save' | 'configuration';

  function schedule(document: TextDocument, trigger: Trigger): void {
    const { uri } = document;
    let state = pushStates.get(uri);
    if (!state) {
      state = { ticket: 0, published: false };
      pushStates.set(uri, state);
    }
    const current = state;
    const ticket = ++current.ticket;
    clearTimeout(current.timer);
    current.timer = undefined;
    void settingsFor(uri).then((settings) => {
      if (current.ticket !== ticket) return;
      if (settings.run === 'onSave' && trigger === 'change' && current.published) return;
      const delay = trigger === 'change' ? settings.debounceMs : 0;
      current.timer = setTimeout(() => {
        current.timer = undefined;
        inBackground(`linting ${uri}`, publish(uri, ticket));
      }, delay);
    });
  }

  async function publish(uri: string, ticket: number): Promise<void> {
    const document = documents.get(uri);
    const state = pushStates.get(uri);
    if (!document || !state || state.ticket !== ticket) return;
    const run = await currentRun(document);
    // A newer version or scheduling arrived while the settings were fetched: its own run publishes.
    if (pushStates.get(uri) !== state || state.ticket !== ticket || documents.get(uri)?.version !== run.version) return;
    state.published = true;
    publishDiagnostics(uri, run.diagnostics, run.version);
  }

  /** After a change of settings or configuration files: every open document again. */
  function revalidateAll(): void {
    if (pullMode) {
      if (capabilities.workspace?.diagnostics?.refreshSupport) inBackground('diagnostic refresh', connection.languages.diagnostics.refresh());
      return;
    }
    for (const document of documents.all()) schedule(document, 'configuration');
  }

  function configurationChanged(): void {
    generation++;
    settingsCache.clear();
    configs.clear();
    clearConfigProblems();
    revalidateAll();
  }

  // --- pull diagnostics -----------------------------------------------------------------------

  async function pullDocument(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const document = documents.get(uri);
    if (!document) return { kind: 'full', items: [] };
    const settings = await settingsFor(uri);
    const last = pulledReports.get(uri);
    const savedSince = (savedVersions.get(uri) ?? -1) > (last?.version ?? -1);
    if (settings.run === 'onSave' && last && last.generation === generation && !savedSince) {
      return previousResultId === last.resultId ? { kind: 'unchanged', resultId: last.resultId } : { kind: 'full', resultId: last.resultId, items: last.items };
    }
    const version = document.version;
    if (settings.run === 'onType' && last) await pause(settings.debounceMs, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    // Without data, VS Code's client schedules a new pull for the newer version.
    if (documents.get(uri)?.version !== version) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer version');
    const run = await currentRun(document);
    const resultId = `${run.version}:${run.generation}`;
    pulledReports.set(uri, { version: run.version, generation: run.generation, resultId, items: run.diagnostics });
    return previousResultId === resultId ? { kind: 'unchanged', resultId } : { kind: 'full', resultId, items: run.diagnostics };
  }

  // --- workspace ------------------------------------------------------------------------------

  function folderOf(path: string): string | undefined {
    return workspaceFolders
      .map(pathOf)
      .filter((folder): folder is string => folder !== undefined && (path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)))
      .sort((a, b) => b.length - a.length)[0];
  }

  function openDocumentPaths(): Set<string> {
    return new Set(documents.all().map((d) => pathOf(d.uri)).filter((p): p is string => p !== undefined));
  }

  async function workspaceArticles(): Promise<string[]> {
    const open = openDocumentPaths();
    const roots = workspaceFolders.map(pathOf).filter((p): p is string => p !== undefined);
    return (await articleFiles(roots)).filter((path) => !open.has(path));
  }

  /** Lints an article file that is not open in the editor; settings of its workspace folder apply. */
  async function lintClosedFile(path: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = pathToFileURL(path).href;
    const content = withoutBom(await readFile(path, 'utf8'));
    const folder = folderOf(path);
    const target: Target = { uri, path, languageId: languageIdOfPath(path) };
    const options = await optionsFor(target, folder ? pathToFileURL(folder).href : uri);
    const document = TextDocument.create(uri, target.languageId, 0, content);
    return { uri, diagnostics: lintNow(document, options, generation).diagnostics };
  }

  async function lintWorkspace(): Promise<WorkspaceLintSummary> {
    const summary: WorkspaceLintSummary = { files: 0, findings: 0, failures: [] };
    for (const document of documents.all()) {
      summary.files++;
      summary.findings += (await currentRun(document)).diagnostics.length;
    }
    for (const path of await workspaceArticles()) {
      try {
        const { uri, diagnostics } = await lintClosedFile(path);
        // A pulling client gets them by workspace/diagnostic; pushing them too would list them twice.
        if (!pullMode) publishDiagnostics(uri, diagnostics);
        summary.files++;
        summary.findings += diagnostics.length;
      } catch (error) {
        summary.failures.push(`${path}: ${errorText(error)}`);
      }
    }
    if (pullMode) revalidateAll();
    return summary;
  }

  async function pullWorkspace(previous: Map<string, string>, token: CancellationToken): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const path of await workspaceArticles()) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const uri = pathToFileURL(path).href;
      try {
        const { mtimeMs, size } = await stat(path);
        const resultId = `${generation}:${mtimeMs}:${size}`;
        if (previous.get(uri) === resultId) {
          items.push({ kind: 'unchanged', uri, version: null, resultId });
          continue;
        }
        items.push({ kind: 'full', uri, version: null, resultId, items: (await lintClosedFile(path)).diagnostics });
      } catch (error) {
        connection.console.warn(`Quellcheck could not read ${path}: ${errorText(error)}`);
      }
    }
    return items;
  }

  // --- commands -------------------------------------------------------------------------------

  async function markChecked(args: MarkCheckedArgs): Promise<MarkCheckedResult | null> {
    const document = documents.get(args.uri);
    const path = pathOf(args.uri);
    const locale = document ? (await currentRun(document)).options.locale : 'de';
    const reason = args.reason?.trim();
    if (!reason) {
      showMessage(MessageType.Warning, text('reasonMissing', locale));
      return null;
    }
    if (!path) throw new ResponseError(LSPErrorCodes.RequestFailed, `not a file: ${args.uri}`);
    const target: Target = { uri: args.uri, path, languageId: document?.languageId ?? languageIdOfPath(path) };
    const options = await optionsFor(target);
    const content = document ? document.getText() : withoutBom(await readFile(path, 'utf8'));
    const analysis = engine.analyze(content, options.lint);
    const entry = { text: checkedText(analysis, args.offset, args.length), rule: args.rule, reason };

    const configPath = configs.findNearest(dirname(path)) ?? join(folderOf(path) ?? dirname(path), CONFIG_FILE_NAME);
    const configUri = pathToFileURL(configPath).href;
    const shownName = relative(folderOf(path) ?? dirname(path), configPath) || CONFIG_FILE_NAME;
    const fail = (why: string): null => {
      showMessage(MessageType.Error, text('checkedFailed', locale, { file: shownName, reason: why }));
      return null;
    };

    let edit: WorkspaceEdit;
    let newContent: string;
    if (existsSync(configPath)) {
      const current = await readFile(configPath, 'utf8');
      const change = addCheckedEntry(current, entry);
      if (!change.ok) return fail(change.reason);
      edit = { changes: { [configUri]: toLspEdits(TextDocument.create(configUri, 'json', 0, current), change.edits) } };
      newContent = applyFixes(current, [{ title: '', safe: true, edits: change.edits }]).output;
    } else {
      newContent = newConfigText(entry);
      edit = {
        documentChanges: [
          CreateFile.create(configUri, { ignoreIfExists: true }),
          TextDocumentEdit.create({ uri: configUri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newContent }]),
        ],
      };
    }
    const workspaceEdits = capabilities.workspace?.workspaceEdit;
    const clientCanApply =
      capabilities.workspace?.applyEdit === true &&
      (edit.changes !== undefined || (workspaceEdits?.documentChanges === true && (workspaceEdits.resourceOperations ?? []).includes('create')));
    if (clientCanApply) {
      const outcome = await connection.workspace.applyEdit({ label: text('markChecked', locale), edit });
      if (!outcome.applied) return fail(outcome.failureReason ?? 'edit rejected');
    } else {
      try {
        await writeFile(configPath, newContent, 'utf8');
      } catch (error) {
        return fail(errorText(error));
      }
    }
    showMessage(MessageType.Info, text('checkedWritten', locale, { file: shownName }));
    configurationChanged();
    return { configUri };
  }

  // --- wiring ---------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    pullMode = capabilities.textDocument?.diagnostic !== undefined;
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        executeCommandProvider: { commands: [Commands.markChecked, Commands.lintWorkspace] },
        ...(pullMode ? { diagnosticProvider: { identifier: 'quellcheck', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'quellcheck-ls' },
    };
  });

  connection.onInitialized(() => {
    const workspace = capabilities.workspace;
    // Settings changes need no registration: clients send didChangeConfiguration on their own
    // (VS Code through `synchronize.configurationSection`). Configuration files are watched here
    // for clients that let servers register watchers (VS Code, Neovim 0.10).
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      inBackground(
        'watching configuration files',
        connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }),
      );
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((uri) => !removed.has(uri)), ...event.added.map((f) => f.uri)];
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const settings: unknown = params.settings;
    if (typeof settings === 'object' && settings !== null && SETTINGS_SECTION in settings) {
      pushedSettings = (settings as Record<string, unknown>)[SETTINGS_SECTION];
    }
    configurationChanged();
  });

  connection.onDidChangeWatchedFiles(() => configurationChanged());

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const state of pushStates.values()) clearTimeout(state.timer);
  });

  documents.onDidChangeContent(({ document }) => {
    if (!pullMode) schedule(document, pushStates.has(document.uri) ? 'change' : 'open');
  });

  documents.onDidSave(({ document }) => {
    savedVersions.set(document.uri, document.version);
    if (!pullMode) schedule(document, 'save');
  });

  documents.onDidClose(({ document }) => {
    const { uri } = document;
    clearTimeout(pushStates.get(uri)?.timer);
    pushStates.delete(uri);
    runs.delete(uri);
    pulledReports.delete(uri);
    savedVersions.delete(uri);
    settingsCache.delete(uri);
    if (!pullMode) publishDiagnostics(uri, []);
  });

  connection.languages.diagnostics.on((params, token) => pullDocument(params.textDocument.uri, params.previousResultId, token));

  connection.languages.diagnostics.onWorkspace(async (params, token) => ({
    items: await pullWorkspace(new Map(params.previousResultIds.map((p) => [p.uri, p.value])), token),
  }));

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const run = await currentRun(document);
    const { only } = params.context;
    const actions: CodeAction[] = [];
    if (kindRequested(CodeActionKind.QuickFix, only)) {
      const forDiagnostics = (diagnostics: Diagnostic[]): CodeAction[] =>
        findingActions({ document, format: run.options.lint.format, locale: run.options.locale, diagnostics });
      let quickFixes = forDiagnostics(params.context.diagnostics);
      if (quickFixes.length === 0) {
        // The client's diagnostics are of an older version (or it sent none): the current ones in range.
        const start = document.offsetAt(params.range.start);
        const end = document.offsetAt(params.range.end);
        quickFixes = forDiagnostics(run.diagnostics.filter((d) => document.offsetAt(d.range.start) <= end && start <= document.offsetAt(d.range.end)));
      }
      actions.push(...quickFixes);
    }
    if (kindRequested(FIX_ALL_KIND, only)) {
      const fixAll = fixAllAction(document, run.result.findings, run.options.locale);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const run = await currentRun(document);
    if (!run.options.settings.enable) return null;
    const offset = document.offsetAt(params.position);
    const { locale } = run.options;
    const parts: HoverPart[] = run.result.findings
      .filter((f) => f.offset <= offset && offset < f.offset + Math.max(f.length, 1))
      .map((f) => findingHover(f, knownRules.get(f.rule), locale));
    const source = sourceHover(analysisOf(document, run), offset, locale);
    if (source) parts.push(source);
    if (parts.length === 0) return null;
    const markdown = capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? false;
    return {
      contents: hoverContent(parts, markdown),
      range: { start: document.positionAt(parts[0].offset), end: document.positionAt(parts[0].end) },
    };
  });

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const run = await currentRun(document);
    const symbols = documentSymbols(document, run.result.attributions, run.options.locale);
    return capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : symbolInformation(document, symbols);
  });

  connection.onRequest(SOURCE_SUMMARY_REQUEST, async (params: SourceSummaryParams): Promise<SourceSummary | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    return sourceSummary((await currentRun(document)).result.attributions);
  });

  connection.onExecuteCommand(async (params) => {
    switch (params.command) {
      case Commands.markChecked: {
        const [args] = params.arguments ?? [];
        if (!isMarkCheckedArgs(args)) throw new ResponseError(LSPErrorCodes.RequestFailed, `${Commands.markChecked} expects {uri, offset, length, rule, reason}`);
        return markChecked(args);
      }
      case Commands.lintWorkspace:
        return lintWorkspace();
      default:
        throw new ResponseError(LSPErrorCodes.RequestFailed, `unknown command ${params.command}`);
    }
  });

  documents.listen(connection);
  connection.listen();
}
