// Quick fixes from the stored check, never recomputed here: the certain fix (preferred),
// the alternatives, "%" ↔ "percentage points", disable for this line, add the figure to
// the workspace dataset, and source.fixAll.claimcheck. Each action is built in its own
// guard so one failure never takes the others with it. A check made for an older version
// of the document offers nothing: its offsets no longer point at the figure.
import * as vscode from 'vscode';
import { loadCore } from './lazyCore';
import type { Finding, Fix } from '../core/types';
import type { Checker, CheckedDocument } from './checker';
import { diagnosticKey } from './findingKey';
import type { Log } from './log';
import { rewritePercentUnit } from './percentRewrite';

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

    if (wants(vscode.CodeActionKind.RefactorRewrite)) {
      const fig = loadCore().figureAt(checked.result, doc.offsetAt(range.start));
      if (fig) {
        this.guard('percent rewrite', () => {
          const r = rewritePercentUnit(fig.quantity);
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

/**
 * A comment on its own line above works when the line starts a block; inside a paragraph,
 * a list or a table a new line would split it, so the comment goes at the end of the line.
 */
export function disableEdit(doc: vscode.TextDocument, line: number, ruleId: string): { position: vscode.Position; text: string } {
  const current = doc.lineAt(line);
  const prevBlank = line === 0 || doc.lineAt(line - 1).isEmptyOrWhitespace;
  const trimmed = current.text.trimStart();
  const startsBlock = prevBlank && !trimmed.startsWith('|') && !/^([-*+]|\d+[.)])\s/.test(trimmed);
  if (startsBlock) {
    const indent = current.text.slice(0, current.firstNonWhitespaceCharacterIndex);
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    return { position: new vscode.Position(line, 0), text: `${indent}<!-- claimcheck-disable-next-line ${ruleId} -->${eol}` };
  }
  return { position: current.range.end, text: ` <!-- claimcheck-disable-line ${ruleId} -->` };
}

function disableAction(doc: vscode.TextDocument, finding: Finding, d: vscode.Diagnostic): vscode.CodeAction {
  const a = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  const e = disableEdit(doc, d.range.start.line, finding.ruleId);
  a.edit = new vscode.WorkspaceEdit();
  a.edit.insert(doc.uri, e.position, e.text);
  a.diagnostics = [d];
  return a;
}

/** Every certain fix at once, skipping any that overlaps one already taken. */
function fixAll(doc: vscode.TextDocument, checked: CheckedDocument): vscode.CodeAction | undefined {
  const fixes = checked.result.findings.map((f) => f.fix).filter((f): f is Fix => !!f).sort((a, b) => a.span.start - b.span.start);
  if (!fixes.length) return undefined;
  const a = new vscode.CodeAction('Fix all claimcheck problems with a certain fix', FIX_ALL_KIND);
  a.edit = new vscode.WorkspaceEdit();
  let end = -1;
  for (const f of fixes) {
    if (f.span.start < end) continue;
    a.edit.replace(doc.uri, spanRange(doc, f.span), f.text);
    end = f.span.end;
  }
  return a;
}
