// The project file (.claimcheck.jsonc) in the real editor: its rules apply to the files
// below it, a change to it re-checks the open documents, its problems show on the file,
// and its citationStyle shapes the "cite the source" quick fix (never part of fix-all).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { test } from './harness';
import { api, checked, closeAll, codeOf, diagnosticsWhere, ours, rangeOf, waitFor, workspaceUri } from './util';

const CONFIG = ['project', '.claimcheck.jsonc'];
const hasPercentChange = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'percent-change');

async function openPost(): Promise<vscode.TextDocument> {
  await api();
  const doc = await vscode.workspace.openTextDocument(workspaceUri('project', 'post.md'));
  await vscode.window.showTextDocument(doc);
  await checked(doc);
  return doc;
}

test('cite the source: a quick fix on a figure the dataset confirms adds a footnote (the project file\'s style), never in fix-all', async () => {
  const doc = await openPost();
  const at = rangeOf(doc, '73.4%');
  const actions = await waitFor('a cite-source action', async () => {
    const list = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, at)) ?? [];
    return list.some((a) => a.title.startsWith('Cite the source')) ? list : undefined;
  });
  const cite = actions.find((a) => a.title.startsWith('Cite the source'))!;
  assert.match(cite.title, /\(footnote\)$/, cite.title);
  assert.ok(!cite.isPreferred, 'never the preferred fix');
  const fixAll = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, at, 'source.fixAll.claimcheck')) ?? [];
  assert.ok(!fixAll.some((a) => a.title.startsWith('Cite')), 'fix-all does not cite');
  assert.ok(cite.edit && (await vscode.workspace.applyEdit(cite.edit)));
  const text = doc.getText();
  assert.ok(text.includes('73.4%[^claimcheck-1] in the third quarter'), text);
  assert.match(text, /\n\[\^claimcheck-1\]: .+, \d{4}-\d{2}(-\d{2})?(, <https?:\/\/.+>)?\n$/, text);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('the project file sets rule levels; editing it re-checks the open draft', async () => {
  const doc = await openPost();
  const config = workspaceUri(...CONFIG);
  const before = await vscode.workspace.fs.readFile(config);
  assert.ok(!hasPercentChange(ours(doc.uri)), 'percent-change is off in project/');
  try {
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "percent-change": "error" } }\n'));
    const ds = await diagnosticsWhere(doc.uri, 'percent-change as an error after the project file changed', (x) => x.some((d) => codeOf(d) === 'percent-change' && d.severity === vscode.DiagnosticSeverity.Error), 20_000);
    assert.ok(ds.length >= 1);
    // A broken project file: its problem shows on the file at its place, and the defaults apply.
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": { "percent-change": "loud" }\n}\n'));
    const problems = await waitFor('the project file\'s problem on it', () => {
      const list = vscode.languages.getDiagnostics(config).filter((d) => d.source === 'claimcheck' && codeOf(d) === 'project-file');
      return list.length ? list : undefined;
    }, 20_000);
    assert.strictEqual(problems[0].range.start.line, 1);
    assert.match(problems[0].message, /rules\.percent-change/);
    await diagnosticsWhere(doc.uri, 'the default level (warning) while the file is broken', (x) => x.some((d) => codeOf(d) === 'percent-change' && d.severity === vscode.DiagnosticSeverity.Warning), 20_000);
  } finally {
    await vscode.workspace.fs.writeFile(config, before);
  }
  await diagnosticsWhere(doc.uri, 'percent-change off again', (x) => !hasPercentChange(x), 20_000);
  await closeAll();
});
