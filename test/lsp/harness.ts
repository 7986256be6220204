/**
 * An LSP client for the protocol tests: starts the server in-process over a pair of streams (or
 * takes any connection), answers the server's requests like an editor would (configuration from a
 * settings object, workspace edits applied to disk) and lets tests wait for notifications with a
 * timeout instead of sleeping.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  DiagnosticRefreshRequest,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createEngine, type Engine } from '../../server/src/engine/index.js';
import { ConfigLoader } from '../../server/src/node/config-file.js';
import { loadLexiconData } from '../../server/src/node/lexicon-file.js';
import { startServer } from '../../server/src/lsp/server.js';

let sharedEngine: Engine | undefined;

/** The real engine, created once per test process. */
export function engine(): Engine {
  sharedEngine ??= createEngine(loadLexiconData());
  return sharedEngine;
}

export const TIMEOUT_MS = 5000;

export function capabilitiesFor(pull: boolean): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      codeAction: { dataSupport: true, isPreferredSupport: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration: true,
      applyEdit: true,
      workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
  };
}

/** Applies LSP text edits to a text (edits refer to the original text). */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edit', 'plaintext', 0, text), [...edits]);
}

/** Applies a workspace edit to the files on disk, as an editor that saves would. */
export function applyWorkspaceEditToDisk(edit: WorkspaceEdit): void {
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const path = fileURLToPath(uri);
    writeFileSync(path, applyLspEdits(readFileSync(path, 'utf8'), edits));
  }
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
      const path = fileURLToPath(change.uri);
      if (!existsSync(path)) writeFileSync(path, '');
    } else {
      const path = fileURLToPath(change.textDocument.uri);
      const edits = change.edits.filter((e): e is TextEdit => 'range' in e && 'newText' in e);
      writeFileSync(path, applyLspEdits(readFileSync(path, 'utf8'), edits));
    }
  }
}

export interface SessionOptions {
  pull?: boolean;
  /** The client's settings, section "quellcheck" (workspace/configuration answers from it). */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  capabilities?: ClientCapabilities;
}

export class Session {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly edits: ApplyWorkspaceEditParams[] = [];
  refreshRequests = 0;
  configurationRequests = 0;
  settings: Record<string, unknown>;
  initializeResult: InitializeResult | undefined;
  private readonly events = new EventEmitter();
  private readonly versions = new Map<string, number>();
  private isShutDown = false;

  constructor(
    readonly client: ProtocolConnection,
    private readonly options: SessionOptions,
    private readonly disposeServer: () => void,
  ) {
    this.settings = options.settings ?? {};
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.events.emit('event');
    });
    client.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.events.emit('event');
    });
    client.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests++;
      return params.items.map((item) => (item.section === 'quellcheck' ? this.settings : null));
    });
    client.onRequest(RegistrationRequest.type, () => undefined);
    client.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
      this.events.emit('event');
    });
    client.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.edits.push(params);
      applyWorkspaceEditToDisk(params.edit);
      this.events.emit('event');
      return { applied: true };
    });
    client.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const folder = this.options.workspaceFolder;
    this.initializeResult = await this.client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      capabilities: this.options.capabilities ?? capabilitiesFor(this.options.pull ?? false),
      workspaceFolders: folder ? [{ uri: pathToUri(folder), name: 'articles' }] : null,
    });
    await this.client.sendNotification(InitializedNotification.type, {});
    return this.initializeResult;
  }

  /** Resolves with the first value `check` returns (checked now and after every notification), or rejects after the timeout. */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = TIMEOUT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (value === undefined) return false;
        clearTimeout(timer);
        this.events.off('event', attempt);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        this.events.off('event', attempt);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      if (!attempt()) this.events.on('event', attempt);
    });
  }

  /** The first diagnostics for `uri` published after the `after`-th notification that satisfy `accept`. */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, after = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => this.published.slice(after).find((p) => p.uri === uri && accept(p)));
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<void> {
    this.versions.set(uri, 1);
    await this.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends a change; answers the new version. */
  async change(uri: string, contentChanges: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.client.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { quellcheck: settings } });
  }

  /** The LSP shutdown request: answered once the server has handled everything sent before it. */
  async shutdown(): Promise<void> {
    if (this.isShutDown) return;
    this.isShutDown = true;
    await this.client.sendRequest(ShutdownRequest.type);
  }

  async dispose(): Promise<void> {
    await this.shutdown();
    this.events.removeAllListeners();
    this.client.dispose();
    this.disposeServer();
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A server in this process, wired to a fresh client over in-memory streams. */
export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // Message readers, not raw streams: the library ends the process when a raw input stream closes.
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const theEngine = engine();
  startServer(connection, { engine: theEngine, configs: new ConfigLoader(theEngine.rules.map((r) => r.id)) });
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const session = new Session(client, options, () => connection.dispose());
  await session.initialize();
  return session;
}
