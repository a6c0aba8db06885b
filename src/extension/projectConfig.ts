// The project file (.claimcheck.jsonc) in the editor, through the same core module the CLI
// and the language server use. Its keys win over the claimcheck.* settings, so what the
// editor shows is what CI reports. Read from disk for file: documents only (a virtual
// workspace has no project file); re-read when any project file changes; its problems are
// shown as diagnostics on the file itself.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ConfigProblem, ResolvedConfig } from '../core/config';
import { readSettings, type Settings } from './config';
import { loadCore } from './lazyCore';
import type { Log } from './log';

type Configs = InstanceType<ReturnType<typeof loadCore>['ProjectConfigs']>;

let configs: Configs | undefined;
const problems = new Map<string, ConfigProblem[]>();
let collection: vscode.DiagnosticCollection | undefined;

function readLocal(path: string): string | undefined {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function shared(): Configs {
  if (!configs) configs = new (loadCore().ProjectConfigs)(readLocal);
  return configs;
}

const NONE: ResolvedConfig = { file: undefined, included: true, rules: {}, datasets: [], documentDate: undefined, citationStyle: undefined, problems: [] };

/** What the project file says for a document (the defaults for a non-file document). */
export function projectConfigFor(uri: vscode.Uri): ResolvedConfig {
  if (uri.scheme !== 'file') return NONE;
  const resolved = shared().resolve(uri.fsPath);
  if (resolved.file && !problems.has(resolved.file)) {
    problems.set(resolved.file, resolved.problems);
    publish(resolved.file, resolved.problems);
  }
  return resolved;
}

/** The settings for a document, the project file's keys over the claimcheck.* settings. */
export type DocumentSettings = Settings & { project: ResolvedConfig };

export function documentSettings(uri: vscode.Uri): DocumentSettings {
  const s = readSettings(uri);
  const project = projectConfigFor(uri);
  return { ...s, rules: { ...s.rules, ...project.rules }, citationStyle: project.citationStyle ?? s.citationStyle, documentDate: project.documentDate ?? s.documentDate, project };
}

function publish(file: string, list: readonly ConfigProblem[]): void {
  if (!collection) return;
  collection.set(
    vscode.Uri.file(file),
    list.map((p) => {
      const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
      d.source = 'claimcheck';
      d.code = 'project-file';
      return d;
    }),
  );
}

/** Watches project files; `changed` runs after the cache is dropped (re-check, reload datasets). */
export function watchProjectConfigs(log: Log, changed: () => void): vscode.Disposable {
  collection = vscode.languages.createDiagnosticCollection('claimcheck-project');
  const w = vscode.workspace.createFileSystemWatcher('**/.claimcheck.{json,jsonc}');
  const again = (uri: vscode.Uri) => {
    try {
      configs?.clear();
      problems.clear();
      collection?.delete(uri);
      log.info(`Project file changed: ${uri.fsPath}`);
      changed();
    } catch (e) {
      log.error('reloading the project file', e);
    }
  };
  const subs = [w, w.onDidChange(again), w.onDidCreate(again), w.onDidDelete(again)];
  return new vscode.Disposable(() => {
    for (const s of subs) s.dispose();
    collection?.dispose();
    collection = undefined;
  });
}
