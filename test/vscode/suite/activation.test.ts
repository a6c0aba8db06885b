import * as assert from 'assert';
import * as vscode from 'vscode';
import { test } from './harness';

export const EXTENSION_ID = 'claimcheck.claimcheck';

test('the extension activates on a Markdown document', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Draft\n\nOpenAI said revenue was $13 billion.\n' });
  await vscode.window.showTextDocument(doc);
  const deadline = Date.now() + 20_000;
  while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.ok(ext.isActive, 'activated after a Markdown document opened');
  const commands = await vscode.commands.getCommands(true);
  for (const c of ['claimcheck.checkWorkspace', 'claimcheck.showDatasetEntry', 'claimcheck.showOutput']) {
    assert.ok(commands.includes(c), `command ${c} registered`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});
