import * as assert from 'assert';
import * as vscode from 'vscode';
import { test } from './harness';
import { EXTENSION_ID, api, closeAll, openFixture } from './util';

test('the extension activates on a Markdown document and registers its commands', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  await openFixture('draft.md');
  const deadline = Date.now() + 20_000;
  while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.ok(ext.isActive, 'activated after a Markdown document opened');
  await api();
  const commands = await vscode.commands.getCommands(true);
  for (const c of ['claimcheck.checkWorkspace', 'claimcheck.showDatasetEntry', 'claimcheck.showOutput', 'claimcheck.addToDataset']) {
    assert.ok(commands.includes(c), `command ${c} registered`);
  }
  await closeAll();
});
