import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../../src/core/analyze';
import { applyDirectives } from '../../src/core/directives';
import { parseMarkdown } from '../../src/core/markdown';
import { buildIndex, EMPTY_INDEX } from '../../src/core/dataset/lookup';
import type { AnalyzeResult, Finding } from '../../src/core/types';

const WRONG_CHANGE = 'Run-rate revenue went from $1 billion to $5 billion, a 500% increase.';

function ids(r: AnalyzeResult): string[] {
  return r.findings.map((f) => f.ruleId);
}

test('analyze finds the wrong percent change of the issue, on the stated figure', () => {
  const r = analyze(WRONG_CHANGE, { dataset: EMPTY_INDEX });
  const f = r.findings.find((x) => x.ruleId === 'percent-change');
  assert.ok(f, 'percent-change fires');
  assert.equal(WRONG_CHANGE.slice(f.span.start, f.span.end), '500%');
  assert.equal(r.quantities.length, 3);
  assert.equal(r.claims.length, 1);
  assert.equal(r.skipped, undefined);
});

test('rule levels: off removes a rule, a severity replaces its default', () => {
  assert.deepEqual(ids(analyze(WRONG_CHANGE, { dataset: EMPTY_INDEX, rules: { 'percent-change': 'off' } })).filter((i) => i === 'percent-change'), []);
  const r = analyze(WRONG_CHANGE, { dataset: EMPTY_INDEX, rules: { 'percent-change': 'error' } });
  assert.equal(r.findings.find((f) => f.ruleId === 'percent-change')?.severity, 'error');
});

test('disable-next-line silences the next line, for the named rule only', () => {
  const text = `<!-- claimcheck-disable-next-line percent-change -->\n${WRONG_CHANGE}\n\n${WRONG_CHANGE}\n`;
  const r = analyze(text, { dataset: EMPTY_INDEX });
  const hits = r.findings.filter((f) => f.ruleId === 'percent-change');
  assert.equal(hits.length, 1);
  assert.ok(hits[0].span.start > text.indexOf('\n\n'));
  const other = analyze(`<!-- claimcheck-disable-next-line sign -->\n${WRONG_CHANGE}\n`, { dataset: EMPTY_INDEX });
  assert.ok(ids(other).includes('percent-change'));
});

test('disable-line silences its own line; disable … enable a stretch', () => {
  const line = analyze(`${WRONG_CHANGE} <!-- claimcheck-disable-line -->\n`, { dataset: EMPTY_INDEX });
  assert.deepEqual(ids(line), []);
  const text = `<!-- claimcheck-disable -->\n\n${WRONG_CHANGE}\n\n<!-- claimcheck-enable -->\n\n${WRONG_CHANGE}\n`;
  const r = analyze(text, { dataset: EMPTY_INDEX });
  const hits = r.findings.filter((f) => f.ruleId === 'percent-change');
  assert.equal(hits.length, 1);
  assert.ok(hits[0].span.start > text.indexOf('claimcheck-enable'));
});

test('disable with rules, then enable of one of them', () => {
  const finding = (start: number, ruleId: Finding['ruleId']): Finding => ({
    ruleId,
    severity: 'warning',
    span: { start, end: start + 1 },
    message: '',
    derivation: '',
    fix: null,
    related: [],
    sources: [],
  });
  const text = '<!-- claimcheck-disable -->\nA\n<!-- claimcheck-enable sign -->\nB\n';
  const { directives } = parseMarkdown(text);
  const a = text.indexOf('A');
  const b = text.indexOf('B');
  const kept = applyDirectives(text, directives, [finding(a, 'sign'), finding(b, 'sign'), finding(b, 'cagr')]);
  assert.deepEqual(kept.map((f) => [f.span.start, f.ruleId]), [[b, 'sign']]);
});

test('findings are sorted by offset and de-duplicated', () => {
  const text = `${WRONG_CHANGE}\n\nThe price fell +20% this year.\n\n${WRONG_CHANGE}\n`;
  const r = analyze(text, { dataset: EMPTY_INDEX });
  const starts = r.findings.map((f) => f.span.start);
  assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
  const keys = r.findings.map((f) => `${f.ruleId}:${f.span.start}:${f.span.end}`);
  assert.equal(new Set(keys).size, keys.length);
});

test('too long or binary text is skipped with a reason', () => {
  const long = analyze('a'.repeat(101), { maxLength: 100 });
  assert.match(long.skipped ?? '', /101 characters.*limit of 100/);
  assert.deepEqual([long.claims, long.quantities, long.findings], [[], [], []]);
  const binary = analyze('PK\u0003\u0004\u0000\u0000 $5 billion');
  assert.match(binary.skipped ?? '', /binary/);
});

test('analyze never throws and every span lies inside the text', () => {
  const pieces = ['$1.4 trillion', ' from ', ' to ', '50%', ', a ', ' increase', '| ', ' |', '\n', '\n\n', '**Total**', ' of ', '<!-- claimcheck-disable -->', '`', '# ', '- ', 'OpenAI', ' in 2025', '.', '\u0000', '\r\n', '−33%', '万亿', ' between ', ' and ', '|---|---|'];
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const r = analyze(text, { dataset: EMPTY_INDEX });
      for (const q of r.quantities) assert.ok(q.span.start >= 0 && q.span.end <= text.length && q.span.start <= q.span.end);
      for (const c of r.claims) assert.ok(c.span.start >= 0 && c.span.end <= text.length);
      for (const f of r.findings) {
        assert.ok(f.span.start >= 0 && f.span.end <= text.length);
        if (f.fix) assert.ok(f.fix.span.start >= 0 && f.fix.span.end <= text.length);
      }
    }),
    { numRuns: 150, seed: 7 },
  );
});

