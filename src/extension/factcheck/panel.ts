// The "claimcheck: Fact-check report" webview, one per draft, beside it. It re-renders
// when the draft changes (debounced), when settings or the dataset change, and answers the
// page's two requests: reveal a figure's range in the draft, and export the report.
import * as vscode from 'vscode';
import { overSizeLimit, readSettings } from '../config';
import { basename } from '../uriName';
import { datasetLabelOf, datasetOf, type FactCheckDeps } from './deps';
import { exportReport } from './export';
import { reportCore, type ReportCore } from './lazy';
import { parseMessage } from './messages';
import { makeNonce } from './nonce';

type ReportModel = ReturnType<ReportCore['reportFromText']>;

/** Long enough that typing does not rebuild the page on every key. */
const RERENDER_MS = 600;

export class FactCheckPanel implements vscode.Disposable {
  static readonly viewType = 'claimcheck.factCheck';
  private static readonly open = new Map<string, FactCheckPanel>();

  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private model: ReportModel | undefined;
  private disposed = false;
  /** The draft changed while the report was hidden: render when it is shown again. */
  private stale = false;

  /** Opens (or reveals) the report of `doc` beside it. */
  static show(doc: vscode.TextDocument, deps: FactCheckDeps, column: vscode.ViewColumn | undefined): FactCheckPanel {
    const key = doc.uri.toString();
    const existing = FactCheckPanel.open.get(key);
    if (existing) {
      existing.panel.reveal(undefined, true);
      existing.render();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      FactCheckPanel.viewType,
      `Fact-check: ${basename(doc.uri)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [], enableCommandUris: false },
    );
    const created = new FactCheckPanel(panel, doc, deps, column ?? vscode.ViewColumn.One);
    FactCheckPanel.open.set(key, created);
    return created;
  }

  /** Re-renders every open report (settings or dataset changed). */
  static refreshAll(): void {
    for (const p of FactCheckPanel.open.values()) p.schedule();
  }

  static disposeAll(): void {
    for (const p of [...FactCheckPanel.open.values()]) p.dispose();
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private doc: vscode.TextDocument,
    private readonly deps: FactCheckDeps,
    private readonly editorColumn: vscode.ViewColumn,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible && this.stale) this.render();
      }),
      panel.webview.onDidReceiveMessage((m) => this.guard('handling a report message', () => this.onMessage(m))),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.doc.uri.toString()) this.schedule();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // The draft closed and reopened: follow the new document object.
        if (d.uri.toString() === this.doc.uri.toString()) this.doc = d;
      }),
    );
    this.render();
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, RERENDER_MS);
  }

  render(): void {
    if (this.disposed) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    this.guard('rendering the fact-check report', () => {
      const core = reportCore();
      const settings = readSettings(this.doc.uri);
      const text = this.doc.getText();
      const tooLarge = text.length > settings.maxFileSize;
      // The provider answers for the document's current version (FactCheckDeps.analysis).
      const result = tooLarge ? undefined : this.deps.analysis?.(this.doc);
      this.model = core.reportFromText(tooLarge ? '' : text, {
        ...(result ? { result } : {}),
        dataset: datasetOf(this.deps),
        rules: settings.rules,
        fileName: vscode.workspace.asRelativePath(this.doc.uri, false),
        generatedAt: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
        datasetLabel: datasetLabelOf(this.deps),
        maxLength: settings.maxFileSize,
      });
      if (tooLarge) {
        this.model.title = basename(this.doc.uri);
        this.model.skipped = overSizeLimit(text.length, settings.maxFileSize);
      }
      this.panel.title = `Fact-check: ${basename(this.doc.uri)}`;
      this.panel.webview.html = core.renderHtml(this.model, { variant: 'webview', nonce: makeNonce() });
    });
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseMessage(raw);
    if (!m) return;
    if (m.type === 'reveal') {
      const doc = await vscode.workspace.openTextDocument(this.doc.uri);
      const length = doc.getText().length;
      const range = new vscode.Range(doc.positionAt(Math.min(m.start, length)), doc.positionAt(Math.min(m.end, length)));
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: this.editorColumn, selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    if (this.model) await exportReport(this.model, m.format, this.doc.uri);
  }

  private guard(what: string, f: () => unknown): void {
    try {
      const r = f();
      if (r instanceof Promise) r.catch((e) => this.deps.logError?.(what, e));
    } catch (e) {
      this.deps.logError?.(what, e);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    FactCheckPanel.open.delete(this.doc.uri.toString());
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

