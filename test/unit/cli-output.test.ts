// The CLI's streamed output: JSON and SARIF written piece by piece must be exactly the
// pretty-printed JSON of what they hold (the layout issue 2's tools and tests read), and
// each file's output leaves before the next file is read (nothing held for later).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main';
import { nodeFs, type CliFs, type CliIO } from '../../src/cli/io';
import { jsonOutput } from '../../src/cli/format-json';
import { sarifOutput } from '../../src/cli/format-sarif';
import { RULES } from '../../src/core/rules';
import { analyze } from '../../src/core/analyze';
import { checkInto } from '../../src/cli/checkText';
import { readingsOf } from '../../src/core/readingOf';
import { tempTree } from './cli-helpers';

const WRONG = 'Run-rate revenue went from $1 billion to $5 billion, a 500% increase.\n';

function collect(): { write: (t: string) => void; chunks: string[] } {
  const chunks: string[] = [];
  return { write: (t) => chunks.push(t), chunks };
}

/** Pretty-printed output re-printed from its own parse: equal only if the layout is JSON.stringify's. */
function assertPretty(out: string): unknown {
  const parsed = JSON.parse(out);
  assert.equal(out, `${JSON.stringify(parsed, null, 2)}\n`);
  return parsed;
}

test('json output with no files is an empty array', () => {
  const c = collect();
  const o = jsonOutput(c.write);
  o.end();
  assert.equal(c.chunks.join(''), '[]\n');
});

test('json output of several files is exactly the pretty-printed array, including empty lists', () => {
  const c = collect();
  const o = jsonOutput(c.write);
  checkInto(o, 'a.md', WRONG, {});
  checkInto(o, 'empty "results": [].md', 'No figures here.\n', {});
  o.end();
  const files = assertPretty(c.chunks.join('')) as { filePath: string; messages: { ruleId: string }[]; claims: { text: string }[] }[];
  assert.deepEqual(files.map((f) => f.filePath), ['a.md', 'empty "results": [].md']);
  assert.ok(files[0].messages.some((m) => m.ruleId === 'percent-change'));
  assert.deepEqual(files[0].claims.map((q) => q.text), ['$1 billion', '$5 billion', '500%']);
  assert.deepEqual(files[1].messages, []);
  assert.deepEqual(files[1].claims, []);
});

test('a large file is written in several pieces, not one string', () => {
  const text = WRONG.repeat(1500);
  const c = collect();
  const o = jsonOutput(c.write);
  checkInto(o, 'big.md', text, {});
  o.end();
  assert.ok(c.chunks.length > 1, `one write of ${c.chunks[0].length} characters`);
  for (const piece of c.chunks) assert.ok(piece.length < 2 * (1 << 20));
  const files = assertPretty(c.chunks.join('')) as { claims: { text: string; line: number; column: number; entity: unknown; metric: unknown; period: unknown; relations: unknown }[] }[];
  // Streamed block by block, the figures are the analysis's own, in order, where it put them.
  const result = analyze(text);
  const whole = result.quantities;
  assert.deepEqual(
    files[0].claims.map((q) => [q.text, q.line, q.column]),
    whole.map((q) => [q.text, text.slice(0, q.span.start).split('\n').length, q.span.start - text.lastIndexOf('\n', q.span.start - 1)]),
  );
  // And their readings are the whole document's, relations numbered through the file.
  assert.deepEqual(
    files[0].claims.map((q) => ({ entity: q.entity, metric: q.metric, period: q.period, relations: q.relations })),
    readingsOf(whole, result.claims),
  );
});

test('sarif output is exactly the pretty-printed log, results after the placeholder-like path', () => {
  for (const withFile of [false, true]) {
    const c = collect();
    const o = sarifOutput(c.write, RULES, { version: '0.0.0' }, () => [{ level: 'note', message: 'x "results": [] y' }]);
    if (withFile) checkInto(o, 'dir/"results": [].md', WRONG, {});
    o.end();
    const log = assertPretty(c.chunks.join('')) as { runs: { results: { ruleId: string }[]; artifacts: unknown[] }[] };
    assert.equal(log.runs[0].artifacts.length, withFile ? 1 : 0);
    if (withFile) assert.deepEqual(log.runs[0].results.map((r) => r.ruleId), analyze(WRONG).findings.map((f) => f.ruleId));
    else assert.deepEqual(log.runs[0].results, []);
  }
});

for (const format of ['json', 'text']) {
  test(`${format}: a file's output is written before the next file is read`, () => {
    const root = tempTree({ 'a.md': WRONG, 'b.md': WRONG });
    let stdout = '';
    let writtenWhenBRead: string | undefined;
    const fs: CliFs = {
      ...nodeFs,
      readFile: (p) => {
        if (p.endsWith('b.md')) writtenWhenBRead = stdout;
        return nodeFs.readFile(p);
      },
    };
    const io: CliIO = { stdout: (t) => (stdout += t), stderr: () => {}, cwd: root, env: {}, isTTY: false, fs };
    main(['a.md', 'b.md', '--format', format], io);
    assert.ok(writtenWhenBRead !== undefined && writtenWhenBRead.includes('a.md'), `before b.md was read: ${JSON.stringify(writtenWhenBRead)}`);
    assert.ok(!writtenWhenBRead.includes('b.md'));
    assert.ok(stdout.includes('b.md'));
  });
}

test('json: each figure carries its reading, relations numbered through the file', () => {
  const draft = [
    'Nothing about 57% here.',
    '',
    'Microsoft reported revenue of $70 billion in fiscal 2025.',
    '',
    "OpenAI's revenue went from $1 billion in 2023 to $5 billion in 2024, a 500% increase.",
    '',
    'OpenAI expects revenue of $30 billion in 2026.',
    '',
  ].join('\n');
  const c = collect();
  const o = jsonOutput(c.write);
  checkInto(o, 'draft.md', draft, {});
  o.end();
  const [file] = assertPretty(c.chunks.join('')) as { claims: Record<string, unknown>[] }[];
  const claims = file.claims;
  const reading = (q: Record<string, unknown>) => ({ entity: q.entity, metric: q.metric, period: q.period, relations: q.relations });
  assert.deepEqual(claims.map((q) => q.text), ['57%', '$70 billion', '$1 billion', '$5 billion', '500%', '$30 billion']);
  // The reading follows the figure's own fields, in this order.
  assert.deepEqual(Object.keys(claims[0]), ['line', 'column', 'endLine', 'endColumn', 'text', 'kind', 'value', 'unit', 'qualifier', 'entity', 'metric', 'period', 'relations']);
  assert.deepEqual(reading(claims[0]), { entity: null, metric: null, period: null, relations: [] });
  assert.deepEqual(reading(claims[1]), { entity: 'Microsoft', metric: 'revenue', period: { label: 'FY2025', fiscal: true, kind: 'actual' }, relations: [] });
  // The change's figures are 2, 3 and 4 of the file (the paragraphs before hold figures 0 and 1).
  assert.deepEqual(reading(claims[2]), {
    entity: 'OpenAI',
    metric: 'revenue',
    period: { label: '2023', fiscal: false, kind: 'actual' },
    relations: [{ kind: 'change', with: [3, 4], stated: '500%', computed: '400%' }],
  });
  assert.deepEqual(claims[4].relations, [
    { kind: 'change', with: [2, 3], stated: '500%', computed: '400%' },
    { kind: 'direction', with: [], stated: 'increase', computed: null },
  ]);
  assert.deepEqual(claims[5].period, { label: '2026', fiscal: false, kind: 'guidance' });
});
