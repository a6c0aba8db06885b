import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Quantity } from '../../src/core/types';
import { inputIntervalPair, inputIntervals } from '../../src/core/rules/util';
import { quantity } from './quantity-fixture';

// Figures as the rules meet them: money, counts and percents, round or not, ranges, bounds, vague.
const figure = fc
  .record({
    kind: fc.constantFrom<Quantity['kind']>('money', 'count', 'percent'),
    unit: fc.constantFrom('USD', 'EUR', '', 'users'),
    value: fc.oneof(fc.constantFrom(0, 1, 5, 13, 40, 52, 100, 600, 1.4, 13.1, -25), fc.double({ min: -1e4, max: 1e4, noNaN: true })),
    spread: fc.constantFrom(0, 0, 1, 2.5, 10),
    scale: fc.constantFrom(1, 1e6, 1e9),
    decimals: fc.constantFrom(0, 0, 1, 2),
    qualifier: fc.constantFrom<Quantity['qualifier']>(null, null, 'about', 'over', 'nearly'),
    vague: fc.boolean(),
  })
  .map(({ kind, unit, value, spread, scale, decimals, qualifier, vague }) =>
    quantity({ kind, unit, value: value * scale, low: value * scale, high: (value + spread) * scale, isRange: spread > 0, scale, decimals, qualifier, vague: vague && qualifier === null }),
  );

test('the two ends of a change get the intervals inputIntervals gives the pair', () => {
  fc.assert(fc.property(figure, figure, (a, b) => assert.deepStrictEqual(inputIntervalPair(a, b), inputIntervals([a, b]))), { numRuns: 5000 });
});

test('a pair asked for again, after other pairs, is the pair inputIntervals gives (the recent pairs are reused only for the same two figures)', () => {
  // Questions about a few figures, in any order and repeated (more of them than the pairs kept),
  // as the rules ask about a claim's changes one rule after another.
  fc.assert(
    fc.property(fc.array(figure, { minLength: 2, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }), (figures, asks) => {
      for (const [i, j] of asks) {
        const a = figures[i % figures.length];
        const b = figures[j % figures.length];
        assert.deepStrictEqual(inputIntervalPair(a, b), inputIntervals([a, b]));
      }
    }),
    { numRuns: 1000 },
  );
});
