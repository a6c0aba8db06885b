// Where a diagnostic's rule id links to: the rule's section of the README. With a
// repository URL in package.json, its web page (the README renders there and the anchor
// works); without one, the README shipped inside the extension, opened in the editor.
import * as vscode from 'vscode';

let base: vscode.Uri | undefined;

export function setRuleDocsBase(extension: { extensionUri: vscode.Uri; packageJSON?: { repository?: string | { url?: string } } }): void {
  const repo = extension.packageJSON?.repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  const web = url?.replace(/^git\+/, '').replace(/\.git$/, '');
  base = web && /^https:\/\//.test(web) ? vscode.Uri.parse(web) : vscode.Uri.joinPath(extension.extensionUri, 'README.md');
}

export function ruleDocsUri(ruleId: string): vscode.Uri | undefined {
  return base?.with({ fragment: ruleId });
}
