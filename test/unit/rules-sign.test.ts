import { test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import assert from 'node:assert/strict';
import { signRule } from '../../src/core/rules/sign';
import type { Finding } from '../../src/core/types';
import { applyFix, claim, ctx, q, word } from './rules-fixtures';

function runChange(doc: string, from: string, to: string, stated: string, dir?: [string, 'up' | 'down']): Finding[] {
  const a = q(doc, from);
  const b = q(doc, to);
  const c = q(doc, stated);
  const direction = dir ? word(doc, dir[0], dir[1]) : undefined;
  const c1 = claim(doc, [a, b, c], [{ kind: 'change', from: a, to: b, stated: c, direction }]);
  return signRule.check!(c1, ctx(doc, [c1]));
}

test('a fall from $20 to $15 shown as +25% is -25%', () => {
  const doc = '| Price | $20 | $15 | +25% |';
  const [f, ...rest] = runChange(doc, '$20', '$15', '+25%');
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'sign');
  assert.equal(f.message, 'Going from $20 to $15 is a fall, so the change is -25%, not +25%.');
  assert.equal(f.derivation, '($15 − $20) ÷ $20 = −25%');
  assert.equal(f.fix?.text, '-25%');
  const fixed = applyFix(doc, f.fix!);
  assert.equal(fixed, '| Price | $20 | $15 | -25% |');
  assert.deepEqual(runChange(fixed, '$20', '$15', '-25%'), []);
});

test('a sign that agrees with the figures is silent; a wrong size is not this rule', () => {
  assert.deepEqual(runChange('| Revenue | $40 billion | $52 billion | +30% |', '$40 billion', '$52 billion', '+30%'), []);
  assert.deepEqual(runChange('| Price | $20 | $15 | +40% |', '$20', '$15', '+40%'), []);
});

test('“fell” with +20% is reported without a fix', () => {
  const doc = 'Costs fell +20% last year.';
  const p = q(doc, '+20%');
  const c1 = claim(doc, [p], [{ kind: 'direction', word: word(doc, 'fell', 'down'), quantity: p }]);
  const [f] = signRule.check!(c1, ctx(doc, [c1]));
  assert.ok(f);
  assert.equal(f.message, '“fell” says down, but +20% is written as a rise.');
  assert.equal(f.fix, null);
  const ok = 'Costs fell -20% last year.';
  const p2 = q(ok, '-20%');
  const c2 = claim(ok, [p2], [{ kind: 'direction', word: word(ok, 'fell', 'down'), quantity: p2 }]);
  assert.deepEqual(signRule.check!(c2, ctx(ok, [c2])), []);
});

test('a “rose” whose figures go down', () => {
  const doc = 'Revenue rose from $5 billion to $4 billion in 2025.';
  const a = q(doc, '$5 billion');
  const b = q(doc, '$4 billion');
  const c1 = claim(doc, [a, b], []);
  const [f] = signRule.check!(c1, ctx(doc, [c1]));
  assert.ok(f);
  assert.equal(doc.slice(f.span.start, f.span.end), 'rose');
  assert.equal(f.message, '“rose” says up, but going from $5 billion to $4 billion is a fall.');
  const ok = 'Revenue fell from $5 billion to $4 billion in 2025.';
  const c2 = claim(ok, [q(ok, '$5 billion'), q(ok, '$4 billion')], []);
  assert.deepEqual(signRule.check!(c2, ctx(ok, [c2])), []);
});

test('a direction word in a change relation is checked against the figures', () => {
  const [f] = runChange('Revenue went from $5 billion to $4 billion, a 20% increase.', '$5 billion', '$4 billion', '20%', ['increase', 'up']);
  assert.ok(f);
  assert.match(f.message, /“increase” says up/);
  // The stated 20% is the figures' size: the word is the mistake, and turning it is the fix.
  assert.equal(f.fix?.text, 'decrease');
  const [g] = runChange('Revenue went from $5 billion to $4 billion, a 35% increase.', '$5 billion', '$4 billion', '35%', ['increase', 'up']);
  assert.equal(g.fix, null);
  assert.equal(g.alternatives?.[0]?.text, 'decrease');
  assert.deepEqual(runChange('Revenue went from $5 billion to $4 billion, a 20% decrease.', '$5 billion', '$4 billion', '20%', ['decrease', 'down']), []);
});

test('a level read with the direction it moved in ("$5 billion, down from $3 billion") is checked against the two levels', () => {
  const doc = 'Revenue was $5 billion, down from $3 billion a year earlier.';
  const a = q(doc, '$3 billion');
  const b = q(doc, '$5 billion');
  const c1 = claim(doc, [b, a], [{ kind: 'direction', word: word(doc, 'down', 'down'), quantity: b, from: a }]);
  const [f, ...rest] = signRule.check!(c1, ctx(doc, [c1]));
  assert.equal(rest.length, 0);
  assert.equal(f.message, '“down” says down, but going from $3 billion to $5 billion is a rise.');
  const agreeing = claim(doc, [b, a], [{ kind: 'direction', word: word(doc, 'down', 'up'), quantity: b, from: a }]);
  assert.deepEqual(signRule.check!(agreeing, ctx(doc, [agreeing])), []);
});

test('a level read with the level it moved from: a bound counts for its direction', () => {
  const sign = (doc: string) => analyze(doc).findings.filter((f) => f.ruleId === 'sign');
  const [f] = sign('Its share has averaged just under 30% over the past four quarters, up from a little over 32% in 2021.');
  assert.ok(f, 'just under 30% from a little over 32% is a fall');
  assert.match(f.message, /is a fall/);
  assert.deepEqual(sign('Its share has averaged just under 30% over the past four quarters, down from a little over 32% in 2021.'), []);
  // Bounds that overlap settle nothing.
  assert.deepEqual(sign('Its share is over 30% this year, up from under 32% in 2021.'), []);
});
