// Fiscal periods: "Q3 FY2026" is a company's quarter, placed by the month its fiscal year
// ends in, and never the calendar quarter of the same number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeriods, onFiscalCalendar, parsePeriodString, periodInterval, periodsCompatible, yearBefore } from '../../src/core/read/periods/period';
import { periodLabel } from '../../src/core/read/periods/periodLabel';
import { PERIOD_PATTERN, Fact, DatasetFile } from '../../src/core/dataset/schema';
import { buildIndex } from '../../src/core/dataset/lookup';
import { matchFacts } from '../../src/core/dataset/match';
import type { Period, Reading } from '../../src/core/types';
import { q } from './rules-fixtures';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const parse = (s: string): Period => {
  const p = parsePeriodString(s);
  if (!p) throw new Error(s);
  return p;
};

test('the dataset grammar has fiscal quarters and halves, and they round-trip', () => {
  for (const s of ['FY2026', 'Q1 FY2027', 'H2 FY2026']) {
    assert.match(s, PERIOD_PATTERN);
    const p = parse(s);
    assert.equal(p.canonical, s);
    assert.equal(p.fiscal, true);
  }
  assert.equal(parse('Q1 2027').fiscal, undefined);
  assert.equal(Fact.safeParse({ ...base, period: 'H3 FY2026' }).success, false);
  assert.equal(parsePeriodString('Q5 FY2026'), null);
});

test('a fiscal period is placed by its fiscal year end: Nvidia Q3 FY2026 is August to October 2025', () => {
  const nv = (s: string): [number, number] => periodInterval(onFiscalCalendar(parse(s), 1));
  assert.deepEqual(nv('Q3 FY2026'), [day('2025-08-01'), day('2025-10-31')]);
  assert.deepEqual(nv('FY2026'), [day('2025-02-01'), day('2026-01-31')]);
  assert.deepEqual(nv('H2 FY2026'), [day('2025-08-01'), day('2026-01-31')]);
  // Microsoft's fiscal year ends in June: its Q1 FY2026 is the calendar Q3 2025.
  assert.deepEqual(periodInterval(onFiscalCalendar(parse('Q1 FY2026'), 6)), periodInterval(parse('Q3 2025')));
  // A December year end, or an unknown one, is the calendar year.
  assert.deepEqual(periodInterval(onFiscalCalendar(parse('Q2 FY2026'), 12)), periodInterval(parse('Q2 2026')));
});

test('a calendar year is not the same as a fiscal year of the same number that ends in another month', () => {
  assert.equal(periodsCompatible(parse('2026'), onFiscalCalendar(parse('FY2026'), 1)), 'overlap');
  assert.equal(periodsCompatible(parse('2026'), parse('FY2026')), 'same');
  assert.equal(periodsCompatible(parse('FY2026'), onFiscalCalendar(parse('FY2026'), 1)), 'same');
});

test('prose "Q3 FY2026" and "third quarter of fiscal 2026" read as fiscal quarters, "Q3 2026" as calendar', () => {
  assert.deepEqual(findPeriods('In Q3 FY2026 revenue rose.').map((p) => p.canonical), ['Q3 FY2026']);
  assert.deepEqual(findPeriods('in the third quarter of fiscal 2026').map((p) => p.canonical), ['Q3 FY2026']);
  assert.deepEqual(findPeriods('in the first half of fiscal 2026').map((p) => p.canonical), ['H1 FY2026']);
  assert.deepEqual(findPeriods('in Q3 2026').map((p) => p.canonical), ['Q3 2026']);
  assert.equal(yearBefore(parse('Q3 FY2026'))?.canonical, 'Q3 FY2025');
  assert.equal(periodLabel(parse('Q3 FY2026')), 'Q3 FY2026');
  assert.equal(periodLabel(parse('FY2026')), 'fiscal 2026');
  // With the company's calendar known, the months it covers.
  assert.equal(periodLabel(onFiscalCalendar(parse('Q1 FY2026'), 6)), 'Q1 FY2026 (July–September 2025)');
  assert.equal(periodLabel(onFiscalCalendar(parse('Q4 FY2026'), 1)), 'Q4 FY2026 (November 2025–January 2026)');
});

const base = {
  id: 'acme-revenue',
  entity: 'Acme',
  metric: 'revenue',
  value: 44e9,
  unit: 'USD',
  reported: '$44 billion',
  period: 'Q1 FY2027',
  source: { outlet: 'Acme', title: 'Acme results', date: '2026-05-20', tier: 'company' },
};

function index(fiscalYearEnd: string, period: string) {
  const file = DatasetFile.parse({ entities: [{ name: 'Acme', fiscalYearEnd }], facts: [{ ...base, period }] });
  return buildIndex([{ origin: 'test', file }]);
}
const revenueIn = (p: string): Reading => ({ quantity: q('x $44 billion y', '$44 billion'), entity: 'Acme', metric: 'revenue', period: parse(p) });

test('a draft\'s calendar "Q1 2027" never matches a January-year-end company\'s "Q1 FY2027"; its "Q1 FY2027" does', () => {
  const ds = index('01', 'Q1 FY2027');
  assert.deepEqual(matchFacts(revenueIn('Q1 2027'), ds), []);
  assert.deepEqual(matchFacts(revenueIn('Q1 2026'), ds), []);
  assert.equal(matchFacts(revenueIn('Q1 FY2027'), ds).length, 1);
  // Nor a calendar year its fiscal year of the same number.
  const fy = index('01', 'FY2026');
  assert.deepEqual(matchFacts(revenueIn('2026'), fy), []);
  assert.equal(matchFacts(revenueIn('FY2026'), fy).length, 1);
});

test('a fiscal quarter that is a calendar quarter by its days matches it: Microsoft Q1 FY2026 is Q3 2025', () => {
  const ds = index('06', 'Q1 FY2026');
  assert.equal(matchFacts(revenueIn('Q3 2025'), ds).length, 1);
  assert.deepEqual(matchFacts(revenueIn('Q1 2026'), ds), []);
});

test('a legacy basis of actual/projection/target/estimate loads as the kind; a new basis is the accounting', () => {
  const legacy = Fact.parse({ ...base, basis: 'projection' });
  assert.equal(legacy.kind, 'projection');
  assert.equal(legacy.basis, undefined);
  const plain = Fact.parse(base);
  assert.equal(plain.kind, 'actual');
  const both = Fact.parse({ ...base, kind: 'guidance', basis: 'non-gaap' });
  assert.equal(both.kind, 'guidance');
  assert.equal(both.basis, 'non-gaap');
  assert.equal(Fact.safeParse({ ...base, kind: 'rumour' }).success, false);
  assert.equal(Fact.safeParse({ ...base, source: { ...base.source, tier: 'blog' } }).success, false);
});
