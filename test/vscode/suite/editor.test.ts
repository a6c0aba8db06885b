// What a writer sees while editing: diagnostics, hovers, code actions, closing, settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { test } from './harness';
import { api, checked, closeAll, codeOf, diagnosticsWhere, hoverText, openFixture, ours, rangeOf, setSetting, waitFor, workspaceUri } from './util';

/** draft.md line 3 (0-based 2): "Run-rate revenue went from $1 billion to $5 billion, a 500% increase." */
const RUN_RATE_LINE = 2;
const hasPercentChange = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'percent-change' && d.range.start.line === RUN_RATE_LINE);

test('diagnostics: the wrong percent change is flagged on the exact figure, with rule id, docs link and related figures', async () => {
  await api();
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  const ds = await diagnosticsWhere(doc.uri, 'a percent-change diagnostic', hasPercentChange);
  const d = ds.find((x) => codeOf(x) === 'percent-change' && x.range.start.line === RUN_RATE_LINE)!;
  assert.deepStrictEqual(d.range, rangeOf(doc, '500%'), 'the squiggle covers exactly "500%"');
  assert.strictEqual(d.source, 'claimcheck');
  assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
  assert.match(d.message, /400%/, 'the message gives the right change');
  assert.ok(typeof d.code === 'object' && d.code !== null && d.code.target.fragment === 'percent-change', 'the code links to the rule docs');
  const related = (d.relatedInformation ?? []).map((r) => doc.getText(r.location.range));
  assert.ok(related.includes('$1 billion') && related.includes('$5 billion'), `related information points at the from and to figures (got ${JSON.stringify(related)})`);
  for (const x of ds) {
    assert.ok(x.range.start.line > 0, 'no finding on the heading');
  }
});

test('hover on a correct figure shows how it was read', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  const at = rangeOf(doc, '$1 billion').start.translate(0, 2);
  const hovers = await waitFor('a hover', async () => {
    const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    return h && h.some((x) => hoverText([x]).includes('claimcheck')) ? h : undefined;
  });
  const text = hoverText(hovers);
  assert.match(text, /Read as: USD 1 billion/, text);
  assert.match(text, /metric \*\*annualized revenue run rate\*\*/, `the metric is named in words, not by its id: ${text}`);
  assert.doesNotMatch(text, /percent-change/, 'a correct figure has no finding in its hover');
});

test('hover on a wrong figure shows the finding and its arithmetic', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  await diagnosticsWhere(doc.uri, 'a percent-change diagnostic', hasPercentChange);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, '500%').start.translate(0, 1));
  const text = hoverText(hovers);
  assert.match(text, /percent-change/, text);
  assert.match(text, /400%/, text);
});

async function actionsAt(doc: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, kind)) ?? [];
}

test('code actions: the preferred fix replaces only the figure, and the finding goes away', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  await diagnosticsWhere(doc.uri, 'a percent-change diagnostic', hasPercentChange);
  const before = doc.getText();
  const range = rangeOf(doc, '500%');
  const actions = await actionsAt(doc, range);
  const titles = actions.map((a) => a.title);
  const preferred = actions.find((a) => a.isPreferred);
  assert.ok(preferred?.edit, `a preferred fix is offered (got ${JSON.stringify(titles)})`);
  assert.ok(titles.some((t) => /Disable percent-change for this line/.test(t)), `disable for this line is offered (got ${JSON.stringify(titles)})`);
  assert.ok(titles.some((t) => /percentage points/.test(t)), `"%" → "percentage points" is offered (got ${JSON.stringify(titles)})`);
  assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
  assert.strictEqual(doc.getText(), before.replace('a 500% increase', 'a 400% increase'), 'only the figure changed');
  await diagnosticsWhere(doc.uri, 'the percent-change diagnostic to go', (ds) => !hasPercentChange(ds));
  await vscode.commands.executeCommand('undo');
  await checked(doc);
  await diagnosticsWhere(doc.uri, 'the percent-change diagnostic to come back', hasPercentChange);
});

test('code actions: disable for this line inserts the comment above and silences the rule', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  await diagnosticsWhere(doc.uri, 'a percent-change diagnostic', hasPercentChange);
  const line = rangeOf(doc, '500%').start.line;
  const disable = (await actionsAt(doc, rangeOf(doc, '500%'))).find((a) => /Disable percent-change/.test(a.title));
  assert.ok(disable?.edit);
  assert.ok(await vscode.workspace.applyEdit(disable.edit));
  assert.strictEqual(doc.lineAt(line).text, '<!-- claimcheck-disable-next-line percent-change -->');
  await diagnosticsWhere(doc.uri, 'the disabled rule to go quiet', (ds) => !hasPercentChange(ds));
  await vscode.commands.executeCommand('undo');
  await checked(doc);
  await diagnosticsWhere(doc.uri, 'the percent-change diagnostic to come back', hasPercentChange);
});

