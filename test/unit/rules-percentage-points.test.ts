import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { percentagePointsRule } from '../../src/core/rules/percentage-points';
import type { Finding, Quantity } from '../../src/core/types';
import { applyFix, claim, ctx, q, word } from './rules-fixtures';

function run(doc: string, from: string, to: string, stated: string, dir?: [string, 'up' | 'down']): Finding[] {
  const a = q(doc, from);
  const b = q(doc, to);
  const c: Quantity = q(doc, stated);
  const direction = dir ? word(doc, dir[0], dir[1]) : undefined;
  const c1 = claim(doc, [c, a, b], [{ kind: 'change', from: a, to: b, stated: c, direction }]);
  return percentagePointsRule.check!(c1, ctx(doc, [c1]));
}

test('a difference of two percentages written as percent', () => {
  const doc = 'Gross margin widened by 12% from 40% to 52%.';
  const [f, ...rest] = run(doc, '40%', '52%', '12%', ['widened', 'up']);
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'percentage-points');
  assert.equal(f.message, 'A move from 40% to 52% is 12 percentage points, not 12%; as a relative change it is 30%.');
  assert.equal(f.derivation, '52% − 40% = 12pp; (52% − 40%) ÷ 40% = 30%');
  assert.equal(doc.slice(f.span.start, f.span.end), '12%');
  assert.equal(f.fix?.text, '12 percentage points');
  assert.equal(f.alternatives?.[0].text, '30%');
  const fixed = applyFix(doc, f.fix!);
  assert.equal(fixed, 'Gross margin widened by 12 percentage points from 40% to 52%.');
  assert.deepEqual(run(fixed, '40%', '52%', '12 percentage points', ['widened', 'up']), []);
  const alt = applyFix(doc, f.alternatives![0]);
  assert.deepEqual(run(alt, '40%', '52%', '30%', ['widened', 'up']), []);
});

test('the relative change written as percent is right', () => {
  assert.deepEqual(run('Gross margin widened by 30% from 40% to 52%.', '40%', '52%', '30%', ['widened', 'up']), []);
  assert.deepEqual(run('Gross margin widened by 12pp from 40% to 52%.', '40%', '52%', '12pp', ['widened', 'up']), []);
});

test('a relative change written as percentage points is offered as percent', () => {
  const doc = '| Margin | 40% | 52% | +30pp |';
  const [f] = run(doc, '40%', '52%', '+30pp');
  assert.ok(f);
  assert.equal(f.fix?.text, '+30%');
  assert.equal(f.alternatives?.[0].text, '+12pp');
  assert.match(f.message, /\+30pp is the relative change, which is written 30%/);
  assert.deepEqual(run(applyFix(doc, f.fix!), '40%', '52%', '+30%'), []);
  assert.deepEqual(run(applyFix(doc, f.alternatives![0]), '40%', '52%', '+12pp'), []);
});

test('wrong percentage points are fixed to the difference', () => {
  const doc = 'Share fell from 57% to 45%, down 15 percentage points.';
  const [f] = run(doc, '57%', '45%', '15 percentage points', ['down', 'down']);
  assert.ok(f);
  assert.equal(f.fix?.text, '12 percentage points');
  assert.deepEqual(run(applyFix(doc, f.fix!), '57%', '45%', '12 percentage points', ['down', 'down']), []);
});

test('a percent matching neither reading is reported without a fix', () => {
  const [f] = run('Gross margin widened by 20% from 40% to 52%.', '40%', '52%', '20%', ['widened', 'up']);
  assert.ok(f);
  assert.equal(f.fix, null);
  assert.match(f.message, /12 percentage points, or a 30% relative change; 20% is neither/);
});

test('changes between money figures are not this rule', () => {
  assert.deepEqual(run('Revenue went from $40 billion to $52 billion, up 12%.', '$40 billion', '$52 billion', '12%'), []);
});

test('basis points: a move written in bps is checked in percentage points and fixed in bps', () => {
  const findings = (doc: string) => analyze(doc).findings.filter((f) => f.ruleId === 'percentage-points');
  assert.deepEqual(findings('Gross margin expanded 460 basis points to 57.8%, from 53.2% a year earlier.'), []);
  const doc = 'Gross margin was 45.7%, up 67 bps sequentially from 39.0%.';
  const [f, ...rest] = findings(doc);
  assert.ok(f);
  assert.equal(rest.length, 0);
  assert.equal(f.fix?.text, '670 bps');
  assert.deepEqual(findings(applyFix(doc, f.fix!)), []);
});