test('analyze tolerates odd input', () => {
  for (const text of ['', '\n\n\n', '|', '| a |\n|---|', '$', '%', '---\ntitle: x\n---\n', '```\n$5 billion\n```', 'x'.repeat(5000), '$1 billion '.repeat(2000)]) {
    assert.doesNotThrow(() => analyze(text, { dataset: EMPTY_INDEX }));
  }
  // Not a string at all (a caller's bug): still no throw.
  assert.doesNotThrow(() => analyze(undefined as unknown as string));
});

test('quantities and claims carry document offsets in every block', () => {
  const text = `# Title\n\nIntro text.\n\n${WRONG_CHANGE}\n\n| A | B |\n|---|---|\n| x | $5 billion |\n`;
  const r = analyze(text, { dataset: EMPTY_INDEX });
  for (const q of r.quantities) assert.equal(text.slice(q.span.start, q.span.end), q.text);
  for (const c of r.claims) assert.equal(c.text.length, c.span.end - c.span.start);
  const cell = r.claims.find((c) => c.table);
  assert.ok(cell);
  assert.equal(cell.table?.table, cell.block);
});

// ---------------------------------------------------------------------------
// The cache

function comparable(r: AnalyzeResult): unknown {
  return JSON.parse(JSON.stringify(r));
}

const BASE = [
  '# OpenAI in numbers',
  'OpenAI made $13 billion in revenue in 2025. It burned $8.5 billion.',
  WRONG_CHANGE,
  '| Item | Cost |\n|---|---|\n| A | $2-3 billion |\n| B | $4-5 billion |\n| **Total** | ~$15 billion |',
  'Only 3% of 400 million users pay, about 120 million subscribers.',
  '<!-- claimcheck-disable-next-line sign -->\nThe price fell +20% this year.',
  'Revenue grew from $3.7 billion in 2024 to $100 billion in 2029, about 40% a year.',
];

test('the cache gives the same result as a fresh analysis after edits', () => {
  // With entity names, so the entity carried from block to block is exercised too.
  const names = buildIndex([
    { origin: 'test', file: { entities: [{ name: 'OpenAI', aliases: [], kind: 'company' }, { name: 'Anthropic', aliases: [], kind: 'company' }], facts: [] } },
  ]);
  const analyzer = createAnalyzer({ dataset: names });
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(BASE.length - 1), fc.constantFrom('delete', 'insert', 'edit', 'duplicate')), { minLength: 1, maxLength: 6 }),
      (edits) => {
        const blocks = [...BASE];
        analyzer.analyze(blocks.join('\n\n'));
        for (const [at, kind] of edits) {
          const i = Math.min(at, blocks.length - 1);
          if (kind === 'delete' && blocks.length > 1) blocks.splice(i, 1);
          else if (kind === 'insert') blocks.splice(i, 0, i % 2 ? 'Anthropic was valued at $183 billion in September 2025.' : '## Anthropic');
          else if (kind === 'edit') blocks[i] = blocks[i].replace(/\d/, '7');
          else blocks.splice(i, 0, blocks[i]);
          const text = blocks.join('\n\n');
          assert.deepEqual(comparable(analyzer.analyze(text)), comparable(analyze(text, { dataset: names })));
        }
      },
    ),
    { numRuns: 40, seed: 3 },
  );
});

test('an edit in one paragraph re-reads only that paragraph', () => {
  const analyzer = createAnalyzer({ dataset: EMPTY_INDEX });
  const before = BASE.join('\n\n');
  analyzer.analyze(before);
  assert.deepEqual(analyzer.lastRun(), { blocksRead: BASE.length, blocksReused: 0 });
  const after = before.replace('Only 3%', 'Only 30%');
  const second = analyzer.analyze(after);
  assert.deepEqual(analyzer.lastRun(), { blocksRead: 1, blocksReused: BASE.length - 1 });
  assert.deepEqual(comparable(second), comparable(analyze(after, { dataset: EMPTY_INDEX })));
});

test('a block whose carried entity changes is read again: its readings depend on it', () => {
  const names = buildIndex([
    { origin: 'test', file: { entities: [{ name: 'OpenAI', aliases: [], kind: 'company' }, { name: 'Anthropic', aliases: [], kind: 'company' }], facts: [] } },
  ]);
  const analyzer = createAnalyzer({ dataset: names });
  const text = '# OpenAI\n\nRevenue reached $13 billion in 2025.\n\nA third paragraph.';
  analyzer.analyze(text);
  const edited = analyzer.analyze(text.replace('OpenAI', 'Anthropic'));
  assert.deepEqual(analyzer.lastRun(), { blocksRead: 2, blocksReused: 1 });
  assert.equal(edited.claims[0].readings[0].entity, 'Anthropic');
});

test('setOptions with another dataset drops the cached per-claim findings', () => {
  const analyzer = createAnalyzer({ dataset: EMPTY_INDEX });
  const text = 'OpenAI made $13 million in revenue in 2025.';
  analyzer.analyze(text);
  const bundledFresh = analyze(text);
  analyzer.setOptions({});
  assert.deepEqual(comparable(analyzer.analyze(text)), comparable(bundledFresh));
});

// ---------------------------------------------------------------------------
// The correct articles of the shared corpus stay silent

const CORPUS = '/work/shared/corpus';

test('corpus articles produce no warning or error', { skip: !existsSync(CORPUS) }, () => {
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const loud = analyze(text).findings.filter((f) => f.severity !== 'info');
    assert.deepEqual(
      loud.map((f) => `${f.ruleId}: ${text.slice(f.span.start, f.span.end)}: ${f.message}`),
      [],
      file,
    );
  }
});
