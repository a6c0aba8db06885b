// The dataset in use: the bundled one always, plus the writer's claimcheck.datasets files
// when the workspace is trusted. Files are read with vscode.workspace.fs (works in virtual
// workspaces), validated entry by entry, and their problems shown as diagnostics ON the
// dataset file and logged once per content. A path outside the workspace is refused, by
// its text and by its real path (a symbolic link out of the workspace is not followed).
import * as vscode from 'vscode';
import type { DatasetIndex } from '../core/dataset/lookup';
import type { DatasetProblem } from '../core/dataset/load';
import { loadCore } from './lazyCore';
import type { Log } from './log';
import { readSettings } from './config';
import { realPathInside } from './realPath';
import { projectConfigFor } from './projectConfig';

/** Matches the loader's character limit (MAX_DATASET_CHARS), checked on bytes before reading. */
const MAX_DATASET_BYTES = 20_000_000;

export interface DatasetFileRef {
  /** The path as configured, workspace-relative. */
  path: string;
  uri: vscode.Uri;
  /** The origin name findings and hovers show. */
  origin: string;
}

export class WorkspaceDatasets implements vscode.Disposable {
  private index: DatasetIndex | undefined;
  private files: DatasetFileRef[] = [];
  private loadedCount = 0;
  private readonly problems = vscode.languages.createDiagnosticCollection('claimcheck-datasets');
  private readonly logged = new Set<string>();
  private watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private loading: Promise<void> | undefined;
  private readonly problemsForUnread: DatasetProblem[] = [];

  constructor(private readonly log: Log) {}

  /** The merged index; the bundled one until the first load finishes. */
  current(): DatasetIndex {
    return this.index ?? loadCore().bundledIndex();
  }

  /** Files configured and allowed (trusted workspace, inside it). */
  configuredFiles(): readonly DatasetFileRef[] {
    return this.files;
  }

  /** For the status bar: "bundled", "bundled + 1 file", "bundled only (restricted mode)". */
  label(): string {
    if (!vscode.workspace.isTrusted) return 'bundled only (restricted mode)';
    if (this.loadedCount === 0) return 'bundled';
    return `bundled + ${this.loadedCount} file${this.loadedCount === 1 ? '' : 's'}`;
  }

  /** Re-reads the configured files. Concurrent calls share one reload at a time. */
  reload(): Promise<void> {
    const next = (this.loading ?? Promise.resolve()).then(() => this.doReload());
    this.loading = next.catch(() => undefined);
    return next;
  }

