// The CLI runs the editor's workspace-wide consistency check: the same entity, metric and
// period stated differently in two files is reported on each, naming the other file, in
// every format (text, JSON "related", SARIF relatedLocations).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, tempTree } from './cli-helpers';

const FILES = {
  'a.md': 'OpenAI revenue was $13 billion in 2025.\n',
  'notes/b.md': '# Notes\n\nOpenAI revenue was $9 billion in 2025.\n',
};

test('text: each file gets the conflict, naming the other file and line', () => {
  const root = tempTree(FILES);
  const r = run(['a.md', 'notes/b.md', '--no-color'], { cwd: root });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^a\.md:1:20 warning cross-reference This gives OpenAI's 2025 revenue as \$13 billion, but b\.md:3 gives it as \$9 billion\./m);
  assert.match(r.stdout, /^notes\/b\.md:3:20 warning cross-reference .* but a\.md:1 gives it as \$13 billion\./m);
  assert.match(r.stdout, /in 2 files\n$/);
});

test('JSON: the conflicts follow the files, each with the other file in "related"', () => {
  const root = tempTree(FILES);
  const out = JSON.parse(run(['a.md', 'notes/b.md', '--format', 'json'], { cwd: root }).stdout) as { filePath: string; messages: { ruleId: string; related?: { filePath: string; line: number }[] }[] }[];
  const cross = out.flatMap((f) => f.messages.filter((m) => m.ruleId === 'cross-reference').map((m) => [f.filePath, m.related]));
  assert.deepEqual(cross, [
    ['a.md', [{ filePath: 'notes/b.md', line: 3, column: 20, message: "OpenAI's 2025 revenue stated as $9 billion in b.md:3" }]],
    ['notes/b.md', [{ filePath: 'a.md', line: 1, column: 20, message: "OpenAI's 2025 revenue stated as $13 billion in a.md:1" }]],
  ]);
});

test('SARIF: relatedLocations point into the other file', () => {
  const root = tempTree(FILES);
  const log = JSON.parse(run(['a.md', 'notes/b.md', '--format', 'sarif'], { cwd: root }).stdout);
  const cross = log.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'cross-reference');
  assert.equal(cross.length, 2);
  assert.equal(cross[0].locations[0].physicalLocation.artifactLocation.uri, 'a.md');
  assert.equal(cross[0].relatedLocations[0].physicalLocation.artifactLocation.uri, 'notes/b.md');
  assert.equal(cross[0].relatedLocations[0].physicalLocation.region.startLine, 3);
});

test('one file, or the rule turned off: no cross-file check', () => {
  const root = tempTree(FILES);
  assert.doesNotMatch(run(['a.md'], { cwd: root }).stdout, /cross-reference/);
  assert.doesNotMatch(run(['a.md', 'notes/b.md', '--rule', 'cross-reference=off'], { cwd: root }).stdout, /cross-reference/);
});
