// Diagnostics for Markdown documents: debounced on typing, one incremental analyzer per
// document (it re-reads only the paragraphs whose text changed), results kept with the
// document version they were computed for so code actions never recompute and never
// apply to a changed document. Closing a document clears what it showed.
import * as vscode from 'vscode';
import type { AnalyzeResult, Finding, Severity } from '../core/types';
import { overSizeLimit, readSettings, type Settings } from './config';
import { documentSettings, type DocumentSettings } from './projectConfig';
import { basename } from './uriName';
import type { WorkspaceDatasets } from './datasets';
import { diagnosticKey } from './findingKey';
import { loadCore } from './lazyCore';
import type { Log } from './log';
import { ruleDocsUri } from './ruleDocs';

export const DEBOUNCE_MS = 300;

/** Markdown flavours checked by file name: Quarto, R Markdown, MDX. */
const FLAVOUR_FILE = /\.(qmd|rmd|mdx)$/i;

export interface CheckedDocument {
  uri: string;
  version: number;
  /** The document's own analysis, with the workspace-wide conflicts merged into `findings`. */
  result: AnalyzeResult;
  /** Finding behind each published diagnostic, by diagnosticKey. */
  findings: Map<string, Finding>;
}

/** One analysed document, kept for the workspace-wide consistency check. */
interface Entry {
  uri: vscode.Uri;
  version: number;
  text: string;
  result: AnalyzeResult;
  positionAt: (offset: number) => vscode.Position;
  /** The conflicts with other files last shown, to republish only what changed. */
  crossKey: string;
}

