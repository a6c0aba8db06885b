// Wires the pieces together: settings, the workspace datasets, diagnostics, hovers,
// code actions, the status bar and the commands.
import * as vscode from 'vscode';
import { Log } from './log';

export class Controller implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  readonly log: Log;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.log = new Log();
    this.disposables.push(this.log);
  }

  start(): void {
    this.disposables.push(
      vscode.commands.registerCommand('claimcheck.showOutput', () => this.log.show()),
      vscode.commands.registerCommand('claimcheck.checkWorkspace', () => undefined),
      vscode.commands.registerCommand('claimcheck.showDatasetEntry', () => undefined),
    );
    this.context.subscriptions.push(this);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) {
      try {
        d.dispose();
      } catch {
        // one failing disposable must not keep the others alive
      }
    }
  }
}
