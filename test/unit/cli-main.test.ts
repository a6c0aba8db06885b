import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { failingFs, run, tempTree } from './cli-helpers';
import { nodeFs } from '../../src/cli/io';
import { VERSION } from '../../src/cli/version';

const WRONG = 'Run-rate revenue went from $1 billion to $5 billion, a 500% increase.\n';
const RIGHT = 'Run-rate revenue went from $1 billion to $5 billion, a 400% increase.\n';

function noStack(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'no stack trace');
}

test('--help and --version', () => {
  const h = run(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /Usage: claimcheck/);
  assert.match(run(['dataset', '--help']).stdout, /dataset list/);
  const v = run(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), VERSION);
});

test('usage errors exit 2 with one clear message', () => {
  for (const argv of [[], ['--format', 'xml', 'a.md'], ['--rule', 'no-such-rule=off', 'a.md'], ['--wat']]) {
    const r = run(argv);
    assert.equal(r.code, 2, JSON.stringify(argv));
    assert.match(r.stderr, /^claimcheck: .+\nRun "claimcheck --help" for usage\.\n$/);
    assert.equal(r.stdout, '');
  }
});

test('exit codes: 0 clean, 1 with a warning, 0 with --no-exit-code', () => {
  const root = tempTree({ 'clean.md': RIGHT, 'wrong.md': WRONG });
  const clean = run(['clean.md'], { cwd: root });
  assert.equal(clean.code, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /^0 errors, 0 warnings, 0 info in 1 file\n$/);
  const wrong = run(['wrong.md'], { cwd: root });
  assert.equal(wrong.code, 1);
  assert.match(wrong.stdout, /^wrong\.md:1:\d+ warning percent-change .+\n/);
  assert.match(wrong.stdout, /in 1 file\n$/);
  assert.equal(run(['wrong.md', '--no-exit-code'], { cwd: root }).code, 0);
  // Turning the rule off silences it.
  assert.equal(run(['wrong.md', '--rule', 'percent-change=off'], { cwd: root }).code, 0);
  assert.match(run(['wrong.md', '--rule', 'percent-change=error'], { cwd: root }).stdout, / error percent-change /);
});

test('folders are walked recursively, Markdown only, node_modules and .git skipped', () => {
  const root = tempTree({
    'docs/a.md': WRONG,
    'docs/deep/b.markdown': RIGHT,
    'docs/notes.txt': WRONG,
    'docs/node_modules/pkg/readme.md': WRONG,
    'docs/.git/x.md': WRONG,
  });
  const r = run(['docs', '--format', 'json'], { cwd: root });
  const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath);
  assert.deepEqual(files, ['docs/a.md', 'docs/deep/b.markdown']);
  assert.equal(r.code, 1);
});

test('globs: ** and *, nothing matched is an error', () => {
  const root = tempTree({ 'docs/a.md': RIGHT, 'docs/x/y/b.md': RIGHT, 'docs/x/c.txt': RIGHT, 'top.md': RIGHT });
  const all = run(['docs/**/*.md', '--format', 'json'], { cwd: root });
  assert.deepEqual((JSON.parse(all.stdout) as { filePath: string }[]).map((f) => f.filePath), ['docs/a.md', 'docs/x/y/b.md']);
  const none = run(['docs/**/*.mdx'], { cwd: root });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no Markdown files match/);
});

test('I/O problems: missing path, non-Markdown file, unreadable file and folder, link loops: message and exit 2', () => {
  const root = tempTree({ 'ok.md': RIGHT, 'notes.txt': 'x', 'locked/a.md': RIGHT, 'secret.md': RIGHT });
  const missing = run(['nope.md'], { cwd: root });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.md: no such file or directory/);
  const txt = run(['notes.txt', 'ok.md'], { cwd: root });
  assert.equal(txt.code, 2);
  assert.match(txt.stderr, /notes\.txt: not a Markdown file/);
  assert.match(txt.stdout, /in 1 file/); // the readable file was still checked

  const denied = run(['secret.md', 'locked', 'ok.md'], { cwd: root, fs: failingFs('EACCES', ['secret.md', 'locked']) });
  assert.equal(denied.code, 2);
  assert.match(denied.stderr, /secret\.md: permission denied/);
  assert.match(denied.stderr, /locked: cannot read folder: permission denied/);
  noStack(denied.stderr);

  fs.symlinkSync('loop.md', path.join(root, 'loop.md'));
  const loop = run(['loop.md'], { cwd: root });
  assert.equal(loop.code, 2);
  assert.match(loop.stderr, /loop\.md: too many levels of symbolic links/);
  noStack(loop.stderr);
});