type Analyzer = ReturnType<ReturnType<typeof loadCore>['createAnalyzer']>;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class Checker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('claimcheck');
  private readonly checked = new Map<string, CheckedDocument>();
  private readonly entries = new Map<string, Entry>();
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Why a document was not checked (too large, disabled), for the status bar. */
  private readonly skippedWhy = new Map<string, string>();
  /** Files the "check workspace" command reported; their diagnostics outlive closing an editor. */
  readonly workspaceChecked = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidCheck = this.changed.event;

  constructor(private readonly datasets: WorkspaceDatasets, private readonly log: Log) {}

  /** Whether settings say this document is one to check (language, globs); size is checked later. */
  wants(doc: vscode.TextDocument, settings: DocumentSettings = documentSettings(doc.uri)): boolean {
    if (!settings.enable) return false;
    // The project file's include/exclude, relative to it, as the CLI applies them.
    if (!settings.project.included) return false;
    // A Quarto, R Markdown or MDX file is Markdown prose whatever language id an extension gave it.
    if (!settings.languages.includes(doc.languageId) && !FLAVOUR_FILE.test(doc.uri.path)) return false;
    if (doc.uri.scheme === 'untitled') return true;
    if (['output', 'vscode-settings', 'git', 'debug'].includes(doc.uri.scheme)) return false;
    const matches = (globs: string[]) => globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
    if (settings.include.length && !matches(settings.include)) return false;
    if (matches(settings.exclude)) return false;
    return true;
  }

  schedule(doc: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    const key = doc.uri.toString();
    const prev = this.timers.get(key);
    if (prev) clearTimeout(prev);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.check(doc);
      }, delay),
    );
  }

  /** Analyses now and publishes; never throws. Returns the stored result, if any. */
  check(doc: vscode.TextDocument): CheckedDocument | undefined {
    const key = doc.uri.toString();
    try {
      if (doc.isClosed) return undefined;
      const settings = documentSettings(doc.uri);
      if (!this.wants(doc, settings)) {
        this.forget(doc.uri);
        if (!settings.enable) this.skippedWhy.set(key, 'claimcheck is disabled (claimcheck.enable)');
        this.changed.fire(doc.uri);
        return undefined;
      }
      const text = loadCore().prose(doc.uri.path, doc.getText());
      if (text.length > settings.maxFileSize) {
        const why = `${basename(doc.uri)} not checked: ${overSizeLimit(text.length, settings.maxFileSize)}`;
        if (this.skippedWhy.get(key) !== why) this.log.info(why);
        this.forget(doc.uri);
        this.skippedWhy.set(key, why);
        this.changed.fire(doc.uri);
        return undefined;
      }
      const version = doc.version;
      const result = this.analyzerFor(key, settings).analyze(text);
      if (result.skipped) {
        const why = `${basename(doc.uri)} not checked: ${result.skipped}`;
        if (this.skippedWhy.get(key) !== why) this.log.info(why);
        this.skippedWhy.set(key, why);
      } else {
        this.skippedWhy.delete(key);
      }
      const stored = this.publish(doc.uri, version, result, (o) => doc.positionAt(o), text);
      this.changed.fire(doc.uri);
      return stored;
    } catch (e) {
      this.log.error(`checking ${doc.uri.toString(true)}`, e);
      return undefined;
    }
  }

  /**
   * Analyses a file's text that is not open in an editor (the workspace command). With
   * `deferCrossFile`, the workspace-wide comparison waits for `refreshAfterBatch()`, so
   * checking n files costs one comparison rather than n.
   */
  checkText(uri: vscode.Uri, raw: string, deferCrossFile = false): number {
    const text = loadCore().prose(uri.path, raw);
    const settings = documentSettings(uri);
    if (!settings.project.included) return 0;
    if (text.length > settings.maxFileSize) {
      this.log.info(`${basename(uri)} not checked: ${overSizeLimit(text.length, settings.maxFileSize)}`);
      return 0;
    }
    const core = loadCore();
    const result = core.createAnalyzer({ dataset: this.datasets.current(), rules: settings.rules, documentDate: settings.documentDate }).analyze(text);
    const lines = core.lineMap(text);
    const toPos = (o: number) => {
      const p = lines.position(o);
      return new vscode.Position(p.line - 1, p.column - 1);
    };
    this.publish(uri, -1, result, toPos, text, deferCrossFile);
    this.workspaceChecked.add(uri.toString());
    return result.findings.length;
  }

  /** Runs the workspace-wide comparison deferred by checkText(…, true). */
  refreshAfterBatch(): void {
    this.refreshCrossFile();
  }

  private analyzerFor(key: string, settings: Settings): Analyzer {
    let a = this.analyzers.get(key);
    const options = { dataset: this.datasets.current(), rules: settings.rules, documentDate: settings.documentDate };
    if (!a) {
      a = loadCore().createAnalyzer(options);
      this.analyzers.set(key, a);
    } else {
      a.setOptions(options);
    }
    return a;
  }

  /** Stores a document's analysis and republishes what the workspace-wide check changed. */
  private publish(uri: vscode.Uri, version: number, result: AnalyzeResult, positionAt: (offset: number) => vscode.Position, text: string, deferCrossFile = false): CheckedDocument | undefined {
    const key = uri.toString();
    const entry: Entry = { uri, version, text, result, positionAt, crossKey: '' };
    this.entries.set(key, entry);
    if (deferCrossFile) {
      // Shown at once with its own findings; the comparison with other files follows in refreshAfterBatch().
      this.render(entry, []);
      entry.crossKey = JSON.stringify([]);
      return this.checked.get(key);
    }
    this.refreshCrossFile(key);
    return this.checked.get(key);
  }

  /**
   * Workspace-wide consistency: the same entity, metric and period stated differently in
   * two analysed files is a finding in both. Only the documents whose conflicts changed
   * (and `changed` itself) are republished.
   */
  private refreshCrossFile(changed?: string): void {
    let cross = new Map<string, Finding[]>();
    if (this.entries.size > 1) {
      try {
        cross = loadCore().crossFileConflicts([...this.entries.entries()].map(([uri, e]) => ({ uri, text: e.text, result: e.result })));
      } catch (e) {
        this.log.error('checking consistency across files', e);
      }
    }
    // claimcheck.rules is a window-scoped setting: one read serves every file.
    const level = readSettings().rules['cross-reference'];
    for (const [key, entry] of this.entries) {
      const found = level === 'off' ? [] : (cross.get(key) ?? []).map((f) => (level ? { ...f, severity: level } : f));
      const crossKey = JSON.stringify(found.map((f) => [f.span.start, f.span.end, f.message, f.severity]));
      if (key !== changed && crossKey === entry.crossKey) continue;
      entry.crossKey = crossKey;
      this.render(entry, found);
    }
  }

  private render(entry: Entry, crossFindings: Finding[]): void {
    const { uri, positionAt } = entry;
    const all = crossFindings.length ? [...entry.result.findings, ...crossFindings].sort((a, b) => a.span.start - b.span.start) : entry.result.findings;
    const findings = new Map<string, Finding>();
    const diagnostics: vscode.Diagnostic[] = [];
    for (const f of all) {
      const d = new vscode.Diagnostic(new vscode.Range(positionAt(f.span.start), positionAt(f.span.end)), f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
      d.source = 'claimcheck';
      const target = ruleDocsUri(f.ruleId);
      d.code = target ? { value: f.ruleId, target } : f.ruleId;
      if (f.related.length) {
        d.relatedInformation = f.related.map((r) => {
          const other = r.uri ? this.entries.get(r.uri) : undefined;
          const at = other ? other.positionAt : positionAt;
          return new vscode.DiagnosticRelatedInformation(new vscode.Location(other ? other.uri : uri, new vscode.Range(at(r.span.start), at(r.span.end))), r.message);
        });
      }
      diagnostics.push(d);
      findings.set(diagnosticKey(d), f);
    }
    this.collection.set(uri, diagnostics);
    this.checked.set(uri.toString(), { uri: uri.toString(), version: entry.version, result: { ...entry.result, findings: all }, findings });
  }

  /** The dataset the checks use (bundled, plus the workspace's files when trusted). */
  dataset(): ReturnType<WorkspaceDatasets['current']> {
    return this.datasets.current();
  }

  /** The stored result when it is for this exact version of the document. */
  resultFor(doc: vscode.TextDocument): CheckedDocument | undefined {
    const c = this.checked.get(doc.uri.toString());
    return c && c.version === doc.version ? c : undefined;
  }

  /** The stored result, re-checking first when the document changed since (hovers, commands). */
  freshResultFor(doc: vscode.TextDocument): CheckedDocument | undefined {
    const pending = this.timers.get(doc.uri.toString());
    if (pending) {
      clearTimeout(pending);
      this.timers.delete(doc.uri.toString());
    }
    return this.resultFor(doc) ?? this.check(doc);
  }

  checkedVersion(uri: string): number | undefined {
    return this.checked.get(uri)?.version;
  }

  skipReason(uri: vscode.Uri): string | undefined {
    return this.skippedWhy.get(uri.toString());
  }

  /** Clears what a document showed (closed, disabled, excluded). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.collection.delete(uri);
    this.checked.delete(key);
    this.analyzers.delete(key);
    this.skippedWhy.delete(key);
    this.workspaceChecked.delete(key);
    // The other files' conflicts with this one go too.
    if (this.entries.delete(key)) this.refreshCrossFile();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.collection.dispose();
    this.changed.dispose();
  }
}

