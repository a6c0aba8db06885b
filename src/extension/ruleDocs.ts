// Where a diagnostic's rule id links to: the rule's section of the README shipped inside
// the extension (opened in the editor; no web address needed, works offline).
import * as vscode from 'vscode';

let extensionUri: vscode.Uri | undefined;

export function setExtensionUri(uri: vscode.Uri): void {
  extensionUri = uri;
}

export function ruleDocsUri(ruleId: string): vscode.Uri | undefined {
  if (!extensionUri) return undefined;
  return vscode.Uri.joinPath(extensionUri, 'README.md').with({ fragment: ruleId });
}
