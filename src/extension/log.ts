// The "claimcheck" output channel: skipped files, dataset problems, internal errors.
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('claimcheck');

  info(message: string): void {
    this.channel.appendLine(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
  }

  error(context: string, e: unknown): void {
    this.info(`${context}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
