import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeOrderRule, swapEnds } from '../../src/core/rules/range-order';
import { analyze } from '../../src/core/analyze';
import type { Finding } from '../../src/core/types';
import { applyFix, claim, ctx, q } from './rules-fixtures';

function runRange(doc: string, figure: string): Finding[] {
  const r = q(doc, figure);
  const c1 = claim(doc, [r], []);
  return rangeOrderRule.check!(c1, ctx(doc, [c1]));
}

function runBetween(doc: string, a: string, b: string): Finding[] {
  const x = q(doc, a);
  const y = q(doc, b);
  const c1 = claim(doc, [x, y], [{ kind: 'range', low: x, high: y }]);
  return rangeOrderRule.check!(c1, ctx(doc, [c1]));
}

test('a hyphenated range written high end first', () => {
  const doc = 'The deal is worth $12-10 billion.';
  const [f, ...rest] = runRange(doc, '$12-10 billion');
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'range-order');
  assert.equal(f.severity, 'error');
  assert.equal(f.message, 'The range $12-10 billion puts its high end first; it reads $10-12 billion the right way round.');
  assert.equal(f.derivation, '$12B > $10B');
  assert.equal(f.fix?.text, '$10-12 billion');
  const fixed = applyFix(doc, f.fix!);
  assert.equal(fixed, 'The deal is worth $10-12 billion.');
  assert.deepEqual(runRange(fixed, '$10-12 billion'), []);
});

test('between A and B with A above B', () => {
  const doc = 'Analysts put the loss between $9 billion and $2 billion.';
  const [f] = runBetween(doc, '$9 billion', '$2 billion');
  assert.ok(f);
  assert.equal(doc.slice(f.span.start, f.span.end), '$9 billion and $2 billion');
  assert.equal(f.fix?.text, '$2 billion and $9 billion');
  assert.equal(f.related.length, 2);
  const fixed = applyFix(doc, f.fix!);
  assert.equal(fixed, 'Analysts put the loss between $2 billion and $9 billion.');
  assert.deepEqual(runBetween(fixed, '$2 billion', '$9 billion'), []);
});

test('ranges in order and movements stay silent', () => {
  assert.deepEqual(runRange('Worth $10-12 billion.', '$10-12 billion'), []);
  assert.deepEqual(runBetween('Revenue fell from $9 billion to $2 billion.', '$9 billion', '$2 billion'), []);
  assert.deepEqual(runRange('Revenue fell from $12-10 billion.', '$12-10 billion'), []);
  assert.deepEqual(runBetween('Between $2 billion and $9 billion.', '$2 billion', '$9 billion'), []);
  assert.deepEqual(runBetween('Estimates fell from $9 billion to $2 billion.', '$9 billion', '$2 billion'), []);
  // A year taken for the first end of a range ("in October 2024 to 70%") is not a range at all.
  assert.deepEqual(runRange('It rose from 52% in October 2024 to 70% in 2025.', '2024 to 70%'), []);
  assert.equal(runBetween('Estimates ranged from $9 billion to $2 billion.', '$9 billion', '$2 billion').length, 1);
});

test('swapping ends keeps each end’s scale', () => {
  assert.equal(swapEnds('$12-10 billion'), '$10-12 billion');
  assert.equal(swapEnds('$1.2 billion–$900 million'), '$900 million–$1.2 billion');
  assert.equal(swapEnds('15–10%'), '10–15%');
  assert.equal(swapEnds('$12 to 10 billion'), '$10 to 12 billion');
  assert.equal(swapEnds('twelve to ten'), null);
});

test('a range moved to another range is still a range: its ends are checked', () => {
  const rangeOrder = (doc: string) => analyze(doc).findings.filter((f) => f.ruleId === 'range-order');
  const [f, ...rest] = rangeOrder('We are raising our outlook from $1.0 billion-$750 million to $900 million-$1.1 billion.');
  assert.ok(f, 'the first range puts its high end first');
  assert.equal(rest.length, 0);
  assert.equal(f.fix?.text, '$750 million-$1.0 billion');
  assert.deepEqual(rangeOrder('We are raising our outlook from $750 million-$1.0 billion to $900 million-$1.1 billion.'), []);
  // A fall from a range to one figure is still a movement.
  assert.deepEqual(rangeOrder('Revenue fell from $12-10 billion to $9 billion.'), []);
});
