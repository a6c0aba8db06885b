// Entry point VS Code loads (dist/extension.js). Activation stays cheap: the analysis
// core, the bundled dataset and compromise load on first use, inside the controller.
import * as vscode from 'vscode';
import { Controller, type ClaimcheckApi } from './controller';

let controller: Controller | undefined;

export function activate(context: vscode.ExtensionContext): ClaimcheckApi | undefined {
  try {
    controller = new Controller(context);
    return controller.start();
  } catch (e) {
    // Never throw into VS Code: a broken activation would hide the reason from the writer.
    const out = vscode.window.createOutputChannel('claimcheck');
    out.appendLine(`claimcheck failed to start: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    context.subscriptions.push(out);
    return undefined;
  }
}

export function deactivate(): void {
  controller?.dispose();
  controller = undefined;
}