test('code actions: a check for an older version offers no fix', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  await diagnosticsWhere(doc.uri, 'a percent-change diagnostic', hasPercentChange);
  const range = rangeOf(doc, '500%');
  // Type without waiting for the debounced re-check: the stored result is now stale.
  await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), ' '));
  const a = await api();
  const stale = await actionsAt(doc, range, vscode.CodeActionKind.QuickFix.value);
  // On a very slow machine the debounced check may already have caught up; only a
  // request that really met a stale check can show the refusal.
  if (a.checkedVersion(doc.uri.toString()) !== doc.version) {
    assert.strictEqual(stale.filter((x) => x.isPreferred).length, 0, 'no fix from a stale check');
  }
  await checked(doc);
  const fresh = await actionsAt(doc, range, vscode.CodeActionKind.QuickFix.value);
  assert.strictEqual(fresh.filter((a) => a.isPreferred).length, 1, 'the fix is back once the check caught up');
  await vscode.commands.executeCommand('undo');
  await checked(doc);
});

test('source.fixAll.claimcheck applies every certain fix', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  await diagnosticsWhere(doc.uri, 'a percent-change diagnostic', hasPercentChange);
  const all = await actionsAt(doc, new vscode.Range(0, 0, 0, 0), 'source.fixAll.claimcheck');
  const fixAll = all.find((a) => a.kind?.value === 'source.fixAll.claimcheck');
  assert.ok(fixAll?.edit, `a fix-all action (got ${JSON.stringify(all.map((a) => a.title))})`);
  assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
  assert.match(doc.getText(), /a 400% increase/);
  assert.match(doc.getText(), /a 100% increase/, 'the list item fixed too');
  await diagnosticsWhere(doc.uri, 'no percent change left', (ds) => !ds.some((d) => codeOf(d) === 'percent-change'));
  await vscode.commands.executeCommand('undo');
  await checked(doc);
  await diagnosticsWhere(doc.uri, 'the findings back', hasPercentChange);
});

test('a rule set to off disappears and a level change takes effect', async () => {
  const editor = await openFixture('draft.md');
  const uri = editor.document.uri;
  await diagnosticsWhere(uri, 'a percent-change diagnostic', hasPercentChange);
  try {
    await setSetting('rules', { 'percent-change': 'off' });
    await diagnosticsWhere(uri, 'percent-change to be off', (ds) => !ds.some((d) => codeOf(d) === 'percent-change'));
    await setSetting('rules', { 'percent-change': 'error' });
    const ds = await diagnosticsWhere(uri, 'percent-change as an error', hasPercentChange);
    assert.strictEqual(ds.find((d) => codeOf(d) === 'percent-change' && d.range.start.line === RUN_RATE_LINE)!.severity, vscode.DiagnosticSeverity.Error);
  } finally {
    await setSetting('rules', undefined);
  }
  await diagnosticsWhere(uri, 'the default level back', (ds) => ds.some((d) => codeOf(d) === 'percent-change' && d.range.start.line === RUN_RATE_LINE && d.severity === vscode.DiagnosticSeverity.Warning));
});

test('a document over claimcheck.maxFileSize is skipped, and the status bar says why', async () => {
  const a = await api();
  const editor = await openFixture('draft.md');
  const uri = editor.document.uri;
  await diagnosticsWhere(uri, 'a percent-change diagnostic', hasPercentChange);
  try {
    await setSetting('maxFileSize', 50);
    await diagnosticsWhere(uri, 'diagnostics cleared for the skipped file', (ds) => ds.length === 0);
    await waitFor('the status bar to say skipped', () => /skipped/.test(a.statusText()) && /maxFileSize/.test(a.statusText()));
  } finally {
    await setSetting('maxFileSize', undefined);
  }
  await diagnosticsWhere(uri, 'findings back', hasPercentChange);
  assert.match(a.statusText(), /claimcheck: \d+ ·/);
});

