import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../../src/core/types';
import { quantity } from './quantity-fixture';
import {
  formatLike,
  formatRangeLike,
  formatMoney,
  formatPercent,
  formatPoints,
  formatMultiple,
  formatCount,
  describe,
} from '../../src/core/format';

function q(text: string, over: Partial<Quantity>): Quantity {
  return quantity({ text, ...over });
}

test('formatMoney writes a finance writer\'s figures', () => {
  assert.equal(formatMoney(13.1e9), '$13.1 billion');
  assert.equal(formatMoney(600e6), '$600 million');
  assert.equal(formatMoney(11.7e9, 'EUR'), '€11.7 billion');
  assert.equal(formatMoney(0.03), '$0.03');
  assert.equal(formatMoney(1.4e12), '$1.4 trillion');
  assert.equal(formatMoney(2.5e9, 'USD', { prefix: 'US$' }), 'US$2.5 billion');
  assert.equal(formatMoney(13.1e9, 'USD', { scaleLike: 'B' }), '$13.1B');
});

test('formatPercent, formatPoints, formatMultiple, formatCount', () => {
  assert.equal(formatPercent(400), '400%');
  assert.equal(formatPercent(30, { sign: true }), '+30%');
  assert.equal(formatPercent(-33), '-33%');
  assert.equal(formatPercent(12.5), '12.5%');
  assert.equal(formatPercent(92.93), '92.9%');
  assert.equal(formatPoints(12), '12 percentage points');
  assert.equal(formatPoints(12, 'pp'), '12pp');
  assert.equal(formatPoints(1), '1 percentage point');
  assert.equal(formatMultiple(2.5), '2.5x');
  assert.equal(formatCount(12e6), '12 million');
  assert.equal(formatCount(120000, 'GPUs'), '120,000 GPUs');
});

test('formatLike keeps currency prefix and scale style', () => {
  assert.equal(formatLike(q('$13 billion', { value: 13e9, scale: 1e9, scaleText: 'billion' }), 13.1e9), '$13.1 billion');
  assert.equal(formatLike(q('$13.1B', { value: 13.1e9, scale: 1e9, scaleText: 'B', decimals: 1 }), 12.4e9), '$12.4B');
  assert.equal(formatLike(q('$600bn', { value: 600e9, scale: 1e9, scaleText: 'bn' }), 1.4e12), '$1.4tn');
  assert.equal(formatLike(q('US$2.5 billion', { value: 2.5e9, scale: 1e9, scaleText: 'billion', decimals: 1 }), 3e9), 'US$3.0 billion');
  assert.equal(formatLike(q('€11.7 billion', { value: 11.7e9, unit: 'EUR', scale: 1e9, scaleText: 'billion', decimals: 1 }), 12.25e9), '€12.25 billion');
  assert.equal(formatLike(q('USD 500 million', { value: 500e6, scale: 1e6, scaleText: 'million' }), 450e6), 'USD 450 million');
  assert.equal(formatLike(q('500 million dollars', { value: 500e6, scale: 1e6, scaleText: 'million' }), 2e9), '2 billion dollars');
  assert.equal(formatLike(q('$0.03', { value: 0.03, decimals: 2 }), 0.05), '$0.05');
});

test('formatLike fits the scale to the value', () => {
  assert.equal(formatLike(q('$600 billion', { value: 600e9, scale: 1e9, scaleText: 'billion' }), 1.3e12), '$1.3 trillion');
  assert.equal(formatLike(q('$13 million', { value: 13e6, scale: 1e6, scaleText: 'million' }), 13e9), '$13 billion');
  assert.equal(formatLike(q('$1,250 million', { value: 1250e6, scale: 1e6, scaleText: 'million' }), 1300e6), '$1,300 million');
  assert.equal(formatLike(q('1.4万亿美元', { value: 1.4e12, unit: 'CNY', scale: 1e12, scaleText: '万亿', decimals: 1 }), 6e11), '6000亿美元');
  assert.equal(formatLike(q('5000亿美元', { value: 5e11, unit: 'CNY', scale: 1e8, scaleText: '亿' }), 6e11), '6000亿美元');
  assert.equal(formatLike(q('$20', { value: 20 }), 15), '$15');
});

test('formatLike keeps the sign, the writer\'s decimals when they express the value, and the pp suffix', () => {
  const pct = (text: string, over: Partial<Quantity>): Quantity => q(text, { kind: 'percent', unit: '%', ...over });
  assert.equal(formatLike(pct('+23%', { value: 23, sign: '+' }), 30), '+30%');
  assert.equal(formatLike(pct('500%', { value: 500 }), 400), '400%');
  assert.equal(formatLike(pct('−33%', { value: -33, sign: '-' }), -25), '−25%');
  assert.equal(formatLike(pct('-33%', { value: -33, sign: '-' }), 25), '+25%');
  assert.equal(formatLike(pct('12.5%', { value: 12.5, decimals: 1 }), 13), '13.0%');
  assert.equal(formatLike(pct('40%', { value: 40 }), 92.934), '92.9%');
  assert.equal(formatLike(pct('5 percent', { value: 5 }), 6.5), '6.5 percent');
  assert.equal(formatLike(pct('five percent', { value: 5, words: true }), 4), 'four percent');
  const pp = (text: string, over: Partial<Quantity>): Quantity => q(text, { kind: 'percentagePoints', unit: 'pp', ...over });
  assert.equal(formatLike(pp('+25pp', { value: 25, sign: '+' }), 12), '+12pp');
  assert.equal(formatLike(pp('18 percentage points', { value: 18 }), 12), '12 percentage points');
  assert.equal(formatLike(pp('18 percentage points', { value: 18 }), 1), '1 percentage point');
  assert.equal(formatLike(pp('25 pts', { value: 25 }), 3), '3 pts');
});

