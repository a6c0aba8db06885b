import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Quantity } from '../../src/core/types';
import { quantity } from './quantity-fixture';
import {
  statedInterval,
  overlaps,
  contains,
  agrees,
  add,
  sub,
  mul,
  div,
  point,
  closed,
  interval,
  percentChange,
  cagr,
  roundingHalfStep,
  reciprocal,
  negate,
  type Interval,
} from '../../src/core/tolerance';

function q(over: Partial<Quantity>): Quantity {
  return quantity({ scale: 1e9, scaleText: 'billion', ...over });
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

test('"$13 billion" stands for 12.5–13.5 billion: agrees with 13.1, "$12 billion" does not', () => {
  const i = statedInterval(q({ value: 13e9 }));
  assert.ok(near(i.low, 12.5e9) && near(i.high, 13.5e9));
  assert.ok(agrees(q({ value: 13e9 }), 13.1e9));
  assert.ok(!agrees(q({ value: 12e9 }), 13.1e9));
});

test('"$13.1 billion" stands for 13.05–13.15 billion', () => {
  const i = statedInterval(q({ value: 13.1e9, decimals: 1 }));
  assert.ok(near(i.low, 13.05e9) && near(i.high, 13.15e9));
});

test('"about 57%" allows 56.5–57.5', () => {
  const i = statedInterval(q({ kind: 'percent', unit: '%', scale: 1, scaleText: '', value: 57, qualifier: 'about' }));
  assert.ok(near(i.low, 56.5) && near(i.high, 57.5));
  assert.ok(!contains(i, 58));
});

test('round numbers: precision at the last non-zero digit, held to 5% (10% with about)', () => {
  const a = statedInterval(q({ value: 500e9, qualifier: 'about' }));
  assert.ok(near(a.low, 450e9) && near(a.high, 550e9));
  const plain = statedInterval(q({ value: 500e9 }));
  assert.ok(near(plain.low, 475e9) && near(plain.high, 525e9));
  const one = statedInterval(q({ value: 1e9 }));
  assert.ok(near(one.low, 0.95e9) && near(one.high, 1.05e9));
  const b = statedInterval(q({ value: 600e9, qualifier: 'about' }));
  assert.ok(near(b.low, 550e9) && near(b.high, 650e9));
  assert.equal(roundingHalfStep(1250, 0), 5);
  assert.equal(roundingHalfStep(0.03, 2), 0.005);
});

test('bounds: over is open above v, at least closed, under/up to below', () => {
  const over = statedInterval(q({ value: 900e6, scale: 1e6, kind: 'count', qualifier: 'over' }));
  assert.ok(!contains(over, 900e6) && contains(over, 900.1e6) && contains(over, 1e12));
  const atLeast = statedInterval(q({ value: 900e6, scale: 1e6, qualifier: 'atLeast' }));
  assert.ok(contains(atLeast, 900e6) && !contains(atLeast, 899e6));
  const under = statedInterval(q({ value: 5e9, qualifier: 'under' }));
  assert.ok(!contains(under, 5e9) && contains(under, 4.9e9) && !contains(under, 5.1e9));
  const upTo = statedInterval(q({ value: 5e9, qualifier: 'upTo' }));
  assert.ok(contains(upTo, 5e9) && !contains(upTo, 5.01e9));
});

test('nearly: a little below, never above', () => {
  const i = statedInterval(q({ value: 1e9, qualifier: 'nearly' }));
  assert.ok(contains(i, 0.97e9));
  assert.ok(!contains(i, 1.01e9));
  assert.ok(!contains(i, 0.5e9));
});

test('a range covers both ends with their rounding, whichever order they were written', () => {
  const r = statedInterval(q({ value: 11e9, low: 10e9, high: 12e9, isRange: true }));
  assert.ok(near(r.low, 9.5e9) && near(r.high, 12.5e9));
  const rev = statedInterval(q({ value: 11e9, low: 12e9, high: 10e9, isRange: true }));
  assert.ok(near(rev.low, 9.5e9) && near(rev.high, 12.5e9));
});

test('vague figures are never checked: everything agrees', () => {
  const i = statedInterval(q({ value: 1e11, vague: true }));
  assert.ok(contains(i, -5) && contains(i, 1e15));
});

test('overlaps respects open ends', () => {
  assert.ok(overlaps(closed(1, 2), closed(2, 3)));
  assert.ok(!overlaps(interval(1, 2, false, true), closed(2, 3)));
  assert.ok(!overlaps(closed(1, 2), closed(2.1, 3)));
  assert.ok(overlaps(interval(5, Infinity, true, true), closed(4, 6)));
});

test('interval arithmetic: add, sub, mul, div', () => {
  const a = closed(1, 2);
  const b = closed(3, 5);
  assert.deepEqual([add(a, b).low, add(a, b).high], [4, 7]);
  assert.deepEqual([sub(a, b).low, sub(a, b).high], [-4, -1]);
  assert.deepEqual([mul(closed(-1, 2), b).low, mul(closed(-1, 2), b).high], [-5, 10]);
  const d = div(a, b);
  assert.ok(near(d.low, 0.2) && near(d.high, 2 / 3));
  const whole = div(a, closed(-1, 1));
  assert.equal(whole.low, -Infinity);
  assert.equal(whole.high, Infinity);
  const r = reciprocal(interval(0, 2, true, false));
  assert.ok(near(r.low, 0.5) && r.high === Infinity);
  assert.ok(!Number.isNaN(mul(closed(0, 1), interval(1, Infinity, false, true)).low));
});

test('percent change from "$1 billion" to "$5 billion" is about 400%, not 500%', () => {
  const from = statedInterval(q({ value: 1e9 }));
  const to = statedInterval(q({ value: 5e9 }));
  const change = percentChange(from, to);
  assert.ok(contains(change, 400));
  const stated500 = statedInterval(q({ kind: 'percent', unit: '%', scale: 1, scaleText: '', value: 500 }));
  assert.ok(!overlaps(stated500, change));
  assert.ok(overlaps(statedInterval(q({ kind: 'percent', unit: '%', scale: 1, scaleText: '', value: 400 })), change));
  const c = percentChange(point(40), point(52));
  assert.ok(near(c.low, 30) && near(c.high, 30));
});

test('CAGR from $3.7 billion (2024) to $100 billion (2029): about 93% a year; "about 40%" is wrong, "over 75%" right', () => {
  const from = statedInterval(q({ value: 3.7e9, decimals: 1 }));
  const to = statedInterval(q({ value: 100e9 }));
  const rate = cagr(from, to, 5);
  assert.ok(contains(rate, 93.4));
  const pct = (over: Partial<Quantity>): Quantity => q({ kind: 'percent', unit: '%', scale: 1, scaleText: '', ...over });
  assert.ok(!overlaps(statedInterval(pct({ value: 40, qualifier: 'about' })), rate));
  assert.ok(overlaps(statedInterval(pct({ value: 75, qualifier: 'over' })), rate));
});

test('a percentage is read to its last written digit at least: "5%" may be 5.4%, "500%" is held to ±25', () => {
  const pct = (over: Partial<Quantity>): Quantity => q({ kind: 'percent', unit: '%', scale: 1, scaleText: '', ...over });
  assert.ok(agrees(pct({ value: 5 }), 5.4));
  assert.ok(!agrees(pct({ value: 5 }), 5.6));
  const big = statedInterval(pct({ value: 500 }));
  assert.ok(near(big.low, 475) && near(big.high, 525));
});

test('a table total of ranges: $2-3 + $4-5 + $1-2 billion is $7-10 billion; "~$15 billion" is wrong, "~$8 billion" right', () => {
  const r = (lo: number, hi: number): Quantity => q({ value: (lo + hi) / 2, low: lo, high: hi, isRange: true });
  const sum = add(add(statedInterval(r(2e9, 3e9)), statedInterval(r(4e9, 5e9))), statedInterval(r(1e9, 2e9)));
  assert.ok(!overlaps(statedInterval(q({ value: 15e9, qualifier: 'about' })), sum));
  assert.ok(overlaps(statedInterval(q({ value: 8e9, qualifier: 'about' })), sum));
});

test('percent change uses each end once: a fall from 9–11 to 4–6 is −63.6% to −33.3%, not −77.8% to −27.3%', () => {
  // (to − from) ÷ from would use `from` twice and widen the interval on a fall.
  const c = percentChange(closed(9, 11), closed(4, 6));
  assert.ok(near(c.low, (4 / 11 - 1) * 100), `low ${c.low}`);
  assert.ok(near(c.high, (6 / 9 - 1) * 100), `high ${c.high}`);
});

test('sub(a, b) is add(a, negate(b)) exactly: ends, signed zeros, open sides, infinities and NaN', () => {
  const end = fc.oneof(fc.double(), fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 1, -1, 0.1, 1e9));
  const open = fc.boolean();
  const anyInterval = fc.tuple(end, end, open, open).map(([low, high, lowOpen, highOpen]): Interval => interval(low, high, lowOpen, highOpen));
  fc.assert(fc.property(anyInterval, anyInterval, (a, b) => assert.deepStrictEqual(sub(a, b), add(a, negate(b)))), { numRuns: 5000 });
});