test('a folder symlinked back to its parent is walked once', () => {
  const root = tempTree({ 'docs/a.md': RIGHT });
  fs.symlinkSync('..', path.join(root, 'docs', 'up'));
  const r = run(['docs', '--format', 'json'], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath), ['docs/a.md']);
  // ".." leads out of docs: not followed by default; followed on request, and walked once.
  assert.match(r.stderr, /docs\/up: skipped, a symbolic link out of docs/);
  const followed = run(['docs', '--format', 'json', '--follow-symlinks'], { cwd: root });
  assert.equal(followed.code, 0, followed.stderr);
  assert.deepEqual((JSON.parse(followed.stdout) as { filePath: string }[]).map((f) => f.filePath), ['docs/a.md']);
  assert.match(followed.stderr, /symbolic link back to a folder already checked/);
});

test('--max-size skips a large file and says so; a BOM does not shift columns', () => {
  const root = tempTree({ 'big.md': RIGHT.repeat(100), 'bom.md': `\uFEFF${WRONG}` });
  const r = run(['big.md', '--max-size', '100'], { cwd: root });
  assert.match(r.stderr, /big\.md: skipped, \d+ bytes is over the 100-byte limit/);
  assert.equal(r.code, 2); // nothing was checked
  const b = JSON.parse(run(['bom.md', '--format', 'json'], { cwd: root }).stdout) as { messages: { column: number }[] }[];
  const col = WRONG.indexOf('500%') + 1;
  assert.equal(b[0].messages[0].column, col);
});

