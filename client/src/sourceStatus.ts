import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SOURCE_SUMMARY_REQUEST, type SourceSummary, type SourceSummaryParams } from './protocol';

/** How long typing must pause before the counts are asked for again. */
const REFRESH_DELAY_MS = 400;

/**
 * The status bar item with the active document's source counts; a click opens the outline, where
 * the server's document symbols list each source with its statements.
 */
export class SourceStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('quellcheck.sources', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Answers to older requests arrive after newer ones now and then; only the latest counts. */
  private latestRequest = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly selector: vscode.DocumentSelector,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.item.name = vscode.l10n.t('Quellcheck sources');
    this.item.command = 'outline.focus';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.scheduleRefresh();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.scheduleRefresh();
      }),
    );
  }

  scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  async refresh(): Promise<void> {
    clearTimeout(this.refreshTimer);
    const document = vscode.window.activeTextEditor?.document;
    if (!document || vscode.languages.match(this.selector, document) === 0 || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    const request = ++this.latestRequest;
    const params: SourceSummaryParams = { uri: this.client.code2ProtocolConverter.asUri(document.uri) };
    let summary: SourceSummary | null;
    try {
      summary = await this.client.sendRequest<SourceSummary | null>(SOURCE_SUMMARY_REQUEST, params);
    } catch (error) {
      if (request === this.latestRequest) this.item.hide();
      this.log.warn(`${SOURCE_SUMMARY_REQUEST} failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (request !== this.latestRequest) return;
    if (!summary) {
      this.item.hide();
      return;
    }
    this.item.text = vscode.l10n.t(
      'Sources: {0} named · {1} anonymous · {2} vague',
      summary.named,
      summary.anonymous,
      summary.vague,
    );
    this.item.tooltip = vscode.l10n.t(
      'Distinct sources: {0} named, {1} anonymous, {2} vague. Statements without any source: {3}. Click to open the source outline.',
      summary.sources.named,
      summary.sources.anonymous,
      summary.sources.vague,
      summary.none,
    );
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
