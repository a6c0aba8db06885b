// Hover on any recognised figure, correct or not. The Markdown is built by the shared,
// editor-neutral src/core/editor/hover.ts (the language server shows the same); this
// wraps it for VS Code. Untrusted Markdown: no command links.
import * as vscode from 'vscode';
import type { Checker } from './checker';
import type { WorkspaceDatasets } from './datasets';
import { loadCore } from './lazyCore';
import type { Log } from './log';
import { documentSettings } from './projectConfig';

export class FigureHover implements vscode.HoverProvider {
  constructor(private readonly checker: Checker, private readonly datasets: WorkspaceDatasets, private readonly log: Log) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    try {
      const checked = this.checker.freshResultFor(doc);
      if (!checked) return undefined;
      const content = loadCore().hoverMarkdown(checked.result, doc.offsetAt(pos), this.datasets.current(), (what, e) => this.log.error(what, e), { text: doc.getText(), documentDate: documentSettings(doc.uri).documentDate });
      if (!content) return undefined;
      const md = new vscode.MarkdownString(content.markdown, true);
      md.isTrusted = false;
      md.supportHtml = false;
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(content.span.start), doc.positionAt(content.span.end)));
    } catch (e) {
      this.log.error('building a hover', e);
      return undefined;
    }
  }
}
