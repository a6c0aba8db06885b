// `claimcheck lsp --stdio`: a Language Server Protocol server for any editor (Neovim, Helix,
// Zed, Emacs, Sublime…), over the same core as the CLI and the VS Code extension: push
// diagnostics (or pull diagnostics when the client supports them), hovers, quick fixes,
// cite the source, and source.fixAll.claimcheck. The hover text and every edit come from
// src/core/editor, shared with the extension; this file only translates to LSP.
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_TITLE, citableAt, citationTitle, citeSourceEdits, disableCommentEdit, fixAllEdits, type TextEdit } from '../core/editor/actions';
import { hoverMarkdown } from '../core/editor/hover';
import { rewritePercentUnit } from '../core/editor/percentRewrite';
import { figureAt } from '../core/figureAt';
import type { Finding, Severity } from '../core/types';
import { ServerWorkspace, type Checked, type ClientOptions } from './workspace';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.claimcheck`;
export const DEBOUNCE_MS = 200;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries so a code action finds its finding without re-analysing. */
interface DiagnosticData {
  version: number;
  index: number;
}

export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const workspace = new ServerWorkspace();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let pull = false;

  const log = (what: string, e: unknown) => connection.console.error(`claimcheck: ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);

  const check = (doc: TextDocument): Checked | undefined => {
    try {
      return workspace.check(doc.uri, doc.version, doc.getText());
    } catch (e) {
      log(`checking ${doc.uri}`, e);
      return undefined;
    }
  };

  const diagnosticsOf = (doc: TextDocument, checked: Checked | undefined): Diagnostic[] => {
    if (!checked) return [];
    const out = checked.result.findings.map((f, index) => toDiagnostic(doc, f, { version: checked.version, index }));
    // A broken project file is said on the first line of each document it applies to, with its place.
    for (const p of checked.config.problems) {
      out.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: 'claimcheck',
        code: 'project-file',
        message: `${p.file}:${p.line}:${p.column}: ${p.message}`,
      });
    }
    return out;
  };

  const publish = (doc: TextDocument) => {
    if (pull) {
      void connection.languages.diagnostics.refresh();
      return;
    }
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(doc, check(doc)) });
  };

  const schedule = (doc: TextDocument, delay = DEBOUNCE_MS) => {
    const prev = timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) publish(current);
      }, delay),
    );
  };

  connection.onInitialize((params): InitializeResult => {
    pull = !!params.capabilities.textDocument?.diagnostic;
    const opts = (params.initializationOptions ?? {}) as ClientOptions;
    workspace.options = { rules: opts.rules, citationStyle: opts.citationStyle === 'footnote' ? 'footnote' : opts.citationStyle === 'link' ? 'link' : undefined };
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'claimcheck' },
    };
  });

  connection.onInitialized(() => {
    // Watch project and dataset files where the client offers it; harmless when it does not.
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.claimcheck.{json,jsonc}' }, { globPattern: '**/*.json' }] }).catch(() => undefined);
  });

  connection.onDidChangeWatchedFiles(() => {
    workspace.reset();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  documents.onDidOpen((e) => {
    // A project file created since the last look is found by the next document opened.
    workspace.rescan();
    schedule(e.document, 0);
  });
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    workspace.forget(e.document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params) => {
    const doc = documents.get(params.textDocument.uri);
    return { kind: 'full', items: doc ? diagnosticsOf(doc, check(doc)) : [] };
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    try {
      const checked = check(doc);
      if (!checked) return null;
      const h = hoverMarkdown(checked.result, doc.offsetAt(params.position), checked.dataset, log, { text: doc.getText(), documentDate: checked.config.documentDate });
      if (!h) return null;
      return { contents: { kind: 'markdown', value: h.markdown }, range: { start: doc.positionAt(h.span.start), end: doc.positionAt(h.span.end) } };
    } catch (e) {
      log('building a hover', e);
      return null;
    }
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`) || o.startsWith(`${kind}.`));
    const guard = (what: string, build: () => void) => {
      try {
        build();
      } catch (e) {
        log(`building the "${what}" code action`, e);
      }
    };
    const edit = (edits: readonly TextEdit[]) => ({ changes: { [doc.uri]: edits.map((e) => toLspEdit(doc, e)) } });

    if (wants(FIX_ALL_KIND) && (only || params.context.triggerKind === 1)) {
      guard('fix all', () => {
        const checked = check(doc);
        const fixes = checked ? fixAllEdits(checked.result.findings) : [];
        if (fixes.length) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: edit(fixes.map((f) => ({ start: f.span.start, end: f.span.end, text: f.text }))) });
      });
    }
    if (only && !wants(CodeActionKind.QuickFix) && !wants(CodeActionKind.RefactorRewrite)) return actions;
    // Quick fixes answer diagnostics of this very version: older offsets no longer point at the figure.
    const checked = workspace.resultFor(doc.uri, doc.version) ?? check(doc);
    if (!checked) return actions;

    if (wants(CodeActionKind.QuickFix)) {
      for (const d of params.context.diagnostics) {
        if (d.source !== 'claimcheck') continue;
        const data = d.data as DiagnosticData | undefined;
        const finding = data && data.version === checked.version ? checked.result.findings[data.index] : undefined;
        if (!finding) continue;
        if (finding.fix) {
          const fix = finding.fix;
          guard('fix', () => actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: edit([{ start: fix.span.start, end: fix.span.end, text: fix.text }]) }));
        }
        for (const alt of finding.alternatives ?? []) {
          guard('alternative', () => actions.push({ title: alt.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([{ start: alt.span.start, end: alt.span.end, text: alt.text }]) }));
        }
        guard('disable', () => actions.push({ title: `Disable ${finding.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([disableCommentEdit(doc.getText(), d.range.start.line, finding.ruleId)]) }));
      }
      guard('cite source', () => {
        const c = citableAt(checked.result, doc.offsetAt(params.range.start), checked.dataset);
        if (c) actions.push({ title: citationTitle(c, checked.citationStyle), kind: CodeActionKind.QuickFix, edit: edit(citeSourceEdits(doc.getText(), c.figure, c.fact, checked.citationStyle)) });
      });
    }
    if (wants(CodeActionKind.RefactorRewrite)) {
      guard('percent rewrite', () => {
        const fig = figureAt(checked.result, doc.offsetAt(params.range.start));
        const r = fig && rewritePercentUnit(fig.quantity);
        if (r && fig) actions.push({ title: r.title, kind: CodeActionKind.RefactorRewrite, edit: edit([{ start: fig.quantity.span.start, end: fig.quantity.span.end, text: r.text }]) });
      });
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function toDiagnostic(doc: TextDocument, f: Finding, data: DiagnosticData): Diagnostic {
  return {
    range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    source: 'claimcheck',
    code: f.ruleId,
    message: f.message,
    relatedInformation: f.related
      .filter((r) => !r.uri)
      .map((r) => ({ location: { uri: doc.uri, range: { start: doc.positionAt(r.span.start), end: doc.positionAt(r.span.end) } }, message: r.message })),
    data,
  };
}

function toLspEdit(doc: TextDocument, e: TextEdit): LspTextEdit {
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text };
}

