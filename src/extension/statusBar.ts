// Findings in the active document and the dataset in use; says when a file was skipped.
import * as vscode from 'vscode';
import type { Checker } from './checker';
import type { WorkspaceDatasets } from './datasets';
import { loadCore } from './lazyCore';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimcheck.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly checker: Checker, private readonly datasets: WorkspaceDatasets) {
    this.item.name = 'claimcheck';
    this.item.command = 'claimcheck.showOutput';
  }

  /** The text shown, for tests and the output channel. */
  get text(): string {
    return this.item.text;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : '';
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.checker.wants(editor.document)) {
      const why = editor ? this.checker.skipReason(editor.document.uri) : undefined;
      if (why) {
        this.item.text = '$(circle-slash) claimcheck: skipped';
        this.item.tooltip = `${why}. Dataset: ${this.datasets.label()}.`;
        this.item.show();
      } else {
        this.item.hide();
      }
      return;
    }
    const doc = editor.document;
    const why = this.checker.skipReason(doc.uri);
    const dataset = this.datasets.label();
    if (why) {
      this.item.text = '$(circle-slash) claimcheck: skipped';
      this.item.tooltip = `${why}. Dataset: ${dataset}.`;
    } else {
      const n = this.checker.collection.get(doc.uri)?.length ?? 0;
      this.item.text = `${n ? '$(warning)' : '$(check)'} claimcheck: ${n} · ${dataset}`;
      const asOf = loadCore().newestSourceDate(this.datasets.current().facts);
      this.item.tooltip = `${n} finding${n === 1 ? '' : 's'} in this document. Dataset: ${dataset}${asOf ? `, as of ${asOf} (its newest source)` : ''}. Click for the claimcheck output.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