test('the claimcheck.documentDate setting dates a draft that names no date: the hover reads "this year" against it', async () => {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: "OpenAI's revenue this year will be about $40 billion.\n" });
  await vscode.window.showTextDocument(doc);
  const at = doc.positionAt(doc.getText().indexOf('$40') + 2);
  const hover = async (want: RegExp) =>
    waitFor(`a hover matching ${want}`, async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      const text = h ? hoverText(h) : '';
      return want.test(text) ? text : undefined;
    });
  try {
    await setSetting('documentDate', '2025-10-06');
    const text = await hover(/period \*\*2025\*\*/);
    assert.match(text, /document's date \(2025-10-06\)/, text);
    await setSetting('documentDate', undefined);
    const undated = await hover(/Read as:/);
    assert.doesNotMatch(undated, /period \*\*2025\*\*/, `without the setting, "this year" stays unread: ${undated}`);
  } finally {
    await setSetting('documentDate', undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
});

test('closing a document clears its diagnostics', async () => {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Revenue went from $1 billion to $5 billion, a 500% increase.\n' });
  await vscode.window.showTextDocument(doc);
  await diagnosticsWhere(doc.uri, 'a finding on the untitled draft', (ds) => ds.some((d) => codeOf(d) === 'percent-change'));
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor('the document to close and its diagnostics to go', () => doc.isClosed && ours(doc.uri).length === 0, 20_000);
});

test('check every Markdown file in the workspace reports files no editor has open', async () => {
  await closeAll();
  const other = workspaceUri('other.md');
  assert.strictEqual(ours(other).length, 0, 'nothing before the command');
  await vscode.commands.executeCommand('claimcheck.checkWorkspace');
  const ds = await diagnosticsWhere(other, 'findings in other.md', (x) => x.some((d) => codeOf(d) === 'percent-change'));
  assert.ok(ds.length >= 1);
}, { when: () => (vscode.workspace.isTrusted ? null : 'runs in the trusted workspace') });

test('restricted: checking the workspace reads no file beyond the open documents', async () => {
  await closeAll();
  const editor = await openFixture('draft.md');
  const other = workspaceUri('other.md');
  await vscode.commands.executeCommand('claimcheck.checkWorkspace');
  await diagnosticsWhere(editor.document.uri, 'the open draft checked', hasPercentChange);
  assert.strictEqual(ours(other).length, 0, 'other.md, not open, was not read');
  await closeAll();
}, { when: () => (vscode.workspace.isTrusted ? 'runs in the restricted workspace' : null) });

test('claimcheck.enable false clears the diagnostics, true brings them back', async () => {
  const editor = await openFixture('draft.md');
  const uri = editor.document.uri;
  await diagnosticsWhere(uri, 'a percent-change diagnostic', hasPercentChange);
  try {
    await setSetting('enable', false);
    await diagnosticsWhere(uri, 'no diagnostics while disabled', (ds) => ds.length === 0);
  } finally {
    await setSetting('enable', undefined);
  }
  await diagnosticsWhere(uri, 'findings back', hasPercentChange);
});

test('"%" → "percentage points" rewrites only the unit of the figure', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  await checked(doc);
  const before = doc.getText();
  const range = rangeOf(doc, '12%');
  const actions = await actionsAt(doc, range, vscode.CodeActionKind.RefactorRewrite.value);
  const rewrite = actions.find((a) => /percentage points/.test(a.title));
  assert.ok(rewrite?.edit, `offered (got ${JSON.stringify(actions.map((a) => a.title))})`);
  assert.ok(await vscode.workspace.applyEdit(rewrite.edit));
  assert.strictEqual(doc.getText(), before.replace('widened by 12% from', 'widened by 12 percentage points from'));
  await vscode.commands.executeCommand('undo');
  await checked(doc);
});

test('show the dataset entry behind a bundled figure', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  await checked(doc);
  const at = rangeOf(doc, '$20 billion').start.translate(0, 1);
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('claimcheck.showDatasetEntry');
  const shown = await waitFor('the dataset entry in an editor', () => {
    const d = vscode.window.activeTextEditor?.document;
    return d && d.languageId === 'json' && d.uri.toString() !== doc.uri.toString() ? d : undefined;
  });
  const entries = JSON.parse(shown.getText());
  assert.ok(Array.isArray(entries) && entries.length >= 1);
  for (const e of entries) {
    assert.strictEqual(e.entity, 'OpenAI');
    assert.strictEqual(e.metric, 'revenue');
    assert.match(e.origin, /^bundled/);
    assert.ok(e.source?.outlet && e.source?.date, 'each entry names its source and date');
  }
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await closeAll();
});