test('JSON output has the ESLint-compatible shape', () => {
  const root = tempTree({ 'wrong.md': WRONG });
  const r = run(['wrong.md', '--format', 'json'], { cwd: root });
  const out = JSON.parse(r.stdout);
  assert.equal(out.length, 1);
  assert.deepEqual(Object.keys(out[0]), ['filePath', 'claims', 'messages']);
  const m = out[0].messages[0];
  assert.deepEqual(Object.keys(m), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fix', 'derivation', 'sources']);
  assert.equal(m.ruleId, 'percent-change');
  assert.equal(m.severity, 'warning');
  assert.deepEqual([m.line, m.column, m.endLine, m.endColumn], [1, WRONG.indexOf('500%') + 1, 1, WRONG.indexOf('500%') + 5]);
  assert.equal(m.fix.text, '400%');
  assert.ok(Array.isArray(m.sources));
  const money = out[0].claims.find((c: { text: string }) => c.text === '$1 billion');
  assert.deepEqual(money, {
    line: 1,
    column: WRONG.indexOf('$1 billion') + 1,
    endLine: 1,
    endColumn: WRONG.indexOf('$1 billion') + 11,
    text: '$1 billion',
    kind: 'money',
    value: 1e9,
    unit: 'USD',
    qualifier: null,
    // The reading: what the figure was read as, and the change it is the start of (figures 1 and 2 of the file).
    entity: null,
    metric: 'revenueRunRate',
    period: null,
    relations: [{ kind: 'change', with: [1, 2], stated: '500%', computed: '400%' }],
  });
});

test('SARIF output: 2.1.0 with rules, regions and fixes', () => {
  const root = tempTree({ 'sub dir/wrong.md': WRONG });
  const r = run(['sub dir', '--format', 'sarif'], { cwd: root });
  assert.equal(r.code, 1);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'claimcheck');
  assert.equal(driver.version, VERSION);
  // Present only when package.json names a homepage or repository: never a guessed address.
  if (driver.informationUri !== undefined) assert.match(driver.informationUri, /^https:\/\//);
  assert.ok(!String(driver.informationUri ?? '').includes('marketplace'));
  assert.ok(driver.rules.length >= 1);
  for (const rule of driver.rules) {
    assert.ok(rule.id && rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown, rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  }
  const res = log.runs[0].results[0];
  assert.equal(res.ruleId, 'percent-change');
  assert.equal(driver.rules[res.ruleIndex].id, 'percent-change');
  assert.equal(res.level, 'warning');
  assert.ok(res.message.text);
  const loc = res.locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uri, 'sub%20dir/wrong.md');
  assert.deepEqual(loc.region, { startLine: 1, startColumn: WRONG.indexOf('500%') + 1, endLine: 1, endColumn: WRONG.indexOf('500%') + 5 });
  const rep = res.fixes[0].artifactChanges[0].replacements[0];
  assert.equal(rep.insertedContent.text, '400%');
  assert.deepEqual(rep.deletedRegion, loc.region);
});

test('text output is coloured on a terminal, never with NO_COLOR', () => {
  const root = tempTree({ 'wrong.md': WRONG });
  assert.match(run(['wrong.md'], { cwd: root, isTTY: true }).stdout, /\u001b\[/);
  assert.doesNotMatch(run(['wrong.md'], { cwd: root, isTTY: true, env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
  assert.doesNotMatch(run(['wrong.md'], { cwd: root }).stdout, /\u001b\[/);
});

test('a broken --dataset file is reported and the check still runs on the rest', () => {
  const root = tempTree({ 'wrong.md': WRONG, 'mine.json': '{ "facts": [ { "id": "x" } ] }', 'bad.json': '{ nope' });
  const r = run(['wrong.md', '--dataset', 'mine.json', '--dataset', 'bad.json'], { cwd: root });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /percent-change/);
  assert.match(r.stderr, /^mine\.json:1:\d+ error x entity is missing/m);
  assert.match(r.stderr, /^bad\.json:1:3 error - - not valid JSON/m);
  const missing = run(['wrong.md', '--dataset', 'gone.json'], { cwd: root });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /dataset gone\.json: no such file or directory/);
});

test('dataset check: file:line:col error entry field message, exit 1; valid file exit 0', () => {
  const good = {
    id: 'test-openai-revenue-2025', entity: 'OpenAI', metric: 'revenue', value: 13100000000, unit: 'USD',
    reported: '$13.1 billion', period: '2025', source: { outlet: 'CNBC', title: 'OpenAI revenue', date: '2026-02' },
  };
  const bad = { ...good, id: 'test-bad', period: 'twenty-five' };
  const root = tempTree({ 'good.json': JSON.stringify({ facts: [good] }), 'bad.json': JSON.stringify({ facts: [good, bad] }, null, 2) });
  const ok = run(['dataset', 'check', 'good.json'], { cwd: root });
  assert.equal(ok.code, 0, ok.stdout);
  assert.match(ok.stdout, /0 problems in 1 dataset file/);
  const r = run(['dataset', 'check', 'bad.json'], { cwd: root });
  assert.equal(r.code, 1);
  const line = JSON.stringify({ facts: [good, bad] }, null, 2).split('\n').findIndex((l) => l.includes('twenty-five')) + 1;
  assert.match(r.stdout, new RegExp(`^bad\\.json:${line}:7 error test-bad period `, 'm'));
  const bundled = run(['dataset', 'check']);
  assert.equal(bundled.code, 0, bundled.stdout);
});

test('dataset list: a table with counts; --entity accepts an alias; JSON', () => {
  const r = run(['dataset', 'list']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^ID\s+ENTITY\s+METRIC\s+PERIOD\s+REPORTED\s+SOURCE/);
  assert.match(r.stdout, /\n\d+ facts about \d+ entities\n$/);
  const j = JSON.parse(run(['dataset', 'list', '--entity', 'open ai', '--format', 'json']).stdout);
  assert.ok(j.total > 0);
  assert.ok(j.facts.every((f: { entity: string }) => f.entity === 'OpenAI' || f.entity === 'ChatGPT' || f.entity === 'GPT-4'));
  assert.equal(j.total, Object.values(j.counts as Record<string, number>).reduce((a, b) => a + b, 0));
  const unknown = run(['dataset', 'list', '--entity', 'Nonexistent Corp']);
  assert.equal(unknown.code, 2);
});

test('a 50 MB dataset file is refused before it is read, as a dataset problem; the bundled data still works', () => {
  const root = tempTree({ 'wrong.md': WRONG, 'huge.json': '{}' });
  let readHuge = false;
  const fsWithHugeFile = {
    ...nodeFs,
    stat: (p: string) => {
      const st = nodeFs.stat(p);
      if (p.endsWith('huge.json')) st.size = 50_000_000;
      return st;
    },
    readFile: (p: string) => {
      if (p.endsWith('huge.json')) readHuge = true;
      return nodeFs.readFile(p);
    },
  };
  const r = run(['wrong.md', '--dataset', 'huge.json'], { cwd: root, fs: fsWithHugeFile });
  assert.equal(readHuge, false);
  assert.match(r.stderr, /^huge\.json:1:1 error - - file is 50000000 bytes, over the \d+-byte limit/m);
  assert.match(r.stdout, /percent-change/);
  assert.equal(r.code, 1);
  const check = run(['dataset', 'check', 'huge.json'], { cwd: root, fs: fsWithHugeFile });
  assert.equal(check.code, 1);
});

test('binary junk is skipped with a sentence, not checked and not fatal', () => {
  const root = tempTree({ 'junk.md': 'a\u0000b\u0000\u0000\u0000 $5 billion \u0000', 'ok.md': RIGHT });
  const r = run(['junk.md', 'ok.md'], { cwd: root });
  assert.match(r.stderr, /junk\.md: skipped: /);
  assert.equal(r.code, 0);
  noStack(r.stderr);
});

test('"claimcheck report" is dispatched to the report command', () => {
  const root = tempTree({ 'wrong.md': WRONG });
  const r = run(['report', 'wrong.md'], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# Fact-check/);
});

test('CRLF and lone CR line ends give the lines an editor shows', () => {
  const root = tempTree({ 'crlf.md': `# Title\r\n\r\n${WRONG.trim()}\r\n`, 'cr.md': `# Title\r\r${WRONG.trim()}\r` });
  for (const file of ['crlf.md', 'cr.md']) {
    const out = JSON.parse(run([file, '--format', 'json'], { cwd: root }).stdout) as { messages: { line: number; column: number }[] }[];
    assert.deepEqual([out[0].messages[0].line, out[0].messages[0].column], [3, WRONG.indexOf('500%') + 1], file);
  }
});
