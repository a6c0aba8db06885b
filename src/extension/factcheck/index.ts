// The fact-check sheet in the editor: the "claimcheck: Fact-check report" command (a
// webview beside the draft) and the Markdown preview plugin. Nothing here loads the core
// until a report is opened or a preview rendered.
import * as vscode from 'vscode';
import type { FactCheckDeps } from './deps';
import { FactCheckPanel } from './panel';

export { extendMarkdownIt } from './markdownIt';
export type { FactCheckDeps } from './deps';

export const FACT_CHECK_COMMAND = 'claimcheck.factCheckReport';

const MARKDOWN_LANGUAGES = new Set(['markdown', 'mdx']);

export function registerFactCheck(context: vscode.ExtensionContext, deps: FactCheckDeps = {}): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(FACT_CHECK_COMMAND, async (uri?: unknown) => {
      try {
        const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
        if (!target) {
          void vscode.window.showInformationMessage('claimcheck: open a Markdown draft to see its fact-check report.');
          return;
        }
        const doc = await vscode.workspace.openTextDocument(target);
        if (!MARKDOWN_LANGUAGES.has(doc.languageId) && !/\.(?:md|markdown|mdx)$/i.test(doc.uri.path)) {
          void vscode.window.showInformationMessage('claimcheck: the fact-check report is for Markdown drafts.');
          return;
        }
        const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
        FactCheckPanel.show(doc, deps, editor?.viewColumn);
      } catch (e) {
        deps.logError?.('opening the fact-check report', e);
        void vscode.window.showErrorMessage(`claimcheck: could not open the fact-check report (${e instanceof Error ? e.message : String(e)}).`);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('claimcheck')) return;
      FactCheckPanel.refreshAll();
      // The preview only re-renders on its own when the draft changes.
      if (e.affectsConfiguration('claimcheck.preview') || e.affectsConfiguration('claimcheck.rules') || e.affectsConfiguration('claimcheck.enable')) {
        void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
      }
    }),
    { dispose: () => FactCheckPanel.disposeAll() },
  );
}

/** For the lead: call when the workspace datasets change, so open reports and previews follow. */
export function refreshFactCheck(): void {
  FactCheckPanel.refreshAll();
  void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
}