test('disable in a table row or a list item goes at the end of the line, keeping the block whole', async () => {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  await checked(doc);
  const before = doc.getText();
  const cases: [string, string, string][] = [
    ['$6 billion', 'table-total', '| Total | $6 billion | <!-- claimcheck-disable-line table-total -->'],
    ['200%', 'percent-change', '- Sales went from $2 billion to $4 billion, a 200% increase. <!-- claimcheck-disable-line percent-change -->'],
  ];
  for (const [figure, rule, expected] of cases) {
    const range = rangeOf(doc, figure);
    await diagnosticsWhere(doc.uri, `${rule} on ${figure}`, (ds) => ds.some((d) => codeOf(d) === rule && d.range.isEqual(range)));
    const disable = (await actionsAt(doc, range, vscode.CodeActionKind.QuickFix.value)).find((a) => a.title === `Disable ${rule} for this line`);
    assert.ok(disable?.edit, `disable ${rule} offered`);
    const lines = doc.lineCount;
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.strictEqual(doc.lineCount, lines, 'no line added');
    assert.strictEqual(doc.lineAt(range.start.line).text, expected);
    await checked(doc);
    await diagnosticsWhere(doc.uri, `${rule} on ${figure} silenced`, (ds) => !ds.some((d) => codeOf(d) === rule && d.range.start.line === range.start.line));
  }
  await vscode.commands.executeCommand('undo');
  await vscode.commands.executeCommand('undo');
  await checked(doc);
  assert.strictEqual(doc.getText(), before);
});

test('workspace-wide consistency: the same figure stated differently in two files is flagged in both', async () => {
  await closeAll();
  const otherDoc = await vscode.workspace.openTextDocument(workspaceUri('other.md'));
  await vscode.window.showTextDocument(otherDoc, { preview: false });
  const draft = (await openFixture('draft.md')).document;
  const conflictWith = (file: string) => (ds: vscode.Diagnostic[]) =>
    ds.some((d) => codeOf(d) === 'cross-reference' && (d.relatedInformation ?? []).some((r) => r.location.uri.path.endsWith(`/${file}`)));
  const inDraft = await diagnosticsWhere(draft.uri, 'a conflict with other.md in draft.md', conflictWith('other.md'));
  const d = inDraft.find((x) => codeOf(x) === 'cross-reference' && x.range.isEqual(rangeOf(draft, '$20 billion')));
  assert.ok(d, `the conflict sits on "$20 billion" (got ${JSON.stringify(inDraft.filter((x) => codeOf(x) === 'cross-reference').map((x) => x.message))})`);
  assert.match(d.message, /other\.md:\d+/);
  const rel = d.relatedInformation!.find((r) => r.location.uri.path.endsWith('/other.md'))!;
  assert.strictEqual(otherDoc.getText(rel.location.range), '$13.1 billion', 'related information points at the figure in the other file');
  await diagnosticsWhere(otherDoc.uri, 'the same conflict in other.md', conflictWith('draft.md'));
  const actions = await actionsAt(draft, d.range, vscode.CodeActionKind.QuickFix.value);
  assert.ok(!actions.some((a) => /Disable cross-reference/.test(a.title)), 'no inline disable for a conflict with another file');
  await closeAll();
  // A closed document stops taking part (untitled ones close at once; VS Code disposes a
  // file's document some time after its editor closes).
  const first = await vscode.workspace.openTextDocument({ language: 'markdown', content: "Anthropic's revenue in 2025 was $5 billion.\n" });
  await vscode.window.showTextDocument(first, { preview: false });
  const second = await vscode.workspace.openTextDocument({ language: 'markdown', content: "Anthropic's revenue in 2025 was $9 billion.\n" });
  await vscode.window.showTextDocument(second, { preview: false });
  const withFirst = (ds: vscode.Diagnostic[]) => ds.some((x) => codeOf(x) === 'cross-reference' && (x.relatedInformation ?? []).some((r) => r.location.uri.toString() === first.uri.toString()));
  await diagnosticsWhere(second.uri, 'a conflict between the two untitled drafts', withFirst);
  await vscode.window.showTextDocument(first);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor('the first untitled draft to close', () => first.isClosed);
  await diagnosticsWhere(second.uri, 'the conflict gone once the other closed', (ds) => !withFirst(ds));
  await vscode.window.showTextDocument(second);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('claimcheck.exclude keeps matching files out, and taking it back brings them in', async () => {
  const editor = await openFixture('draft.md');
  const uri = editor.document.uri;
  await diagnosticsWhere(uri, 'a percent-change diagnostic', hasPercentChange);
  try {
    await setSetting('exclude', ['**/draft.md']);
    await diagnosticsWhere(uri, 'no diagnostics on an excluded file', (ds) => ds.length === 0);
  } finally {
    await setSetting('exclude', undefined);
  }
  await diagnosticsWhere(uri, 'findings back', hasPercentChange);
});
