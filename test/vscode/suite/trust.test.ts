// Workspace datasets: used when the workspace is trusted, ignored in restricted mode.
// The driver runs the suite twice, once in each mode; each case runs in the mode it names.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { test } from './harness';
import { api, diagnosticsWhere, hoverText, openFixture, ours, rangeOf, sleep, waitFor, workspaceUri } from './util';

const trustedOnly = () => (vscode.workspace.isTrusted ? null : 'runs in the trusted workspace');
const restrictedOnly = () => (vscode.workspace.isTrusted ? 'runs in the restricted workspace' : null);

async function hoverOn(needle: string, after?: string): Promise<string> {
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  const at = rangeOf(doc, needle, after).start.translate(0, 1);
  const hovers = await waitFor('a hover', async () => {
    const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    return h?.length ? h : undefined;
  });
  return hoverText(hovers);
}

test('trusted: the workspace dataset is loaded and its broken entry is reported on the dataset file', async () => {
  const a = await api();
  assert.strictEqual(a.datasetLabel(), 'bundled + 1 file');
  const ds = await diagnosticsWhere(workspaceUri('data', 'extra.json'), 'a problem on the dataset file', (x) => x.length > 0);
  assert.ok(ds.some((d) => /acme-robotics-broken/.test(d.message) && /source/.test(d.message)), JSON.stringify(ds.map((d) => d.message)));
  const broken = ds.find((d) => /acme-robotics-broken/.test(d.message))!;
  assert.ok(broken.range.start.line > 10, 'the problem points into the file, at the broken entry');
}, { when: trustedOnly });

test('trusted: a hover shows the workspace dataset figure with its source and file', async () => {
  await api();
  const text = await hoverOn('$7 billion');
  assert.match(text, /claimcheck test fixture/, text);
  assert.match(text, /data\/extra\.json/, text);
}, { when: trustedOnly });

test('trusted: "add figure to the workspace dataset" appends a fact whose source is left to fill in', async () => {
  await api();
  const editor = await openFixture('draft.md');
  const doc = editor.document;
  const range = rangeOf(doc, '$20 billion');
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range)) ?? [];
  const add = actions.find((x) => /to the workspace dataset/.test(x.title));
  assert.ok(add?.command, `the action is offered (got ${JSON.stringify(actions.map((x) => x.title))})`);
  await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
  const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('data', 'extra.json'))));
  const fact = file.facts.find((f: { id: string }) => f.id === 'openai-revenue-2025' || f.id.startsWith('openai-revenue-2025'));
  assert.ok(fact, JSON.stringify(file.facts.map((f: { id: string }) => f.id)));
  assert.strictEqual(fact.value, 20e9);
  assert.strictEqual(fact.unit, 'USD');
  assert.strictEqual(fact.period, '2025');
  assert.strictEqual(fact.reported, '$20 billion');
  assert.deepStrictEqual(fact.source, { outlet: '', title: '', url: '', date: '' });
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}, { when: trustedOnly });

test('restricted: workspace datasets are ignored and the status bar says so', async () => {
  const a = await api();
  assert.strictEqual(a.datasetLabel(), 'bundled only (restricted mode)');
  await openFixture('draft.md');
  await waitFor('the status bar', () => /restricted mode/.test(a.statusText()));
  // Give a wrongly loaded dataset file time to report itself.
  await sleep(1000);
  assert.strictEqual(ours(workspaceUri('data', 'extra.json')).length, 0, 'no problems reported for a file that is not read');
  const text = await hoverOn('$7 billion');
  assert.doesNotMatch(text, /claimcheck test fixture/, text);
  const doc = (await openFixture('draft.md')).document;
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf(doc, '$20 billion'))) ?? [];
  assert.ok(!actions.some((x) => /to the workspace dataset/.test(x.title)), 'no dataset edits offered in restricted mode');
}, { when: restrictedOnly });

test('trusted: a dataset file edited on disk is re-read, and a fixed entry stops being reported', async () => {
  await api();
  const file = workspaceUri('data', 'extra.json');
  await diagnosticsWhere(file, 'the broken entry reported', (x) => x.some((d) => /acme-robotics-broken/.test(d.message)));
  const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  json.facts = json.facts.filter((f: { id: string }) => f.id !== 'acme-robotics-broken');
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(json, null, 2)));
  await diagnosticsWhere(file, 'the problem gone after the file changed', (x) => !x.some((d) => /acme-robotics-broken/.test(d.message)), 20_000);
  assert.strictEqual((await api()).datasetLabel(), 'bundled + 1 file');
}, { when: trustedOnly });

test('trusted: a missing dataset file and a path outside the workspace are refused; the bundled dataset keeps working', async () => {
  const a = await api();
  const original = vscode.workspace.getConfiguration('claimcheck').get<string[]>('datasets');
  try {
    await vscode.workspace.getConfiguration('claimcheck').update('datasets', ['data/missing.json', '../outside.json', '/etc/passwd'], vscode.ConfigurationTarget.Workspace);
    await waitFor('the dataset label to drop the workspace file', async () => {
      await a.settled();
      return a.datasetLabel() === 'bundled';
    });
    const editor = await openFixture('draft.md');
    // The bundled dataset still answers: OpenAI's 2025 revenue is checked against it.
    await diagnosticsWhere(editor.document.uri, 'a dataset finding from the bundled dataset', (ds) => ds.some((d) => /dataset-mismatch/.test(String(typeof d.code === 'object' ? d.code.value : d.code)) && d.range.isEqual(rangeOf(editor.document, '$20 billion'))));
  } finally {
    await vscode.workspace.getConfiguration('claimcheck').update('datasets', original, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor('the workspace file back', async () => {
    await a.settled();
    return a.datasetLabel() === 'bundled + 1 file';
  });
}, { when: trustedOnly });

test('trusted: with no dataset configured, "add figure" creates claimcheck.dataset.json and points the setting at it', async () => {
  const a = await api();
  const config = () => vscode.workspace.getConfiguration('claimcheck');
  const original = config().get<string[]>('datasets');
  const created = workspaceUri('claimcheck.dataset.json');
  try {
    await config().update('datasets', [], vscode.ConfigurationTarget.Workspace);
    await waitFor('no workspace dataset', async () => {
      await a.settled();
      return a.datasetLabel() === 'bundled';
    });
    const doc = (await openFixture('draft.md')).document;
    await waitFor('a check of the draft', () => a.checkedVersion(doc.uri.toString()) === doc.version);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf(doc, '$20 billion'))) ?? [];
    const add = actions.find((x) => /to the workspace dataset/.test(x.title));
    assert.ok(add?.command);
    assert.strictEqual(await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? [])), true);
    const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(created)));
    assert.strictEqual(file.facts.length, 1, 'one fact, the figure added');
    assert.match(file.facts[0].id, /^openai-revenue-2025(-\d+)?$/, 'an id not already in the bundled dataset');
    assert.strictEqual(file.facts[0].reported, '$20 billion');
    assert.deepStrictEqual(config().get<string[]>('datasets'), ['claimcheck.dataset.json']);
    // Its blank source is reported on the new file, for the writer to fill in.
    await diagnosticsWhere(created, 'the blank source reported', (ds) => ds.some((d) => /source/.test(d.message)));
  } finally {
    await config().update('datasets', original, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
}, { when: trustedOnly });
