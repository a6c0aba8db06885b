// The entry the extension host calls (extensionTestsPath): the standard `run()` that
// @vscode/test-electron also calls. It runs every case, writes the results where the
// driver reads them (the workspace root), and rejects when a case failed so the host
// exits non-zero either way.
import * as vscode from 'vscode';
import { runAll } from './harness';
import './activation.test';
import './editor.test';
import './trust.test';
import './factcheck.test';
import './project.test';

export const RESULTS_FILE = '.claimcheck-test-results.json';

export async function run(): Promise<void> {
  const mode = vscode.workspace.isTrusted ? 'trusted' : 'restricted';
  const results = await runAll((r) => console.log(`[claimcheck-suite] ${r.ok ? (r.skipped ? 'skip' : 'ok') : 'FAIL'} ${r.name}${r.error ? `: ${r.error.split('\n')[0]}` : ''}`));
  const folder = vscode.workspace.workspaceFolders?.[0];
  const payload = { mode, passed: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
  if (folder) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, RESULTS_FILE), new TextEncoder().encode(JSON.stringify(payload, null, 2)));
  }
  if (payload.failed) throw new Error(`${payload.failed} in-host test(s) failed`);
}
