import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  ErrorCodes,
  LanguageClient,
  ResponseError,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { executeCommandMiddleware, openRuleDocs } from './commands';
import { LANGUAGE_IDS } from './protocol';
import { RestartPolicy } from './restartPolicy';
import { SourceStatus } from './sourceStatus';

/** Plain text, Markdown and the extension's own article language, saved or not. */
const DOCUMENT_SELECTOR = LANGUAGE_IDS.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/** More crashes than this within the window and the server stays down until the user restarts it. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;

/**
 * The language client, quiet while it restarts a crashed server: every failed attempt would otherwise
 * be an error message of its own ("couldn't create connection"), a loop of them when the server dies
 * while starting. The restart policy tells the user instead, once.
 */
class QuellcheckLanguageClient extends LanguageClient {
  restartingAfterCrash = false;

  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, this.restartingAfterCrash ? false : showNotification);
  }
}

function crashHandler(policy: RestartPolicy, onRestart: () => void): ErrorHandler {
  return {
    // Writes to a server that has just died fail one by one, as many as were pending. Shutting down
    // after a few of them (the library's default) would stop the client before the close below can
    // restart it, so a crash amid busy traffic left the user without a server. The close decides;
    // the write errors are only logged.
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const decision = policy.onCrash();
      if (decision.action === 'giveUp') {
        const restart = vscode.l10n.t('Restart Server');
        const message = vscode.l10n.t(
          'The Quellcheck server crashed {0} times in {1} minutes and was not restarted again. See the output channel "Quellcheck".',
          decision.crashes,
          policy.windowMs / 60_000,
        );
        void vscode.window.showErrorMessage(message, restart).then((choice) => {
          if (choice === restart) void vscode.commands.executeCommand('quellcheck.restartServer');
        });
        return { action: CloseAction.DoNotRestart, message, handled: true };
      }
      const message = vscode.l10n.t('The Quellcheck server stopped unexpectedly and was restarted.');
      if (decision.announce) void vscode.window.showWarningMessage(message);
      onRestart();
      return { action: CloseAction.Restart, message, handled: true };
    },
  };
}

/**
 * A server that dies while starting is a crash: the close handler restarts it and tells the user once.
 * Only a server that answered `initialize` with an error gets its own message.
 */
function initializationFailed(log: vscode.LogOutputChannel): (error: unknown) => boolean {
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`Server initialization failed: ${message}`);
    const connectionLost =
      error instanceof ResponseError &&
      (error.code === ErrorCodes.PendingResponseRejected || error.code === ErrorCodes.ConnectionInactive);
    if (!connectionLost) void vscode.window.showErrorMessage(vscode.l10n.t('The Quellcheck server could not start: {0}', message));
    return false;
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Quellcheck', { log: true });
  context.subscriptions.push(log);

  // The server bundle sits at the same place relative to the extension root in the repository and in the .vsix.
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'server', 'dist', 'server.js').fsPath;
  if (!fs.existsSync(serverModule)) {
    const message = vscode.l10n.t('Quellcheck server not found at {0}. Run "npm run build" in the repository.', serverModule);
    log.error(message);
    void vscode.window.showErrorMessage(message);
    return;
  }

  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--enable-source-maps', '--inspect=6009'] },
    },
  };
  const restartPolicy = new RestartPolicy(MAX_RESTARTS, RESTART_WINDOW_MS);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: log,
    synchronize: {
      configurationSection: 'quellcheck',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.quellcheckrc.json'),
    },
    diagnosticPullOptions: { onChange: true, onSave: true },
    errorHandler: crashHandler(restartPolicy, () => (languageClient.restartingAfterCrash = true)),
    initializationFailedHandler: initializationFailed(log),
    middleware: { executeCommand: executeCommandMiddleware },
  };
  const languageClient = new QuellcheckLanguageClient('quellcheck', 'Quellcheck', serverOptions, clientOptions);
  client = languageClient;

  const status = new SourceStatus(languageClient, DOCUMENT_SELECTOR, log);
  context.subscriptions.push(
    status,
    languageClient.onDidChangeState((event) => {
      if (event.newState === State.Running) {
        languageClient.restartingAfterCrash = false;
        log.info('Quellcheck server running.');
      }
      void status.refresh();
    }),
    vscode.commands.registerCommand('quellcheck.restartServer', async () => {
      restartPolicy.reset();
      languageClient.restartingAfterCrash = false;
      log.info('Restarting the server on request.');
      await languageClient.restart();
      log.info('Quellcheck server restarted.');
    }),
    vscode.commands.registerCommand('quellcheck.openRuleDocs', () => openRuleDocs(context.extensionUri)),
    // Settings restricted in untrusted workspaces take their workspace values once the folder is trusted.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (languageClient.isRunning()) {
        void languageClient.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      }
    }),
  );

  log.info(`Starting the Quellcheck server ${serverModule}`);
  try {
    await languageClient.start();
  } catch (error) {
    // The client has already reported the failure; the restart command stays available.
    log.error(`The Quellcheck server did not start: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  await status.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