  private resolveFiles(): DatasetFileRef[] {
    const out: DatasetFileRef[] = [];
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) return out;
    const core = loadCore();
    for (const folder of folders) {
      // The project file at the folder's root (or above it) names datasets relative to itself.
      const project = projectConfigFor(vscode.Uri.joinPath(folder.uri, 'index.md'));
      const fromProject = folder.uri.scheme === 'file'
        ? project.datasets.map((d) => core.relativeTo(core.toSlashes(folder.uri.fsPath), d) ?? d)
        : [];
      for (const p of [...readSettings(folder.uri).datasets, ...fromProject]) {
        const rel = p.replace(/\\/g, '/');
        const segments = rel.split('/').filter((s) => s && s !== '.');
        if (rel.startsWith('/') || /^[a-zA-Z]:/.test(rel) || /^[a-z][a-z0-9+.-]*:/i.test(rel) || segments.includes('..')) {
          this.logOnce(`outside:${rel}`, `claimcheck.datasets: "${p}" is not a path inside the workspace folder "${folder.name}"; ignored.`);
          continue;
        }
        const uri = vscode.Uri.joinPath(folder.uri, ...segments);
        if (out.some((f) => f.uri.toString() === uri.toString())) continue;
        const origin = folders.length > 1 ? `${folder.name}/${segments.join('/')}` : segments.join('/');
        out.push({ path: segments.join('/'), uri, origin });
      }
    }
    return out;
  }

  /**
   * The files whose real path (links followed) is inside their workspace folder. On disk
   * only: a virtual workspace has no links to follow.
   */
  private async insideByRealPath(files: DatasetFileRef[]): Promise<DatasetFileRef[]> {
    const out: DatasetFileRef[] = [];
    for (const f of files) {
      const folder = vscode.workspace.getWorkspaceFolder(f.uri);
      if (f.uri.scheme === 'file' && folder?.uri.scheme === 'file' && !(await realPathInside(folder.uri.fsPath, f.uri.fsPath))) {
        this.logOnce(`outside-real:${f.origin}`, `claimcheck.datasets: "${f.path}" leads outside the workspace folder "${folder.name}" (a symbolic link); ignored.`);
        continue;
      }
      out.push(f);
    }
    return out;
  }

  private async doReload(): Promise<void> {
    const core = loadCore();
    for (const w of this.watchers.splice(0)) w.dispose();
    this.problems.clear();
    if (!vscode.workspace.isTrusted) {
      // Restricted mode: a dataset file could change what the writer is told is true.
      this.files = [];
      this.loadedCount = 0;
      this.index = core.bundledIndex();
      if (readSettings().datasets.length) this.logOnce('restricted', 'Workspace is in restricted mode: claimcheck.datasets is ignored; using the bundled dataset only.');
      this.changed.fire();
      return;
    }
    this.files = await this.insideByRealPath(this.resolveFiles());
    const texts: { origin: string; text: string }[] = [];
    const decoder = new TextDecoder('utf-8');
    for (const f of this.files) {
      this.watch(f);
      try {
        // Refuse a huge file before reading it: the size limit is the loader's, said once.
        const stat = await vscode.workspace.fs.stat(f.uri);
        if (stat.size > MAX_DATASET_BYTES) {
          this.logOnce(`huge:${f.origin}:${stat.size}`, `dataset file ${f.origin} is ${(stat.size / 1e6).toFixed(1)} MB, over the ${MAX_DATASET_BYTES / 1e6} MB limit; not loaded.`);
          this.problemsForUnread.push({ file: f.origin, entry: '', field: '', message: `file is ${(stat.size / 1e6).toFixed(1)} MB, over the ${MAX_DATASET_BYTES / 1e6} MB limit for a dataset; nothing loaded from it`, line: 1, column: 1 });
          continue;
        }
        texts.push({ origin: f.origin, text: decoder.decode(await vscode.workspace.fs.readFile(f.uri)) });
      } catch (e) {
        const msg = `dataset file ${f.origin} could not be read (${e instanceof Error ? e.message : String(e)}); using the rest.`;
        this.logOnce(`unreadable:${f.origin}`, msg);
      }
    }
    const loaded = core.loadDatasets(texts);
    this.index = loaded.index;
    this.loadedCount = texts.length;
    this.publishProblems([...this.problemsForUnread.splice(0), ...loaded.problems], texts);
    this.changed.fire();
  }

  private watch(f: DatasetFileRef): void {
    try {
      const folder = vscode.workspace.getWorkspaceFolder(f.uri);
      const pattern = folder ? new vscode.RelativePattern(folder, f.path) : new vscode.RelativePattern(f.uri, '*');
      const w = vscode.workspace.createFileSystemWatcher(pattern);
      const again = () => void this.reload().catch((e) => this.log.error('reloading datasets', e));
      w.onDidChange(again);
      w.onDidCreate(again);
      w.onDidDelete(again);
      this.watchers.push(w);
    } catch (e) {
      this.log.error(`watching ${f.origin}`, e);
    }
  }

  private publishProblems(problems: readonly DatasetProblem[], texts: { origin: string; text: string }[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const ref = this.files.find((f) => f.origin === p.file);
      if (!ref) continue;
      const line = Math.max(0, p.line - 1);
      const col = Math.max(0, p.column - 1);
      const where = [p.entry, p.field].filter(Boolean).join(' ');
      const d = new vscode.Diagnostic(new vscode.Range(line, col, line, col + 1), where ? `${where}: ${p.message}` : p.message, vscode.DiagnosticSeverity.Error);
      d.source = 'claimcheck';
      d.code = 'dataset';
      const list = byFile.get(ref.uri.toString()) ?? [];
      list.push(d);
      byFile.set(ref.uri.toString(), list);
      // Logged once per file content: a problem that is still there after an unrelated reload is not news.
      const text = texts.find((t) => t.origin === p.file)?.text ?? '';
      this.logOnce(`problem:${p.file}:${text.length}:${hash(text)}:${p.line}:${p.column}:${p.message}`, `${p.file}:${p.line}:${p.column} ${where ? `${where}: ` : ''}${p.message}`);
    }
    for (const [uri, list] of byFile) this.problems.set(vscode.Uri.parse(uri), list);
  }

  private logOnce(key: string, message: string): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.log.info(message);
  }

  dispose(): void {
    for (const w of this.watchers.splice(0)) w.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
