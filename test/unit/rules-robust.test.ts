// The arithmetic rules on figures no tokenizer should produce — zero, negative, huge, NaN,
// infinite, reversed ranges, odd units — never throw and never write NaN or Infinity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RULES } from '../../src/core/rules/index';
import type { Quantity, Relation } from '../../src/core/types';
import { derive } from '../../src/core/derive';
import { claim, ctx } from './rules-fixtures';

const ARITHMETIC = new Set(['percent-change', 'percentage-points', 'share-of', 'cagr', 'table-total', 'range-order', 'sign', 'impossible']);
const DOC = 'Revenue went from $1 billion to $5 billion, a 500% increase, or 3% of 400 million users.';

const num = fc.oneof(
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 1, -1, 1e12, -1e12, 1e300, Number.NaN, Infinity, -Infinity, 0.5, 100, 150),
);

const quantity: fc.Arbitrary<Quantity> = fc
  .record({
    kind: fc.constantFrom('money', 'percent', 'percentagePoints', 'multiple', 'count'),
    a: num,
    b: num,
    isRange: fc.boolean(),
    unit: fc.constantFrom('USD', 'EUR', '%', 'pp', 'x', 'users', ''),
    scale: fc.constantFrom(1, 1e3, 1e6, 1e9, 0, -1),
    scaleText: fc.constantFrom('', 'billion', 'B', 'bn', 'million'),
    decimals: fc.integer({ min: -2, max: 30 }),
    sign: fc.constantFrom('+', '-', null),
    qualifier: fc.constantFrom('about', 'nearly', 'over', 'atLeast', 'under', 'upTo', null),
    vague: fc.boolean(),
    text: fc.constantFrom('$1 billion', '500%', '12pp', '5x', '400 million', '$2-3 billion', '', 'twice', '−33%'),
    start: fc.integer({ min: 0, max: DOC.length - 1 }),
    len: fc.integer({ min: 1, max: 12 }),
  })
  .map((r) => ({
    kind: r.kind as Quantity['kind'],
    span: { start: r.start, end: Math.min(DOC.length, r.start + r.len) },
    text: r.text,
    value: r.isRange ? (r.a + r.b) / 2 : r.a,
    low: r.a,
    high: r.isRange ? r.b : r.a,
    isRange: r.isRange,
    unit: r.unit,
    scale: r.scale,
    scaleText: r.scaleText,
    decimals: r.decimals,
    sign: r.sign as Quantity['sign'],
    qualifier: r.qualifier as Quantity['qualifier'],
    vague: r.vague,
    words: false,
    segment: 0,
  }));

const word = fc.record({ direction: fc.constantFrom('up', 'down') }).map((w) => ({ text: 'rose', span: { start: 0, end: 4 }, direction: w.direction as 'up' | 'down' }));

const relation: fc.Arbitrary<Relation> = fc.oneof(
  fc.tuple(quantity, quantity, quantity, fc.option(word, { nil: undefined })).map(([from, to, stated, direction]) => ({ kind: 'change' as const, from, to, stated, direction })),
  fc.tuple(quantity, quantity, quantity).map(([rate, whole, result]) => ({ kind: 'share' as const, rate, whole, result })),
  fc.tuple(quantity, quantity, quantity, fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constantFrom(Number.NaN, Infinity))).map(([from, to, rate, years]) => ({ kind: 'cagr' as const, from, to, rate, years })),
  fc.tuple(fc.array(quantity, { maxLength: 5 }), quantity).map(([rows, total]) => ({ kind: 'total' as const, rows, total })),
  fc.tuple(quantity, quantity).map(([low, high]) => ({ kind: 'range' as const, low, high })),
  fc.tuple(word, quantity).map(([w, quantity]) => ({ kind: 'direction' as const, word: w, quantity })),
  quantity.map((rate) => ({ kind: 'shareOfWhole' as const, rate })),
);

test('odd figures never make an arithmetic rule throw or write NaN', () => {
  let seen = 0;
  fc.assert(
    fc.property(fc.array(relation, { maxLength: 4 }), fc.array(quantity, { maxLength: 4 }), (relations, extra) => {
      const qs = [...extra, ...relations.flatMap((r) => Object.values(r).filter((v): v is Quantity => typeof v === 'object' && v !== null && 'kind' in v && 'span' in v))];
      const c = claim(DOC, qs, relations);
      for (const rule of RULES) {
        if (!ARITHMETIC.has(rule.id) || !rule.check) continue;
        const found = rule.check(c, ctx(DOC, [c]));
        seen += found.length;
        for (const f of found) {
          assert.doesNotMatch(`${f.message} ${f.derivation} ${f.fix?.text ?? ''}`, /NaN|Infinity/, f.message);
        }
      }
      for (const q of qs) {
        for (const r of derive([c], q)) assert.doesNotMatch(`${r.value} ${r.derivation}`, /NaN|Infinity/);
      }
    }),
    { numRuns: 300, seed: 3 },
  );
  // The odd figures did reach the arithmetic: some findings were written and checked.
  assert.ok(seen > 20, `only ${seen} findings`);
});
