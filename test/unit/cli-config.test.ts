// The CLI reads the project file: the nearest .claimcheck.jsonc above each file, --config,
// --no-config, flags over the file, a broken file reported at its line:column (exit 1)
// while the defaults keep checking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { run, tempTree } from './cli-helpers';

const DRAFT = "OpenAI's revenue in 2025 was $11 billion. The company cut costs by 150%.\n";

test('the nearest project file sets rule levels, and --rule wins over it', () => {
  const root = tempTree({
    '.claimcheck.jsonc': '{\n  // CI and editor agree\n  "rules": { "dataset-mismatch": "off", },\n}\n',
    'a.md': DRAFT,
  });
  const withFile = run(['--format', 'json', 'a.md'], { cwd: root });
  const rules = (r: typeof withFile) => JSON.parse(r.stdout)[0].messages.map((f: { ruleId: string }) => f.ruleId);
  assert.ok(!rules(withFile).includes('dataset-mismatch'));
  assert.ok(rules(withFile).includes('impossible'));
  assert.ok(rules(run(['--format', 'json', '--no-config', 'a.md'], { cwd: root })).includes('dataset-mismatch'));
  assert.ok(rules(run(['--format', 'json', '--rule', 'dataset-mismatch=error', 'a.md'], { cwd: root })).includes('dataset-mismatch'));
});

test('overrides, exclude and datasets are relative to the project file', () => {
  const root = tempTree({
    'site/.claimcheck.json': JSON.stringify({
      exclude: ['archive/**'],
      overrides: [{ files: ['news/*.md'], rules: { impossible: 'off' } }],
      datasets: ['data/ours.json'],
    }),
    'site/data/ours.json': '{ "facts": [ { "oops": 1 } ] }',
    'site/news/a.md': DRAFT,
    'site/b.md': DRAFT,
    'site/archive/c.md': DRAFT,
  });
  const r = run(['--format', 'json', 'site'], { cwd: root });
  const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
  assert.deepEqual(files.map((f) => f.filePath.split(path.sep).join('/').replace(/^.*?(?=site\/)/, '')), ['site/b.md', 'site/news/a.md']);
  assert.ok(files[0].messages.some((f) => f.ruleId === 'impossible'));
  assert.ok(!files[1].messages.some((f) => f.ruleId === 'impossible'));
  assert.match(r.stderr, /1 file left out by the project file's include\/exclude/);
  // The project file's dataset is read, and its problems are reported with their place.
  assert.match(r.stderr, /site\/data\/ours\.json:\d+:\d+ error/);
  assert.equal(r.code, 1);
});

test('a broken project file is reported at line:column and the defaults keep working', () => {
  const root = tempTree({ '.claimcheck.jsonc': '{\n  "rules": { "cagr": "loud" }\n}\n', 'a.md': DRAFT });
  const r = run(['a.md'], { cwd: root });
  assert.match(r.stderr, /\.claimcheck\.jsonc:2:22 error rules\.cagr: Invalid option/);
  assert.match(r.stdout, /impossible/);
  assert.equal(r.code, 1);
  const sarif = JSON.parse(run(['--format', 'sarif', 'a.md'], { cwd: root }).stdout);
  const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
  assert.ok(notes.some((n: { message: { text: string } }) => /rules\.cagr/.test(n.message.text)));
});

test('--config names the project file for every path', () => {
  const root = tempTree({ 'conf/ci.jsonc': '{ "rules": { "impossible": "off" } }', 'a.md': DRAFT });
  const r = run(['--format', 'json', '--config', path.join('conf', 'ci.jsonc'), 'a.md'], { cwd: root });
  assert.ok(!JSON.parse(r.stdout)[0].messages.some((f: { ruleId: string }) => f.ruleId === 'impossible'));
  const missing = run(['--config', 'nope.jsonc', 'a.md'], { cwd: root });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.jsonc: --config file not found/);
});
