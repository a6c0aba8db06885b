// Property: whatever the figures, a fix that an arithmetic rule offers makes the rule
// silent once applied and the figures are read again. The figures are read with the real
// tokenizer; the relations are built here, so this holds the rules to their own word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readQuantities } from '../../src/core/read/figures/quantity';
import { percentChangeRule } from '../../src/core/rules/percent-change';
import { percentagePointsRule } from '../../src/core/rules/percentage-points';
import { shareOfRule } from '../../src/core/rules/share-of';
import { cagrRule } from '../../src/core/rules/cagr';
import { tableTotalRule } from '../../src/core/rules/table-total';
import type { Rule } from '../../src/core/rules/rule';
import type { Quantity, Relation } from '../../src/core/types';
import { applyFix, claim, ctx } from './rules-fixtures';

/** Reads the figures of `doc` and relates them with `relate`; returns the rule's findings. */
function check(rule: Rule, doc: string, relate: (qs: Quantity[]) => Relation | null) {
  const qs = readQuantities(doc);
  const rel = relate(qs);
  if (!rel) return null;
  const c = claim(doc, qs, [rel]);
  return rule.check!(c, ctx(doc, [c]));
}

function fixesHold(rule: Rule, doc: string, relate: (qs: Quantity[]) => Relation | null): void {
  const findings = check(rule, doc, relate);
  if (!findings) return;
  for (const f of findings) {
    for (const fix of [f.fix, ...(f.alternatives ?? [])]) {
      if (!fix) continue;
      const fixed = applyFix(doc, fix);
      const again = check(rule, fixed, relate);
      assert.ok(again, `the fixed text still reads: ${fixed}`);
      assert.deepEqual(again.map((g) => g.message), [], `after the fix: ${fixed}`);
    }
  }
}

const money = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(0, 1, 2), fc.constantFrom('million', 'billion', 'B', 'bn'))
  .map(([n, d, s]) => `$${(n / Math.pow(10, d)).toFixed(d)}${s.length > 2 ? ' ' : ''}${s}`);
const pct = fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom(0, 1)).map(([n, d]) => `${(n / Math.pow(10, d)).toFixed(d)}%`);
const runs = { numRuns: 150, seed: 7 };

test('percent-change fixes hold', () => {
  fc.assert(
    fc.property(money, money, pct, fc.constantFrom('', '+'), (a, b, c, sign) => {
      fixesHold(percentChangeRule, `Revenue went from ${a} to ${b}, a ${sign}${c} change.`, (qs) =>
        qs.length === 3 ? { kind: 'change', from: qs[0], to: qs[1], stated: qs[2] } : null,
      );
    }),
    runs,
  );
});

test('percentage-points fixes hold', () => {
  const level = fc.integer({ min: 1, max: 99 }).map((n) => `${n}%`);
  const stated = fc.tuple(fc.integer({ min: 1, max: 300 }), fc.constantFrom('%', 'pp', ' percentage points')).map(([n, s]) => `${n}${s}`);
  fc.assert(
    fc.property(level, level, stated, (a, b, c) => {
      fixesHold(percentagePointsRule, `Margin moved from ${a} to ${b}, a change of ${c}.`, (qs) =>
        qs.length === 3 ? { kind: 'change', from: qs[0], to: qs[1], stated: qs[2] } : null,
      );
    }),
    runs,
  );
});

test('share-of fixes hold', () => {
  fc.assert(
    fc.property(pct, money, money, (r, w, z) => {
      fixesHold(shareOfRule, `It spends ${r} of ${w} on chips, or ${z}.`, (qs) =>
        qs.length === 3 ? { kind: 'share', rate: qs[0], whole: qs[1], result: qs[2] } : null,
      );
    }),
    runs,
  );
});

test('cagr fixes hold', () => {
  fc.assert(
    fc.property(money, money, pct, fc.integer({ min: 1, max: 10 }), (a, b, r, years) => {
      fixesHold(cagrRule, `From ${a} to ${b}, growing ${r} a year.`, (qs) =>
        qs.length === 3 ? { kind: 'cagr', from: qs[0], to: qs[1], rate: qs[2], years } : null,
      );
    }),
    runs,
  );
});

test('table-total fixes hold', () => {
  const cell = fc.oneof(money, fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 20 })).map(([a, d]) => `$${a}-${a + d} billion`));
  fc.assert(
    fc.property(fc.array(cell, { minLength: 2, maxLength: 5 }), money, (rows, total) => {
      const doc = `${rows.map((r) => `| x | ${r} |`).join('\n')}\n| Total | ${total} |`;
      fixesHold(tableTotalRule, doc, (qs) =>
        qs.length === rows.length + 1 ? { kind: 'total', rows: qs.slice(0, -1), total: qs[qs.length - 1] } : null,
      );
    }),
    runs,
  );
});
