// Growth rates between dated figures: which figures a rate runs between (read/growthYears.ts
// and the growth-rate phrasings in read/relations/phrasings.ts). An ESLint-style table: sentences the cagr rule
// must check, and sentences it must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';
import { endsGrowth, spanNamesOtherYears, startsGrowth } from '../../src/core/read/growthYears';
import { byPeriod, spanPeriod, yearPeriod, fiscalYearPeriod, quarterPeriod } from '../../src/core/read/periods/period';
import type { Finding } from '../../src/core/types';

function cagrFindings(text: string): Finding[] {
  return analyze(text, { dataset: EMPTY_INDEX }).findings.filter((f) => f.ruleId === 'cagr');
}

function cagrRelations(text: string): number {
  return analyze(text, { dataset: EMPTY_INDEX }).claims.flatMap((c) => c.relations).filter((r) => r.kind === 'cagr').length;
}

const invalid: { text: string; message: string; fix: string }[] = [
  {
    // A forecast ending "by" a year ends there as surely as one ending "in" it.
    text: 'The market is expected to grow from $21.17 billion in 2023 to $209.91 billion by 2029, at a CAGR of 42.2%.',
    message: 'Growing from $21.17 billion to $209.91 billion over 6 years takes about 46.6% a year, not 42.2%.',
    fix: '46.6%',
  },
  {
    // "compound annual growth rate (CAGR) of": the abbreviation in brackets does not hide the rate.
    text: 'The market will grow from $15 billion in 2022 to $70 billion in 2032, a compound annual growth rate (CAGR) of 15%.',
    message: 'Growing from $15 billion to $70 billion over 10 years takes about 17% a year, not 15%.',
    fix: '17%',
  },
  {
    // Three dated figures: the rate runs between the two that "from … to" names, not from the earliest.
    text: 'The market was valued at USD 125.02 billion in 2025 and is projected to grow from USD 138.88 billion in 2026 to USD 624.17 billion by 2034, exhibiting a CAGR of 25.7%.',
    message: 'Growing from USD 138.88 billion to USD 624.17 billion over 8 years takes about 20.7% a year, not 25.7%.',
    fix: '20.7%',
  },
];

const valid: string[] = [
  // Right, with a target year.
  'The AI chip market is projected to grow from USD 123.16 billion in 2024 to USD 311.58 billion by 2029, growing at a CAGR of 20.4%.',
  'Spending totaled $4.5 billion in 2024 and is projected to surge to $14.6 billion by 2028, representing a compound annual growth rate (CAGR) of 34 per cent.',
  // The earliest figure is not the start: the pair "from … to" is, and its rate is right.
  'The market was valued at USD 125.02 billion in 2025 and is projected to grow from USD 138.88 billion in 2026 to USD 624.17 billion by 2034, exhibiting a CAGR of 20.7% during the forecast period.',
  // The writer names the rate's own years, and they are not the figures': it compounds from a
  // 2025 figure the sentence does not give.
  'The AI market was valued at USD 279.22 billion in 2024 and is projected to reach USD 1,811.75 billion by 2030, growing at a CAGR of 35.9% from 2025 to 2030.',
  'The U.S. data center market size is exhibited at USD 134.77 billion in 2025 and is projected to be worth around USD 393.14 billion by 2035, poised to grow at a CAGR of 11.30% from 2026 to 2035.',
  // Two targets are not a start and an end.
  'Revenue should reach $5 billion by 2025 and $20 billion by 2030, growing 90% a year.',
  // Three dated figures and no "from … to": which two the rate joins is not said.
  'The market was $5 billion in 2024, $7 billion in 2025 and will reach $20 billion by 2030, growing 40% a year.',
];

for (const { text, message, fix } of invalid) {
  test(`cagr checks: ${text.slice(0, 70)}…`, () => {
    const fs = cagrFindings(text);
    assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
    assert.equal(fs[0].message, message);
    assert.equal(fs[0].fix?.text, fix);
  });
}

for (const text of valid) {
  test(`cagr is silent: ${text.slice(0, 70)}…`, () => {
    assert.deepEqual(cagrFindings(text).map((f) => f.message), []);
  });
}

test('the figures of a stated span that is not theirs are not read as a growth rate at all', () => {
  assert.equal(cagrRelations(valid[3]), 0);
  assert.equal(cagrRelations('The market grew from $279 billion in 2024 to $1,812 billion in 2030, a CAGR of 36.6% from 2024 to 2030.'), 1);
});

test('which periods can start and end a growth rate', () => {
  assert.equal(startsGrowth(yearPeriod(2024)), true);
  assert.equal(startsGrowth(fiscalYearPeriod(2024)), true);
  assert.equal(startsGrowth(byPeriod(2025)), false);
  assert.equal(endsGrowth(byPeriod(2030)), true);
  assert.equal(endsGrowth(yearPeriod(2030)), true);
  assert.equal(endsGrowth(quarterPeriod(2, 2030)), false);
  assert.equal(spanNamesOtherYears(null, 2024, 2030), false);
  assert.equal(spanNamesOtherYears(spanPeriod(2024, 2030), 2024, 2030), false);
  assert.equal(spanNamesOtherYears(spanPeriod(2025, 2030), 2024, 2030), true);
  assert.equal(spanNamesOtherYears(yearPeriod(2025), 2024, 2030), false);
});