test('formatLike on multiples and counts', () => {
  const mult = (text: string, over: Partial<Quantity>): Quantity => q(text, { kind: 'multiple', unit: 'x', ...over });
  assert.equal(formatLike(mult('10x', { value: 10 }), 4), '4x');
  assert.equal(formatLike(mult('10×', { value: 10 }), 2.5), '2.5×');
  assert.equal(formatLike(mult('ten times', { value: 10, words: true }), 12), 'twelve times');
  assert.equal(formatLike(mult('twice', { value: 2, words: true }), 3), 'three times');
  assert.equal(formatLike(mult('fourfold', { value: 4, words: true }), 5), 'fivefold');
  assert.equal(formatLike(mult('4-fold', { value: 4 }), 5), '5-fold');
  const count = (text: string, over: Partial<Quantity>): Quantity => q(text, { kind: 'count', unit: 'users', ...over });
  assert.equal(formatLike(count('120 million', { value: 120e6, scale: 1e6, scaleText: 'million' }), 12e6), '12 million');
  assert.equal(formatLike(count('100,000', { value: 1e5 }), 120000), '120,000');
});

test('formatLike never writes NaN, Infinity or a raw long number', () => {
  const t = q('$13 billion', { value: 13e9, scale: 1e9, scaleText: 'billion' });
  assert.equal(formatLike(t, NaN), '$13 billion');
  assert.equal(formatLike(t, Infinity), '$13 billion');
  assert.doesNotMatch(formatLike(t, 13100000000), /13100000000/);
  assert.equal(formatLike(q('$5', { value: 5 }), 13.1e9), '$13.1 billion');
});

test('formatRangeLike writes both ends with one scale', () => {
  const t = q('$10-12 billion', { value: 11e9, low: 10e9, high: 12e9, isRange: true, scale: 1e9, scaleText: 'billion' });
  assert.equal(formatRangeLike(t, 7e9, 10e9), '$7-10 billion');
  const en = q('$300–500 million', { value: 400e6, low: 300e6, high: 500e6, isRange: true, scale: 1e6, scaleText: 'million' });
  assert.equal(formatRangeLike(en, 250e6, 450e6), '$250–450 million');
});

test('describe gives a short reading for hovers', () => {
  assert.equal(describe(q('$1.4 trillion', { value: 1.4e12, scale: 1e12, scaleText: 'trillion', decimals: 1 })), 'USD 1.4 trillion (1,400,000,000,000)');
  assert.equal(describe(q('57%', { kind: 'percent', unit: '%', value: 57, qualifier: 'about' })), 'about 57%');
  assert.match(describe(q('hundreds of billions', { value: 1e11, vague: true })), /not checked/);
  assert.equal(describe(q('800 million', { kind: 'count', unit: 'users', value: 8e8, scale: 1e6, scaleText: 'million' })), '800,000,000 users');
  assert.equal(describe(q('1.2', { kind: 'count', unit: 'gw', value: 1.2, decimals: 1 })), '1.2 GW');
  assert.equal(describe(q('$10-12 billion', { value: 11e9, low: 10e9, high: 12e9, isRange: true, scale: 1e9, scaleText: 'billion', qualifier: 'over' })), 'more than USD 10–12 billion (10,000,000,000–12,000,000,000)');
});

test('formatLike on hyphenated and spelled-out templates', () => {
  assert.equal(formatLike(q('$5-billion', { value: 5e9, scale: 1e9, scaleText: 'billion' }), 1.2e12), '$1.2-trillion');
  assert.equal(formatLike(q('a billion', { kind: 'count', unit: 'users', value: 1e9, scale: 1e9, scaleText: 'billion', words: true }), 1.2e9), '1.2 billion');
  assert.equal(formatLike(q('a billion dollars', { value: 1e9, scale: 1e9, scaleText: 'billion', words: true }), 2e9), '2 billion dollars');
});

test('property: a figure written by formatLike reads back as the value, within its rounding', async () => {
  const fc = (await import('fast-check')).default;
  const { readQuantities } = await import('../../src/core/read/figures/quantity');
  const { agrees } = await import('../../src/core/tolerance');
  const templates = ['$13 billion', '$13.1B', '$600bn', 'US$2.5 billion', '€11.7 billion', '$1,250 million', '57%', '+25pp', '10x', '$20'];
  fc.assert(
    fc.property(fc.constantFrom(...templates), fc.double({ min: 0.01, max: 5e12, noNaN: true }), (t: string, v: number) => {
      const [template] = readQuantities(t);
      const value = template.kind === 'money' ? v : v / 1e10;
      const written = formatLike(template, value);
      const back = readQuantities(written);
      assert.equal(back.length, 1, `${t} → ${written}`);
      assert.equal(back[0].kind, template.kind);
      assert.ok(agrees(back[0], value) || Math.abs(back[0].value - value) <= 0.005 * Math.abs(value) + 0.005, `${t} → ${written} (${value})`);
    }),
    { numRuns: 300 },
  );
});

test('formatLike keeps the symbols around full-width digits and writes ASCII digits', () => {
  assert.equal(formatLike(q('５７％', { kind: 'percent', unit: '%', value: 57 }), 60), '60％');
});
