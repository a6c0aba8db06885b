// The fact-check sheet (helper H's code, wired in index.ts): the report webview opens
// beside the draft, and the built-in Markdown preview renders claimcheck's badges.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { test } from './harness';
import { api, checked, closeAll, openFixture, setSetting, waitFor } from './util';

test('the fact-check report opens in a webview beside the draft', async () => {
  await api();
  const editor = await openFixture('draft.md');
  await checked(editor.document);
  await vscode.commands.executeCommand('claimcheck.factCheckReport');
  const tab = await waitFor('the report tab', () =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /Fact-check: draft\.md/.test(t.label)),
  );
  assert.ok((tab.input as vscode.TabInputWebview).viewType.endsWith('claimcheck.factCheck'));
  await closeAll();
});

test('the Markdown preview marks checked figures, and claimcheck.preview.enable turns it off', async () => {
  const ext = vscode.extensions.getExtension<{ extendMarkdownIt?: unknown }>('claimcheck.claimcheck');
  assert.ok(typeof ext?.exports?.extendMarkdownIt === 'function', 'activate() returns the preview hook');
  const text = 'Run-rate revenue went from $1 billion to $5 billion, a 500% increase.\n';
  // markdown.api.render renders with every markdown-it plugin, ours included.
  const html = await waitFor('a rendering with claimcheck marks', async () => {
    const h = await vscode.commands.executeCommand<string>('markdown.api.render', text);
    return typeof h === 'string' && /class="claimcheck claimcheck-/.test(h) ? h : undefined;
  });
  assert.match(html, /500%/);
  try {
    await setSetting('preview.enable', false);
    await waitFor('a rendering without marks', async () => {
      const h = await vscode.commands.executeCommand<string>('markdown.api.render', text);
      return typeof h === 'string' && !/class="claimcheck/.test(h);
    });
  } finally {
    await setSetting('preview.enable', undefined);
  }
}, { when: () => (vscode.workspace.isTrusted ? null : 'runs in the trusted workspace') });

test('in restricted mode the Markdown preview renders without claimcheck marks', async () => {
  const ext = vscode.extensions.getExtension<{ extendMarkdownIt?: unknown }>('claimcheck.claimcheck');
  assert.ok(typeof ext?.exports?.extendMarkdownIt === 'function', 'activate() returns the preview hook');
  const text = 'Run-rate revenue went from $1 billion to $5 billion, a 500% increase.\n';
  const h = await vscode.commands.executeCommand<string>('markdown.api.render', text);
  assert.match(h, /500%/);
  assert.doesNotMatch(h, /class="claimcheck/);
}, { when: () => (vscode.workspace.isTrusted ? 'runs in the restricted workspace' : null) });
