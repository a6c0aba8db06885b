// Quick fixes from the stored check, never recomputed here: the certain fix (preferred),
// the alternatives, "%" ↔ "percentage points", disable for this line, cite the dataset's
// source after a figure it confirms or corrects (never automatic, never in fix-all), add
// the figure to the workspace dataset, and source.fixAll.claimcheck. The edits themselves
// are built by src/core/editor (shared with the language server). Each action is built in its own
// guard so one failure never takes the others with it. A check made for an older version
// of the document offers nothing: its offsets no longer point at the figure.
import * as vscode from 'vscode';
import { loadCore } from './lazyCore';
import type { Finding, Fix } from '../core/types';
import type { Checker, CheckedDocument } from './checker';
import { diagnosticKey } from './findingKey';
import type { Log } from './log';
import { documentSettings } from './projectConfig';
import type { TextEdit } from '../core/editor/actions';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('claimcheck');

export class ClaimcheckActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite, FIX_ALL_KIND],
  };

  constructor(private readonly checker: Checker, private readonly log: Log) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const only = context.only;
    const wants = (kind: vscode.CodeActionKind) => !only || only.contains(kind) || kind.contains(only);

    if (wants(FIX_ALL_KIND) && (only || context.triggerKind === vscode.CodeActionTriggerKind.Invoke)) {
      // Fix-all (e.g. on save) works on the document as it is now: a check of this very
      // version, made now if the debounced one has not run yet.
      this.guard('fix all', () => {
        const fresh = this.checker.freshResultFor(doc);
        const a = fresh && fixAll(doc, fresh);
        if (a) actions.push(a);
      });
    }
    if (only && !wants(vscode.CodeActionKind.QuickFix) && !wants(vscode.CodeActionKind.RefactorRewrite)) return actions;
    // Quick fixes answer the diagnostics shown, which belong to one check: if the document
    // changed since, its offsets are stale and nothing is offered until the next check.
    const checked = this.checker.resultFor(doc);
    if (!checked) return actions;

    for (const d of context.diagnostics) {
      if (d.source !== 'claimcheck') continue;
      const finding = checked.findings.get(diagnosticKey(d));
      if (!finding) continue;
      if (wants(vscode.CodeActionKind.QuickFix)) {
        if (finding.fix) this.guard('fix', () => actions.push(replaceAction(doc, finding.fix as Fix, d, true)));
        for (const alt of finding.alternatives ?? []) this.guard('alternative', () => actions.push(replaceAction(doc, alt, d, false)));
        // A conflict with another file is not silenced by a comment in this one.
        if (!finding.related.some((r) => r.uri)) this.guard('disable', () => actions.push(disableAction(doc, finding, d)));
      }
    }

    if (wants(vscode.CodeActionKind.QuickFix)) {
      this.guard('cite source', () => {
        const core = loadCore();
        const citable = core.citableAt(checked.result, doc.offsetAt(range.start), this.checker.dataset());
        if (!citable) return;
        const style = documentSettings(doc.uri).citationStyle;
        const a = new vscode.CodeAction(core.citationTitle(citable, style), vscode.CodeActionKind.QuickFix);
        a.edit = editOf(doc, core.citeSourceEdits(doc.getText(), citable.figure, citable.fact, style));
        actions.push(a);
      });
    }

    if (wants(vscode.CodeActionKind.RefactorRewrite)) {
      const fig = loadCore().figureAt(checked.result, doc.offsetAt(range.start));
      if (fig) {
        this.guard('percent rewrite', () => {
          const r = loadCore().rewritePercentUnit(fig.quantity);
          if (!r || actions.some((a) => a.title.includes(r.text))) return;
          const a = new vscode.CodeAction(r.title, vscode.CodeActionKind.RefactorRewrite);
          a.edit = new vscode.WorkspaceEdit();
          a.edit.replace(doc.uri, spanRange(doc, fig.quantity.span), r.text);
          actions.push(a);
        });
        this.guard('add to dataset', () => {
          if (!vscode.workspace.isTrusted || !vscode.workspace.workspaceFolders?.length) return;
          if (!fig.reading?.entity || !fig.reading.metric || !fig.reading.period) return;
          const a = new vscode.CodeAction(`Add ${fig.quantity.text} (${fig.reading.entity} ${fig.reading.metric} ${fig.reading.period.canonical}) to the workspace dataset`, vscode.CodeActionKind.RefactorRewrite);
          a.command = { command: 'claimcheck.addToDataset', title: a.title, arguments: [doc.uri.toString(), doc.version, fig.quantity.span.start] };
          actions.push(a);
        });
      }
    }
    return actions;
  }

  private guard(what: string, build: () => void): void {
    try {
      build();
    } catch (e) {
      this.log.error(`building the "${what}" code action`, e);
    }
  }
}

function spanRange(doc: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

function replaceAction(doc: vscode.TextDocument, fix: Fix, d: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
  const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  a.edit = new vscode.WorkspaceEdit();
  a.edit.replace(doc.uri, spanRange(doc, fix.span), fix.text);
  a.diagnostics = [d];
  a.isPreferred = preferred;
  return a;
}

function disableAction(doc: vscode.TextDocument, finding: Finding, d: vscode.Diagnostic): vscode.CodeAction {
  const a = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  a.edit = editOf(doc, [loadCore().disableCommentEdit(doc.getText(), d.range.start.line, finding.ruleId)]);
  a.diagnostics = [d];
  return a;
}

/** Every certain fix at once (the shared selection: no two overlapping). */
function fixAll(doc: vscode.TextDocument, checked: CheckedDocument): vscode.CodeAction | undefined {
  const core = loadCore();
  const fixes = core.fixAllEdits(checked.result.findings);
  if (!fixes.length) return undefined;
  const a = new vscode.CodeAction(core.FIX_ALL_TITLE, FIX_ALL_KIND);
  a.edit = editOf(doc, fixes.map((f) => ({ start: f.span.start, end: f.span.end, text: f.text })));
  return a;
}

function editOf(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const w = new vscode.WorkspaceEdit();
  for (const e of edits) w.replace(doc.uri, spanRange(doc, e), e.text);
  return w;
}
