// Wires the pieces together: settings, the workspace datasets, diagnostics, hovers, code
// actions, the status bar and the commands. Every event handler is guarded: an error is
// logged to the output channel, never thrown into VS Code.
import * as vscode from 'vscode';
import type { DatasetIndex } from '../core/dataset/lookup';
import { Checker } from './checker';
import type { AnalyzeResult } from '../core/types';
import { ClaimcheckActions } from './codeActions';
import { addToDataset, checkWorkspace, showDatasetEntry } from './commands';
import { WorkspaceDatasets } from './datasets';
import { refreshFactCheck } from './factcheck';
import { FigureHover } from './hover';
import { Log } from './log';
import { setRuleDocsBase } from './ruleDocs';
import { StatusBar } from './statusBar';
import { watchProjectConfigs } from './projectConfig';

/** What the in-host tests may look at; returned from activate(). */
export interface ClaimcheckApi {
  statusText(): string;
  datasetLabel(): string;
  /** Resolves once pending dataset reads and checks are done. */
  settled(): Promise<void>;
  /** The document version the stored check was made for, if any. */
  checkedVersion(uri: string): number | undefined;
}

export class Controller implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  readonly log = new Log();
  private checker: Checker | undefined;
  private datasets: WorkspaceDatasets | undefined;
  private status: StatusBar | undefined;
  private ready: Promise<void> = Promise.resolve();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.disposables.push(this.log);
    setRuleDocsBase(context.extension);
  }

  start(): ClaimcheckApi {
    const datasets = (this.datasets = new WorkspaceDatasets(this.log));
    const checker = (this.checker = new Checker(datasets, this.log));
    const status = (this.status = new StatusBar(checker, datasets));
    this.disposables.push(datasets, checker, status);
    const guard = <A extends unknown[]>(what: string, f: (...a: A) => unknown) => (...a: A) => {
      try {
        const r = f(...a);
        if (r instanceof Promise) r.catch((e) => this.log.error(what, e));
      } catch (e) {
        this.log.error(what, e);
      }
    };
    const recheckOpen = () => {
      for (const doc of vscode.workspace.textDocuments) {
        if (checker.wants(doc)) checker.check(doc);
        else checker.forget(doc.uri);
      }
      status.update();
    };
    const selector: vscode.DocumentSelector = [{ language: 'markdown' }, { pattern: '**/*.{md,markdown,mdx,qmd,Rmd,rmd}' }];

    this.disposables.push(
      vscode.commands.registerCommand('claimcheck.showOutput', () => this.log.show()),
      vscode.commands.registerCommand('claimcheck.checkWorkspace', () => checkWorkspace(checker, this.log)),
      vscode.commands.registerCommand('claimcheck.showDatasetEntry', () => showDatasetEntry(checker, datasets)),
      vscode.commands.registerCommand('claimcheck.addToDataset', (uri: string, version: number, offset: number) => addToDataset(checker, datasets, this.log, uri, version, offset)),
      vscode.languages.registerHoverProvider(selector, new FigureHover(checker, datasets, this.log)),
      vscode.languages.registerCodeActionsProvider(selector, new ClaimcheckActions(checker, this.log), ClaimcheckActions.metadata),
      vscode.workspace.onDidOpenTextDocument(guard('on open', (doc: vscode.TextDocument) => checker.wants(doc) && checker.schedule(doc, 0))),
      vscode.workspace.onDidChangeTextDocument(guard('on change', (e: vscode.TextDocumentChangeEvent) => e.contentChanges.length && checker.wants(e.document) && checker.schedule(e.document))),
      vscode.workspace.onDidCloseTextDocument(guard('on close', (doc: vscode.TextDocument) => {
        // Files the workspace command reported stay in the Problems panel, re-read from disk.
        const fromWorkspace = checker.workspaceChecked.has(doc.uri.toString());
        checker.forget(doc.uri);
        if (fromWorkspace) {
          void vscode.workspace.fs.readFile(doc.uri).then((b) => checker.checkText(doc.uri, new TextDecoder('utf-8').decode(b)), () => undefined);
        }
        status.update();
      })),
      vscode.window.onDidChangeActiveTextEditor(guard('on editor change', () => status.update())),
      checker.onDidCheck(guard('status', () => status.update())),
      vscode.workspace.onDidChangeConfiguration(guard('on settings change', (e: vscode.ConfigurationChangeEvent) => {
        if (!e.affectsConfiguration('claimcheck')) return;
        if (e.affectsConfiguration('claimcheck.datasets')) this.ready = datasets.reload().then(recheckOpen);
        else recheckOpen();
      })),
      vscode.workspace.onDidGrantWorkspaceTrust(guard('on trust', () => (this.ready = datasets.reload().then(recheckOpen)))),
      vscode.workspace.onDidChangeWorkspaceFolders(guard('on folders', () => (this.ready = datasets.reload().then(recheckOpen)))),
      datasets.onDidChange(guard('on dataset change', () => recheckOpen())),
      // A project file may change rules, include/exclude and datasets at once.
      watchProjectConfigs(this.log, () => (this.ready = datasets.reload().then(recheckOpen))),
      datasets.onDidChange(guard('fact-check refresh', () => refreshFactCheck())),
    );
    this.context.subscriptions.push(this);

    // The first check: datasets first (a workspace file may change findings), then every open document.
    this.ready = datasets.reload().then(recheckOpen, (e) => {
      this.log.error('loading the workspace datasets', e);
      recheckOpen();
    });
    return {
      statusText: () => `${status.text} | ${status.tooltip}`,
      datasetLabel: () => datasets.label(),
      checkedVersion: (uri) => checker.checkedVersion(uri),
      settled: async () => {
        let seen: Promise<void> | undefined;
        while (seen !== this.ready) {
          seen = this.ready;
          await seen.catch(() => undefined);
        }
      },
    };
  }

  /** The dataset in use, for the fact-check report and the preview. */
  currentDataset(): DatasetIndex | undefined {
    return this.datasets?.current();
  }

  datasetLabel(): string | undefined {
    return this.datasets?.label();
  }

  /**
   * The diagnostics' own analysis of the document's current version, so the fact-check
   * report shows exactly what the Problems panel shows, cross-file findings included.
   */
  analysisFor(doc: vscode.TextDocument): AnalyzeResult | undefined {
    return this.checker?.freshResultFor(doc)?.result;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) {
      try {
        d.dispose();
      } catch {
        // one failing disposable must not keep the others alive
      }
    }
  }
}
