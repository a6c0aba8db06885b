// The shipped sample drafts: every planted mistake is reported with the right rule on the
// right line, and nothing else rises to a warning. The correct articles of the shared
// corpus (read when the folder exists) produce no warning or error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from './cli-helpers';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');

interface Planted {
  file: string;
  rule: string;
  /** Text on the line of the mistake (unique in the file): the expected line is found by it. */
  on: string;
}

// Keep in step with samples/README.md.
export const PLANTED: readonly Planted[] = [
  { file: 'openai-2025-in-numbers.md', rule: 'dataset-mismatch', on: 'OpenAI burned through $6 billion' },
  { file: 'openai-2025-in-numbers.md', rule: 'scale-slip', on: 'burned $2.5 million in cash' },
  { file: 'openai-2025-in-numbers.md', rule: 'share-of', on: 'about 400 million' },
  { file: 'openai-2025-in-numbers.md', rule: 'superseded', on: "OpenAI's $1.4 trillion in compute commitments" },
  { file: 'openai-2025-in-numbers.md', rule: 'cagr', on: 'about 40% a year' },
  { file: 'openai-2025-in-numbers.md', rule: 'percent-change', on: 'a 40% rise' },
  { file: 'openai-2025-in-numbers.md', rule: 'table-total', on: '**$100 billion**' },
  { file: 'chatbot-traffic-race.md', rule: 'percentage-points', on: 'fell 22% from 87%' },
  { file: 'chatbot-traffic-race.md', rule: 'impossible', on: 'about 127%' },
  { file: 'chatbot-traffic-race.md', rule: 'dataset-mismatch', on: 'about 127%' },
  { file: 'chatbot-traffic-race.md', rule: 'sign', on: 'valuation dropped from $9 billion' },
  { file: 'chatbot-traffic-race.md', rule: 'range-order', on: 'between $56 billion and $52 billion' },
  { file: 'chatbot-traffic-race.md', rule: 'cross-reference', on: '$43.9 billion' },
  { file: 'chatbot-traffic-race.md', rule: 'dataset-mismatch', on: '$43.9 billion' },
];

interface JsonMessage {
  ruleId: string;
  severity: string;
  line: number;
  message: string;
  related?: { filePath: string; line: number }[];
}

function lineOf(file: string, needle: string): number {
  const lines = fs.readFileSync(path.join(SAMPLES, file), 'utf8').split(/\r\n|\r|\n/);
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  assert.equal(hits.length, 1, `"${needle}" should be on exactly one line of ${file}`);
  return hits[0];
}

const result = run(['samples', '--format', 'json'], { cwd: ROOT });
const files = JSON.parse(result.stdout) as { filePath: string; messages: JsonMessage[] }[];
const messagesOf = (file: string): JsonMessage[] => files.find((f) => f.filePath === `samples/${file}`)?.messages ?? [];

test('every rule has a planted mistake in the samples', async () => {
  const { RULES } = await import('../../src/core/rules');
  const planted = new Set(PLANTED.map((p) => p.rule));
  for (const r of RULES) assert.ok(planted.has(r.id), `no planted mistake for ${r.id}`);
});

test('the samples run exits 1 and checks every sample draft', () => {
  assert.equal(result.code, 1, result.stderr);
  const drafts = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (const d of drafts) assert.ok(files.some((f) => f.filePath === `samples/${d}`), d);
});

for (const p of PLANTED) {
  test(`${p.file}: ${p.rule} is reported on the line with "${p.on}"`, () => {
    const line = lineOf(p.file, p.on);
    const hit = messagesOf(p.file).filter((m) => m.ruleId === p.rule && m.line === line);
    assert.ok(hit.length >= 1, `expected ${p.rule} on line ${line}; got ${JSON.stringify(messagesOf(p.file).map((m) => [m.ruleId, m.line]))}`);
  });
}

/** A conflict with another file (the CLI's workspace-wide consistency): it names that file under `related`. */
const crossFile = (m: JsonMessage): boolean => !!m.related?.length;

test('no finding in the samples beyond the planted ones (front matter, code and correct figures stay quiet)', () => {
  for (const f of files) {
    const file = path.basename(f.filePath);
    const expected = PLANTED.filter((p) => p.file === file).map((p) => lineOf(file, p.on));
    const extra = f.messages.filter((m) => !crossFile(m) && !expected.includes(m.line));
    assert.deepEqual(extra, [], `${file}: unexpected findings`);
  }
});

test('across files, the samples README quoting the planted capex slip under a disable comment conflicts with nothing', () => {
  // samples/README.md quotes "$43.9 billion" inside <!-- claimcheck-disable -->: a silenced
  // figure is neither reported nor held against the draft that states $34.9 billion.
  const cross = files.flatMap((f) => f.messages.filter(crossFile).map((m) => `${f.filePath}:${m.line}`));
  assert.deepEqual(cross, []);
});

const CORPUS = path.resolve(ROOT, '../shared/corpus');
test('the correct articles of the shared corpus give no warning or error', { skip: !fs.existsSync(CORPUS) && 'no shared corpus here' }, () => {
  const r = run([CORPUS, '--format', 'json']);
  const loud = (JSON.parse(r.stdout) as { filePath: string; messages: JsonMessage[] }[]).flatMap((f) =>
    f.messages.filter((m) => m.severity !== 'info').map((m) => `${f.filePath}:${m.line} ${m.ruleId} ${m.message}`),
  );
  assert.deepEqual(loud, []);
  assert.equal(r.code, 0, r.stderr);
});
