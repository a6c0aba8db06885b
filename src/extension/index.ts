// Entry point VS Code loads (dist/extension.js). Activation stays cheap: the analysis
// core, the bundled dataset and compromise load on first use, inside the controller and
// the fact-check report. The object returned carries the preview hook
// (contributes "markdown.markdownItPlugins") and the API the in-host tests read.
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { Controller, type ClaimcheckApi } from './controller';
import { extendMarkdownIt, registerFactCheck, type FactCheckDeps } from './factcheck';

let controller: Controller | undefined;

interface PreviewHook {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export function activate(context: vscode.ExtensionContext): (ClaimcheckApi & PreviewHook) | PreviewHook {
  const deps: FactCheckDeps = {
    dataset: () => controller?.currentDataset(),
    datasetLabel: () => controller?.datasetLabel(),
    logError: (what, e) => controller?.log.error(what, e),
    analysis: (doc) => controller?.analysisFor(doc),
  };
  try {
    registerFactCheck(context, deps);
  } catch {
    // never throw into VS Code; the diagnostics below still start
  }
  const preview: PreviewHook = { extendMarkdownIt: (md: MarkdownIt) => extendMarkdownIt(md, deps) };
  try {
    controller = new Controller(context);
    return { ...controller.start(), ...preview };
  } catch (e) {
    // Never throw into VS Code: a broken activation would hide the reason from the writer.
    const out = vscode.window.createOutputChannel('claimcheck');
    out.appendLine(`claimcheck failed to start: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    context.subscriptions.push(out);
    // The preview plugin still works with the bundled dataset.
    return preview;
  }
}

export function deactivate(): void {
  controller?.dispose();
  controller = undefined;
}
