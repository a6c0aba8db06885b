// `claimcheck report FILE --format md|html`: the report on stdout, problems on stderr,
// exit code 0 when a report was written and 2 for usage or read errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runReport } from '../../src/cli/report';
import { nodeFs, type CliIO } from '../../src/cli/io';
import { tempTree } from './cli-helpers';

function run(argv: string[], cwd: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env, isTTY: false, fs: nodeFs };
  return { code: runReport(argv, io), stdout, stderr };
}

const DRAFT = "# Q\n\nOpenAI's valuation went from $300 billion in March 2025 to $500 billion in October 2025, a 40% rise.\n";

test('Markdown by default, stamped with SOURCE_DATE_EPOCH, statuses in tables', () => {
  const root = tempTree({ 'draft.md': DRAFT });
  const r = run(['draft.md'], root, { SOURCE_DATE_EPOCH: '1767225600' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^# Fact-check: Q\n/);
  assert.match(r.stdout, /File: draft\.md · Generated: 2026-01-01 · Dataset: bundled/);
  assert.match(r.stdout, /## ✗ Contradicted \(1\)\n\n\| # \| Line \| Figure \| Reading \| Why \|/);
  assert.match(r.stdout, /\| 3 \| 3:\d+ \| 40% \|/);
  assert.match(r.stdout, /## ✓ Agrees with the dataset \(2\)/);
});

test('--format html writes a self-contained page without script', () => {
  const root = tempTree({ 'draft.md': DRAFT });
  const r = run(['--format=html', 'draft.md'], root);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^<!DOCTYPE html>/);
  assert.doesNotMatch(r.stdout, /<script|<link|@import|url\(/i);
  assert.match(r.stdout, /data-status="contradicted"/);
  assert.match(r.stdout, /<svg class="chart"/, 'a chart of the valuation over time');
});

test('a dataset file is used and named', () => {
  const dataset = {
    entities: [{ name: 'Acme AI', aliases: ['Acme'] }],
    facts: [{ id: 'acme-revenue-2025', entity: 'Acme AI', metric: 'revenue', value: 2e9, unit: 'USD', reported: '$2 billion', period: '2025', source: { outlet: 'Acme Times', title: 'Acme results', date: '2026-01-10' } }],
  };
  const root = tempTree({ 'draft.md': 'Acme AI generated $2 billion in revenue in 2025.\n', 'data/acme.json': JSON.stringify(dataset) });
  const r = run(['draft.md', '--dataset', 'data/acme.json', '-f', 'md'], root);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Dataset: bundled \+ 1 file/);
  // Dollar signs are escaped in Markdown output, so no renderer reads "$2 … $3" as math.
  assert.match(r.stdout, /Agrees with Acme AI's 2025 revenue, reported as \\\$2 billion \(Acme Times, 2026-01-10\)/);
  assert.match(r.stdout, /from data\/acme\.json/);
});

test('usage and read errors exit 2 with one sentence', () => {
  const root = tempTree({ 'draft.md': DRAFT, 'other.md': DRAFT });
  const cases: [string[], RegExp][] = [
    [[], /needs the Markdown FILE/],
    [['draft.md', 'other.md'], /takes one FILE/],
    [['draft.md', '--format', 'pdf'], /--format must be md or html/],
    [['draft.md', '--format'], /--format needs a value/],
    [['draft.md', '--bogus'], /unknown option "--bogus"/],
    [['missing.md'], /missing\.md: no such file or directory/],
    [['draft.md', '--dataset', 'nope.json'], /dataset .*nope\.json: no such file/],
  ];
  for (const [argv, message] of cases) {
    const r = run(argv, root);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
  }
  const help = run(['--help'], root);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: claimcheck report FILE/);
});

test('the sample drafts report without error in both formats', () => {
  const samples = join(__dirname, '../../samples');
  for (const file of ['openai-2025-in-numbers.md', 'chatbot-traffic-race.md']) {
    for (const format of ['md', 'html']) {
      const r = run([file, '--format', format], samples);
      assert.equal(r.code, 0, `${file} ${format}: ${r.stderr}`);
      assert.ok(r.stdout.length > 1000);
    }
  }
});

test('a dataset file refused for its size is reported, as by the check itself, and the report still comes', () => {
  const root = tempTree({ 'draft.md': DRAFT, 'huge.json': '{}' });
  let stderr = '';
  let stdout = '';
  const fs = {
    ...nodeFs,
    stat: (p: string) => {
      const st = nodeFs.stat(p);
      if (p.endsWith('huge.json')) st.size = 50_000_000;
      return st;
    },
  };
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, env: {}, isTTY: false, fs };
  const code = runReport(['draft.md', '--dataset', 'huge.json'], io);
  assert.equal(code, 0);
  assert.match(stderr, /^huge\.json:1:1 error - - file is 50000000 bytes, over the \d+-byte limit/m);
  assert.match(stdout, /^# Fact-check: Q\n/);
});
