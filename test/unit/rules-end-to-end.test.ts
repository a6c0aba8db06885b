// The arithmetic rules through the whole pipeline: Markdown in, findings out, as the CLI and
// the extension see them. Each rule: a sentence with the mistake (message and fix asserted),
// the fix applied and the text analysed again (silent), and a correct sentence (silent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';
import type { Finding, RuleId } from '../../src/core/types';
import { applyFix } from './rules-fixtures';

const ARITHMETIC: RuleId[] = ['percent-change', 'percentage-points', 'share-of', 'cagr', 'table-total', 'range-order', 'sign', 'impossible'];

/** Findings of the arithmetic rules only; the dataset is left out so only arithmetic speaks. */
function arithmetic(text: string): Finding[] {
  return analyze(text, { dataset: EMPTY_INDEX }).findings.filter((f) => ARITHMETIC.includes(f.ruleId));
}

function one(text: string, rule: RuleId): Finding {
  const fs = arithmetic(text);
  assert.equal(fs.length, 1, `expected one finding in: ${text}\n got: ${JSON.stringify(fs.map((f) => [f.ruleId, f.message]))}`);
  assert.equal(fs[0].ruleId, rule);
  return fs[0];
}

function fixedIsSilent(text: string, f: Finding, expected: string): void {
  assert.ok(f.fix, 'a fix is offered');
  assert.equal(f.fix.text, expected);
  assert.equal(text.slice(f.fix.span.start, f.fix.span.end), text.slice(f.span.start, f.span.end), 'the fix replaces exactly the figure');
  const fixed = applyFix(text, f.fix);
  assert.deepEqual(arithmetic(fixed).map((g) => g.message), [], `after the fix: ${fixed}`);
}

function silent(text: string): void {
  assert.deepEqual(arithmetic(text).map((f) => `${f.ruleId}: ${f.message}`), [], text);
}

test('percent-change: a 5x rise called a 500% increase', () => {
  const text = 'Run-rate revenue went from $1 billion to $5 billion, a 500% increase.';
  const f = one(text, 'percent-change');
  assert.equal(f.message, 'Going from $1 billion to $5 billion is a rise of 400%, not 500%.');
  assert.equal(f.derivation, '($5B − $1B) ÷ $1B = 400%');
  assert.equal(f.severity, 'warning');
  fixedIsSilent(text, f, '400%');
  silent('Run-rate revenue went from $1 billion to $5 billion, a fivefold jump.');
  silent('Revenue rose from $3.7 billion in 2024 to $13 billion in 2025, up 254%.');
});

test('percent-change: a table row', () => {
  const text = ['| Metric | 2024 | 2025 | Change |', '|---|---|---|---|', '| Revenue | $40 billion | $52 billion | +23% |'].join('\n');
  const f = one(text, 'percent-change');
  assert.equal(text.slice(f.span.start, f.span.end), '+23%');
  fixedIsSilent(text, f, '+30%');
});

test('percentage-points: percent where points are meant', () => {
  const text = 'Gross margin widened by 12% from 40% to 52%.';
  const f = one(text, 'percentage-points');
  assert.equal(f.message, 'A move from 40% to 52% is 12 percentage points, not 12%; as a relative change it is 30%.');
  assert.equal(f.alternatives?.[0]?.text, '30%');
  fixedIsSilent(text, f, '12 percentage points');
  silent('Gross margin widened by 30% from 40% to 52%.');
  silent('Gross margin widened by 12 percentage points from 40% to 52%.');
});

test('share-of: 3% of 400 million is 12 million', () => {
  const text = 'Only 3% of its 400 million users pay, about 120 million subscribers.';
  const f = one(text, 'share-of');
  assert.equal(f.message, '3% of 400 million is 12 million, not about 120 million.');
  fixedIsSilent(text, f, '12 million');
  silent('Only 5% of its 800 million users pay, about 40 million subscribers.');
});

test('cagr: 40% a year cannot reach $100 billion from $3.7 billion in five years', () => {
  const text = 'Revenue is projected to grow from $3.7 billion in 2024 to $100 billion in 2029, about 40% a year.';
  const f = one(text, 'cagr');
  assert.match(f.message, /takes about 93% a year, not about 40%/);
  fixedIsSilent(text, f, '93%');
  silent('Revenue is projected to grow from $3.7 billion in 2024 to $100 billion in 2029, over 75% a year.');
});

test('table-total: ranges add up to a range', () => {
  const table = (total: string): string =>
    ['| Item | Cost |', '|---|---|', '| Chips | $2-3 billion |', '| Power | $4-5 billion |', '| Land | $1-2 billion |', `| Total | ${total} |`].join('\n');
  const text = table('~$15 billion');
  const f = one(text, 'table-total');
  assert.equal(f.message, 'The rows above add up to $7-10 billion, not ~$15 billion.');
  assert.equal(f.related.length, 3);
  fixedIsSilent(text, f, '$7-10 billion');
  silent(table('~$8 billion'));
});

test('range-order: between $9 billion and $2 billion', () => {
  const text = 'Analysts put the deal between $9 billion and $2 billion.';
  const f = one(text, 'range-order');
  assert.equal(f.severity, 'error');
  fixedIsSilent(text, f, '$2 billion and $9 billion');
  const hyphen = 'The deal is worth $12-10 billion.';
  fixedIsSilent(hyphen, one(hyphen, 'range-order'), '$10-12 billion');
  silent('Revenue fell from $9 billion to $2 billion.');
  silent('The deal is worth $10-12 billion.');
});

test('sign: a fall shown as a rise', () => {
  const text = 'The price dropped from $20 to $15, or +25%.';
  const f = one(text, 'sign');
  assert.equal(f.message, 'Going from $20 to $15 is a fall, so the change is -25%, not +25%.');
  fixedIsSilent(text, f, '-25%');
  silent('The price dropped from $20 to $15, or -25%.');
  const rose = 'Revenue rose from $5 billion to $4 billion.';
  const g = one(rose, 'sign');
  assert.equal(rose.slice(g.span.start, g.span.end), 'rose');
  assert.equal(g.fix, null);
  silent('Revenue fell from $5 billion to $4 billion.');
});

test('impossible: reductions and shares over 100%', () => {
  const f = one('The company cut costs by 120%.', 'impossible');
  assert.equal(f.severity, 'error');
  assert.equal(f.message, 'A reduction of 120% would take it below zero; a reduction cannot exceed 100%.');
  assert.equal(f.fix, null);
  one('Prices fell 150% in a year.', 'impossible');
  one('ChatGPT accounts for 120% of chatbot traffic.', 'impossible');
  silent('The company cut costs by 12%.');
  silent('Revenue rose 120% last year.');
  silent('ChatGPT accounts for 80% of chatbot traffic.');
});

test('a wrong Total is reported once, not again through the change computed from it', () => {
  const table = (total2024: string): string =>
    [
      '| Lab | 2024 revenue | 2025 revenue | Growth |',
      '|---|---|---|---|',
      '| OpenAI | $3.7 billion | $13.1 billion | +254% |',
      '| Anthropic | $1 billion | $4.5 billion | +350% |',
      `| Total | ${total2024} | $17.6 billion | +274% |`,
    ].join('\n');
  const text = table('$5.7 billion');
  const f = one(text, 'table-total');
  assert.equal(f.message, 'The rows above add up to $4.7 billion, not $5.7 billion.');
  fixedIsSilent(text, f, '$4.7 billion');
  silent(table('$4.7 billion'));
});
