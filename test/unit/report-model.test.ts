// The fact-check model: one entry per figure in document order, the status an editor
// reads (contradicted, note, agrees, follows, not verified) and what it rests on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import type { RuleId, RuleLevel } from '../../src/core/types';
import { buildReport, documentTitle, type ReportModel } from '../../src/core/report/model';

const dataset = bundledIndex();

function report(text: string, rules?: Partial<Record<RuleId, RuleLevel>>): ReportModel {
  return buildReport(text, analyze(text, { dataset, rules }), { dataset, rules });
}

function statusOf(m: ReportModel, figure: string): string {
  const f = m.figures.find((x) => x.text === figure || x.bare === figure);
  assert.ok(f, `no figure "${figure}" in ${m.figures.map((x) => x.text).join(', ')}`);
  return f.status;
}

test('a wrong percent change is contradicted; the dated valuations agree with the dataset, with source and date', () => {
  const m = report("OpenAI's valuation went from $300 billion in March 2025 to $500 billion in October 2025, a 40% rise.");
  assert.equal(statusOf(m, '40%'), 'contradicted');
  assert.equal(statusOf(m, '$300 billion'), 'agrees');
  assert.equal(statusOf(m, '$500 billion'), 'agrees');
  const wrong = m.figures.find((f) => f.bare === '40%')!;
  assert.deepEqual(wrong.ruleIds, ['percent-change']);
  assert.match(wrong.findings[0].derivation, /66\.7%/);
  assert.equal(wrong.findings[0].fix, '67%');
  const v = m.figures.find((f) => f.bare === '$500 billion')!;
  assert.equal(v.reading.entity, 'OpenAI');
  assert.equal(v.reading.metric, 'valuation');
  assert.equal(v.reading.period, '2025-10');
  assert.equal(v.reading.periodText, 'October 2025');
  const src = v.sources.find((s) => s.role === 'agrees');
  assert.ok(src, 'the agreeing dataset figure is listed');
  assert.match(src.date, /^\d{4}-\d{2}/);
  assert.ok(src.outlet.length > 0);
  assert.equal(m.counts.contradicted, 1);
  assert.equal(m.counts.agrees, 2);
});

test('arithmetic that holds makes every figure in it "follows"; with its rule off nothing was checked', () => {
  const text = 'Revenue went from $1 billion to $5 billion, a 400% increase.';
  const on = report(text);
  assert.deepEqual(on.figures.map((f) => f.status), ['follows', 'follows', 'follows']);
  assert.match(on.figures[2].reason, /checks out/);
  const off = report(text, { 'percent-change': 'off' });
  assert.deepEqual(off.figures.map((f) => f.status), ['unknown', 'unknown', 'unknown']);
});

test('the rows of a table follow from a total that adds up, across rows', () => {
  const m = report('| Region | Sales |\n|---|---|\n| A | $2 billion |\n| B | $3 billion |\n| Total | $5 billion |\n');
  assert.deepEqual(m.figures.map((f) => [f.bare, f.status]), [
    ['$2 billion', 'follows'],
    ['$3 billion', 'follows'],
    ['$5 billion', 'follows'],
  ]);
});

test('figures used by a failing calculation are not "follows", and say where the failure is', () => {
  const m = report('Revenue went from $1 billion to $5 billion, a 40% increase.');
  assert.equal(statusOf(m, '40%'), 'contradicted');
  const from = m.figures.find((f) => f.bare === '$1 billion')!;
  assert.equal(from.status, 'unknown');
  assert.match(from.reason, /does not hold \(line 1\)/);
});

test('a superseded figure is a note; an uncovered figure is not verified and says why', () => {
  const m = report("When Altman defended OpenAI's $1.4 trillion in compute commitments, the figure stuck.\n\nThe startup raised $7 million last week.\n");
  assert.equal(statusOf(m, '$1.4 trillion'), 'info');
  const note = m.figures.find((f) => f.bare === '$1.4 trillion')!;
  assert.ok(note.sources.some((s) => s.role === 'superseded'));
  assert.ok(note.sources.some((s) => s.role === 'revision'));
  const small = m.figures.find((f) => f.bare === '$7 million')!;
  assert.equal(small.status, 'unknown');
  assert.ok(small.reason.length > 10);
  assert.equal(small.location.line, 3);
});

