// The commands: check every Markdown file of the workspace into the Problems panel, show
// the dataset entry behind a figure, add a figure to the workspace dataset.
import * as vscode from 'vscode';
import { loadCore } from './lazyCore';
import type { LoadedFact } from '../core/dataset/lookup';
import type { Checker } from './checker';
import { readSettings } from './config';
import type { WorkspaceDatasets } from './datasets';
import { factSkeleton } from './datasetSkeleton';
import { realPathInside } from './realPath';
import type { Reading } from '../core/types';
import type { Log } from './log';

export const DEFAULT_DATASET_FILE = 'claimcheck.dataset.json';

export async function checkWorkspace(checker: Checker, log: Log): Promise<{ files: number; findings: number }> {
  const settings = readSettings();
  const include = settings.include.length === 1 ? settings.include[0] : `{${settings.include.join(',')}}`;
  const exclude = settings.exclude.length ? (settings.exclude.length === 1 ? settings.exclude[0] : `{${settings.exclude.join(',')}}`) : undefined;
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  // Restricted mode reads no workspace file beyond the documents already open.
  const trusted = vscode.workspace.isTrusted;
  const uris = trusted ? await vscode.workspace.findFiles(include, exclude) : [...open.values()].filter((d) => checker.wants(d)).map((d) => d.uri);
  if (!trusted) log.info('Restricted mode: checked only the open documents; trust the workspace to check every Markdown file.');
  let findings = 0;
  let files = 0;
  const decoder = new TextDecoder('utf-8');
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'claimcheck: checking the workspace' }, async () => {
    for (const uri of uris) {
      try {
        const doc = open.get(uri.toString());
        if (doc) {
          const r = checker.check(doc);
          findings += r?.result.findings.length ?? 0;
          if (r) checker.workspaceChecked.add(uri.toString());
        } else {
          findings += checker.checkText(uri, decoder.decode(await vscode.workspace.fs.readFile(uri)), true);
        }
        files++;
      } catch (e) {
        log.error(`checking ${uri.toString(true)}`, e);
      }
    }
    checker.refreshAfterBatch();
  });
  log.info(`Checked ${files} Markdown file${files === 1 ? '' : 's'}: ${findings} finding${findings === 1 ? '' : 's'}.`);
  return { files, findings };
}

/** The facts behind the figure at the cursor: those its findings used, else its entity/metric/period. */
export function factsBehind(checker: Checker, datasets: WorkspaceDatasets, doc: vscode.TextDocument, offset: number): LoadedFact[] {
  const checked = checker.freshResultFor(doc);
  if (!checked) return [];
  const fig = loadCore().figureAt(checked.result, offset);
  if (!fig) return [];
  const dataset = datasets.current();
  const out: LoadedFact[] = [];
  for (const f of fig.findings) for (const s of f.sources) {
    const fact = dataset.byId(s.factId);
    if (fact && !out.includes(fact)) out.push(fact);
  }
  const r = fig.reading;
  if (!out.length && r?.entity && r.metric) {
    for (const f of dataset.factsFor(r.entity, r.metric)) if (!r.period || f.period === r.period.canonical) out.push(f);
  }
  return out;
}

export async function showDatasetEntry(checker: Checker, datasets: WorkspaceDatasets): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const facts = factsBehind(checker, datasets, editor.document, editor.document.offsetAt(editor.selection.active));
  if (!facts.length) {
    void vscode.window.showInformationMessage('claimcheck: no dataset entry behind the figure at the cursor.');
    return;
  }
  const fact = facts[0];
  const file = datasets.configuredFiles().find((f) => f.origin === fact.origin);
  if (file) {
    // A workspace file: open it at the fact.
    const doc = await vscode.workspace.openTextDocument(file.uri);
    const at = doc.getText().indexOf(`"${fact.id}"`);
    const pos = doc.positionAt(Math.max(0, at));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
    return;
  }
  // Bundled: show the entries read-only as JSON.
  const content = JSON.stringify(facts.map(({ origin, ...f }) => ({ origin, ...f })), null, 2);
  const doc = await vscode.workspace.openTextDocument({ language: 'json', content });
  await vscode.window.showTextDocument(doc, { preview: true });
}

/** Adds the figure at `offset` to the first claimcheck.datasets file, creating it (and the setting) when needed. */
export async function addToDataset(checker: Checker, datasets: WorkspaceDatasets, log: Log, uriString: string, version: number, offset: number): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('claimcheck: workspace datasets are not used in restricted mode.');
    return false;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriString);
  if (!doc || doc.version !== version) {
    void vscode.window.showWarningMessage('claimcheck: the document changed since it was checked; try again.');
    return false;
  }
  const checked = checker.freshResultFor(doc);
  const fig = checked && loadCore().figureAt(checked.result, offset);
  if (!fig?.reading) return false;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return false;
  let target = datasets.configuredFiles()[0]?.uri;
  if (!target) {
    target = vscode.Uri.joinPath(folder.uri, DEFAULT_DATASET_FILE);
    const current = readSettings(folder.uri).datasets;
    await vscode.workspace.getConfiguration('claimcheck', folder.uri).update('datasets', [...current, DEFAULT_DATASET_FILE], vscode.ConfigurationTarget.WorkspaceFolder);
  }
  if (target.scheme === 'file' && folder.uri.scheme === 'file' && !(await realPathInside(folder.uri.fsPath, target.fsPath))) {
    void vscode.window.showErrorMessage(`claimcheck: ${target.toString(true)} leads outside the workspace (a symbolic link); nothing was added.`);
    return false;
  }
  // A new file is created with an empty dataset; an existing one is edited where it is,
  // as the editor holds it (unsaved changes included), never rewritten from a parse.
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    const create = new vscode.WorkspaceEdit();
    create.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(loadCore().EMPTY_DATASET) });
    if (!(await vscode.workspace.applyEdit(create))) return false;
  }
  const shown = await vscode.workspace.openTextDocument(target);
  const wasDirty = shown.isDirty;
  const dataset = datasets.current();
  const insertion = loadCore().factInsertion(shown.getText(), (taken) => factSkeleton(fig.reading as Reading, doc.getText(), (id) => !!dataset.byId(id) || taken(id)));
  if (!insertion.ok) {
    void vscode.window.showErrorMessage(`claimcheck: nothing added to ${target.toString(true)}: ${insertion.reason}.`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of insertion.edits) edit.replace(target, new vscode.Range(shown.positionAt(e.offset), shown.positionAt(e.offset + e.length)), e.content);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  // Saved only when it held nothing unsaved before: the writer's own pending edits stay theirs to save.
  if (!wasDirty) await shown.save();
  log.info(`Added ${insertion.id} to ${target.toString(true)}; fill in its source (outlet, title or URL, date).`);
  await datasets.reload();
  const at = shown.getText().indexOf(`"${insertion.id}"`);
  const pos = shown.positionAt(Math.max(0, at));
  await vscode.window.showTextDocument(shown, { selection: new vscode.Range(pos, pos), preview: false });
  return true;
}
