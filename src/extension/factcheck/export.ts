// Export of the report shown in the webview: a save dialog proposing "<draft>.factcheck.md"
// or ".factcheck.html" next to the draft, written with vscode.workspace.fs (works in remote
// and virtual workspaces). The HTML is the standalone page: no script at all.
import * as vscode from 'vscode';
import { reportCore, type ReportCore } from './lazy';

type ReportModel = ReturnType<ReportCore['reportFromText']>;

export async function exportReport(model: ReportModel, format: 'md' | 'html', draft: vscode.Uri): Promise<vscode.Uri | undefined> {
  const core = reportCore();
  const ext = format === 'md' ? 'md' : 'html';
  const base = draft.path.replace(/\.(?:md|markdown|mdx|mdown|mkd)$/i, '');
  const defaultUri = draft.scheme === 'untitled' ? undefined : draft.with({ path: `${base}.factcheck.${ext}` });
  const target = await vscode.window.showSaveDialog({
    defaultUri,
    filters: format === 'md' ? { Markdown: ['md'] } : { HTML: ['html', 'htm'] },
    saveLabel: format === 'md' ? 'Export Markdown' : 'Export HTML',
    title: 'Export the fact-check report',
  });
  if (!target) return undefined;
  const content = format === 'md' ? core.renderMarkdown(model) : core.renderHtml(model);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`Fact-check report saved to ${vscode.workspace.asRelativePath(target, false)}.`);
  return target;
}
