// Property, through the whole pipeline: in sentences of the shapes the arithmetic rules
// check, with random figures, every fix analyze() offers makes its finding go away when
// applied, and no arithmetic finding ever points outside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';
import type { RuleId } from '../../src/core/types';
import { applyFix } from './rules-fixtures';

const ARITHMETIC = new Set<RuleId>(['percent-change', 'percentage-points', 'share-of', 'cagr', 'table-total', 'range-order', 'sign', 'impossible']);

function arithmetic(text: string) {
  return analyze(text, { dataset: EMPTY_INDEX }).findings.filter((f) => ARITHMETIC.has(f.ruleId));
}

function fixesHold(text: string): void {
  for (const f of arithmetic(text)) {
    assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start < f.span.end);
    for (const fix of [f.fix, ...(f.alternatives ?? [])]) {
      if (!fix) continue;
      const fixed = applyFix(text, fix);
      const again = arithmetic(fixed).filter((g) => g.ruleId === f.ruleId && g.span.start === fix.span.start);
      assert.deepEqual(again.map((g) => g.message), [], `${f.ruleId} after the fix: ${fixed}`);
    }
  }
}

const money = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(0, 1), fc.constantFrom(' million', ' billion', 'B'))
  .map(([n, d, s]) => `$${(n / Math.pow(10, d)).toFixed(d)}${s}`);
const pct = fc.integer({ min: 1, max: 900 }).map((n) => `${n}%`);
const runs = { numRuns: 60, seed: 11 };

test('percent changes in prose and tables', () => {
  fc.assert(
    fc.property(money, money, pct, fc.constantFrom('increase', 'rise', 'jump', 'drop', 'decline'), (a, b, c, word) => {
      fixesHold(`Revenue went from ${a} to ${b}, a ${c} ${word}.`);
      fixesHold(`| Metric | 2024 | 2025 | Change |\n|---|---|---|---|\n| Revenue | ${a} | ${b} | +${c} |`);
    }),
    runs,
  );
});

test('changes between percentages', () => {
  const level = fc.integer({ min: 1, max: 99 }).map((n) => `${n}%`);
  fc.assert(
    fc.property(level, level, fc.integer({ min: 1, max: 200 }), fc.constantFrom('%', ' percentage points', 'pp'), (a, b, n, unit) => {
      fixesHold(`Gross margin moved by ${n}${unit} from ${a} to ${b}.`);
    }),
    runs,
  );
});

test('shares, growth rates and totals', () => {
  fc.assert(
    fc.property(pct, fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), money, money, fc.integer({ min: 1, max: 8 }), (r, w, z, a, b, years) => {
      fixesHold(`Only ${r} of its ${w} million users pay, about ${z} million subscribers.`);
      fixesHold(`Revenue is projected to grow from ${a} in 2024 to ${b} in ${2024 + years}, about ${r} a year.`);
      fixesHold(`| Item | Cost |\n|---|---|\n| Chips | ${a} |\n| Power | ${b} |\n| Total | ${a} |`);
    }),
    runs,
  );
});
