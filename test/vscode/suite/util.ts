// Helpers for the in-host cases: open fixture files, wait for claimcheck's diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'claimcheck.claimcheck';

export interface ClaimcheckApi {
  statusText(): string;
  datasetLabel(): string;
  settled(): Promise<void>;
  checkedVersion(uri: string): number | undefined;
}

export async function api(): Promise<ClaimcheckApi> {
  const ext = vscode.extensions.getExtension<ClaimcheckApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  const exports = await ext.activate();
  assert.ok(exports, 'activate() returned the test API (activation did not fail)');
  await exports.settled();
  return exports;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined | false;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'claimcheck');
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
}

/** Waits until claimcheck's diagnostics on `uri` satisfy `ok` (and returns them). */
export function diagnosticsWhere(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const ds = ours(uri);
    return ok(ds) ? ds : undefined;
  }, timeoutMs);
}

/** The document range of the first occurrence of `needle` (after `after`, when given). */
export function rangeOf(doc: vscode.TextDocument, needle: string, after = ''): vscode.Range {
  const text = doc.getText();
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" is in the document`);
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" is in the document`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    // Hover Markdown escapes punctuation; compare against the plain text.
    .replace(/\\([\\`*_{}[\]()#+!|<>~.-])/g, '$1');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('claimcheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Waits until claimcheck has checked the document as it is now (after an edit or undo). */
export async function checked(doc: vscode.TextDocument): Promise<void> {
  const a = await api();
  await waitFor(`a check of version ${doc.version}`, () => a.checkedVersion(doc.uri.toString()) === doc.version);
}