test('a change of a metric is shown as one, and says why it was not checked', () => {
  const m = report('Microsoft showed revenue rising 18% in the quarter.\n\nCloud revenue grew 29%.\n');
  const own = m.figures.find((f) => f.bare === '18%')!;
  assert.equal(own.reading.metricLabel, 'revenue (a change or share of it)');
  assert.match(own.reason, /^A change or share of Microsoft's revenue: /);
  const nobody = m.figures.find((f) => f.bare === '29%')!;
  assert.equal(nobody.reason, 'Read as a change or share of revenue, but no dataset entity is named.');
});

test('a difference from the dataset that no rule reported says why: the rule is off, or the reading is in doubt', () => {
  const text = '---\ndate: 2026-03-01\n---\n\nOpenAI made $31 billion in revenue in 2025.\n';
  const on = report(text).figures.find((f) => f.bare === '$31 billion')!;
  const off = report(text, { 'dataset-mismatch': 'off' }).figures.find((f) => f.bare === '$31 billion')!;
  assert.match(off.reason, /but that rule is turned off\.$/);
  assert.equal(on.status, 'contradicted');
  // With the rule on, a figure beside another of the same metric and period is held back: not "turned off".
  const held = report('In 2025, OpenAI made $2 billion in revenue from ads and $13.1 billion in revenue in total.').figures.find((f) => f.bare === '$2 billion')!;
  assert.equal(held.status, 'unknown');
  assert.match(held.reason, /^Differs from OpenAI's 2025 revenue \(.*\), but the reading is not certain enough to warn\.$/);
});

test('the sample draft: figures in document order, positions match the text, no finding lost', () => {
  const text = readFileSync(join(__dirname, '../../samples/openai-2025-in-numbers.md'), 'utf8');
  const result = analyze(text, { dataset });
  const m = buildReport(text, result, { dataset, fileName: 'sample.md', generatedAt: '2026-01-01', datasetLabel: 'bundled' });
  assert.equal(m.title, "OpenAI's 2025 in numbers: $13.1 billion in, billions more out");
  assert.equal(m.figures.length, result.quantities.length);
  const lines = text.split('\n');
  let prev = -1;
  m.figures.forEach((f, i) => {
    assert.equal(f.index, i + 1);
    assert.ok(f.location.start > prev, 'document order');
    prev = f.location.start;
    // Line and column point at the figure's first character.
    const offset = lines.slice(0, f.location.line - 1).reduce((n, l) => n + l.length + 1, 0) + f.location.column - 1;
    assert.equal(offset, f.location.start);
    assert.ok(text.slice(f.location.start, f.location.end).endsWith(f.bare), `${f.bare} at ${f.location.line}:${f.location.column}`);
  });
  const onFigures = m.figures.reduce((n, f) => n + f.findings.length, 0);
  assert.ok(onFigures + m.otherFindings.length >= result.findings.length);
  assert.ok(m.counts.contradicted > 0 && m.counts.agrees > 0, JSON.stringify(m.counts));
  assert.equal(Object.values(m.counts).reduce((a, b) => a + b, 0), m.figures.length);
  // The figures of one metric over time, beside the dataset's.
  const valuation = m.charts.find((c) => c.entity === 'OpenAI' && c.metric === 'valuation');
  assert.ok(valuation, 'a valuation chart');
  assert.deepEqual(valuation.points.map((p) => p.period), ['2025-03', '2025-10']);
  assert.ok(valuation.points.every((p) => p.dataset !== null));
});

test('documentTitle skips front matter and code fences', () => {
  assert.equal(documentTitle('---\ntitle: x\n# not this\n---\n```\n# nor this\n```\n## The *real* one ##\n'), 'The real one');
  assert.equal(documentTitle('no heading here'), null);
});

test('a skipped text gives an empty report that says why', () => {
  const text = 'x\u0000'.repeat(10);
  const m = buildReport(text, analyze(text, { dataset }), { dataset });
  assert.equal(m.figures.length, 0);
  assert.ok(m.skipped && m.skipped.length > 0);
});

test('each figure knows where it stands in its sentence, even when the same figure is written twice', () => {
  const m = report('Sales were $2 billion in 2024 and   $2 billion\nin 2025.');
  const [a, b] = m.figures;
  assert.equal(a.sentence, 'Sales were $2 billion in 2024 and $2 billion in 2025.');
  assert.equal(a.sentence.slice(a.sentenceAt, a.sentenceAt + a.bare.length), '$2 billion');
  assert.equal(b.sentenceAt, a.sentence.lastIndexOf('$2 billion'));
});

test('each figure shows its reading with its kind and relations, or says plainly that nothing was read', async () => {
  const { renderMarkdown, readingWords } = await import('../../src/core/report/markdown');
  const { renderHtml } = await import('../../src/core/report/html');
  const m = report("Nothing about 57% here.\n\nOpenAI's revenue went from $1 billion in 2023 to $5 billion in 2024, a 500% increase.\n\nOpenAI expects revenue of $30 billion in 2026.\n");
  const byText = (t: string) => m.figures.find((f) => f.bare === t)!;
  assert.equal(readingWords(byText('57%')), 'no entity, metric or period read — not compared with the dataset');
  assert.equal(readingWords(byText('$1 billion')), 'OpenAI · revenue · 2023 (actual)');
  assert.equal(readingWords(byText('$30 billion')), 'OpenAI · revenue · 2026 (guidance)');
  assert.deepEqual(byText('$30 billion').reading.relations, []);
  assert.equal(byText('$1 billion').reading.fiscal, false);
  assert.deepEqual(byText('500%').reading.relations, ['change: from $1 billion to $5 billion, stated 500%, computes to 400%', 'direction: “increase” (up) on 500%']);
  const md = renderMarkdown(m);
  assert.match(md, /no entity, metric or period read — not compared with the dataset/);
  assert.ok(md.includes('  - change: from \\$1 billion to \\$5 billion, stated 500%, computes to 400%'), md);
  assert.match(renderHtml(m), /<ul class="relations"><li>change: from \$1 billion to \$5 billion, stated 500%, computes to 400%<\/li>/);
});
