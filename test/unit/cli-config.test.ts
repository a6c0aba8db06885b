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

test('Quarto, R Markdown and MDX files are checked; MDX code lines are not read as prose', () => {
  const root = tempTree({
    'a.qmd': '---\ntitle: x\n---\n\nThe company cut costs by 150%.\n',
    'b.Rmd': 'The company cut costs by 150%.\n',
    'c.mdx': "import { Chart } from './chart'\n\n<Chart label=\"cut costs by 150%\" />\n\nThe company cut costs by 150%.\n",
  });
  const r = run(['--format', 'json', '.'], { cwd: root });
  const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
  assert.deepEqual(files.map((f) => path.basename(f.filePath)), ['a.qmd', 'b.Rmd', 'c.mdx']);
  for (const f of files) assert.deepEqual(f.messages.map((m) => m.ruleId), ['impossible'], f.filePath);
  assert.equal(files[2].messages[0].line, 5);
});

// "this year" means the year the draft was written: --date, else the project file's
// documentDate, else the draft's own front matter or dateline, never today.
const DATED = "OpenAI's revenue this year will be about $40 billion.\n";
const periodOf = (r: { stdout: string }) => JSON.parse(r.stdout)[0].claims[0].period?.label ?? null;

test('--date and the project file\'s documentDate date a draft that names none, --date winning', () => {
  const root = tempTree({ 'a.md': DATED });
  assert.equal(periodOf(run(['--format', 'json', 'a.md'], { cwd: root })), null);
  assert.equal(periodOf(run(['--format', 'json', '--date', '2025-10-06', 'a.md'], { cwd: root })), '2025');
  const withFile = tempTree({ '.claimcheck.jsonc': '{ "documentDate": "2024-03-01" }', 'a.md': DATED });
  assert.equal(periodOf(run(['--format', 'json', 'a.md'], { cwd: withFile })), '2024');
  assert.equal(periodOf(run(['--format', 'json', '--date', '2025-10', 'a.md'], { cwd: withFile })), '2025');
});

test('a malformed --date is one clear sentence and exit 2', () => {
  const root = tempTree({ 'a.md': DATED });
  for (const bad of ['2025-13-01', 'yesterday', '10/06/2025']) {
    const r = run(['--date', bad, 'a.md'], { cwd: root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--date needs a date like 2025-10-06/);
  }
});
